"""stage history and the lead columns the Insights screen aggregates

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

Every stay of a lead in a stage becomes a row (entered, left, seconds), replayed here
from the stage-change entries of the timeline. Leads keep the furthest funnel stage
they reached, when they were won and their first response (first outbound contact),
and one covering index holds what the aggregates read, so a refresh scans a narrow
index instead of the wide lead rows.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

from leaddesk.domain.activities import ActivityKind, Direction, is_response
from leaddesk.domain.stage_history import (
    Change,
    elapsed_seconds,
    furthest,
    replay,
    stage_seconds,
    won_at,
)
from leaddesk.domain.stages import Stage
from leaddesk.store.types import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

STAGES = tuple(s.value for s in Stage)
STAGES_OPEN = (Stage.OPEN, Stage.CONTACTED, Stage.NURTURING, Stage.QUALIFIED, Stage.NEGOTIATION)
# frozen here as they were made (models.INSIGHT_INDEXES is today's list)
DIMENSIONS = ("owner_id", "source", "campaign_id", "segment_id", "product_bits")
STAGE_SECONDS = ("secs_open", "secs_contacted", "secs_nurturing", "secs_qualified",
                 "secs_negotiation")  # fmt: skip
INDEXES: dict[str, tuple[str, ...]] = {
    "ix_leads_outcomes": (
        "source", "campaign_id", "segment_id", "owner_id", "furthest_stage", "currency",
        "created_at", "deleted_at", "deal_value", "first_response_s", "product_bits",
        *STAGE_SECONDS,
    ),
    "ix_leads_products": (
        "product_bits", "furthest_stage", "currency", "created_at", "deleted_at", "deal_value",
        "owner_id", "source", "campaign_id", "segment_id",
    ),
    "ix_leads_cohort": ("source", "created_at", "deleted_at", *DIMENSIONS[:1], *DIMENSIONS[2:]),
    "ix_leads_won": ("won_at", "deleted_at", "currency", "deal_value", *DIMENSIONS),
    "ix_leads_pipeline": ("stage", "deleted_at", "currency", "deal_value", *DIMENSIONS),
    "ix_leads_response": ("owner_id", "first_response_s", "created_at", "deleted_at",
                          "source", "campaign_id", "segment_id", "product_bits"),
    **{f"ix_leads_{c}": (c, "created_at", "deleted_at", *DIMENSIONS) for c in STAGE_SECONDS},
}  # fmt: skip
OPEN_STAGES = ("open", "contacted", "nurturing", "qualified", "negotiation")
CHUNK = 2000


def _drop_column(table: str, column: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_column(table, column)


def upgrade() -> None:
    op.create_table(
        "stage_visits",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("lead_id", sa.Uuid(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                *STAGES, name="visit_stage", native_enum=False, create_constraint=True, length=16
            ),
            nullable=False,
        ),
        sa.Column("entered_at", UTCDateTime(), nullable=False),
        sa.Column("left_at", UTCDateTime(), nullable=True),
        sa.Column("seconds", sa.Integer(), nullable=True),
        sa.Column("undone", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name="fk_stage_visits_lead_id_leads", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_stage_visits"),
    )
    op.create_index("ix_stage_visits_lead", "stage_visits", ["lead_id", "entered_at"])
    op.create_index(
        "ix_stage_visits_stage", "stage_visits", ["stage", "undone", "seconds", "lead_id"]
    )
    # plain ALTER TABLE: a batch rebuild of leads would drop SQLite's search triggers
    op.add_column(
        "leads",
        sa.Column("furthest_stage", sa.SmallInteger(), nullable=False, server_default="0"),
    )
    op.add_column("leads", sa.Column("won_at", UTCDateTime(), nullable=True))
    op.add_column("leads", sa.Column("first_response_at", UTCDateTime(), nullable=True))
    op.add_column("leads", sa.Column("first_response_s", sa.Integer(), nullable=True))
    op.add_column(
        "leads",
        sa.Column("product_bits", sa.BigInteger(), nullable=False, server_default="0"),
    )
    for column in STAGE_SECONDS:
        op.add_column("leads", sa.Column(column, sa.Integer(), nullable=True))
    op.add_column("products", sa.Column("bit", sa.BigInteger(), nullable=True))
    op.create_index("uq_products_bit", "products", ["bit"], unique=True)
    bind = op.get_bind()
    _product_bits(bind)
    _backfill(bind)
    for name, columns in INDEXES.items():
        op.create_index(name, "leads", list(columns))


def _product_bits(bind: sa.Connection) -> None:
    """The first 63 products get a bit each; a lead's bits add up its products."""
    rows = bind.execute(sa.text("SELECT id FROM products ORDER BY created_at, name")).all()
    for n, (product_id,) in enumerate(rows[:63]):
        bind.execute(
            sa.text("UPDATE products SET bit = :bit WHERE id = :id"),
            {"bit": 1 << n, "id": product_id},
        )
    op.execute(
        "UPDATE leads SET product_bits = COALESCE((SELECT SUM(p.bit) FROM lead_products lp"
        " JOIN products p ON p.id = lp.product_id WHERE lp.lead_id = leads.id), 0)"
    )


