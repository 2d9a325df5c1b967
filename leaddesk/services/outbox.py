"""The outbox: what was queued, and what users do about it (email is sent by the
sending half, leaddesk.services.outbox_sending, which has the rules of sending
exactly once)."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from leaddesk.domain.outbox import MANUAL_CHANNELS, REPLY_WINDOW, RETRYABLE, MessageStatus
from leaddesk.errors import RuleViolation
from leaddesk.services.context import missing
from leaddesk.services.convert import outbox_row
from leaddesk.services.message_records import BatchSummary, OutboxRow
from leaddesk.services.outbox_sending import EmailSending, log_sent
from leaddesk.services.records import Changes
from leaddesk.store import outbox as q
from leaddesk.store.models import Lead, OutboxBatch, OutboxMessage
from leaddesk.store.session import retried, transaction

# a message given another try: back in line, its last error forgotten
REQUEUED: dict[str, object] = {
    "status": MessageStatus.QUEUED,
    "not_before": None,
    "claim_token": None,
    "claimed_at": None,
    "error_code": None,
    "error": None,
}


class OutboxService(EmailSending):
    """Sending (inherited), reading, and the user's decisions; each writing use case
    is one transaction, run again on a deadlock."""

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
    @retried
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

    @retried
    def retry(self, message_ids: Collection[uuid.UUID]) -> tuple[int, Changes]:
        """Failed or cancelled messages back in the queue, to be sent as they are."""
        with transaction(self.ctx.db) as s:
            n = q.change_status(
                s, message_ids, from_statuses=RETRYABLE, now=self.ctx.clock(), **REQUEUED
            )
        return n, Changes(outbox=True)

    @retried
    def retry_batch(self, batch_id: uuid.UUID) -> tuple[int, Changes]:
        with transaction(self.ctx.db) as s:
            n = q.change_batch_status(
                s, batch_id, from_statuses=RETRYABLE, now=self.ctx.clock(), **REQUEUED
            )
            b = s.get(OutboxBatch, batch_id)
            if b is not None:
                b.cancelled_at = None
        return n, Changes(outbox=True)

    @retried
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
                log_sent(s, m, now, None)
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

    @retried
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
            log_sent(s, m, now, None)
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
