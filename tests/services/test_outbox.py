"""Sending through a real SMTP server in the test process: what arrives, what is
logged, and that no failure or crash sends a message twice or loses one."""

from __future__ import annotations

import ssl
import threading
import uuid
from email.headerregistry import Address

import pytest
import trustme

from leaddesk.domain.activities import ActivityKind, Channel, Direction
from leaddesk.domain.outbox import Failure, MessageStatus
from leaddesk.errors import RuleViolation
from leaddesk.services.smtp import SmtpTransport
from leaddesk.services.workspace import Workspace
from tests.services.messaging_support import (
    SENDER,
    account,
    default_template,
    ids,
    leads,
    queue_emails,
    rep,
)
from tests.support.smtp_server import SmtpServer


class Crash(BaseException):
    """The process dying at a chosen step (nothing after it runs, nothing is caught)."""


def crash_at(step: str, nth: int):  # type: ignore[no-untyped-def]
    seen: list[uuid.UUID] = []

    def observe(name: str, message_id: uuid.UUID) -> None:
        if name == step:
            seen.append(message_id)
            if len(seen) == nth:
                raise Crash(step)

    return observe


def statuses(ws: Workspace) -> dict[MessageStatus, int]:
    out: dict[MessageStatus, int] = {}
    for row in ws.outbox.messages(limit=10_000):
        out[row.status] = out.get(row.status, 0) + 1
    return out


def delivered_once(server: SmtpServer, addresses: list[str]) -> bool:
    return all(len(server.inbox.to(a)) == 1 for a in addresses) and len(
        server.inbox.received
    ) == len(addresses)


def test_emails_arrive_as_utf8_mime_and_land_on_the_timeline(
    ws: Workspace, smtp_server: SmtpServer
) -> None:
    me = rep(ws)
    polish = ws.leads.create(
        {"first_name": "Zofia", "last_name": "Wójcik", "email": "zofia@example.pl", "country": "PL"}
    ).value
    arabic = ws.leads.create(
        {"first_name": "أحمد", "last_name": "الحربي", "email": "ahmad@example.net", "country": "SA"}
    ).value
    english = ws.leads.create(
        {"first_name": "Tom", "company": "Acme", "email": "tom@example.com", "country": "US"}
    ).value
    template = default_template(ws, "introduction/email/en")
    queued = ws.messaging.queue(
        ids([polish, arabic, english]), template.id, user_id=me.id, sender=SENDER
    ).value
    assert queued.queued == 3 and queued.skipped == ()
    rows = {r.lead_id: r for r in ws.outbox.messages(batch_id=queued.batch_id)}
    assert {r.language for r in rows.values()} == {"pl", "ar", "en"}  # by each lead's country

    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(transport)
    assert (report.sent, report.failed, report.stopped) == (3, 0, None)

    got = {r.rcpt_tos[0]: r for r in smtp_server.inbox.received}
    assert set(got) == {"zofia@example.pl", "ahmad@example.net", "tom@example.com"}
    for lead in (polish, arabic, english):
        assert lead.email is not None
        received = got[lead.email]
        msg = received.message
        row = rows[lead.id]
        assert received.mail_from == SENDER.address
        assert msg["Subject"] == row.subject
        assert msg["Message-ID"] == row.message_id and row.message_id.endswith("@example.com>")
        (sender,) = msg["From"].addresses
        assert (sender.display_name, sender.addr_spec) == ("Maria Nowak", SENDER.address)
        (to,) = msg["To"].addresses
        assert to.addr_spec == lead.email and to.display_name == lead.name
        assert msg["Date"] is not None and msg["MIME-Version"] == "1.0"
        plain = msg.get_body(("plain",))
        assert plain is not None and plain.get_content_charset() == "utf-8"
        # text travels in canonical form, lines ending CRLF
        assert plain.get_content().replace("\r\n", "\n") == row.body
        # the raw bytes are 7-bit clean: headers encoded (RFC 2047), bodies transfer-encoded
        assert received.raw.isascii()
    assert "Przedstawiam" in got["zofia@example.pl"].message.get_body(("plain",)).get_content()
    arabic_text = got["ahmad@example.net"].message
    assert arabic_text["Subject"].startswith("نقدّم لكم")
    assert "مرحبًا أحمد،" in arabic_text.get_body(("plain",)).get_content()
    assert b"=?utf-8?" in got["ahmad@example.net"].raw  # the Arabic subject, encoded

    entry = ws.activities.timeline(arabic.id, kinds=[ActivityKind.EMAIL])[0]
    assert entry.direction is Direction.OUTBOUND and entry.user_id == me.id
    assert entry.subject == rows[arabic.id].subject and entry.body == rows[arabic.id].body
    assert entry.details["template"] == "التعريف بالمنتج"
    assert entry.details["variant"] == "A" and entry.details["outbox_id"] == str(rows[arabic.id].id)
    assert entry.details["message_id"] == arabic_text["Message-ID"]
    assert ws.leads.get(arabic.id).last_contacted_at == entry.occurred_at
    assert ws.leads.get(arabic.id).version == arabic.version  # no edit conflict for open forms
    assert statuses(ws) == {MessageStatus.SENT: 3}


