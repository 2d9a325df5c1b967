"""indexes for the leads table's time columns

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

Sorting 100,000 leads newest first by creation (or by time in stage) made
SQLite sort every row, and newest-first is the slow direction for its top-N
sorter: 130-180 ms a page. With these indexes a page is an index walk.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")
INDEXES = {
    "ix_leads_created": ["created_at", "number"],
    "ix_leads_stage_changed": ["stage_changed_at", "number"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "leads", columns, postgresql_where=LIVE, sqlite_where=LIVE)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="leads")
