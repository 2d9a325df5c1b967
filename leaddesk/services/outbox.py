"""The outbox: sending what was queued exactly once, and what users do about the rest.

Each email goes claim -> handed over -> sent, each step its own short
transaction, so a crash or a lost connection at any point leaves the message
either safely back in the queue (it never reached the server whole), or marked
as handed over and left for the user to confirm (the server may have it). It is
never sent twice without somebody deciding so, and never silently dropped.
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
from leaddesk.domain.mime import Mailbox, build_email
from leaddesk.domain.outbox import (
    CLAIM_LEASE,
    MANUAL_CHANNELS,
    MAX_ATTEMPTS,
    REPLY_WINDOW,
    RETRYABLE,
    STOPS_SENDING,
    Failure,
    MessageStatus,
    retry_after,
)
from leaddesk.errors import RuleViolation
from leaddesk.services.context import ServiceContext, missing
from leaddesk.services.convert import outbox_row
from leaddesk.services.message_records import BatchSummary, OutboxRow, SendOutcome, SendReport
from leaddesk.services.records import Changes
from leaddesk.services.smtp import ClaimLost, SendFailed, SmtpTransport
from leaddesk.store import outbox as q
from leaddesk.store.leads import touch_first_response, touch_last_contact
from leaddesk.store.models import Activity, Lead, OutboxBatch, OutboxMessage
from leaddesk.store.session import transaction

KIND = {
    Channel.EMAIL: ActivityKind.EMAIL,
    Channel.WHATSAPP: ActivityKind.WHATSAPP,
    Channel.SMS: ActivityKind.SMS,
}
# steps of one send, for a caller that watches (progress, or a test that crashes there)
Observe = Callable[[str, uuid.UUID], None]
CLAIM_CHUNK = 8  # messages claimed per transaction while sending
# a message given another try: back in line, its last error forgotten
REQUEUED: dict[str, object] = {
    "status": MessageStatus.QUEUED,
    "not_before": None,
    "claim_token": None,
    "claimed_at": None,
    "error_code": None,
    "error": None,
}


def _log_sent(session: Session, m: OutboxMessage, at: dt.datetime, reply: str | None) -> None:
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
    touch_last_contact(session, m.lead_id, at)
    touch_first_response(session, m.lead_id, at)


class OutboxService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # sending email -------------------------------------------------------------------
    def release_abandoned(self, sender: str) -> int:
        """At start: this sender's claims that never reached a server go back in line."""
        with transaction(self.ctx.db) as s:
            return q.release_abandoned(s, sender=sender.lower(), now=self.ctx.clock())

    def pending(self, sender: str) -> int:
        with transaction(self.ctx.db, write=False) as s:
            return q.pending_count(s, sender=sender.lower())

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

    def _send_one(
        self,
        transport: SmtpTransport,
        m: OutboxMessage,
        token: uuid.UUID,
        observe: Observe | None,
    ) -> SendOutcome:
        if observe:
            observe("claimed", m.id)
        account = transport.account
        msg = build_email(
            sender=Mailbox(m.sender_name or account.from_name, account.from_address),
            to=Mailbox(m.recipient_name or "", m.recipient),
            subject=m.subject or "",
            text=m.body,
            html=m.html,
            message_id=m.message_id or "",
            date=self.ctx.clock(),
        )

        def hand_over() -> bool:
            now = self.ctx.clock()
            with transaction(self.ctx.db) as s:
                held = q.set_claimed(
                    s, m.id, token, now, status=MessageStatus.HANDED_OVER, handed_over_at=now
                )
            if held and observe:
                observe("handed_over", m.id)
            return held

        try:
            reply = transport.send(msg, handover=hand_over)
        except ClaimLost:  # cancelled, or taken over by another sender: not sent by us
            return SendOutcome(m.id, m.lead_id, m.batch_id, MessageStatus.CANCELLED)
        except SendFailed as exc:
            return self._failed(m, token, exc)
        if observe:
            observe("accepted", m.id)
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
                _log_sent(s, m, now, reply)
        return SendOutcome(m.id, m.lead_id, m.batch_id, MessageStatus.SENT)

    def _failed(self, m: OutboxMessage, token: uuid.UUID, exc: SendFailed) -> SendOutcome:
        now = self.ctx.clock()
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
                claim_token=None, claimed_at=None, not_before=now + retry_after(m.attempts)
            )
        else:
            status = MessageStatus.FAILED
        values.update(status=status)
        if status is not MessageStatus.HANDED_OVER:
            values["handed_over_at"] = None
        with transaction(self.ctx.db) as s:
            if not q.set_claimed(s, m.id, token, now, **values):
                q.set_handed_over_result(s, m.id, token, now, **values)
        return SendOutcome(m.id, m.lead_id, m.batch_id, status, failure, exc.message)

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
                with transaction(self.ctx.db) as s:
                    q.release_claims(s, [m.id for m in held], token, self.ctx.clock())
        return SendReport(sent, failed, stopped, unconfirmed)

    # reading ---------------------------------------------------------------------------
    def batches(self, *, limit: int = 100) -> list[BatchSummary]:
        with transaction(self.ctx.db, write=False) as s:
            rows = q.recent_batches(s, limit=limit)
            counts = q.batch_counts(s, [b.id for b, _ in rows])
            return [_summary(b, user_name, counts[b.id]) for b, user_name in rows]

    def batch(self, batch_id: uuid.UUID) -> BatchSummary:
        with transaction(self.ctx.db, write=False) as s:
            b = s.get(OutboxBatch, batch_id)
            if b is None:
                raise missing("Outbox batch", batch_id)
            return _summary(b, None, q.batch_counts(s, [batch_id])[batch_id])

    def messages(
        self,
        *,
        batch_id: uuid.UUID | None = None,
        statuses: Collection[MessageStatus] = (),
        limit: int = 500,
        offset: int = 0,
    ) -> list[OutboxRow]:
        with transaction(self.ctx.db, write=False) as s:
            rows = q.messages(s, batch_id=batch_id, statuses=statuses, limit=limit, offset=offset)
            return [outbox_row(m, lead_number) for m, lead_number in rows]

    def count(
        self, *, batch_id: uuid.UUID | None = None, statuses: Collection[MessageStatus] = ()
    ) -> int:
        with transaction(self.ctx.db, write=False) as s:
            return q.count_messages(s, batch_id=batch_id, statuses=statuses)

    # what users do ---------------------------------------------------------------------
    def cancel(self, batch_id: uuid.UUID) -> tuple[int, Changes]:
        """Stop a batch: what is not yet with a server is cancelled (a message already
        handed over finishes)."""
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            b = s.get(OutboxBatch, batch_id, with_for_update=True)
            if b is None:
                raise missing("Outbox batch", batch_id)
            b.cancelled_at = now
            n = q.cancel_batch(s, batch_id, now=now)
        return n, Changes(outbox=True)

    def retry(self, message_ids: Collection[uuid.UUID]) -> tuple[int, Changes]:
        """Failed or cancelled messages back in the queue, to be sent as they are."""
        with transaction(self.ctx.db) as s:
            n = q.change_status(
                s, message_ids, from_statuses=RETRYABLE, now=self.ctx.clock(), **REQUEUED
            )
        return n, Changes(outbox=True)

    def retry_batch(self, batch_id: uuid.UUID) -> tuple[int, Changes]:
        with transaction(self.ctx.db) as s:
            n = q.change_batch_status(
                s, batch_id, from_statuses=RETRYABLE, now=self.ctx.clock(), **REQUEUED
            )
            b = s.get(OutboxBatch, batch_id)
            if b is not None:
                b.cancelled_at = None
        return n, Changes(outbox=True)

    def resolve_unconfirmed(self, message_id: uuid.UUID, *, delivered: bool) -> Changes:
        """A message handed over without the server's answer: the user checked and says
        it arrived (sent, on the timeline) or not (queued to be sent again)."""
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            m = s.get(OutboxMessage, message_id, with_for_update=True)
            if m is None:
                raise missing("Outbox message", message_id)
            if m.status is not MessageStatus.HANDED_OVER:
                raise RuleViolation(
                    f"The message to {m.recipient} is {m.status.value}, not awaiting a decision.",
                    code="message_decided",
                    params={"recipient": m.recipient, "status": m.status.value},
                )
            if delivered:
                m.status, m.sent_at, m.reply_by = MessageStatus.SENT, now, now + REPLY_WINDOW
                m.error_code = m.error = None
                s.flush()
                _log_sent(s, m, now, None)
                changes = Changes(
                    outbox=True, timelines=frozenset({m.lead_id}), leads=frozenset({m.lead_id})
                )
            else:
                m.status, m.claim_token, m.claimed_at = MessageStatus.QUEUED, None, None
                m.handed_over_at = None
                changes = Changes(outbox=True)
        return changes

    # WhatsApp and SMS: the rep sends through the system's app, then confirms -----------
    def next_manual(
        self, *, batch_id: uuid.UUID | None = None, user_id: uuid.UUID | None = None
    ) -> OutboxRow | None:
        with transaction(self.ctx.db, write=False) as s:
            m = q.next_manual(s, batch_id=batch_id, user_id=user_id)
            if m is None:
                return None
            lead = s.get(Lead, m.lead_id)
            return outbox_row(m, lead.number if lead else 0)

    def confirm_manual(self, message_id: uuid.UUID, *, sent: bool) -> Changes:
        """The rep says the WhatsApp or SMS message went (logged) or was skipped."""
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            m = s.get(OutboxMessage, message_id, with_for_update=True)
            if m is None:
                raise missing("Outbox message", message_id)
            if m.channel not in MANUAL_CHANNELS:
                raise RuleViolation(
                    "Email is sent by LeadDesk itself, not confirmed by hand.",
                    code="email_not_by_hand",
                )
            if m.status is not MessageStatus.QUEUED:
                raise RuleViolation(
                    f"The message to {m.recipient} is already {m.status.value}.",
                    code="message_already",
                    params={"recipient": m.recipient, "status": m.status.value},
                )
            if not sent:
                m.status = MessageStatus.CANCELLED
                return Changes(outbox=True)
            m.status, m.sent_at, m.reply_by = MessageStatus.SENT, now, now + REPLY_WINDOW
            s.flush()
            _log_sent(s, m, now, None)
            return Changes(
                outbox=True, timelines=frozenset({m.lead_id}), leads=frozenset({m.lead_id})
            )


def _summary(
    b: OutboxBatch, user_name: str | None, counts: dict[MessageStatus, int]
) -> BatchSummary:
    return BatchSummary(
        id=b.id,
        template_name=b.template_name,
        channel=b.channel,
        created_at=b.created_at,
        user_name=user_name,
        total=b.total,
        cancelled_at=b.cancelled_at,
        counts=dict(counts),
    )
