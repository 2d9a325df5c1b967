"""score due: when a lead's fading score must be looked at again moves out of the
leads table into a narrow table of its own

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-10

A rules change moves most fading scores' bound (the moment rounding could change the
total). On PostgreSQL a changed value in any indexed column of a row makes the new
row version an entry in every index of the table, and the leads table has 29 wide
ones: writing 35,000 changed scores after a rules change spent 7 s there, two thirds
of the writes not heap-only. In ``score_due`` (lead, due_at) the bound costs two small
index entries, and a score written to the leads row is heap-only unless the lead
crossed a threshold. Leads whose score cannot fade have no row.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from leaddesk.store.types import UTCDateTime

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "score_due",
        sa.Column(
            "lead_id",
            sa.Uuid(),
            sa.ForeignKey("leads.id", ondelete="CASCADE", name="fk_score_due_lead_id_leads"),
            nullable=False,
        ),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("lead_id", name="pk_score_due"),
    )
    op.create_index("ix_score_due_at", "score_due", ["due_at"])
    op.execute(
        "INSERT INTO score_due (lead_id, due_at) SELECT id, score_valid_until FROM leads "
        "WHERE score_valid_until IS NOT NULL"
    )
    op.drop_index("ix_leads_score_due", table_name="leads")
    op.execute("ALTER TABLE leads DROP COLUMN score_valid_until")


def downgrade() -> None:
    op.add_column("leads", sa.Column("score_valid_until", UTCDateTime(), nullable=True))
    op.execute(
        "UPDATE leads SET score_valid_until = "
        "(SELECT due_at FROM score_due WHERE score_due.lead_id = leads.id)"
    )
    op.create_index("ix_leads_score_due", "leads", ["score_valid_until"])
    op.drop_table("score_due")
