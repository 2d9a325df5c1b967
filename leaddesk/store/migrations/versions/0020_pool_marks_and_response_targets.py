"""pool marks and first-response targets: a lead the rules leave unassigned is
kept out of the pool, and each source or rule may set a target for a new lead's
first contact, watched per lead in a narrow table of its own

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-08

``leads.outside_pool`` is not indexed: it only narrows the few unowned leads, and a
change of it stays a heap-only update on PostgreSQL. The deadline of each lead's
first contact lives in ``response_targets`` (as ``score_due`` does for scores), so
the sweep that flags the late ones reads a small index instead of the leads table;
the row stays once met, for Insights' share of leads answered within target.
``hand_overs`` keeps which leads an absence handed to whom, to give them back after.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from leaddesk.store.types import UTCDateTime

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "leads",
        sa.Column("outside_pool", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("sources", sa.Column("response_minutes", sa.Integer(), nullable=True))
    op.add_column("sources", sa.Column("claim_hours", sa.Integer(), nullable=True))
    op.add_column("assignment_rules", sa.Column("response_minutes", sa.Integer(), nullable=True))
    op.create_table(
        "response_targets",
        sa.Column(
            "lead_id",
            sa.Uuid(),
            sa.ForeignKey("leads.id", ondelete="CASCADE", name="fk_response_targets_lead_id_leads"),
            nullable=False,
        ),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("set_by", sa.String(16), nullable=False),
        sa.Column("met_at", UTCDateTime(), nullable=True),
        sa.Column("flagged_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("lead_id", name="pk_response_targets"),
    )
    op.create_index(
        "ix_response_targets_open", "response_targets", ["flagged_at", "met_at", "due_at"]
    )
    op.create_table(
        "hand_overs",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "absence_id",
            sa.Uuid(),
            sa.ForeignKey(
                "absences.id", ondelete="SET NULL", name="fk_hand_overs_absence_id_absences"
            ),
            nullable=True,  # an absence removed early: its leads still go back
        ),
        sa.Column(
            "lead_id",
            sa.Uuid(),
            sa.ForeignKey("leads.id", ondelete="CASCADE", name="fk_hand_overs_lead_id_leads"),
            nullable=False,
        ),
        sa.Column("from_user_id", sa.Uuid(), nullable=False),
        sa.Column("to_user_id", sa.Uuid(), nullable=True),
        sa.Column("handed_at", UTCDateTime(), nullable=False),
        sa.Column("return_at", UTCDateTime(), nullable=True),
        sa.Column("returned_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_hand_overs"),
    )
    op.create_index("ix_hand_overs_due", "hand_overs", ["returned_at", "return_at"])
    op.create_index("ix_hand_overs_absence", "hand_overs", ["absence_id"])


def downgrade() -> None:
    op.drop_table("hand_overs")
    op.drop_table("response_targets")
    op.drop_column("assignment_rules", "response_minutes")
    op.drop_column("sources", "claim_hours")
    op.drop_column("sources", "response_minutes")
    op.execute("ALTER TABLE leads DROP COLUMN outside_pool")
