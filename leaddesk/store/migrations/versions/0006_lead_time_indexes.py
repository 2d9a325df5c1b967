"""indexes for the leads table's time columns

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

Sorting 100,000 leads newest first by creation (or by time in stage) made
SQLite sort every row, and newest-first is the slow direction for its top-N
sorter: 130-180 ms a page. With these indexes a page is an index walk. They
are not partial: SQLite took a partial one to scan for every other sort
("deleted_at IS NULL" matches it), reading rows out of order, 2.5 times slower.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_leads_created": ["created_at", "number"],
    "ix_leads_stage_changed": ["stage_changed_at", "number"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "leads", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="leads")
