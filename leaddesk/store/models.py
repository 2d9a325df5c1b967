"""The schema: UUID keys, UTC times, a version on every mutable row.

Made for a shared server and for offline copies that sync later: no
auto-increment keys, soft delete for leads, and ``version`` counters so a
stale write is detected instead of overwriting somebody else's change.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Double,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
    false,
    text,
)
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from leaddesk.domain.activities import ActivityKind, Channel, Direction
from leaddesk.domain.leads import Role, Source
from leaddesk.domain.outbox import MessageStatus
from leaddesk.domain.stages import Stage
from leaddesk.store.types import UTCDateTime, order_key_type

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _enum(cls: type, name: str) -> Enum:
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=16,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


Money = Numeric(14, 2)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON()}


class Tracked:
    """Columns every mutable row has."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # SQLAlchemy adds "AND version = :old" to every UPDATE and raises
        # StaleDataError when another writer got there first.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class User(Tracked, Base):
    __tablename__ = "users"
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    role: Mapped[Role] = mapped_column(_enum(Role, "role"), default=Role.REP)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # distribution (migration 0019): working days ("0" Monday … "6" Sunday) and hours
    # in their time zone, and how many leads they may hold (None: no limit)
    time_zone: Mapped[str | None] = mapped_column(String(64))
    work_days: Mapped[str | None] = mapped_column(String(7))
    work_starts: Mapped[dt.time | None] = mapped_column(Time)
    work_ends: Mapped[dt.time | None] = mapped_column(Time)
    max_open_leads: Mapped[int | None] = mapped_column(Integer)
    max_new_per_day: Mapped[int | None] = mapped_column(Integer)
    # the pool: how many claimed leads they may hold untouched, and claim in a day
    max_claimed_open: Mapped[int | None] = mapped_column(Integer)
    max_claims_per_day: Mapped[int | None] = mapped_column(Integer)


class Product(Tracked, Base):
    __tablename__ = "products"
    name: Mapped[str] = mapped_column(String(120), unique=True)
    price: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(3))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # a power of two: a lead's products add up to its product_bits, so the Insights
    # screen counts leads per product without joining (the first 63 products have one)
    bit: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (Index("uq_products_bit", "bit", unique=True),)


class Segment(Tracked, Base):
    __tablename__ = "segments"
    name: Mapped[str] = mapped_column(String(120), unique=True)


class Tag(Tracked, Base):
    __tablename__ = "tags"
    name: Mapped[str] = mapped_column(String(50), unique=True)


class Campaign(Tracked, Base):
    __tablename__ = "campaigns"
    name: Mapped[str] = mapped_column(String(160), unique=True)
    channel: Mapped[Source | None] = mapped_column(_enum(Source, "campaign_channel"))
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)


