"""Migration 0021 on every backend: the reply links' settings table comes, takes its
one row, and goes again on the way down."""

from __future__ import annotations

import sqlalchemy as sa

from leaddesk.store import schema
from leaddesk.store.engine import Database

LINKS = sa.table(
    "partner_links",
    sa.column("id", sa.Integer()),
    sa.column("secret", sa.String()),
    sa.column("base_url", sa.String()),
    sa.column("sender", sa.String()),
    sa.column("sender_name", sa.String()),
)


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(sa.inspect(conn).get_table_names())


def test_0021_adds_the_partner_links_table_and_takes_it_away(db: Database) -> None:
    schema.upgrade(db, "0020")
    assert "partner_links" not in _tables(db)
    schema.upgrade(db)
    assert schema.current_revision(db) == "0021" == schema.HEAD
    row = {"id": 1, "secret": "ab" * 32, "base_url": "https://x.example", "sender": "a@x.example",
           "sender_name": None}  # fmt: skip
    with db.engine.begin() as conn:
        conn.execute(sa.insert(LINKS), [row])
    with db.engine.connect() as conn:
        assert [tuple(r) for r in conn.execute(sa.select(LINKS))] == [tuple(row.values())]
    schema.downgrade(db, "0020")
    assert "partner_links" not in _tables(db)
    assert schema.current_revision(db) == "0020"
    schema.upgrade(db)
    assert "partner_links" in _tables(db)
