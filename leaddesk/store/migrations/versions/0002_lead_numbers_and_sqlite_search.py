"""integer lead numbers; SQLite search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Lead numbers become integers (still shown as L-000123), which gives SQLite a
stable integer key for an FTS5 trigram index over ``leads.search_text``: the
implicit rowid of a table keyed by UUID may change on VACUUM. The index is an
external-content FTS5 table kept in step by triggers, so substring search no
longer scans the leads table. PostgreSQL already has its trigram GIN index;
MariaDB has no substring index (its FULLTEXT indexes match whole words).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE leads_search USING fts5("
    "search_text, content='leads', content_rowid='number', tokenize='trigram')",
    "CREATE TRIGGER leads_search_ai AFTER INSERT ON leads BEGIN "
    "INSERT INTO leads_search(rowid, search_text) VALUES (new.number, new.search_text); END",
    "CREATE TRIGGER leads_search_ad AFTER DELETE ON leads BEGIN "
    "INSERT INTO leads_search(leads_search, rowid, search_text) "
    "VALUES ('delete', old.number, old.search_text); END",
    "CREATE TRIGGER leads_search_au AFTER UPDATE OF number, search_text ON leads BEGIN "
    "INSERT INTO leads_search(leads_search, rowid, search_text) "
    "VALUES ('delete', old.number, old.search_text); "
    "INSERT INTO leads_search(rowid, search_text) VALUES (new.number, new.search_text); END",
    "INSERT INTO leads_search(leads_search) VALUES ('rebuild')",
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(
            "ALTER TABLE leads ALTER COLUMN number TYPE INTEGER "
            "USING CAST(SUBSTRING(number FROM 3) AS INTEGER)"
        )
        return
    op.execute("UPDATE leads SET number = SUBSTR(number, 3)")
    if dialect == "sqlite":
        # batch mode rebuilds the table and copies the column with CAST
        with op.batch_alter_table("leads", recreate="always") as batch_op:
            batch_op.alter_column(
                "number", existing_type=sa.String(20), type_=sa.Integer(), existing_nullable=False
            )
        for statement in SQLITE_SEARCH:
            op.execute(statement)
    else:
        op.alter_column(
            "leads", "number", existing_type=sa.String(20), type_=sa.Integer(), nullable=False
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(
            "ALTER TABLE leads ALTER COLUMN number TYPE VARCHAR(20) "
            "USING 'L-' || LPAD(CAST(number AS TEXT), 6, '0')"
        )
        return
    if dialect == "sqlite":
        for trigger in ("leads_search_ai", "leads_search_ad", "leads_search_au"):
            op.execute(f"DROP TRIGGER {trigger}")
        op.execute("DROP TABLE leads_search")
        with op.batch_alter_table("leads", recreate="always") as batch_op:
            batch_op.alter_column(
                "number", existing_type=sa.Integer(), type_=sa.String(20), existing_nullable=False
            )
        op.execute("UPDATE leads SET number = 'L-' || printf('%06d', number)")
    else:
        op.alter_column(
            "leads", "number", existing_type=sa.Integer(), type_=sa.String(20), nullable=False
        )
        op.execute("UPDATE leads SET number = CONCAT('L-', LPAD(number, 6, '0'))")
