"""scores read from indexes: the Insights covering indexes carry mql_at and sql_at, and
a covering index of the timeline entries scoring reads

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-08

Insights counts the MQL and SQL leads of a period by the scoring's mql_at and sql_at;
its grouped aggregates read ix_leads_outcomes and ix_leads_products only (SQLite would
otherwise fetch every lead row of the period), so both indexes get the two columns.
A rescore reads each lead's contacts and actions: ix_activities_scored holds all it
reads, so they come from the index without visiting the wide activity rows.
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

STAGE_SECONDS = ("secs_open", "secs_contacted", "secs_nurturing", "secs_qualified",
                 "secs_negotiation")  # fmt: skip
# frozen here as they were made (models.INSIGHT_INDEXES is today's list)
BEFORE: dict[str, tuple[str, ...]] = {
    "ix_leads_outcomes": (
        "source", "campaign_id", "segment_id", "owner_id", "furthest_stage", "currency",
        "created_at", "deleted_at", "deal_value", "first_response_s", "product_bits",
        *STAGE_SECONDS,
    ),
    "ix_leads_products": (
        "product_bits", "furthest_stage", "currency", "created_at", "deleted_at", "deal_value",
        "owner_id", "source", "campaign_id", "segment_id",
    ),
}  # fmt: skip
AFTER = {name: (*columns, "mql_at", "sql_at") for name, columns in BEFORE.items()}
SCORED = ("lead_id", "kind", "occurred_at", "tag", "direction", "outcome")


def _replace(indexes: dict[str, tuple[str, ...]]) -> None:
    for name, columns in indexes.items():
        op.drop_index(name, table_name="leads")
        op.create_index(name, "leads", list(columns))


def upgrade() -> None:
    _replace(AFTER)
    op.create_index("ix_activities_scored", "activities", list(SCORED))


def downgrade() -> None:
    op.drop_index("ix_activities_scored", table_name="activities")
    _replace(BEFORE)