def _backfill(bind: sa.Connection) -> None:
    """Replay each lead's stage changes into stays, and its first response."""
    meta = sa.MetaData()
    leads = sa.Table(
        "leads",
        meta,
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("created_at", UTCDateTime()),
        sa.Column("stage", sa.String(16)),
        sa.Column("furthest_stage", sa.SmallInteger()),
        sa.Column("won_at", UTCDateTime()),
        sa.Column("first_response_at", UTCDateTime()),
        sa.Column("first_response_s", sa.Integer()),
        *(sa.Column(c, sa.Integer()) for c in STAGE_SECONDS),
    )
    activities = sa.Table(
        "activities",
        meta,
        sa.Column("lead_id", sa.Uuid()),
        sa.Column("kind", sa.String(16)),
        sa.Column("direction", sa.String(16)),
        sa.Column("occurred_at", UTCDateTime()),
        sa.Column("details", sa.JSON()),
        sa.Column("id", sa.Uuid()),
    )
    visits = sa.Table(
        "stage_visits",
        meta,
        sa.Column("id", sa.Uuid()),
        sa.Column("lead_id", sa.Uuid()),
        sa.Column("stage", sa.String(16)),
        sa.Column("entered_at", UTCDateTime()),
        sa.Column("left_at", UTCDateTime()),
        sa.Column("seconds", sa.Integer()),
        sa.Column("undone", sa.Boolean()),
    )
    changes: dict[uuid.UUID, list[Change]] = defaultdict(list)
    rows = bind.execute(
        sa.select(activities.c.lead_id, activities.c.occurred_at, activities.c.details)
        .where(activities.c.kind == ActivityKind.STAGE_CHANGE.value)
        .order_by(activities.c.lead_id, activities.c.occurred_at, activities.c.id)
    )
    for lead_id, at, details in rows:
        d = details or {}
        try:
            changes[lead_id].append(
                Change(at, Stage(d["from"]), Stage(d["to"]), bool(d.get("undo")))
            )
        except (KeyError, ValueError):
            continue  # an entry without a readable move tells nothing about stays
    first: dict[uuid.UUID, Any] = {}
    for lead_id, kind, direction, at in bind.execute(
        sa.select(
            activities.c.lead_id,
            activities.c.kind,
            activities.c.direction,
            activities.c.occurred_at,
        ).where(activities.c.kind.in_(["call", "email", "whatsapp", "sms", "meeting"]))
    ):
        outbound = Direction(direction) if direction else None
        if is_response(ActivityKind(kind), outbound) and (
            lead_id not in first or at < first[lead_id]
        ):
            first[lead_id] = at
    stays: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    seconds_names = dict(zip(OPEN_STAGES, STAGE_SECONDS, strict=True))
    for lead_id, created, stage in bind.execute(
        sa.select(leads.c.id, leads.c.created_at, leads.c.stage)
    ):
        moves = changes.get(lead_id, [])
        initial = moves[0].from_stage if moves else Stage(stage)
        replayed = replay(initial, created, moves)
        for v in replayed:
            stays.append(
                {
                    "id": uuid.uuid4(),
                    "lead_id": lead_id,
                    "stage": v.stage.value,
                    "entered_at": v.entered_at,
                    "left_at": v.left_at,
                    "seconds": v.seconds,
                    "undone": v.undone,
                }
            )
        spent = stage_seconds(replayed)
        responded = first.get(lead_id)
        if responded is not None and responded < created:
            responded = None  # logged as before the lead existed: not a response to it
        updates.append(
            {
                "b_id": lead_id,
                "b_furthest": furthest(replayed),
                "b_won": won_at(replayed),
                "b_responded": responded,
                "b_seconds": elapsed_seconds(created, responded) if responded else None,
                **{f"b_{seconds_names[st.value]}": spent.get(st) for st in STAGES_OPEN},
            }
        )
        if len(stays) >= CHUNK:
            bind.execute(visits.insert(), stays)
            stays = []
    if stays:
        bind.execute(visits.insert(), stays)
    statement = (
        leads.update()
        .where(leads.c.id == sa.bindparam("b_id"))
        .values(
            furthest_stage=sa.bindparam("b_furthest"),
            won_at=sa.bindparam("b_won"),
            first_response_at=sa.bindparam("b_responded"),
            first_response_s=sa.bindparam("b_seconds"),
            **{c: sa.bindparam(f"b_{c}") for c in STAGE_SECONDS},
        )
    )
    for start in range(0, len(updates), CHUNK):
        bind.execute(statement, updates[start : start + CHUNK])


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="leads")
    op.drop_index("uq_products_bit", table_name="products")
    _drop_column("products", "bit")
    for column in (
        *STAGE_SECONDS,
        "product_bits",
        "first_response_s",
        "first_response_at",
        "won_at",
        "furthest_stage",
    ):
        _drop_column("leads", column)
    op.drop_table("stage_visits")  # with its indexes (MariaDB keeps one for the foreign key)
