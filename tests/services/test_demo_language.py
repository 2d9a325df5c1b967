"""`leaddesk --lang pl demo`: what the team typed is in the database's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from leaddesk.cli import main
from leaddesk.demo.wording import ARABIC, ENGLISH, POLISH, Wording
from leaddesk.services.workspace import open_workspace


def typed_texts(url: str) -> dict[str, set[str]]:
    ws = open_workspace(url)
    try:
        with ws.ctx.db.engine.connect() as conn:

            def column(sql: str) -> set[str]:
                return {r[0] for r in conn.execute(text(sql)) if r[0] is not None}

            return {
                "follow_ups": column("select title from follow_ups"),
                "notes": column("select notes_after from follow_ups"),
                "products": column("select name from products"),
                "segments": column("select name from segments"),
                "tags": column("select name from tags"),
                "campaigns": column("select name from campaigns"),
                "jobs": column("select job_title from leads"),
                "batches": column(
                    "select t.language from outbox_batches b"
                    " join message_templates t on t.id = b.template_id"
                ),
            }
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("argv", "words", "language"),
    [
        (["--lang", "pl", "demo"], POLISH, "pl"),
        (["demo", "--lang", "ar"], ARABIC, "ar"),
        (["demo"], ENGLISH, "en"),
        (["--lang", "de", "demo"], ENGLISH, "en"),  # no such translation: English
    ],
)
def test_the_demo_is_in_the_language_asked(
    tmp_path: Path, argv: list[str], words: Wording, language: str
) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    assert main(["--db", url, *argv, "--leads", "300", "--seed", "3"]) == 0
    found = typed_texts(url)
    assert found["follow_ups"] and found["follow_ups"] <= set(words.follow_up_titles)
    assert found["notes"] == {words.done_note}
    assert found["products"] == set(words.products)
    assert found["segments"] == set(words.segments)
    assert found["tags"] == set(words.tags)
    assert found["campaigns"] == set(words.campaigns)
    assert found["jobs"] and found["jobs"] <= {j for j in words.job_titles if j}
    assert found["batches"] == {language}  # the team queued from its own templates
    ws = open_workspace(url)
    try:
        reasons = {
            e.details.get("reason")
            for lead in ws.board.board(per_column=300).columns
            for card in lead.cards
            for e in ws.activities.timeline(card.id)
            if e.details and e.details.get("to") in ("disqualified", "inactive")
        }
    finally:
        ws.close()
    assert reasons and reasons <= set(words.disqualify_reasons) | set(words.inactive_reasons)