lead_products = Table(
    "lead_products",
    Base.metadata,
    Column("lead_id", Uuid, ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "product_id",
        Uuid,
        ForeignKey("products.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

lead_tags = Table(
    "lead_tags",
    Base.metadata,
    Column("lead_id", Uuid, ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", Uuid, ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


DIMENSIONS = ("owner_id", "source", "campaign_id", "segment_id", "product_bits")
STAGE_SECONDS = ("secs_open", "secs_contacted", "secs_nurturing", "secs_qualified",
                 "secs_negotiation")  # fmt: skip
INSIGHT_INDEXES: dict[str, tuple[str, ...]] = {
    "ix_leads_outcomes": (
        "source", "campaign_id", "segment_id", "owner_id", "furthest_stage", "currency",
        "created_at", "deleted_at", "deal_value", "first_response_s", "product_bits",
        *STAGE_SECONDS, "mql_at", "sql_at",
    ),
    "ix_leads_products": (
        "product_bits", "furthest_stage", "currency", "created_at", "deleted_at", "deal_value",
        "owner_id", "source", "campaign_id", "segment_id", "mql_at", "sql_at",
    ),
    "ix_leads_cohort": ("source", "created_at", "deleted_at", *DIMENSIONS[:1], *DIMENSIONS[2:]),
    "ix_leads_won": ("won_at", "deleted_at", "currency", "deal_value", *DIMENSIONS),
    "ix_leads_pipeline": ("stage", "deleted_at", "currency", "deal_value", *DIMENSIONS),
    "ix_leads_response": ("owner_id", "first_response_s", "created_at", "deleted_at",
                          "source", "campaign_id", "segment_id", "product_bits"),
    **{f"ix_leads_{c}": (c, "created_at", "deleted_at", *DIMENSIONS) for c in STAGE_SECONDS},
}  # fmt: skip


def insight_indexes() -> list[Index]:
    return [Index(name, *columns) for name, columns in INSIGHT_INDEXES.items()]


# backends with partial indexes; the indexes made only there (for Alembic's comparison)
PARTIAL_INDEX_BACKENDS = ("postgresql", "sqlite")
BACKEND_ONLY_INDEXES = {"ix_leads_deleted": PARTIAL_INDEX_BACKENDS}


class Lead(Tracked, Base):
    __tablename__ = "leads"
    # An integer (shown as L-000123) so SQLite's search index can key on it:
    # the implicit rowid of a table with a UUID key is not stable across VACUUM.
    number: Mapped[int] = mapped_column(Integer, unique=True)
    # basic
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    company: Mapped[str | None] = mapped_column(String(200))
    job_title: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    whatsapp: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    # qualifiers
    segment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("segments.id", ondelete="SET NULL")
    )
    deal_value: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(3))
    # a key of the sources table (the owner's list; migration 0013 lifted the fixed one)
    source: Mapped[str | None] = mapped_column(String(40))
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL")
    )
    # supplementary
    website: Mapped[str | None] = mapped_column(String(300))
    social_profiles: Mapped[dict[str, Any]] = mapped_column(default=dict)
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    custom_fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # pipeline
    stage: Mapped[Stage] = mapped_column(_enum(Stage, "stage"), default=Stage.OPEN)
    position: Mapped[str] = mapped_column(order_key_type())
    stage_changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    reason: Mapped[str | None] = mapped_column(String(500))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    captured_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    score: Mapped[int] = mapped_column(Integer, default=0)
    # the soonest open follow-up's due time, kept by the follow-up services so the
    # leads table sorts on a column instead of a subquery per lead
    next_follow_up_at: Mapped[dt.datetime | None] = mapped_column()
    # the latest call, meeting or message either way, kept by the services that log
    # them (migration 0007 backfilled it from the timeline)
    last_contacted_at: Mapped[dt.datetime | None] = mapped_column()
    # kept from the stage history for the Insights screen (migration 0008): the furthest
    # funnel stage ever reached (0 Open ... 5 Customer; undone moves do not count), when
    # it first became a customer, and its first response (first outbound contact)
    furthest_stage: Mapped[int] = mapped_column(SmallInteger, default=0)
    won_at: Mapped[dt.datetime | None] = mapped_column()
    first_response_at: Mapped[dt.datetime | None] = mapped_column()
    first_response_s: Mapped[int | None] = mapped_column(Integer)
    product_bits: Mapped[int] = mapped_column(BigInteger, default=0)  # see Product.bit
    # seconds spent in each open stage over the finished, not undone, stays
    secs_open: Mapped[int | None] = mapped_column(Integer)
    secs_contacted: Mapped[int | None] = mapped_column(Integer)
    secs_nurturing: Mapped[int | None] = mapped_column(Integer)
    secs_qualified: Mapped[int | None] = mapped_column(Integer)
    secs_negotiation: Mapped[int | None] = mapped_column(Integer)
    search_text: Mapped[str] = mapped_column(String(700), default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column()
    # do not contact, per channel: every send skips a lead whose channel is flagged
    dnc_email: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    dnc_phone: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    dnc_whatsapp: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    dnc_sms: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # the import that created it (undo takes the batch back) and the record's id in the
    # program it came from, so the same export imported again updates instead of adding
    import_batch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )
    external_id: Mapped[str | None] = mapped_column(String(120))
    # scoring (migration 0015): ``score`` is true until ScoreDue says (fading may change
    # it then), for the rules ScoreWalk says it was walked with; its class by the
    # thresholds, and when it first became MQL and SQL (Insights counts those)
    qualification: Mapped[str] = mapped_column(String(8), default="none", server_default="none")
    mql_at: Mapped[dt.datetime | None] = mapped_column()
    sql_at: Mapped[dt.datetime | None] = mapped_column()
    # the conversion model's probability (0..1), None until a model has scored it
    probability: Mapped[float | None] = mapped_column(Double)
    # the rules left it unassigned on purpose (migration 0020): not the pool's to claim
    outside_pool: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    products: Mapped[list[Product]] = relationship(secondary=lead_products, lazy="raise")
    tags: Mapped[list[Tag]] = relationship(secondary=lead_tags, lazy="raise")

    __table_args__ = (
        # Partial where the backend has them (MariaDB indexes every row and
        # filters the few deleted ones while walking the index in order).
        Index(
            "ix_leads_board",
            "stage",
            "position",
            "id",
            # search hits are lead numbers, checked from the index alone
            # (deleted_at too: SQLite reads the row for any column a query names)
            "number",
            "deleted_at",
            postgresql_where=text("deleted_at IS NULL"),
            sqlite_where=text("deleted_at IS NULL"),
        ),
        # covering: per-stage counts and value sums without reading rows
        Index(
            "ix_leads_stage_totals",
            "stage",
            "currency",
            "deal_value",
            "deleted_at",
            "number",
            postgresql_where=text("deleted_at IS NULL"),
            sqlite_where=text("deleted_at IS NULL"),
        ),
        # the leads table's time columns, newest first, walked instead of sorted (not
        # partial: SQLite would take a partial one for any "deleted_at IS NULL" scan)
        Index("ix_leads_created", "created_at", "number"),
        Index("ix_leads_stage_changed", "stage_changed_at", "number"),
        Index("ix_leads_last_contact", "last_contacted_at", "number"),
        # covering, for the Insights screen (migration 0008): each aggregate reads the
        # index ordered by what it groups, so SQLite groups without sorting
        *insight_indexes(),
        Index("ix_leads_owner", "owner_id", "stage"),
        # the few deleted leads, to take their follow-ups off the agenda counts; partial,
        # so only where the backend has partial indexes (MariaDB would take a whole one
        # for every "deleted_at IS NULL" query)
        Index(
            "ix_leads_deleted",
            "deleted_at",
            postgresql_where=text("deleted_at IS NOT NULL"),
            sqlite_where=text("deleted_at IS NOT NULL"),
            # ddl_if takes a tuple of dialect names (documented, and DDLIf._should_execute
            # handles one), but its annotation says a single name
        ).ddl_if(dialect=PARTIAL_INDEX_BACKENDS),  # type: ignore[arg-type]
        Index("ix_leads_campaign", "campaign_id"),
        # the same contact entered twice (migration 0011)
        Index("ix_leads_email", "email"),
        Index("ix_leads_phone", "phone"),
        Index("ix_leads_whatsapp", "whatsapp"),
        Index("ix_leads_segment", "segment_id"),
        Index("ix_leads_import_batch", "import_batch_id"),
        Index("ix_leads_external", "external_id"),
    )


class Activity(Base):
    """Append-only: a timeline entry is never edited, so it has no version."""

    __tablename__ = "activities"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    lead_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    kind: Mapped[ActivityKind] = mapped_column(_enum(ActivityKind, "activity_kind"))
    direction: Mapped[Direction | None] = mapped_column(_enum(Direction, "direction"))
    subject: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    outcome: Mapped[str | None] = mapped_column(String(40))
    # what a lead's action (kind "event") was: "webinar", "quote_request"… (migration 0015)
    tag: Mapped[str | None] = mapped_column(String(40))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        Index("ix_activities_timeline", "lead_id", "occurred_at"),
        Index("ix_activities_kind", "kind", "occurred_at"),
        # everything scoring reads of a timeline, so a rescore reads the index only
        # (migration 0016)
        Index(
            "ix_activities_scored", "lead_id", "kind", "occurred_at", "tag", "direction", "outcome"
        ),
    )


class StageVisit(Base):
    """One stay of a lead in a stage: entered, left, and how long in seconds.

    Written with every stage change; a move that is undone marks the stay it ended as
    undone, so a card dragged to Customer by mistake counts for nothing.
    """

    __tablename__ = "stage_visits"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    lead_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    stage: Mapped[Stage] = mapped_column(_enum(Stage, "visit_stage"))
    entered_at: Mapped[dt.datetime] = mapped_column()
    left_at: Mapped[dt.datetime | None] = mapped_column()
    seconds: Mapped[int | None] = mapped_column(Integer)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)

    # so a new lead is written before its first stay
    lead: Mapped[Lead] = relationship(lazy="raise")

    __table_args__ = (Index("ix_stage_visits_lead", "lead_id", "entered_at"),)


