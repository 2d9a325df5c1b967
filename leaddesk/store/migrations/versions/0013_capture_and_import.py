"""the team's own sources and custom fields; import batches; do-not-contact flags

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

Sources were a fixed list checked by the database; teams bring their own ("Trade
Show", "Partner Referral"), so they become rows of ``sources`` (LeadDesk's ten as
defaults) and ``leads.source`` a plain key. Custom fields get definitions (name, kind,
choices). An import is a batch: the leads it created point at it, the leads it
updated keep their fields before and after, so it can be undone as a whole, and
``rows_read`` is where an interrupted one resumes. Leads get do-not-contact flags per
channel and the id they had in the program they were imported from.

On SQLite the check constraint on ``leads.source`` is taken out of the table's
definition in place (SQLite's documented procedure for changes that leave the stored
rows as they are): rebuilding the table would copy every lead and drop the search
triggers.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from leaddesk.store.types import UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

DEFAULT_SOURCES = (
    ("call", "Call"),
    ("whatsapp", "WhatsApp"),
    ("web_form", "Web form"),
    ("email", "Email"),
    ("import", "Import"),
    ("referral", "Referral"),
    ("social", "Social media"),
    ("event", "Event"),
    ("walk_in", "Walk-in"),
    ("other", "Other"),
)
SOURCE_CHECK = "ck_leads_lead_source"
DNC = ("dnc_email", "dnc_phone", "dnc_whatsapp", "dnc_sms")


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False, primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


BATCH_KEY = (
    "CONSTRAINT fk_leads_import_batch_id_import_batches FOREIGN KEY(import_batch_id)"
    " REFERENCES import_batches (id) ON DELETE SET NULL"
)


def _sqlite_rewrite_leads(change: Callable[[str], str]) -> None:
    """Give the leads table the definition ``change`` makes of it, in place: SQLite's
    documented procedure for changes that leave every stored row as it is."""
    bind = op.get_bind()
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'leads'"
    ).scalar_one()
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.execute(
        sa.text(
            "UPDATE sqlite_master SET sql = :sql WHERE type = 'table' AND name = 'leads'"
        ).bindparams(sql=change(sql))
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def _lift_check_add_batch_key(sql: str) -> str:
    """The source check lifted and the import batch's foreign key added (table-level,
    which is how SQLAlchemy reads its name back; the new column is NULL in every row,
    so no row can break it)."""
    lifted = re.sub(rf",\s*CONSTRAINT {SOURCE_CHECK} CHECK \(source IN \([^)]*\)\)", "", sql)
    lifted = re.sub(r"\bsource VARCHAR\(16\)", "source VARCHAR(40)", lifted)
    # (a database downgraded from 0013 and upgraded again has the check lifted already)
    if not lifted.rstrip().endswith(")") or "source VARCHAR(40)" not in lifted:
        raise RuntimeError("leads: the table's definition is not what 0012 left")
    return lifted.rstrip()[:-1].rstrip() + f", {BATCH_KEY}\n)"


def _drop_batch_key(sql: str) -> str:
    """Without the import batch's foreign key (SQLite drops no column a constraint
    names)."""
    return sql.replace(f", {BATCH_KEY}", "")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "sources",
        *_tracked(),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("key", name="uq_sources_key"),
    )
    op.create_table(
        "custom_fields",
        *_tracked(),
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("key", name="uq_custom_fields_key"),
    )
    op.create_table(
        "import_batches",
        *_tracked(),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("file_size", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("undone_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name="fk_import_batches_user_id_users",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_import_batches_file", "import_batches", ["file_sha256", "status"])
    op.create_index("ix_import_batches_created", "import_batches", ["created_at"])
    for table, extra in (
        (
            "import_changes",
            [
                sa.Column("before", sa.JSON(), nullable=False),
                sa.Column("after", sa.JSON(), nullable=False),
            ],
        ),
        (
            "import_rejects",
            [
                sa.Column("row", sa.Integer(), nullable=False),
                sa.Column("problems", sa.JSON(), nullable=False),
                sa.Column("cells", sa.JSON(), nullable=False),
            ],
        ),
    ):
        lead = (
            [
                sa.Column("lead_id", sa.Uuid(), nullable=False),
                sa.ForeignKeyConstraint(
                    ["lead_id"], ["leads.id"], name=f"fk_{table}_lead_id_leads", ondelete="CASCADE"
                ),
            ]
            if table == "import_changes"
            else []
        )
        op.create_table(
            table,
            sa.Column("id", sa.Uuid(), nullable=False, primary_key=True),
            sa.Column("batch_id", sa.Uuid(), nullable=False),
            *lead,
            *extra,
            sa.ForeignKeyConstraint(
                ["batch_id"],
                ["import_batches.id"],
                name=f"fk_{table}_batch_id_import_batches",
                ondelete="CASCADE",
            ),
        )
    op.create_index("ix_import_changes_batch", "import_changes", ["batch_id"])
    op.create_index("ix_import_rejects_batch", "import_rejects", ["batch_id", "row"])

    for name in DNC:
        op.add_column(
            "leads", sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.add_column("leads", sa.Column("external_id", sa.String(120), nullable=True))
    if dialect == "sqlite":
        op.execute("ALTER TABLE leads ADD COLUMN import_batch_id CHAR(32)")
        _sqlite_rewrite_leads(_lift_check_add_batch_key)
    else:
        op.add_column("leads", sa.Column("import_batch_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            "fk_leads_import_batch_id_import_batches",
            "leads",
            "import_batches",
            ["import_batch_id"],
            ["id"],
            ondelete="SET NULL",
        )
        op.drop_constraint(op.f(SOURCE_CHECK), "leads", type_="check")
        op.alter_column(
            "leads",
            "source",
            existing_type=sa.String(16),
            type_=sa.String(40),
            existing_nullable=True,
        )
    op.create_index("ix_leads_import_batch", "leads", ["import_batch_id"])
    op.create_index("ix_leads_external", "leads", ["external_id"])

    sources = sa.table(
        "sources",
        sa.column("id", sa.Uuid()),
        sa.column("created_at", UTCDateTime()),
        sa.column("updated_at", UTCDateTime()),
        sa.column("version", sa.Integer()),
        sa.column("key", sa.String()),
        sa.column("name", sa.String()),
        sa.column("builtin", sa.Boolean()),
        sa.column("position", sa.Integer()),
    )
    # the defaults are LeadDesk's, of this release: the same in every database
    now = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)
    op.bulk_insert(
        sources,
        [
            {
                "id": uuid.uuid5(uuid.NAMESPACE_URL, f"leaddesk:source:{key}"),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "key": key,
                "name": name,
                "builtin": True,
                "position": i,
            }
            for i, (key, name) in enumerate(DEFAULT_SOURCES)
        ],
    )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    keys = ", ".join(f"'{k}'" for k, _ in DEFAULT_SOURCES)
    # the team's own sources have no place in the fixed list
    op.execute(f"UPDATE leads SET source = 'other' WHERE source NOT IN ({keys})")
    if dialect == "sqlite":
        _sqlite_rewrite_leads(_drop_batch_key)
    else:
        op.drop_constraint(
            op.f("fk_leads_import_batch_id_import_batches"), "leads", type_="foreignkey"
        )
    op.drop_index("ix_leads_external", table_name="leads")
    op.drop_index("ix_leads_import_batch", table_name="leads")
    for name in ("import_batch_id", "external_id", *DNC):
        # SQLite drops a column in place (3.35+); Alembic's batch mode would rebuild the
        # table and lose the search triggers. The lifted check stays lifted there.
        op.execute(f"ALTER TABLE leads DROP COLUMN {name}")
    if dialect != "sqlite":
        op.alter_column(
            "leads", "source", existing_type=sa.String(40), type_=sa.String(16), nullable=True
        )
        op.create_check_constraint("lead_source", "leads", f"source IN ({keys})")
    for table in ("import_rejects", "import_changes", "import_batches", "custom_fields", "sources"):
        op.drop_table(table)
