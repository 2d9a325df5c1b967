"""score walks: a rescore after a rules change walks the leads by id instead of
stamping each with the rules version

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-09

Every lead carried the rules version its score came from, so a rules change had to
write all 100,000 leads, even the many whose score the change left alone; on
PostgreSQL the stamp's index made each of those writes update every index of the
leads table. The walk's progress now lives in one row (score_walks) and only leads
whose score moved are written.

PostgreSQL also leaves 15 % of each new leads page free (fillfactor 85): a score
written next to the old one on its page is a heap-only update, which touches none of
the leads indexes whose columns it left alone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

WALK_ID = 1


def upgrade() -> None:
    bind = op.get_bind()
    version = bind.execute(sa.text("SELECT rules_version FROM scoring_settings")).scalar()
    behind = bind.execute(
        sa.text("SELECT COUNT(*) FROM leads WHERE deleted_at IS NULL AND score_rules_version < :v"),
        {"v": version or 1},
    ).scalar_one()
    walks = op.create_table(
        "score_walks",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("rules_version", sa.Integer(), nullable=False),
        sa.Column("after_id", sa.Uuid(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
    )
    # leads some rescore has not reached yet: walk them all again (rescoring a lead
    # already current changes nothing)
    op.bulk_insert(walks, [{"id": WALK_ID, "rules_version": version or 1, "after_id": None,
                            "done": behind == 0}])  # fmt: skip
    op.drop_index("ix_leads_rules_version", table_name="leads")
    op.execute("ALTER TABLE leads DROP COLUMN score_rules_version")
    if bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE leads SET (fillfactor = 85)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE leads RESET (fillfactor)")
    op.add_column(
        "leads",
        sa.Column("score_rules_version", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_leads_rules_version", "leads", ["score_rules_version"])
    op.drop_table("score_walks")