def test_html_variant_goes_as_an_alternative_part(ws: Workspace, smtp_server: SmtpServer) -> None:
    from leaddesk.services.message_records import TemplateDraft, VariantDraft

    me = rep(ws)
    (lead,) = leads(ws, 1, user=me)
    template = ws.templates.save(
        TemplateDraft(
            "Launch",
            Channel.EMAIL,
            "en",
            "product_launch",
            (
                VariantDraft(
                    "A",
                    "Hi {{ lead.first_name }}",
                    "News",
                    "<p>Hi <b>{{ lead.first_name }}</b></p>",
                ),
            ),
        )
    ).value
    ws.messaging.queue([lead.id], template.id, user_id=me.id, sender=SENDER)
    with SmtpTransport(account(smtp_server.port)) as transport:
        ws.outbox.send_all(transport)
    msg = smtp_server.inbox.received[0].message
    assert msg.get_content_type() == "multipart/alternative"
    html = msg.get_body(("html",))
    assert html is not None and html.get_content().strip() == "<p>Hi <b>Lead000</b></p>"
    assert msg.get_body(("plain",)).get_content().strip() == "Hi Lead000"


@pytest.fixture(scope="module")
def tls() -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A test CA: the server's certificate for 127.0.0.1 and a client that trusts it."""
    ca = trustme.CA()
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server)
    client = ssl.create_default_context()
    ca.configure_trust(client)
    return server, client


def test_wrong_password_names_the_cause_and_keeps_every_message_queued(
    ws: Workspace, tls: tuple[ssl.SSLContext, ssl.SSLContext]
) -> None:
    me = rep(ws)
    batch = leads(ws, 4, user=me)
    template = default_template(ws, "thank_you/email/en")
    ws.messaging.queue(ids(batch), template.id, user_id=me.id, sender=SENDER)
    server_tls, client_tls = tls
    with SmtpServer(auth=True, tls_context=server_tls, require_starttls=True) as server:
        server.inbox.users["maria"] = "right horse battery"
        wrong = account(server.port, security="starttls", username="maria", password="wrong")
        with SmtpTransport(wrong, ssl_context=client_tls) as transport:
            report = ws.outbox.send_all(transport)
        assert report.sent == 0 and report.stopped is not None
        assert report.stopped.failure is Failure.AUTH
        assert "refused the user name or password for maria" in (report.stopped.error or "")
        assert "535" in (report.stopped.error or "")
        assert statuses(ws) == {MessageStatus.QUEUED: 4}
        assert all(r.attempts == 0 for r in ws.outbox.messages())  # not the messages' fault
        assert server.inbox.received == []

        right = account(
            server.port, security="starttls", username="maria", password="right horse battery"
        )
        with SmtpTransport(right, ssl_context=client_tls) as transport:
            report = ws.outbox.send_all(transport)
        assert report.sent == 4
        assert delivered_once(server, [r.email or "" for r in batch])


def test_an_untrusted_certificate_is_a_tls_failure(
    ws: Workspace, tls: tuple[ssl.SSLContext, ssl.SSLContext]
) -> None:
    me = rep(ws)
    ws.messaging.queue(
        ids(leads(ws, 1, user=me)),
        default_template(ws, "thank_you/email/en").id,
        user_id=me.id,
        sender=SENDER,
    )
    with SmtpServer(tls_context=tls[0], require_starttls=True) as server:
        # the system's trust store does not know the test CA
        with SmtpTransport(account(server.port, security="starttls")) as transport:
            report = ws.outbox.send_all(transport)
        assert report.stopped is not None and report.stopped.failure is Failure.TLS
        assert "secure connection to 127.0.0.1:" in (report.stopped.error or "")
        assert "CERTIFICATE_VERIFY_FAILED" in (report.stopped.error or "")
        # a server that wants STARTTLS refuses plain MAIL FROM: the message stays queued
        with SmtpTransport(account(server.port)) as transport:
            report = ws.outbox.send_all(transport)
        assert report.stopped is not None and report.sent == 0
        assert statuses(ws) == {MessageStatus.QUEUED: 1} and server.inbox.received == []


