"""Migration 0020 on every backend: existing leads stay in the pool (not marked out
of it), sources and rules gain their targets, response_targets comes and goes."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa

from leaddesk.store import schema
from leaddesk.store.engine import Database


def _columns(db: Database, table: str) -> set[str]:
    with db.engine.connect() as conn:
        return {c["name"] for c in sa.inspect(conn).get_columns(table)}


def test_0020_adds_the_pool_mark_and_the_targets_and_takes_them_away(db: Database) -> None:
    schema.upgrade(db, "0019")
    with db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO leads (id, number, created_at, updated_at, version, position, "
                "stage, stage_changed_at, score, search_text, furthest_stage, product_bits, "
                "social_profiles, custom_fields, qualification) VALUES (:id, 1, :t, :t, 1, "
                "'a', 'open', :t, 0, '', 0, 0, '{}', '{}', 'none')"
            ).bindparams(
                sa.bindparam("id", type_=sa.Uuid()), sa.bindparam("t", type_=sa.DateTime())
            ),
            {"id": uuid.uuid4(), "t": dt.datetime(2026, 12, 1)},
        )
    schema.upgrade(db)
    assert "outside_pool" in _columns(db, "leads")
    assert {"response_minutes", "claim_hours"} <= _columns(db, "sources")
    assert "response_minutes" in _columns(db, "assignment_rules")
    with db.engine.connect() as conn:
        marks = conn.execute(sa.text("SELECT outside_pool FROM leads")).scalars().all()
        assert sa.inspect(conn).has_table("response_targets")
    assert [bool(m) for m in marks] == [False]
    schema.downgrade(db, "0019")
    assert "outside_pool" not in _columns(db, "leads")
    assert "claim_hours" not in _columns(db, "sources")
    with db.engine.connect() as conn:
        assert not sa.inspect(conn).has_table("response_targets")
