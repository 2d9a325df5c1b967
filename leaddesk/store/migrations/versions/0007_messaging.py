"""template variants, the outbox, and each lead's last contact

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

A template's wording moves into variants (A, B, ...) so owners can compare
them; what the template had becomes its variant A. The outbox keeps every
rendered message until the server has accepted it, with the moment it was
handed over, so a crash never sends one twice. Leads keep their last contact,
filled here from the timeline.
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from alembic import op

from leaddesk.store.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CONTACT_KINDS = "('call', 'email', 'whatsapp', 'sms', 'meeting')"


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=16)


def _tracked() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete=ondelete
    )


def _drop_column(table: str, column: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_column(table, column)


def upgrade() -> None:
    op.create_table(
        "template_variants",
        sa.Column("template_id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(8), nullable=False),
        sa.Column("subject", sa.String(300), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("html", sa.Text(), nullable=True),
        sa.Column("retired_at", UTCDateTime(), nullable=True),
        *_tracked(),
        _fk("template_variants", "template_id", "message_templates", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_template_variants"),
        sa.UniqueConstraint("template_id", "label", name="uq_template_variants_template_id_label"),
    )
    bind = op.get_bind()
    templates = sa.table(
        "message_templates",
        sa.column("id", sa.Uuid()),
        sa.column("subject", sa.String()),
        sa.column("body", sa.Text()),
        sa.column("created_at", UTCDateTime()),
    )
    variants = sa.table(
        "template_variants",
        sa.column("id", sa.Uuid()),
        sa.column("template_id", sa.Uuid()),
        sa.column("label", sa.String()),
        sa.column("subject", sa.String()),
        sa.column("body", sa.Text()),
        sa.column("created_at", UTCDateTime()),
        sa.column("updated_at", UTCDateTime()),
        sa.column("version", sa.Integer()),
    )
    rows = bind.execute(sa.select(templates)).all()
    if rows:
        bind.execute(
            variants.insert(),
            [
                {
                    "id": uuid.uuid4(),
                    "template_id": r.id,
                    "label": "A",
                    "subject": r.subject,
                    "body": r.body,
                    "created_at": r.created_at,
                    "updated_at": r.created_at,
                    "version": 1,
                }
                for r in rows
            ],
        )
    _drop_column("message_templates", "subject")
    _drop_column("message_templates", "body")
    op.add_column("message_templates", sa.Column("origin", sa.String(60), nullable=True))
    op.create_index("uq_message_templates_origin", "message_templates", ["origin"], unique=True)
    # each template its own family of translations until someone links them
    op.add_column("message_templates", sa.Column("family", sa.Uuid(), nullable=True))
    op.execute("UPDATE message_templates SET family = id")
    with op.batch_alter_table("message_templates") as batch:  # SQLite: no triggers here
        batch.alter_column("family", existing_type=sa.Uuid(), nullable=False)
    op.create_index("ix_message_templates_family", "message_templates", ["family", "language"])

    op.create_table(
        "outbox_batches",
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("channel", _enum("batch_channel", "email", "whatsapp", "sms"), nullable=False),
        sa.Column("template_id", sa.Uuid(), nullable=True),
        sa.Column("template_name", sa.String(160), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("cancelled_at", UTCDateTime(), nullable=True),
        *_tracked(),
        _fk("outbox_batches", "user_id", "users", "SET NULL"),
        _fk("outbox_batches", "template_id", "message_templates", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_outbox_batches"),
    )
    op.create_index("ix_outbox_batches_created", "outbox_batches", ["created_at"])
    op.create_table(
        "outbox_messages",
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("lead_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("template_id", sa.Uuid(), nullable=True),
        sa.Column("variant_id", sa.Uuid(), nullable=True),
        sa.Column("variant_label", sa.String(8), nullable=False),
        sa.Column("template_name", sa.String(160), nullable=False),
        sa.Column("channel", _enum("message_channel", "email", "whatsapp", "sms"), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("sender", sa.String(254), nullable=True),
        sa.Column("sender_name", sa.String(160), nullable=True),
        sa.Column("recipient", sa.String(254), nullable=False),
        sa.Column("recipient_name", sa.String(200), nullable=True),
        sa.Column("subject", sa.String(300), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("html", sa.Text(), nullable=True),
        sa.Column("message_id", sa.String(255), nullable=True),
        sa.Column(
            "status",
            _enum(
                "message_status",
                "queued",
                "sending",
                "handed_over",
                "sent",
                "failed",
                "cancelled",
            ),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("not_before", UTCDateTime(), nullable=True),
        sa.Column("claim_token", sa.Uuid(), nullable=True),
        sa.Column("claimed_at", UTCDateTime(), nullable=True),
        sa.Column("handed_over_at", UTCDateTime(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("reply_by", UTCDateTime(), nullable=True),
        sa.Column("error_code", sa.String(16), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        *_tracked(),
        _fk("outbox_messages", "batch_id", "outbox_batches", "CASCADE"),
        _fk("outbox_messages", "lead_id", "leads", "CASCADE"),
        _fk("outbox_messages", "user_id", "users", "SET NULL"),
        _fk("outbox_messages", "template_id", "message_templates", "SET NULL"),
        _fk("outbox_messages", "variant_id", "template_variants", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_outbox_messages"),
    )
    for name, columns in {
        "ix_outbox_pending": ["status", "channel", "sender", "created_at"],
        "ix_outbox_batch": ["batch_id", "status"],
        "ix_outbox_report": ["template_id", "status", "variant_label"],
        "ix_outbox_lead": ["lead_id", "created_at"],
    }.items():
        op.create_index(name, "outbox_messages", columns)

    # plain ALTER TABLE: a batch rebuild of leads would drop SQLite's search triggers
    op.add_column("leads", sa.Column("last_contacted_at", UTCDateTime(), nullable=True))
    op.execute(
        "UPDATE leads SET last_contacted_at = (SELECT MAX(a.occurred_at) FROM activities a"
        f" WHERE a.lead_id = leads.id AND a.kind IN {CONTACT_KINDS})"
    )
    op.create_index("ix_leads_last_contact", "leads", ["last_contacted_at", "number"])


def downgrade() -> None:
    op.drop_index("ix_leads_last_contact", table_name="leads")
    _drop_column("leads", "last_contacted_at")
    op.drop_table("outbox_messages")
    op.drop_index("ix_outbox_batches_created", table_name="outbox_batches")
    op.drop_table("outbox_batches")
    op.drop_index("ix_message_templates_family", table_name="message_templates")
    _drop_column("message_templates", "family")
    op.drop_index("uq_message_templates_origin", table_name="message_templates")
    _drop_column("message_templates", "origin")
    op.add_column("message_templates", sa.Column("subject", sa.String(300), nullable=True))
    op.add_column("message_templates", sa.Column("body", sa.Text(), nullable=True))
    # variant A's wording goes back to its template (the others cannot)
    op.execute(
        "UPDATE message_templates SET"
        " subject = (SELECT v.subject FROM template_variants v"
        " WHERE v.template_id = message_templates.id AND v.label = 'A'),"
        " body = COALESCE((SELECT v.body FROM template_variants v"
        " WHERE v.template_id = message_templates.id AND v.label = 'A'), '')"
    )
    if op.get_bind().dialect.name != "sqlite":  # SQLite cannot tighten a column in place
        op.alter_column("message_templates", "body", existing_type=sa.Text(), nullable=False)
    op.drop_table("template_variants")