# MariaDB's BLOB holds 64 KB; LONGBLOB holds what the size limit allows
FileBytes = LargeBinary().with_variant(mysql.LONGBLOB(), "mysql", "mariadb")


class Attachment(Base):
    """A file kept with a lead. Written once: its bytes never change, so no version."""

    __tablename__ = "attachments"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    lead_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    # deferred: listing a lead's files never reads their bytes
    content: Mapped[bytes] = mapped_column(FileBytes, deferred=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_attachments_lead", "lead_id", "created_at"),)


class FollowUp(Tracked, Base):
    __tablename__ = "follow_ups"
    lead_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    due_at: Mapped[dt.datetime] = mapped_column()
    title: Mapped[str] = mapped_column(String(200))
    notes_before: Mapped[str | None] = mapped_column(Text)
    notes_after: Mapped[str | None] = mapped_column(Text)
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    done_at: Mapped[dt.datetime | None] = mapped_column()

    __table_args__ = (
        Index("ix_follow_ups_due", "done_at", "due_at"),
        Index("ix_follow_ups_assignee_due", "assignee_id", "done_at", "due_at"),
        Index("ix_follow_ups_lead", "lead_id", "done_at", "due_at"),
    )


class MessageTemplate(Tracked, Base):
    """A message the team reuses, per channel, language and category; its wording
    lives in one or more variants (A, B, ...)."""

    __tablename__ = "message_templates"
    name: Mapped[str] = mapped_column(String(160))
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "channel"))
    language: Mapped[str] = mapped_column(String(8))
    category: Mapped[str] = mapped_column(String(60))
    # the key of a template LeadDesk installed ("introduction/email/en"), so it is
    # installed once; None for the team's own
    origin: Mapped[str | None] = mapped_column(String(60))
    # translations of one message share a family: "each lead in their own language"
    # picks the family member in the lead's language
    family: Mapped[uuid.UUID] = mapped_column(Uuid)
    retired_at: Mapped[dt.datetime | None] = mapped_column()

    variants: Mapped[list[TemplateVariant]] = relationship(
        lazy="raise", order_by="TemplateVariant.label", back_populates="template"
    )

    __table_args__ = (
        Index("ix_message_templates_pick", "channel", "language", "category"),
        Index("uq_message_templates_origin", "origin", unique=True),
        Index("ix_message_templates_family", "family", "language"),
    )


