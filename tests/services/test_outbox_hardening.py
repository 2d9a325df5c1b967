"""What a lead's record cannot do to a send: a line break in a name or a subject
injects no header, and an address that cannot be written as one fails that message
alone, with its reason, while the rest of the batch goes out."""

from __future__ import annotations

import datetime as dt
import os
import smtplib
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import update

from leaddesk.config.settings import Settings
from leaddesk.domain.activities import ActivityKind, Channel
from leaddesk.domain.outbox import Failure, MessageStatus
from leaddesk.errors import ValidationError
from leaddesk.services.message_records import TemplateDraft, VariantDraft
from leaddesk.services.records import LeadRecord, UserRecord
from leaddesk.services.smtp import SmtpTransport
from leaddesk.services.workspace import Workspace
from leaddesk.store.models import Lead, OutboxMessage
from leaddesk.store.session import transaction
from tests.services.messaging_support import SENDER, account, ids, leads, rep
from tests.support.smtp_server import SmtpServer

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "a@b.c\r\nBcc: x@y.z"
INJECTED = "Ann\r\nBcc: spy@evil.example\r\nX-Injected: yes"


def statuses(ws: Workspace) -> dict[MessageStatus, int]:
    out: dict[MessageStatus, int] = {}
    for row in ws.outbox.messages(limit=10_000):
        out[row.status] = out.get(row.status, 0) + 1
    return out


def greeting(ws: Workspace) -> uuid.UUID:
    """An email template whose subject and body carry the lead's first name."""
    return ws.templates.save(
        TemplateDraft(
            "Greeting",
            Channel.EMAIL,
            "en",
            "follow_up",
            (VariantDraft("A", "Hi {{ lead.first_name }}", "Hello {{ lead.first_name }}"),),
        )
    ).value.id


def lead(ws: Workspace, me: UserRecord, first: str, email: str) -> LeadRecord:
    return ws.leads.create(
        {"first_name": first, "last_name": "Smith", "email": email, "country": "GB"},
        user_id=me.id,
    ).value


def store_raw_email(ws: Workspace, lead_id: uuid.UUID, email: str) -> None:
    """An address written past the services' checks (an older LeadDesk, another program)."""
    with transaction(ws.ctx.db) as s:
        s.execute(update(Lead).where(Lead.id == lead_id).values(email=email))


def store_raw_first_name(ws: Workspace, lead_id: uuid.UUID, first_name: str) -> None:
    """A name with line breaks, which the services refuse, written past them."""
    with transaction(ws.ctx.db) as s:
        s.execute(update(Lead).where(Lead.id == lead_id).values(first_name=first_name))


def first_in_line(ws: Workspace, recipient: str) -> None:
    """Make this message the oldest one, so it is the first the batch meets."""
    (row,) = [r for r in ws.outbox.messages() if r.recipient == recipient]
    with transaction(ws.ctx.db) as s:
        s.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == row.id)
            .values(created_at=row.created_at - dt.timedelta(minutes=5))
        )


def header_names(raw: bytes) -> list[str]:
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    return [line.split(":", 1)[0].lower() for line in head.split("\r\n") if line[:1] not in " \t"]


