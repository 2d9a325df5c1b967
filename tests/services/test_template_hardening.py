"""Templates through the services: one that cannot be filled in is refused at save with
its line and column, queueing never holds the database while it renders, and a lead
whose subject would be too long is listed, not cut."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.engine import make_url

from leaddesk.domain.activities import Channel
from leaddesk.domain.templates import TemplateProblems
from leaddesk.services.message_records import TemplateDraft, VariantDraft
from leaddesk.services.workspace import Workspace
from tests.services.messaging_support import SENDER, ids, leads, rep


def draft(subject: str, body: str) -> TemplateDraft:
    return TemplateDraft(
        "Offer", Channel.EMAIL, "en", "follow_up", (VariantDraft("A", body, subject),)
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Hello {{ lead.first_name }},\nyour total: {{ 1/0 }}", "Division by zero."),
        ("Hello {{ lead.first_name }},\nyour sign: {{ '%c' % 1114112 }}", "%c arg not in"),
        ("Hello,\n{{ (((9**99)**99)**99)**99 }}", "The power is too large."),
    ],
)
def test_a_template_that_cannot_be_filled_in_is_refused_at_save(
    ws: Workspace, body: str, message: str
) -> None:
    before = len(ws.templates.list())
    with pytest.raises(TemplateProblems) as caught:
        ws.templates.save(draft("Hi {{ lead.first_name }}", body))
    (problem,) = caught.value.problems
    assert (problem.part, problem.line, problem.code) == ("body", 2, "render")
    assert problem.column == body.splitlines()[1].index("{{") + 1
    assert message in problem.message
    assert len(ws.templates.list()) == before  # nothing saved


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_queueing_does_not_hold_the_write_lock_while_it_renders(ws: Workspace) -> None:
    """Another rep's save goes through while a batch is being rendered."""
    me = rep(ws)
    batch = leads(ws, 250, user=me)
    template = ws.templates.save(draft("Hi {{ lead.first_name }}", "Hello {{ lead.name }}"))
    path = make_url(str(ws.ctx.db.url)).database
    assert path
    writes: list[str] = []

    def another_rep_saves(done: int, total: int) -> None:
        if done >= total:
            return
        other = sqlite3.connect(path, timeout=0)  # refused at once if the lock is held
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("UPDATE users SET name = name WHERE id = ?", (me.id.hex,))
            other.commit()
            writes.append(f"saved at {done}/{total}")
        except sqlite3.OperationalError as exc:
            writes.append(f"refused at {done}/{total}: {exc}")
        finally:
            other.close()

    queued = ws.messaging.queue(
        ids(batch), template.value.id, user_id=me.id, sender=SENDER, progress=another_rep_saves
    ).value
    assert writes and all(w.startswith("saved") for w in writes), writes
    assert queued.queued == 250


def test_a_lead_whose_subject_would_be_too_long_is_listed_and_the_rest_are_queued(
    ws: Workspace,
) -> None:
    me = rep(ws)
    short = ws.leads.create(
        {"first_name": "Ann", "company": "Acme", "email": "ann@example.org"}, user_id=me.id
    ).value
    long = ws.leads.create(
        {"first_name": "Bob", "company": "B" * 195, "email": "bob@example.org"}, user_id=me.id
    ).value
    template = ws.templates.save(
        draft("An offer for {{ lead.company }}, {{ lead.company }}", "Hello {{ lead.first_name }}")
    ).value
    result = ws.messaging.queue(
        [short.id, long.id], template.id, user_id=me.id, sender=SENDER
    ).value
    assert result.queued == 1
    (skipped,) = result.skipped
    assert (skipped.lead_id, skipped.reason) == (long.id, "subject_too_long")
    assert "at most 300" in skipped.detail
    (message,) = ws.outbox.messages(limit=10)
    assert message.subject == "An offer for Acme, Acme"
