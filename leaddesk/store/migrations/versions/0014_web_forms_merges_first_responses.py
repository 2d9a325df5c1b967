"""web forms, automatic first responses, undoable merges, saved import mappings

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

New tables only; nothing existing changes, so the upgrade and the downgrade are quick
on any size of database.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from leaddesk.store.types import UTCDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False, primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def _fk(table: str, column: str, parent: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{parent}.id"], name=f"fk_{table}_{column}_{parent}", ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "web_forms",
        *_tracked(),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(40), nullable=True),
        sa.Column("campaign_id", sa.Uuid(), nullable=True),
        sa.Column("redirect_url", sa.String(500), nullable=True),
        sa.Column("retired_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("key", name="uq_web_forms_key"),
        _fk("web_forms", "campaign_id", "campaigns", "SET NULL"),
    )
    op.create_table(
        "first_response_rules",
        *_tracked(),
        sa.Column("source", sa.String(40), nullable=True),
        sa.Column("web_form_id", sa.Uuid(), nullable=True),
        sa.Column("template_id", sa.Uuid(), nullable=False),
        sa.Column("delay_minutes", sa.Integer(), nullable=False),
        sa.Column("sender", sa.String(254), nullable=True),
        sa.Column("sender_name", sa.String(160), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("source", name="uq_first_response_rules_source"),
        sa.UniqueConstraint("web_form_id", name="uq_first_response_rules_web_form_id"),
        _fk("first_response_rules", "web_form_id", "web_forms", "CASCADE"),
        _fk("first_response_rules", "template_id", "message_templates", "CASCADE"),
    )
    op.create_table(
        "first_response_sends",
        sa.Column("lead_id", sa.Uuid(), nullable=False, primary_key=True),
        sa.Column("rule_id", sa.Uuid(), nullable=True),
        sa.Column("outbox_message_id", sa.Uuid(), nullable=True),
        sa.Column("skipped", sa.String(32), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk("first_response_sends", "lead_id", "leads", "CASCADE"),
        _fk("first_response_sends", "rule_id", "first_response_rules", "SET NULL"),
        _fk("first_response_sends", "outbox_message_id", "outbox_messages", "SET NULL"),
    )
    op.create_table(
        "lead_merges",
        *_tracked(),
        sa.Column("kept_lead_id", sa.Uuid(), nullable=False),
        sa.Column("merged_ids", sa.JSON(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("undone_at", UTCDateTime(), nullable=True),
        _fk("lead_merges", "kept_lead_id", "leads", "CASCADE"),
        _fk("lead_merges", "user_id", "users", "SET NULL"),
    )
    op.create_index("ix_lead_merges_kept", "lead_merges", ["kept_lead_id", "created_at"])
    op.create_table(
        "import_mappings",
        *_tracked(),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.UniqueConstraint("name", name="uq_import_mappings_name"),
    )


def downgrade() -> None:
    for table in (
        "import_mappings",
        "lead_merges",
        "first_response_sends",
        "first_response_rules",
        "web_forms",
    ):
        op.drop_table(table)
