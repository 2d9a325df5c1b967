"""board indexes carry the lead number

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

SQLite's search answers with lead numbers (the FTS5 rowid). With the number
in the board and totals indexes, a column page or a stage total under a search
is checked from the index alone instead of reading each lead's row: a column
holding none of the hits went from 15 ms to 2 ms on 100,000 leads. The other
backends keep the same indexes so one model describes every database.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")
BEFORE = {
    "ix_leads_board": ["stage", "position", "id"],
    "ix_leads_stage_totals": ["stage", "currency", "deal_value", "deleted_at"],
}
# SQLite 3.40 reads the row for a column named in the query even when the
# partial index's WHERE settles it, so deleted_at is carried as well
AFTER = {
    "ix_leads_board": ["stage", "position", "id", "number", "deleted_at"],
    "ix_leads_stage_totals": ["stage", "currency", "deal_value", "deleted_at", "number"],
}


def _recreate(indexes: dict[str, list[str]]) -> None:
    for name, columns in indexes.items():
        op.drop_index(name, table_name="leads")
        op.create_index(name, "leads", columns, postgresql_where=LIVE, sqlite_where=LIVE)


def upgrade() -> None:
    _recreate(AFTER)


def downgrade() -> None:
    _recreate(BEFORE)