def test_the_services_refuse_an_address_with_a_line_break(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as refused:
        ws.leads.create({"first_name": "Eve", "email": HOSTILE})
    assert refused.value.fields() == {"email"}


def test_a_line_break_in_a_name_injects_no_header_and_stops_nothing(
    ws: Workspace, smtp_server: SmtpServer
) -> None:
    me = rep(ws)
    with pytest.raises(ValidationError) as refused:
        lead(ws, me, INJECTED, "ann@example.org")
    assert refused.value.fields() == {"first_name"}
    ann = lead(ws, me, "Ann", "ann@example.org")
    store_raw_first_name(ws, ann.id, INJECTED)  # from before the check, or another program
    bob = lead(ws, me, "Bob", "bob@example.org")
    ws.messaging.queue(ids([ann, bob]), greeting(ws), user_id=me.id, sender=SENDER)
    first_in_line(ws, "ann@example.org")

    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(transport)
    assert (report.sent, report.failed, report.stopped) == (2, 0, None)
    assert statuses(ws) == {MessageStatus.SENT: 2}

    (got,) = smtp_server.inbox.to("ann@example.org")
    assert got.rcpt_tos == ["ann@example.org"]  # nobody added to the envelope
    names = header_names(got.raw)
    assert "bcc" not in names and "x-injected" not in names
    assert names.count("to") == 1 and names.count("subject") == 1
    msg = got.message
    (to,) = msg["To"].addresses
    assert to.addr_spec == "ann@example.org"
    assert to.display_name == "Ann Bcc: spy@evil.example X-Injected: yes Smith"
    assert msg["Subject"] == "Hello Ann Bcc: spy@evil.example X-Injected: yes"
    assert len(smtp_server.inbox.to("bob@example.org")) == 1
    assert not any("evil.example" in r for m in smtp_server.inbox.received for r in m.rcpt_tos)


def test_a_hostile_address_fails_alone_with_its_reason_and_the_batch_goes_on(
    ws: Workspace, smtp_server: SmtpServer
) -> None:
    me = rep(ws)
    eve = lead(ws, me, "Eve", "eve@example.org")
    store_raw_email(ws, eve.id, HOSTILE)
    rest = leads(ws, 2, user=me)
    ws.messaging.queue(ids([eve, *rest]), greeting(ws), user_id=me.id, sender=SENDER)
    first_in_line(ws, HOSTILE)

    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(transport)
    assert (report.sent, report.failed, report.stopped) == (2, 1, None)
    assert statuses(ws) == {MessageStatus.SENT: 2, MessageStatus.FAILED: 1}
    (failed,) = ws.outbox.messages(statuses=[MessageStatus.FAILED])
    assert failed.lead_id == eve.id and failed.error_code == Failure.INVALID.value
    assert failed.error is not None and "\n" not in failed.error
    assert "The recipient's address" in failed.error and "contains a line break" in failed.error
    assert r"a@b.c\r\nBcc: x@y.z" in failed.error  # shown, not obeyed
    assert failed.attempts == 1
    assert ws.activities.timeline(eve.id, kinds=[ActivityKind.EMAIL]) == []
    assert sorted(r.rcpt_tos[0] for r in smtp_server.inbox.received) == sorted(
        r.email or "" for r in rest
    )
    assert not any("y.z" in r for m in smtp_server.inbox.received for r in m.rcpt_tos)

    # sending again leaves the failed one alone (it waits for the user to fix and retry)
    with SmtpTransport(account(smtp_server.port)) as transport:
        assert ws.outbox.send_all(transport).sent == 0
    assert len(smtp_server.inbox.received) == 2


def test_a_message_that_cannot_be_built_fails_and_is_not_left_sending(
    ws: Workspace, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever goes wrong while the message is put together, it fails with the reason
    and the next one is sent: nothing is left claimed for the next start to trip on."""
    from leaddesk.services import outbox_sending

    me = rep(ws)
    batch = leads(ws, 3, user=me)
    ws.messaging.queue(ids(batch), greeting(ws), user_id=me.id, sender=SENDER)
    first_in_line(ws, batch[1].email or "")
    real = outbox_sending.build_email

    def broken(**kw):  # type: ignore[no-untyped-def]
        if kw["to"].address == batch[1].email:
            raise RuntimeError("the email package gave up")
        return real(**kw)

    monkeypatch.setattr(outbox_sending, "build_email", broken)
    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(transport)
    assert (report.sent, report.failed, report.stopped) == (2, 1, None)
    (failed,) = ws.outbox.messages(statuses=[MessageStatus.FAILED])
    assert failed.recipient == batch[1].email and failed.error_code == Failure.INVALID.value
    assert "could not be put together" in (failed.error or "")
    assert "the email package gave up" in (failed.error or "")
    assert MessageStatus.SENDING not in statuses(ws)


def test_an_error_of_the_smtp_library_fails_that_message_only(
    ws: Workspace, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not the connection's fault, so the batch is not stopped and the message does not
    go back in line to stop every later send the same way."""
    me = rep(ws)
    batch = leads(ws, 3, user=me)
    ws.messaging.queue(ids(batch), greeting(ws), user_id=me.id, sender=SENDER)
    first_in_line(ws, batch[0].email or "")
    real = smtplib.SMTP.rcpt

    def rcpt(self, addr, options=()):  # type: ignore[no-untyped-def]
        if addr == batch[0].email:
            raise ValueError("prohibited character in the command")
        return real(self, addr, options)

    monkeypatch.setattr(smtplib.SMTP, "rcpt", rcpt)
    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(transport)
    assert (report.sent, report.failed, report.stopped) == (2, 1, None)
    (failed,) = ws.outbox.messages(statuses=[MessageStatus.FAILED])
    assert failed.recipient == batch[0].email and failed.error_code == Failure.INVALID.value
    assert "prohibited character in the command" in (failed.error or "")
    assert sorted(r.rcpt_tos[0] for r in smtp_server.inbox.received) == sorted(
        r.email or "" for r in batch[1:]
    )


def test_a_temporary_refusal_is_tried_again_later_and_the_batch_goes_on(
    ws: Workspace, smtp_server: SmtpServer
) -> None:
    me = rep(ws)
    batch = leads(ws, 3, user=me)
    ws.messaging.queue(ids(batch), greeting(ws), user_id=me.id, sender=SENDER)
    first_in_line(ws, batch[0].email or "")
    smtp_server.inbox.defer.add(batch[0].email or "")
    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(transport)
    assert (report.sent, report.failed, report.stopped) == (2, 0, None)
    (later,) = ws.outbox.messages(statuses=[MessageStatus.QUEUED])
    assert later.recipient == batch[0].email and later.error_code == Failure.TEMPORARY.value
    assert later.attempts == 1 and "451" in (later.error or "")


def test_the_command_line_send_fails_the_hostile_message_and_delivers_the_rest(
    ws: Workspace, db_url: str, smtp_server: SmtpServer
) -> None:
    me = rep(ws)
    eve = lead(ws, me, "Eve", "eve@example.org")
    store_raw_first_name(ws, eve.id, "Eve\r\nBcc: spy@evil.example")
    store_raw_email(ws, eve.id, HOSTILE)
    rest = leads(ws, 2, user=me)
    ws.messaging.queue(ids([eve, *rest]), greeting(ws), user_id=me.id, sender=SENDER)
    first_in_line(ws, HOSTILE)
    Settings(
        smtp_host="127.0.0.1",
        smtp_port=smtp_server.port,
        smtp_security="none",
        sender_email=SENDER.address,
        sender_name=SENDER.name,
    ).save()
    done = subprocess.run(
        [sys.executable, "-m", "leaddesk", "outbox", "send", "--db", db_url],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "2 sent, 1 failed" in done.stdout
    assert statuses(ws) == {MessageStatus.SENT: 2, MessageStatus.FAILED: 1}
    assert len(smtp_server.inbox.received) == 2


def test_a_sender_address_that_cannot_be_written_stops_and_keeps_every_message_queued(
    ws: Workspace, smtp_server: SmtpServer
) -> None:
    """Every message has it: the account's problem, not the messages' (none fails)."""
    me = rep(ws)
    ws.messaging.queue(ids(leads(ws, 3, user=me)), greeting(ws), user_id=me.id, sender=SENDER)
    broken = SENDER.address + "\r\nBcc: x@y.z"
    with transaction(ws.ctx.db) as s:
        s.execute(update(OutboxMessage).values(sender=broken.lower()))
    with SmtpTransport(account(smtp_server.port, from_address=broken)) as transport:
        report = ws.outbox.send_all(transport)
    assert report.sent == report.failed == 0 and report.stopped is not None
    assert report.stopped.failure is Failure.SETUP
    assert "The sender address maria@example.com\\r\\nBcc: x@y.z contains a line break" in (
        report.stopped.error or ""
    )
    assert statuses(ws) == {MessageStatus.QUEUED: 3}
    assert all(r.attempts == 0 for r in ws.outbox.messages())
    assert smtp_server.inbox.received == []
