"""Plain records of templates, the outbox and variant results."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from leaddesk.domain.ab_test import Comparison, Proportion, compare
from leaddesk.domain.activities import Channel
from leaddesk.domain.outbox import Failure, MessageStatus


@dataclass(frozen=True)
class VariantRecord:
    id: uuid.UUID
    label: str
    subject: str | None
    body: str
    html: str | None
    version: int


@dataclass(frozen=True)
class TemplateRecord:
    id: uuid.UUID
    name: str
    channel: Channel
    language: str
    category: str
    origin: str | None
    family: uuid.UUID  # translations of one message share it
    retired_at: dt.datetime | None
    version: int
    updated_at: dt.datetime
    variants: tuple[VariantRecord, ...]

    @property
    def retired(self) -> bool:
        return self.retired_at is not None

    def variant(self, label: str) -> VariantRecord | None:
        return next((v for v in self.variants if v.label == label), None)


@dataclass(frozen=True)
class VariantDraft:
    label: str
    body: str
    subject: str | None = None
    html: str | None = None


@dataclass(frozen=True)
class TemplateDraft:
    """A template as the editor holds it; saved as a whole (variants left out retire)."""

    name: str
    channel: Channel
    language: str
    category: str
    variants: tuple[VariantDraft, ...]


@dataclass(frozen=True)
class Skipped:
    lead_id: uuid.UUID
    number: str
    name: str
    reason: str  # no_email, no_phone, subject_too_long, cannot_fill_in
    detail: str = ""  # what went wrong filling the template in, where it did


@dataclass(frozen=True)
class QueueResult:
    batch_id: uuid.UUID | None  # None when every lead was skipped
    queued: int
    skipped: tuple[Skipped, ...] = ()
    message_ids: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True)
class BatchSummary:
    id: uuid.UUID
    template_name: str
    channel: Channel
    created_at: dt.datetime
    user_name: str | None
    total: int
    cancelled_at: dt.datetime | None
    counts: dict[MessageStatus, int] = field(default_factory=dict)

    def count(self, *statuses: MessageStatus) -> int:
        return sum(self.counts.get(s, 0) for s in statuses)

    @property
    def done(self) -> int:
        """Messages that need nothing more (sent, failed, cancelled)."""
        return self.count(MessageStatus.SENT, MessageStatus.FAILED, MessageStatus.CANCELLED)


@dataclass(frozen=True)
class OutboxRow:
    id: uuid.UUID
    batch_id: uuid.UUID
    lead_id: uuid.UUID
    lead_number: str
    channel: Channel
    recipient: str
    recipient_name: str | None
    subject: str | None
    body: str
    status: MessageStatus
    attempts: int
    template_name: str
    variant_label: str
    language: str
    created_at: dt.datetime
    sent_at: dt.datetime | None
    handed_over_at: dt.datetime | None
    error_code: str | None
    error: str | None
    version: int
    message_id: str | None = None
    not_before: dt.datetime | None = None  # waits until then (a retry, a delayed answer)


@dataclass(frozen=True)
class SendOutcome:
    message_id: uuid.UUID
    lead_id: uuid.UUID
    batch_id: uuid.UUID
    status: MessageStatus
    failure: Failure | None = None
    error: str | None = None


@dataclass(frozen=True)
class SendReport:
    sent: int
    failed: int
    stopped: SendOutcome | None  # the failure that stopped sending, if one did
    unconfirmed: int = 0


@dataclass(frozen=True)
class VariantResult:
    label: str
    sent: int
    replied: int
    converted: int
    settled: int  # messages whose reply window has closed

    @property
    def reply_rate(self) -> float | None:
        return self.replied / self.sent if self.sent else None

    @property
    def conversion_rate(self) -> float | None:
        return self.converted / self.sent if self.sent else None


@dataclass(frozen=True)
class VariantReport:
    template_id: uuid.UUID
    results: tuple[VariantResult, ...]
    replies: Comparison | None
    conversions: Comparison | None

    @staticmethod
    def of(template_id: uuid.UUID, results: tuple[VariantResult, ...]) -> VariantReport:
        return VariantReport(
            template_id,
            results,
            compare([Proportion(r.label, r.sent, r.replied) for r in results]),
            compare([Proportion(r.label, r.sent, r.converted) for r in results]),
        )
