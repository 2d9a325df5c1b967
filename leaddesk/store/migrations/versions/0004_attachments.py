"""attachments: files kept with a lead, and their kind on the timeline

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

The bytes live in the database beside the lead, so a shared server or a
copied SQLite file carries them; name, type, size and SHA-256 are columns so a
lead's files are listed without reading the bytes. The activity kind's CHECK
constraint gains "attachment" (SQLite rebuilds the table to change it).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

from leaddesk.store.types import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

KINDS = (
    "call",
    "email",
    "whatsapp",
    "sms",
    "meeting",
    "note",
    "stage_change",
    "assignment",
    "system",
)


def _kinds(kinds: tuple[str, ...]) -> None:
    allowed = ", ".join(f"'{k}'" for k in kinds)
    with op.batch_alter_table("activities", recreate="auto") as batch:
        batch.drop_constraint("activity_kind", type_="check")
        batch.create_check_constraint("activity_kind", sa.text(f"kind IN ({allowed})"))


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("lead_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(127), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column(
            "content",
            sa.LargeBinary().with_variant(mysql.LONGBLOB(), "mysql", "mariadb"),
            nullable=False,
        ),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name="fk_attachments_lead_id_leads",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name="fk_attachments_user_id_users",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_attachments"),
    )
    op.create_index("ix_attachments_lead", "attachments", ["lead_id", "created_at"])
    _kinds((*KINDS, "attachment"))


def downgrade() -> None:
    op.execute("DELETE FROM activities WHERE kind = 'attachment'")
    _kinds(KINDS)
    op.drop_table("attachments")
