"""drop the stays' stage index

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

No Insights query chose it on SQLite, PostgreSQL or MariaDB (each reads a period's
leads first and then their stays through ix_stage_visits_lead), yet every move
wrote to it: one index less on the board's hottest write.
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

NAME = "ix_stage_visits_stage"
COLUMNS = ["stage", "undone", "seconds", "lead_id"]


def upgrade() -> None:
    op.drop_index(NAME, table_name="stage_visits")


def downgrade() -> None:
    op.create_index(NAME, "stage_visits", COLUMNS)
