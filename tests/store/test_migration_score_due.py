"""Migration 0018 on every backend: each lead's fading bound moves from the leads
table into score_due (leads whose score cannot fade get no row), and back down."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa

from leaddesk.store import schema
from leaddesk.store.engine import Database
from leaddesk.store.types import UTCDateTime

LEADS_0017 = sa.table(
    "leads",
    *(sa.column(n, t) for n, t in (
        ("id", sa.Uuid()), ("number", sa.Integer()), ("created_at", UTCDateTime()),
        ("updated_at", UTCDateTime()), ("version", sa.Integer()),
        ("position", sa.String()), ("stage", sa.String()),
        ("stage_changed_at", UTCDateTime()), ("score", sa.Integer()),
        ("search_text", sa.String()), ("furthest_stage", sa.Integer()),
        ("product_bits", sa.BigInteger()), ("social_profiles", sa.JSON()),
        ("custom_fields", sa.JSON()), ("first_name", sa.String()),
        ("score_valid_until", UTCDateTime()), ("qualification", sa.String()),
    )),
)  # fmt: skip
SCORE_DUE = sa.table(
    "score_due", sa.column("lead_id", sa.Uuid()), sa.column("due_at", UTCDateTime())
)
DUE = dt.datetime(2027, 1, 6, 23, 7, 34, tzinfo=dt.UTC)


def _lead(number: int, score: int, due: dt.datetime | None) -> dict[str, object]:
    now = dt.datetime.now(dt.UTC)
    return {
        "id": uuid.uuid4(), "number": number, "created_at": now, "updated_at": now,
        "version": 1, "position": f"a{number}", "stage": "open", "stage_changed_at": now,
        "score": score, "search_text": "", "furthest_stage": 0, "product_bits": 0,
        "social_profiles": {}, "custom_fields": {}, "first_name": f"Lead {number}",
        "score_valid_until": due, "qualification": "mql" if score >= 30 else "none",
    }  # fmt: skip


def test_0018_moves_the_fading_bounds_to_score_due_and_back(db: Database) -> None:
    schema.upgrade(db, "0017")
    fading, fixed = _lead(1, 35, DUE), _lead(2, 10, None)
    with db.engine.begin() as conn:
        conn.execute(sa.insert(LEADS_0017), [fading, fixed])
    schema.upgrade(db)
    with db.engine.connect() as conn:
        due = conn.execute(sa.select(SCORE_DUE.c.lead_id, SCORE_DUE.c.due_at)).all()
        kept = conn.execute(sa.text("SELECT number, score, qualification FROM leads")).all()
        columns = {c["name"] for c in sa.inspect(conn).get_columns("leads")}
    assert [tuple(r) for r in due] == [(fading["id"], DUE)]
    assert sorted(tuple(r) for r in kept) == [(1, 35, "mql"), (2, 10, "none")]
    assert "score_valid_until" not in columns
    schema.downgrade(db, "0017")
    with db.engine.connect() as conn:
        back = conn.execute(sa.select(LEADS_0017.c.number, LEADS_0017.c.score_valid_until)).all()
        tables = set(sa.inspect(conn).get_table_names())
    assert sorted(tuple(r) for r in back) == [(1, DUE), (2, None)]
    assert "score_due" not in tables