class TemplateVariant(Tracked, Base):
    __tablename__ = "template_variants"
    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("message_templates.id", ondelete="CASCADE")
    )
    label: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    html: Mapped[str | None] = mapped_column(Text)
    # a removed variant stays for the reports of what was sent with it
    retired_at: Mapped[dt.datetime | None] = mapped_column()

    template: Mapped[MessageTemplate] = relationship(lazy="raise", back_populates="variants")

    __table_args__ = (UniqueConstraint("template_id", "label"),)


class OutboxBatch(Tracked, Base):
    """Messages queued together (one template to many leads), for progress and cancel."""

    __tablename__ = "outbox_batches"
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "batch_channel"))
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("message_templates.id", ondelete="SET NULL")
    )
    template_name: Mapped[str] = mapped_column(String(160))
    total: Mapped[int] = mapped_column(Integer)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column()

    __table_args__ = (Index("ix_outbox_batches_created", "created_at"),)


class OutboxMessage(Tracked, Base):
    """One rendered message on its way to one lead.

    Sending claims it (status "sending" with a claim token), records the moment
    the whole message is handed to the server ("handed_over") before asking the
    server to accept it, then "sent". A message handed over but not recorded as
    sent is never sent again without the user saying so.
    """

    __tablename__ = "outbox_messages"
    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outbox_batches.id", ondelete="CASCADE"))
    lead_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("message_templates.id", ondelete="SET NULL")
    )
    variant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("template_variants.id", ondelete="SET NULL")
    )
    variant_label: Mapped[str] = mapped_column(String(8))
    template_name: Mapped[str] = mapped_column(String(160))
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "message_channel"))
    language: Mapped[str] = mapped_column(String(8))
    sender: Mapped[str | None] = mapped_column(String(254))  # the From address of an email
    sender_name: Mapped[str | None] = mapped_column(String(160))
    recipient: Mapped[str] = mapped_column(String(254))  # email address or E.164 number
    recipient_name: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    html: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[MessageStatus] = mapped_column(
        _enum(MessageStatus, "message_status"), default=MessageStatus.QUEUED
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[dt.datetime | None] = mapped_column()
    claim_token: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    claimed_at: Mapped[dt.datetime | None] = mapped_column()
    handed_over_at: Mapped[dt.datetime | None] = mapped_column()
    sent_at: Mapped[dt.datetime | None] = mapped_column()
    reply_by: Mapped[dt.datetime | None] = mapped_column()  # replies until then count
    error_code: Mapped[str | None] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        # what a sender picks next: its own queued emails, oldest first
        Index("ix_outbox_pending", "status", "channel", "sender", "created_at"),
        Index("ix_outbox_batch", "batch_id", "status"),
        Index("ix_outbox_report", "template_id", "status", "variant_label"),
        Index("ix_outbox_lead", "lead_id", "created_at"),
    )


