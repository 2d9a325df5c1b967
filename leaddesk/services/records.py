"""Plain, immutable data the services hand out: never live ORM objects."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Generic, TypeVar

from leaddesk.domain.activities import ActivityKind, Direction
from leaddesk.domain.leads import Role, display_name, initials
from leaddesk.domain.stages import Stage


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so screens redraw only what concerns them.

    - ``leads``: leads whose row changed in any way (fields, stage, owner, next
      follow-up), were created, deleted or restored;
    - ``stages``: stages whose counts, value sums or order may have changed;
    - ``timelines``: leads with new timeline entries;
    - ``follow_ups``, ``templates``, ``outbox``, ``users``: something of that kind
      changed (``users``: people added, renamed or deactivated);
    - ``reference``: the owner's lists changed (sources, custom fields, web forms), so
      choices, filters and columns built from them are rebuilt.

    A receiver compares what it shows with the database, so an over-broad Changes
    costs a query, never a wrong screen; ``of_leads`` is the broadest.
    """

    leads: frozenset[uuid.UUID] = frozenset()
    stages: frozenset[Stage] = frozenset()
    timelines: frozenset[uuid.UUID] = frozenset()
    follow_ups: bool = False
    templates: bool = False
    outbox: bool = False
    users: bool = False
    reference: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.leads | other.leads,
            self.stages | other.stages,
            self.timelines | other.timelines,
            self.follow_ups or other.follow_ups,
            self.templates or other.templates,
            self.outbox or other.outbox,
            self.users or other.users,
            self.reference or other.reference,
        )

    @classmethod
    def of_leads(cls, lead_ids: Iterable[uuid.UUID]) -> Changes:
        """Leads changed in ways not known here (another user's commit, a sync): any
        of their fields, stages, timelines and follow-ups may differ."""
        ids = frozenset(lead_ids)
        return cls(leads=ids, stages=frozenset(Stage), timelines=ids, follow_ups=bool(ids))

    @property
    def empty(self) -> bool:
        return not (
            self.leads
            or self.stages
            or self.timelines
            or self.follow_ups
            or self.templates
            or self.outbox
            or self.users
            or self.reference
        )


@dataclass(frozen=True)
class UserRecord:
    id: uuid.UUID
    name: str
    email: str
    role: Role
    active: bool
    version: int

    @property
    def initials(self) -> str:
        return initials(self.name)


@dataclass(frozen=True)
class LeadRecord:
    id: uuid.UUID
    number: str
    version: int
    stage: Stage
    position: str
    stage_changed_at: dt.datetime
    created_at: dt.datetime
    updated_at: dt.datetime
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    job_title: str | None = None
    email: str | None = None
    phone: str | None = None
    whatsapp: str | None = None
    address: str | None = None
    city: str | None = None
    country: str | None = None
    product_ids: tuple[uuid.UUID, ...] = ()
    segment_id: uuid.UUID | None = None
    tags: tuple[str, ...] = ()
    deal_value: Decimal | None = None
    currency: str | None = None
    source: str | None = None  # a source key
    campaign_id: uuid.UUID | None = None
    website: str | None = None
    social_profiles: dict[str, Any] = field(default_factory=dict)
    birthday: dt.date | None = None
    notes: str | None = None
    custom_fields: dict[str, Any] = field(default_factory=dict)
    owner_id: uuid.UUID | None = None
    captured_by_id: uuid.UUID | None = None
    score: int = 0
    qualification: str = "none"  # by the thresholds: "none", "mql" or "sql"
    probability: float | None = None  # the conversion model's, when there is one
    reason: str | None = None
    last_contacted_at: dt.datetime | None = None
    # do not contact, per channel; the id the lead had in the program it came from
    dnc_email: bool = False
    dnc_phone: bool = False
    dnc_whatsapp: bool = False
    dnc_sms: bool = False
    external_id: str | None = None

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.last_name, self.company)


