"""Sending the outbox's email exactly once.

Each email goes claim -> handed over -> sent, each step its own short
transaction, so a crash or a lost connection at any point leaves the message
either safely back in the queue (it never reached the server whole), or marked
as handed over and left for the user to confirm (the server may have it). It is
never sent twice without somebody deciding so, and never silently dropped.

A message is written out in full before the server hears of it. One that cannot
be written (an address with a line break, anything the email package refuses)
fails on its own with the reason, and sending goes on with the next: no message is
left claimed for the next start to trip over again.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import deque
from collections.abc import Callable, Collection
from typing import cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from leaddesk.domain.activities import ActivityKind, Channel, Direction
from leaddesk.domain.mime import Mailbox, UnsendableEmail, build_email, shown
from leaddesk.domain.outbox import (
    CLAIM_LEASE,
    MAX_ATTEMPTS,
    REPLY_WINDOW,
    STOPS_SENDING,
    Failure,
    MessageStatus,
    retry_after,
)
from leaddesk.services.context import ServiceContext
from leaddesk.services.message_records import SendOutcome, SendReport
from leaddesk.services.smtp import ClaimLost, Outgoing, SendFailed, SmtpTransport, prepare
from leaddesk.store import outbox as q
from leaddesk.store.leads import touch_first_response, touch_last_contact
from leaddesk.store.models import Activity, OutboxMessage
from leaddesk.store.models_partner_links import NOTICE_LABEL
from leaddesk.store.session import retried, transaction

KIND = {
    Channel.EMAIL: ActivityKind.EMAIL,
    Channel.WHATSAPP: ActivityKind.WHATSAPP,
    Channel.SMS: ActivityKind.SMS,
}
# steps of one send, for a caller that watches (progress, or a test that crashes there)
Observe = Callable[[str, uuid.UUID], None]
CLAIM_CHUNK = 8  # messages claimed per transaction while sending


def log_sent(session: Session, m: OutboxMessage, at: dt.datetime, reply: str | None) -> None:
    """The sent message on the lead's timeline, and the lead's last contact moved."""
    # declarative types __table__ as any FromClause; a class mapped by __tablename__ has a Table
    activities = cast(Table, Activity.__table__)
    session.execute(
        insert(activities).values(
            id=uuid.uuid4(),
            lead_id=m.lead_id,
            kind=KIND[m.channel],
            direction=Direction.OUTBOUND,
            subject=m.subject,
            body=m.body,
            occurred_at=at,
            user_id=m.user_id,
            outcome=None,
            created_at=at,
            details={
                "template_id": str(m.template_id) if m.template_id else None,
                "template": m.template_name,
                "variant": m.variant_label,
                "outbox_id": str(m.id),
                "batch_id": str(m.batch_id),
                "message_id": m.message_id,
                "to": m.recipient,
                **({"server_reply": reply} if reply else {}),
            },
        )
    )
    if m.variant_label == NOTICE_LABEL:
        return  # told the partner about the lead: not a contact with the lead
    touch_last_contact(session, m.lead_id, at)
    touch_first_response(session, m.lead_id, at)


class EmailSending:
    """The outbox's sending half. Each method that writes in one transaction is
    retried on a deadlock; the ones that talk to the server never are (a retry must
    not send anything twice)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @retried
    def release_abandoned(self, sender: str) -> int:
        """At start: this sender's claims that never reached a server go back in line."""
        with transaction(self.ctx.db) as s:
            return q.release_abandoned(s, sender=sender.lower(), now=self.ctx.clock())

    def pending(self, sender: str) -> int:
        with transaction(self.ctx.db, write=False) as s:
            return q.pending_count(s, sender=sender.lower())

    @retried
    def _claim(
        self, sender: str, token: uuid.UUID, batch_id: uuid.UUID | None, limit: int
    ) -> list[OutboxMessage]:
        with transaction(self.ctx.db) as s:
            taken = q.claim(
                s,
                sender=sender,
                token=token,
                now=self.ctx.clock(),
                lease=CLAIM_LEASE,
                limit=limit,
                batch_id=batch_id,
            )
            for m in taken:
                s.expunge(m)
            return taken

    def send_next(
        self,
        transport: SmtpTransport,
        *,
        token: uuid.UUID,
        batch_id: uuid.UUID | None = None,
        observe: Observe | None = None,
    ) -> SendOutcome | None:
        """Send the oldest email queued by this transport's sender; None when none is left."""
        sender = transport.account.from_address.lower()
        taken = self._claim(sender, token, batch_id, 1)
        return self._send_one(transport, taken[0], token, observe) if taken else None

    def _build(self, m: OutboxMessage, transport: SmtpTransport) -> Outgoing:
        """The message written out; SendFailed when it cannot be: the sender address
        stops sending (Failure.SETUP, every message has it), anything else is this
        message's own (Failure.INVALID)."""
        account = transport.account
        try:
            msg = build_email(
                sender=Mailbox(m.sender_name or account.from_name, account.from_address),
                to=Mailbox(m.recipient_name or "", m.recipient),
                subject=m.subject or "",
                text=m.body,
                html=m.html,
                message_id=m.message_id or "",
                date=self.ctx.clock(),
            )
            return prepare(msg, [m.recipient])
        except UnsendableEmail as exc:
            failure = Failure.SETUP if exc.whose == "sender" else Failure.INVALID
            raise SendFailed(failure, exc.message) from exc
        except Exception as exc:  # the email package's own refusals: whatever they are
            reason = shown(str(exc) or type(exc).__name__)
            raise SendFailed(
                Failure.INVALID,
                f"The message to {shown(m.recipient)} could not be put together "
                f"({reason}); it was not sent.",
            ) from exc

    @retried
    def _hand_over(self, m: OutboxMessage, token: uuid.UUID) -> bool:
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            return q.set_claimed(
                s, m.id, token, now, status=MessageStatus.HANDED_OVER, handed_over_at=now
            )

    @retried
    def _record_sent(self, m: OutboxMessage, token: uuid.UUID, reply: str) -> None:
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            recorded = q.set_handed_over_result(
                s,
                m.id,
                token,
                now,
                status=MessageStatus.SENT,
                sent_at=now,
                reply_by=now + REPLY_WINDOW,
                error_code=None,
                error=None,
            )
            if recorded:
                log_sent(s, m, now, reply)

    def _send_one(
        self,
        transport: SmtpTransport,
        m: OutboxMessage,
        token: uuid.UUID,
        observe: Observe | None,
    ) -> SendOutcome:
        if observe:
            observe("claimed", m.id)

        def hand_over() -> bool:
            held = self._hand_over(m, token)
            if held and observe:
                observe("handed_over", m.id)
            return held

        try:
            reply = transport.send(self._build(m, transport), handover=hand_over)
        except ClaimLost:  # cancelled, or taken over by another sender: not sent by us
            return SendOutcome(m.id, m.lead_id, m.batch_id, MessageStatus.CANCELLED)
        except SendFailed as exc:
            return self._failed(m, token, exc)
        if observe:
            observe("accepted", m.id)
        self._record_sent(m, token, reply)
        return SendOutcome(m.id, m.lead_id, m.batch_id, MessageStatus.SENT)

    def _failed(self, m: OutboxMessage, token: uuid.UUID, exc: SendFailed) -> SendOutcome:
        failure = exc.failure
        values: dict[str, object] = {"error_code": failure.value, "error": exc.message}
        if exc.uncertain:
            status = MessageStatus.HANDED_OVER  # stays: the user decides
        elif failure in STOPS_SENDING:
            # not this message's fault: back in line, its attempt not counted
            status = MessageStatus.QUEUED
            values.update(claim_token=None, claimed_at=None, attempts=m.attempts - 1)
        elif failure is Failure.TEMPORARY and m.attempts < MAX_ATTEMPTS:
            status = MessageStatus.QUEUED
            values.update(
                claim_token=None,
                claimed_at=None,
                not_before=self.ctx.clock() + retry_after(m.attempts),
            )
        else:
            status = MessageStatus.FAILED
        values.update(status=status)
        if status is not MessageStatus.HANDED_OVER:
            values["handed_over_at"] = None
        self._record_failure(m, token, values)
        return SendOutcome(m.id, m.lead_id, m.batch_id, status, failure, exc.message)

    @retried
    def _record_failure(
        self, m: OutboxMessage, token: uuid.UUID, values: dict[str, object]
    ) -> None:
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            if not q.set_claimed(s, m.id, token, now, **values):
                q.set_handed_over_result(s, m.id, token, now, **values)

    @retried
    def _release(self, message_ids: Collection[uuid.UUID], token: uuid.UUID) -> None:
        with transaction(self.ctx.db) as s:
            q.release_claims(s, message_ids, token, self.ctx.clock())

    def send_all(
        self,
        transport: SmtpTransport,
        *,
        batch_id: uuid.UUID | None = None,
        progress: Callable[[SendOutcome], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        observe: Observe | None = None,
    ) -> SendReport:
        """Send until nothing is left, the user stops, or a failure of the account or
        the connection makes every next message fail too.

        Messages are claimed a few at a time (one transaction for several); the ones
        not started when sending stops go back in line.
        """
        token = uuid.uuid4()
        sender = transport.account.from_address.lower()
        held: deque[OutboxMessage] = deque()
        sent = failed = unconfirmed = 0
        stopped: SendOutcome | None = None
        try:
            while not (cancelled and cancelled()):
                if not held:
                    held.extend(self._claim(sender, token, batch_id, CLAIM_CHUNK))
                    if not held:
                        break
                outcome = self._send_one(transport, held.popleft(), token, observe)
                if progress:
                    progress(outcome)
                if outcome.status is MessageStatus.SENT:
                    sent += 1
                elif outcome.status is MessageStatus.FAILED:
                    failed += 1
                elif outcome.status is MessageStatus.HANDED_OVER:
                    unconfirmed += 1
                if outcome.failure in STOPS_SENDING or outcome.status is MessageStatus.HANDED_OVER:
                    stopped = outcome
                    break
        finally:
            if held:
                self._release([m.id for m in held], token)
        return SendReport(sent, failed, stopped, unconfirmed)