def test_a_refused_recipient_fails_alone_and_can_be_retried(
    ws: Workspace, smtp_server: SmtpServer
) -> None:
    me = rep(ws)
    batch = leads(ws, 5, user=me)
    template = default_template(ws, "thank_you/email/en")
    ws.messaging.queue(ids(batch), template.id, user_id=me.id, sender=SENDER)
    smtp_server.inbox.refuse.add("lead002@example.org")
    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(transport)
    assert (report.sent, report.failed, report.stopped) == (4, 1, None)
    (failed,) = ws.outbox.messages(statuses=[MessageStatus.FAILED])
    assert failed.recipient == "lead002@example.org" and failed.error_code == "recipient"
    assert "refused the recipient lead002@example.org (550" in (failed.error or "")
    assert ws.activities.timeline(batch[2].id, kinds=[ActivityKind.EMAIL]) == []

    smtp_server.inbox.refuse.clear()
    assert ws.outbox.retry([failed.id])[0] == 1
    with SmtpTransport(account(smtp_server.port)) as transport:
        assert ws.outbox.send_all(transport).sent == 1
    assert delivered_once(smtp_server, [r.email or "" for r in batch])


def test_nothing_to_connect_to_is_a_connection_failure(ws: Workspace) -> None:
    from tests.support.smtp_server import free_port

    me = rep(ws)
    ws.messaging.queue(
        ids(leads(ws, 2, user=me)),
        default_template(ws, "thank_you/email/en").id,
        user_id=me.id,
        sender=SENDER,
    )
    with SmtpTransport(account(free_port())) as transport:
        report = ws.outbox.send_all(transport)
    assert report.stopped is not None and report.stopped.failure is Failure.CONNECTION
    assert "Cannot connect to 127.0.0.1:" in (report.stopped.error or "")
    assert "connection refused" in (report.stopped.error or "")
    assert statuses(ws) == {MessageStatus.QUEUED: 2}


@pytest.mark.parametrize("k", [0, 3, 6])
def test_a_batch_interrupted_after_k_messages_resumes_and_delivers_each_once(
    ws: Workspace, smtp_server: SmtpServer, k: int
) -> None:
    _me, batch, _queued = queue_emails(ws, 7, "meeting_request/email/en")
    transport = SmtpTransport(account(smtp_server.port))
    with pytest.raises(Crash):  # dies just after claiming message k + 1
        ws.outbox.send_all(transport, observe=crash_at("claimed", k + 1))
    transport._drop()
    assert len(smtp_server.inbox.received) == k
    assert statuses(ws).get(MessageStatus.SENDING) == 1  # the one in hand when it died

    # the next start: the dead sender's claim goes back in line, sending carries on
    assert ws.outbox.release_abandoned(SENDER.address) == 1
    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(transport)
    assert report.sent == 7 - k
    assert delivered_once(smtp_server, [r.email or "" for r in batch])
    assert statuses(ws) == {MessageStatus.SENT: 7}
    for lead in batch:  # one timeline entry each, never two
        assert len(ws.activities.timeline(lead.id, kinds=[ActivityKind.EMAIL])) == 1


def test_a_crash_after_the_server_accepted_never_sends_it_again(
    ws: Workspace, smtp_server: SmtpServer
) -> None:
    _me, batch, _queued = queue_emails(ws, 5, "meeting_request/email/en")
    transport = SmtpTransport(account(smtp_server.port))
    with pytest.raises(Crash):  # the server said 250 for message 3; we died before noting it
        ws.outbox.send_all(transport, observe=crash_at("accepted", 3))
    transport._drop()
    assert len(smtp_server.inbox.received) == 3

    ws.outbox.release_abandoned(SENDER.address)
    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(transport)
    assert report.sent == 2
    assert delivered_once(smtp_server, [r.email or "" for r in batch])  # not re-sent
    (unsure,) = ws.outbox.messages(statuses=[MessageStatus.HANDED_OVER])
    assert unsure.recipient == batch[2].email
    # the user checks the sent folder and says it arrived: now it is on the timeline
    ws.outbox.resolve_unconfirmed(unsure.id, delivered=True)
    assert statuses(ws) == {MessageStatus.SENT: 5}
    assert len(ws.activities.timeline(batch[2].id, kinds=[ActivityKind.EMAIL])) == 1
    with pytest.raises(RuleViolation):
        ws.outbox.resolve_unconfirmed(unsure.id, delivered=True)


