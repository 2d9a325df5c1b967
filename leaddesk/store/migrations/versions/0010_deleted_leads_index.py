"""an index of the (few) deleted leads

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

Counting the open follow-ups due in a window joined each one to its lead to leave
out deleted leads: 37,000 primary-key look-ups, about 200 ms per Follow-ups tab on
100,000 leads, on the GUI thread, every minute. Now every follow-up in the window
is counted from its index and the deleted leads' ones, found through this index,
are taken off. Partial, so that no "deleted_at IS NULL" query can take it; MariaDB
has no partial indexes and chose a whole one for the pipeline and period queries,
so it gets none and counts as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

DELETED = sa.text("deleted_at IS NOT NULL")


def _partial() -> bool:
    return op.get_bind().dialect.name in ("postgresql", "sqlite")  # PARTIAL_INDEX_BACKENDS


def upgrade() -> None:
    if not _partial():
        return
    op.create_index(
        "ix_leads_deleted",
        "leads",
        ["deleted_at"],
        postgresql_where=DELETED,
        sqlite_where=DELETED,
    )


def downgrade() -> None:
    if not _partial():
        return
    op.drop_index("ix_leads_deleted", table_name="leads")
