"""Columns behave the same on every backend."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from leaddesk.domain.stages import Stage
from leaddesk.store.engine import open_database
from leaddesk.store.models import Lead


def _lead(number: int, position: str, **kw: object) -> Lead:
    return Lead(
        number=number,
        first_name="T",
        stage=Stage.OPEN,
        position=position,
        social_profiles={},
        custom_fields={},
        score=0,
        search_text="",
        **kw,
    )


def test_times_come_back_aware_utc_with_microseconds(db_url: str) -> None:
    db = open_database(db_url)
    warsaw = dt.timezone(dt.timedelta(hours=2))
    at = dt.datetime(2026, 3, 29, 3, 30, 15, 123456, tzinfo=warsaw)
    with Session(db.engine) as s, s.begin():
        lead_id = uuid.uuid4()
        s.add(_lead(1, "a0", stage_changed_at=at, id=lead_id))
    with Session(db.engine) as s:
        got = s.get(Lead, lead_id)
        assert got is not None
        assert got.stage_changed_at == at
        assert got.stage_changed_at.tzinfo == dt.UTC
        assert got.stage_changed_at.microsecond == 123456
    db.dispose()


def test_order_keys_sort_bytewise_on_every_backend(db_url: str) -> None:
    """Mixed-case keys must not be folded by a locale or case-insensitive collation."""
    db = open_database(db_url)
    keys = ["a0", "aV", "aZ", "a_", "aa", "az", "b00", "Zz", "a0V", "a0v"]
    with Session(db.engine) as s, s.begin():
        for i, k in enumerate(keys):
            s.add(_lead(i + 1, k))
    with Session(db.engine) as s:
        got = list(s.scalars(select(Lead.position).order_by(Lead.position)))
    assert got == sorted(keys)
    db.dispose()


def test_uuid_keys_round_trip(db_url: str) -> None:
    db = open_database(db_url)
    lead_id = uuid.uuid4()
    with Session(db.engine) as s, s.begin():
        s.add(_lead(9, "a0", id=lead_id))
    with Session(db.engine) as s:
        assert s.get(Lead, lead_id) is not None
    db.dispose()