def test_a_crash_between_hand_over_and_acceptance_waits_for_the_user(
    ws: Workspace, smtp_server: SmtpServer
) -> None:
    """The dot that asks the server to accept never went: the server discarded it, but
    LeadDesk cannot know that, so it asks instead of sending it again on its own."""
    _me, batch, _queued = queue_emails(ws, 3, "meeting_request/email/en")
    transport = SmtpTransport(account(smtp_server.port))
    with pytest.raises(Crash):
        ws.outbox.send_all(transport, observe=crash_at("handed_over", 2))
    assert len(smtp_server.inbox.received) == 1
    ws.outbox.release_abandoned(SENDER.address)
    with SmtpTransport(account(smtp_server.port)) as transport:
        assert ws.outbox.send_all(transport).sent == 1
    (unsure,) = ws.outbox.messages(statuses=[MessageStatus.HANDED_OVER])
    assert len(smtp_server.inbox.to(unsure.recipient)) == 0
    ws.outbox.resolve_unconfirmed(unsure.id, delivered=False)  # "it did not arrive"
    with SmtpTransport(account(smtp_server.port)) as transport:
        assert ws.outbox.send_all(transport).sent == 1
    assert delivered_once(smtp_server, [r.email or "" for r in batch])


def test_connection_lost_before_hand_over_requeues_the_message(
    ws: Workspace, smtp_server: SmtpServer
) -> None:
    _me, batch, _queued = queue_emails(ws, 5, "meeting_request/email/en")
    dropped: list[int] = []

    def drop(n: int, moment: str, server: object) -> None:
        if n == 3 and moment == "rcpt" and not dropped:
            dropped.append(n)
            server.transport.close()  # type: ignore[attr-defined]

    smtp_server.inbox.on = drop
    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(transport)
    assert report.sent == 2 and report.stopped is not None
    assert report.stopped.failure is Failure.CONNECTION
    assert statuses(ws) == {MessageStatus.SENT: 2, MessageStatus.QUEUED: 3}
    with SmtpTransport(account(smtp_server.port)) as transport:
        assert ws.outbox.send_all(transport).sent == 3
    assert delivered_once(smtp_server, [r.email or "" for r in batch])


def test_connection_lost_after_hand_over_is_never_resent(
    ws: Workspace, smtp_server: SmtpServer
) -> None:
    _me, batch, _queued = queue_emails(ws, 4, "meeting_request/email/en")

    def drop(n: int, moment: str, server: object) -> None:
        if n == 2 and moment == "data":  # stored, then gone before answering
            server.transport.close()  # type: ignore[attr-defined]
            raise ConnectionResetError

    smtp_server.inbox.on = drop
    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(transport)
    assert report.sent == 1 and report.unconfirmed == 1
    assert report.stopped is not None and "may have been delivered" in (report.stopped.error or "")
    smtp_server.inbox.on = None
    with SmtpTransport(account(smtp_server.port)) as transport:
        assert ws.outbox.send_all(transport).sent == 2
    assert delivered_once(smtp_server, [r.email or "" for r in batch])
    assert statuses(ws) == {MessageStatus.SENT: 3, MessageStatus.HANDED_OVER: 1}


def test_two_senders_at_once_send_each_message_once(
    ws: Workspace, smtp_server: SmtpServer, backend: str
) -> None:
    _me, batch, _queued = queue_emails(ws, 24, "meeting_request/email/en")
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with SmtpTransport(account(smtp_server.port)) as transport:
                ws.outbox.send_all(transport)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert delivered_once(smtp_server, [r.email or "" for r in batch])
    assert statuses(ws) == {MessageStatus.SENT: 24}