class LeadSource(Tracked, Base):
    """Where leads come from: LeadDesk's defaults (``builtin``, named in each language
    by the app) and the team's own (named as the owner typed them)."""

    __tablename__ = "sources"
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired_at: Mapped[dt.datetime | None] = mapped_column()
    # migration 0020: the target for a new lead's first contact, in working minutes,
    # and how long a claim of one of its leads lasts without a contact (None: defaults)
    response_minutes: Mapped[int | None] = mapped_column(Integer)
    claim_hours: Mapped[int | None] = mapped_column(Integer)


class CustomFieldDef(Tracked, Base):
    """A field the team added to every lead; the value lives in
    ``leads.custom_fields[key]`` as JSON (numbers, booleans, ISO dates, text)."""

    __tablename__ = "custom_fields"
    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(16))  # domain.custom_fields.FieldKind
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired_at: Mapped[dt.datetime | None] = mapped_column()


class ImportBatch(Tracked, Base):
    """One import of one file: what it was, how it was mapped, how far it got.

    Rows are written in chunks, each in one transaction with ``rows_read``, so an
    import stopped at any point (cancel, crash, kill -9) holds whole rows only and
    resumes after the last chunk that was written.
    """

    __tablename__ = "import_batches"
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    file_size: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(8))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)  # mapping and choices
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default="running")
    rows_read: Mapped[int] = mapped_column(Integer, default=0)  # file rows done: the resume point
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    finished_at: Mapped[dt.datetime | None] = mapped_column()
    undone_at: Mapped[dt.datetime | None] = mapped_column()

    __table_args__ = (
        Index("ix_import_batches_file", "file_sha256", "status"),
        Index("ix_import_batches_created", "created_at"),
    )


class ImportChange(Base):
    """An existing lead an import updated: the fields before and after, for undo."""

    __tablename__ = "import_changes"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"))
    lead_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    before: Mapped[dict[str, Any]] = mapped_column(default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(default=dict)

    __table_args__ = (Index("ix_import_changes_batch", "batch_id"),)


class ImportReject(Base):
    """A file row an import did not save, and why (for the rejected-rows file)."""

    __tablename__ = "import_rejects"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"))
    row: Mapped[int] = mapped_column(Integer)
    problems: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    cells: Mapped[list[str]] = mapped_column(JSON, default=list)

    __table_args__ = (Index("ix_import_rejects_batch", "batch_id", "row"),)


class Counter(Base):
    """Named sequences (lead numbers), incremented inside the caller's transaction."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


# the capture and scoring tables live in their own modules; imported here so
# Base.metadata has them
from leaddesk.store import models_capture as _capture  # noqa: E402,F401
from leaddesk.store import models_distribution as _distribution  # noqa: E402,F401
from leaddesk.store import models_partner_links as _partner_links  # noqa: E402,F401
from leaddesk.store import models_scoring as _scoring  # noqa: E402,F401
