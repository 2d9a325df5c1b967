"""Migration 0017 on every backend: a database whose leads a rescore had not all
reached yet is walked again after the upgrade, one whose leads were all current is
not, and the leads' scores and the rest of their rows stay as they were."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa

from leaddesk.store import schema
from leaddesk.store.engine import Database
from leaddesk.store.types import UTCDateTime

OLD_LEADS = sa.table(
    "leads",
    *(sa.column(n, t) for n, t in (
        ("id", sa.Uuid()), ("number", sa.Integer()), ("created_at", UTCDateTime()),
        ("updated_at", UTCDateTime()), ("version", sa.Integer()),
        ("position", sa.String()), ("stage", sa.String()),
        ("stage_changed_at", UTCDateTime()), ("score", sa.Integer()),
        ("search_text", sa.String()), ("furthest_stage", sa.Integer()),
        ("product_bits", sa.BigInteger()), ("social_profiles", sa.JSON()),
        ("custom_fields", sa.JSON()), ("first_name", sa.String()),
        ("score_rules_version", sa.Integer()), ("qualification", sa.String()),
    )),
)  # fmt: skip


def _lead(number: int, score: int, rules_version: int) -> dict[str, object]:
    now = dt.datetime.now(dt.UTC)
    return {
        "id": uuid.uuid4(), "number": number, "created_at": now, "updated_at": now,
        "version": 1, "position": f"a{number}", "stage": "open", "stage_changed_at": now,
        "score": score, "search_text": "", "furthest_stage": 0, "product_bits": 0,
        "social_profiles": {}, "custom_fields": {}, "first_name": f"Lead {number}",
        "score_rules_version": rules_version, "qualification": "mql" if score >= 30 else "none",
    }  # fmt: skip


def _walk(db: Database) -> tuple[int, object, bool]:
    with db.engine.connect() as conn:
        row = conn.execute(sa.text("SELECT rules_version, after_id, done FROM score_walks")).one()
    return int(row[0]), row[1], bool(row[2])


@pytest.mark.parametrize("behind", [True, False])
def test_0017_walks_again_only_when_a_lead_was_behind(db: Database, behind: bool) -> None:
    schema.upgrade(db, "0016")
    with db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE scoring_settings SET rules_version = 3"))
        conn.execute(sa.insert(OLD_LEADS), [_lead(1, 35, 3), _lead(2, 5, 2 if behind else 3)])
    schema.upgrade(db)
    assert _walk(db) == (3, None, not behind)
    with db.engine.connect() as conn:
        kept = conn.execute(sa.text("SELECT number, score, qualification FROM leads")).all()
        columns = {c["name"] for c in sa.inspect(conn).get_columns("leads")}
    assert sorted(tuple(r) for r in kept) == [(1, 35, "mql"), (2, 5, "none")]
    assert "score_rules_version" not in columns
    schema.downgrade(db, "0016")
    with db.engine.connect() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("leads")}
        assert conn.execute(sa.text("SELECT COUNT(*) FROM leads")).scalar_one() == 2
    assert "score_rules_version" in columns