def test_cancel_while_sending_stops_the_batch_and_retry_sends_the_rest(
    ws: Workspace, smtp_server: SmtpServer
) -> None:
    me = rep(ws)
    batch = leads(ws, 6, user=me)
    queued = ws.messaging.queue(
        ids(batch), default_template(ws, "thank_you/email/en").id, user_id=me.id, sender=SENDER
    ).value
    assert queued.batch_id is not None
    batch_id = queued.batch_id
    cancelled: list[int] = []

    def cancel_after_two(_outcome: object) -> None:
        if len(smtp_server.inbox.received) == 2 and not cancelled:
            # the user presses Cancel while the sender holds claims on the next ones
            cancelled.append(ws.outbox.cancel(batch_id)[0])

    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(transport, progress=cancel_after_two)
    assert cancelled == [4] and report.sent == 2
    assert len(smtp_server.inbox.received) == 2  # nothing claimed went after the cancel
    summary = ws.outbox.batch(batch_id)
    assert summary.count(MessageStatus.SENT) == 2 and summary.count(MessageStatus.CANCELLED) == 4
    assert summary.cancelled_at is not None and summary.done == 6
    with SmtpTransport(account(smtp_server.port)) as transport:
        assert ws.outbox.send_all(transport).sent == 0  # cancelled ones stay put
    assert ws.outbox.retry_batch(batch_id)[0] == 4
    assert ws.outbox.batch(batch_id).cancelled_at is None
    with SmtpTransport(account(smtp_server.port)) as transport:
        assert ws.outbox.send_all(transport).sent == 4
    assert delivered_once(smtp_server, [r.email or "" for r in batch])


def test_stopping_gives_back_the_claims_not_started(ws: Workspace, smtp_server: SmtpServer) -> None:
    me = rep(ws)
    ws.messaging.queue(
        ids(leads(ws, 10, user=me)),
        default_template(ws, "thank_you/email/en").id,
        user_id=me.id,
        sender=SENDER,
    )
    done: list[object] = []
    with SmtpTransport(account(smtp_server.port)) as transport:
        report = ws.outbox.send_all(
            transport, progress=done.append, cancelled=lambda: len(done) >= 3
        )
    assert report.sent == 3
    assert statuses(ws) == {MessageStatus.SENT: 3, MessageStatus.QUEUED: 7}
    assert all(r.attempts == 0 for r in ws.outbox.messages(statuses=[MessageStatus.QUEUED]))


def test_whatsapp_and_sms_wait_for_the_rep_to_confirm(ws: Workspace) -> None:
    me = rep(ws)
    with_phone = ws.leads.create(
        {"first_name": "Jan", "phone": "+48 601 234 567", "country": "PL"}, user_id=me.id
    ).value
    no_phone = ws.leads.create({"first_name": "Ewa", "email": "ewa@example.pl"}).value
    template = default_template(ws, "introduction/whatsapp/pl")
    result = ws.messaging.queue([with_phone.id, no_phone.id], template.id, user_id=me.id).value
    assert result.queued == 1 and [s.reason for s in result.skipped] == ["no_phone"]
    row = ws.outbox.next_manual(user_id=me.id)
    assert row is not None and row.recipient == "+48601234567"
    assert row.body.startswith("Dzień dobry, tu Maria Nowak.")
    with pytest.raises(RuleViolation):
        ws.outbox.resolve_unconfirmed(row.id, delivered=True)
    ws.outbox.confirm_manual(row.id, sent=True)
    assert ws.outbox.next_manual(user_id=me.id) is None
    (entry,) = ws.activities.timeline(with_phone.id, kinds=[ActivityKind.WHATSAPP])
    assert entry.direction is Direction.OUTBOUND and entry.details["variant"] == "A"
    assert ws.leads.get(with_phone.id).last_contacted_at == entry.occurred_at
    with pytest.raises(RuleViolation, match="already sent"):
        ws.outbox.confirm_manual(row.id, sent=True)


def test_email_needs_a_sender_and_a_live_template(ws: Workspace) -> None:
    me = rep(ws)
    (lead,) = leads(ws, 1, user=me)
    template = default_template(ws, "thank_you/email/en")
    with pytest.raises(RuleViolation, match="Email is not set up"):
        ws.messaging.queue([lead.id], template.id, user_id=me.id, sender=None)
    ws.templates.set_retired(template.id, True)
    with pytest.raises(RuleViolation, match="retired"):
        ws.messaging.queue([lead.id], template.id, user_id=me.id, sender=SENDER)
    assert ws.outbox.count() == 0


def test_the_display_name_with_non_latin_letters_is_encoded() -> None:
    from leaddesk.domain.mime import Mailbox

    header = Mailbox("أحمد الحربي", "ahmad@example.net").header()
    assert isinstance(header, Address) and header.addr_spec == "ahmad@example.net"
