"""Reply links on every backend: a lead pushed to a partner with an email address
queues a notice to it with an accept and a return link; the real ``leaddesk capture
serve`` shows a page on GET (changing nothing) and records the answer on POST; a
forged link and a second use get pages that say so."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator
from dataclasses import replace as dataclasses_replace
from pathlib import Path
from urllib.parse import urlencode

import pytest
from sqlalchemy import select

from leaddesk.domain.activities import Channel
from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.domain.mime import Mailbox
from leaddesk.domain.outbox import CLAIM_LEASE
from leaddesk.services.outbox_sending import log_sent
from leaddesk.services.partner_links import verified
from leaddesk.services.workspace import Workspace
from leaddesk.store import outbox as oq
from leaddesk.store.models import Lead, OutboxMessage
from leaddesk.store.session import transaction
from tests.support.capture_server import Answer, CaptureProcess

BASE = "https://leads.example.com"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _setup(ws: Workspace, *, base_url: str | None = BASE) -> uuid.UUID:
    partner = ws.distribution.add_partner(
        "ACME Distribution", "distributor", email="Leads@ACME.example", response_hours=48
    )
    ewa = ws.users.create("Ewa", "ewa@example.com").id
    ws.distribution.save_rules([
        AssignmentRule("p", "Kraków to ACME", Target.PARTNER, str(partner),
                       (Condition("city", Operator.EQUALS, ("Kraków",)),)),
        AssignmentRule("e", "Everyone else to Ewa", Target.REP, str(ewa)),
    ])  # fmt: skip
    ws.partners.links.configure(base_url=base_url, sender=Mailbox("Sales", "sales@example.com"))
    return ewa


def _lead(ws: Workspace, name: str = "Jan", **extra: object) -> uuid.UUID:
    values = {"first_name": name, "last_name": "Nowak", "company": "Nowak Sp.", "city": "Kraków",
              "email": f"{name.lower()}@nowak.example", "phone": "+48 601 234 567",
              "notes": "Wants 40 chairs", **extra}  # fmt: skip
    return ws.leads.create(values).value.id


def _notices(ws: Workspace) -> list[OutboxMessage]:
    with transaction(ws.ctx.db, write=False) as s:
        rows = list(s.scalars(select(OutboxMessage).order_by(OutboxMessage.created_at)))
        for r in rows:
            s.expunge(r)
        return rows


def _token(body: str, kind: str) -> str:
    found = re.search(rf"{re.escape(BASE)}/partner/{kind}\?t=([0-9a-f]+)", body)
    assert found, body
    return found.group(1)


def test_a_push_queues_a_notice_with_both_links(ws: Workspace) -> None:
    _setup(ws)
    lead_id = _lead(ws)
    (notice,) = _notices(ws)
    assert (notice.recipient, notice.sender, notice.channel) == (
        "leads@acme.example", "sales@example.com", Channel.EMAIL,
    )  # fmt: skip
    assert notice.lead_id == lead_id and "Jan Nowak" in (notice.subject or "")
    for fact in ("Jan Nowak", "Nowak Sp.", "jan@nowak.example", "Wants 40 chairs"):
        assert fact in notice.body
    accept, give_back = _token(notice.body, "accept"), _token(notice.body, "return")
    assert accept == give_back
    state = ws.partners.state_of(lead_id)
    assert state is not None and ws.partners.links.look(accept).state == "pending"
    with transaction(ws.ctx.db) as s:
        from leaddesk.store import partners as pq

        secret = pq.links(s).secret
    assert verified(secret, accept) == state.push_id
    assert verified(secret, accept[:-1] + ("0" if accept[-1] != "0" else "1")) is None


def test_without_an_address_the_notice_says_to_reply(ws: Workspace) -> None:
    ewa = _setup(ws, base_url=None)
    _lead(ws)
    other = ws.leads.create({"first_name": "Elsewhere", "city": "Gdańsk"}).value
    assert other.owner_id == ewa  # a rep's lead: no notice
    (notice,) = _notices(ws)
    assert "/partner/" not in notice.body and "Reply to this email" in notice.body


def test_the_notice_is_sent_even_to_a_do_not_email_lead_and_is_no_contact(
    ws: Workspace,
) -> None:
    """It is a message to the partner: the lead's do-not-email mark does not hold it,
    and sending it neither counts as contacting the lead nor answers it first."""
    _setup(ws)
    lead_id = _lead(ws, dnc_email=True)
    now = ws.ctx.clock()
    with transaction(ws.ctx.db) as s:
        (taken,) = oq.claim(s, sender="sales@example.com", token=uuid.uuid4(), now=now,
                            lease=CLAIM_LEASE, limit=10)  # fmt: skip
        log_sent(s, taken, now, None)
    with transaction(ws.ctx.db, write=False) as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None
        assert lead.last_contacted_at is None and lead.first_response_at is None


@pytest.fixture
def server(db_url: str, tmp_path: Path, ws: Workspace) -> Iterator[CaptureProcess]:
    with CaptureProcess(db_url, tmp_path) as proc:
        yield proc


def _post(server: CaptureProcess, kind: str, token: str, **fields: str) -> Answer:
    body = urlencode({"t": token, **fields}).encode()
    return server.request("POST", f"/partner/{kind}", body, FORM)


def test_the_links_over_http(ws: Workspace, server: CaptureProcess) -> None:
    ewa = _setup(ws)
    taken, given_back = _lead(ws, "Jan"), _lead(ws, "Ola")
    tokens = {_n.lead_id: _token(_n.body, "accept") for _n in _notices(ws)}

    # GET shows the lead and a button, and changes nothing (mail scanners open links)
    page = server.request("GET", f"/partner/accept?t={tokens[taken]}")
    assert page.status == 200 and b'method="post"' in page.body and b"Jan Nowak" in page.body
    assert server.request("GET", f"/partner/return?t={tokens[taken]}").status == 200
    state = ws.partners.state_of(taken)
    assert state is not None and state.state == "pending"

    forged = tokens[taken][:32] + "0" * 32
    refused = _post(server, "accept", forged)
    assert refused.status == 404 and b"This link is not valid" in refused.body
    assert server.request("GET", "/partner/accept?t=nonsense").status == 404
    assert ws.partners.state_of(taken).state == "pending"  # type: ignore[union-attr]

    done = _post(server, "accept", tokens[taken])
    assert done.status == 200 and b"The lead is yours now." in done.body
    state = ws.partners.state_of(taken)
    assert state is not None and state.state == "accepted" and state.answered_at is not None

    again = _post(server, "return", tokens[taken], reason="changed our mind")
    assert again.status == 409 and b"already accepted on" in again.body
    assert ws.partners.state_of(taken).state == "accepted"  # type: ignore[union-attr]

    back = _post(server, "return", tokens[given_back], reason="Not our trade")
    assert back.status == 200 and b"The lead was returned." in back.body
    assert ws.partners.state_of(given_back) is None
    assert ws.leads.get(given_back).owner_id == ewa  # the next rule took it
    seen = server.request("GET", f"/partner/accept?t={tokens[given_back]}")
    assert seen.status == 409 and b"already returned on" in seen.body
    (figures,) = ws.partners.report(since=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    assert (figures.received, figures.accepted, figures.returned) == (2, 1, 1)


def test_the_owner_sets_the_links_from_the_command_line(
    ws: Workspace, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from leaddesk.cli import main

    argv = ["capture", "partner-links", "--db", db_url]
    assert main([*argv, "--base-url", BASE + "/", "--sender", "Sales@Example.com"]) == 0
    settings = ws.partners.links.settings()
    assert settings.base_url == BASE and settings.sender == Mailbox("", "sales@example.com")
    assert main([*argv, "--base-url", "ftp://nope"]) == 2  # refused, nothing changed
    assert ws.partners.links.settings().base_url == BASE
    assert main([*argv, "--sender", ""]) == 0
    assert ws.partners.links.settings() == dataclasses_replace(settings, sender=None)
    assert "no notices" in capsys.readouterr().out