@dataclass(frozen=True)
class ContactMatch:
    """A lead that already has an email or a number being typed for a new one."""

    id: uuid.UUID
    number: str
    name: str
    company: str | None
    stage: Stage
    fields: tuple[str, ...]  # which of the typed ones it shares: "email", "phone"


@dataclass(frozen=True)
class Card:
    """What the board shows of a lead."""

    id: uuid.UUID
    number: str
    name: str
    company: str | None
    deal_value: Decimal | None
    currency: str | None
    score: int
    source: str | None  # a source key
    stage: Stage
    position: str
    stage_changed_at: dt.datetime
    version: int
    owner_id: uuid.UUID | None
    owner_name: str | None
    next_follow_up: dt.datetime | None
    qualification: str = "none"  # "none", "mql" or "sql" by the scoring thresholds
    probability: float | None = None  # the conversion model's, when there is one
    response_due: dt.datetime | None = None  # its first contact is due by then (unmet)

    @property
    def sql_early(self) -> bool:
        """Sales-ready while still early in the pipeline: the card's SQL badge."""
        return self.qualification == "sql" and self.stage in (
            Stage.OPEN,
            Stage.CONTACTED,
            Stage.NURTURING,
        )

    @property
    def owner_initials(self) -> str:
        return initials(self.owner_name) if self.owner_name else ""


@dataclass(frozen=True)
class BoardColumn:
    stage: Stage
    count: int
    totals: dict[str, Decimal]
    cards: tuple[Card, ...]

    @property
    def has_more(self) -> bool:
        return len(self.cards) < self.count


@dataclass(frozen=True)
class Board:
    columns: tuple[BoardColumn, ...]

    def column(self, stage: Stage | str) -> BoardColumn:
        return self.columns[Stage(stage).order]


@dataclass(frozen=True)
class ActivityRecord:
    id: uuid.UUID
    lead_id: uuid.UUID
    kind: ActivityKind
    direction: Direction | None
    subject: str | None
    body: str | None
    occurred_at: dt.datetime
    user_id: uuid.UUID | None
    outcome: str | None
    details: dict[str, Any]
    tag: str | None = None  # what a lead's action (kind "event") was


@dataclass(frozen=True)
class FollowUpRecord:
    id: uuid.UUID
    lead_id: uuid.UUID
    due_at: dt.datetime
    title: str
    notes_before: str | None
    notes_after: str | None
    assignee_id: uuid.UUID | None
    done_at: dt.datetime | None
    version: int


T = TypeVar("T")


@dataclass(frozen=True)
class Result(Generic[T]):
    """A service's answer: the new state and what changed."""

    value: T
    changes: Changes


@dataclass(frozen=True)
class MoveResult:
    """A move and how to reverse it (the undo stack keeps these)."""

    lead: LeadRecord
    from_stage: Stage
    from_position: str
    from_reason: str | None
    changes: Changes


@dataclass(frozen=True)
class AttachmentRecord:
    id: uuid.UUID
    lead_id: uuid.UUID
    name: str
    media_type: str
    size: int
    sha256: str
    created_at: dt.datetime
    user_id: uuid.UUID | None


@dataclass(frozen=True)
class AgendaItem:
    """A follow-up as the Follow-ups screen and calendars show it."""

    follow_up: FollowUpRecord
    lead_number: str
    lead_name: str
    stage: Stage
    assignee_name: str | None


@dataclass(frozen=True)
class LeadRow:
    """One row of the leads table."""

    id: uuid.UUID
    number: str
    version: int
    name: str
    company: str | None
    email: str | None
    phone: str | None
    city: str | None
    country: str | None
    stage: Stage
    owner_name: str | None
    source: str | None  # a source key
    campaign_name: str | None
    deal_value: Decimal | None
    currency: str | None
    score: int
    next_follow_up: dt.datetime | None
    stage_changed_at: dt.datetime
    created_at: dt.datetime
    tags: tuple[str, ...] = ()
    qualification: str = "none"
    probability: float | None = None
    # custom field values by key, as kept (see domain.custom_fields.convert); not hashed
    custom: dict[str, Any] = field(default_factory=dict, hash=False)
