"""scoring: point rules and thresholds, a lead's kept score, qualification and
probability, tagged lead actions on the timeline, stored conversion models

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

New tables, new nullable or defaulted columns and the "event" activity kind. The
handbook's default rules and thresholds are installed here, so every database has
them from its first start; existing leads keep their score until the first rescore
(their rules version 0 is older than the settings' 1, so the app rescores them in
the background).
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

from leaddesk.store.types import UTCDateTime

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

KINDS = ("call", "email", "whatsapp", "sms", "meeting", "note", "stage_change", "assignment",
         "system", "attachment")  # fmt: skip
# the handbook's worked example: (name, tag, points); behaviour points halve in 90 days
DEFAULT_RULES = (
    ("Visited the solutions page", "solutions_page", 5),
    ("Downloaded the user guide", "user_guide", 10),
    ("Attended a webinar", "webinar", 20),
    ("Requested a quote", "quote_request", 50),
)
MQL, SQL, HALF_LIFE = 30, 75, 90.0
INSTALLED = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False, primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def _kinds(kinds: tuple[str, ...]) -> None:
    allowed = ", ".join(f"'{k}'" for k in kinds)
    with op.batch_alter_table("activities", recreate="auto") as batch:
        batch.drop_constraint("activity_kind", type_="check")
        batch.create_check_constraint("activity_kind", sa.text(f"kind IN ({allowed})"))


def upgrade() -> None:
    op.add_column("activities", sa.Column("tag", sa.String(40), nullable=True))
    op.add_column("web_forms", sa.Column("event_tag", sa.String(40), nullable=True))
    _kinds((*KINDS, "event"))
    # plain ALTER TABLE ADD/DROP COLUMN on every backend (SQLite has both): a batch
    # would copy the leads table and lose the names of its foreign keys
    op.add_column("leads", sa.Column("score_valid_until", UTCDateTime(), nullable=True))
    op.add_column(
        "leads", sa.Column("score_rules_version", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column(
        "leads", sa.Column("qualification", sa.String(8), nullable=False, server_default="none")
    )
    op.add_column("leads", sa.Column("mql_at", UTCDateTime(), nullable=True))
    op.add_column("leads", sa.Column("sql_at", UTCDateTime(), nullable=True))
    # double precision everywhere (MariaDB's FLOAT would keep six digits)
    op.add_column("leads", sa.Column("probability", sa.Double(), nullable=True))
    op.create_index("ix_leads_score_due", "leads", ["score_valid_until"])
    op.create_index("ix_leads_rules_version", "leads", ["score_rules_version"])

    rules = op.create_table(
        "score_rules",
        *_tracked(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("rule_group", sa.String(16), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(80), nullable=True),
        sa.Column("operator", sa.String(16), nullable=True),
        sa.Column("rule_values", sa.JSON(), nullable=False),
        sa.Column("activity_kind", sa.String(16), nullable=True),
        sa.Column("tag", sa.String(40), nullable=True),
        sa.Column("engagement", sa.String(16), nullable=True),
        sa.Column("last_n", sa.Integer(), nullable=False),
        sa.Column("per_occurrence", sa.Boolean(), nullable=False),
        sa.Column("cap", sa.Integer(), nullable=True),
        sa.Column("half_life_days", sa.Float(), nullable=True),
        sa.Column("retired_at", UTCDateTime(), nullable=True),
    )
    settings = op.create_table(
        "scoring_settings",
        *_tracked(),
        sa.Column("mql", sa.Integer(), nullable=False),
        sa.Column("sql", sa.Integer(), nullable=False),
        sa.Column("rules_version", sa.Integer(), nullable=False),
        sa.Column("model_excluded", sa.JSON(), nullable=False),
    )
    op.create_table(
        "conversion_models",
        *_tracked(),
        sa.Column("trained_at", UTCDateTime(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("rows_used", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("metrics", sa.JSON(), nullable=False),
    )
    # the same ids and times in every database: the defaults are part of the schema
    # (and a demo database comes out the same, row for row, every time)
    tracked = {"created_at": INSTALLED, "updated_at": INSTALLED, "version": 1}
    op.bulk_insert(
        rules,
        [
            {
                "id": uuid.uuid5(uuid.NAMESPACE_URL, f"leaddesk:score-rule:{tag}"),
                **tracked,
                "position": i,
                "name": name,
                "rule_group": "behaviour",
                "points": points,
                "field": None,
                "operator": None,
                "rule_values": [],
                "activity_kind": "event",
                "tag": tag,
                "engagement": None,
                "last_n": 3,
                "per_occurrence": False,
                "cap": None,
                "half_life_days": HALF_LIFE,
                "retired_at": None,
            }
            for i, (name, tag, points) in enumerate(DEFAULT_RULES)
        ],
    )
    op.bulk_insert(
        settings,
        [
            {
                "id": uuid.uuid5(uuid.NAMESPACE_URL, "leaddesk:scoring-settings"),
                **tracked,
                "mql": MQL,
                "sql": SQL,
                "rules_version": 1,
                "model_excluded": [],
            }
        ],
    )


def downgrade() -> None:
    op.drop_table("conversion_models")
    op.drop_table("scoring_settings")
    op.drop_table("score_rules")
    op.drop_index("ix_leads_rules_version", "leads")
    op.drop_index("ix_leads_score_due", "leads")
    for column in ("probability", "sql_at", "mql_at", "qualification",
                   "score_rules_version", "score_valid_until"):  # fmt: skip
        op.drop_column("leads", column)
    op.execute("DELETE FROM activities WHERE kind = 'event'")
    _kinds(KINDS)
    op.drop_column("activities", "tag")
    op.drop_column("web_forms", "event_tag")
