"""SQLite's FTS5 search index stays in step with the leads table."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from leaddesk.demo import populate
from leaddesk.services.workspace import open_workspace
from leaddesk.store import board, schema
from leaddesk.store.engine import Database, open_database
from leaddesk.store.models import Lead


def _integrity_check(db: Database) -> None:
    with db.engine.connect() as conn:  # raises if the index disagrees with leads
        conn.exec_driver_sql(
            "INSERT INTO leads_search(leads_search, rank) VALUES ('integrity-check', 1)"
        )


def test_sqlite_search_index_follows_every_write(tmp_path: Path) -> None:
    """The FTS5 table is fed by triggers: inserts, edits, renumbering and deletes."""
    db = open_database(f"sqlite:///{tmp_path / 's.sqlite'}")
    schema.upgrade(db)
    ids = [uuid.uuid4() for _ in range(3)]
    now = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)

    def row(i: int, text_: str) -> dict[str, object]:
        return {
            "id": ids[i],
            "number": i + 1,
            "stage": "open",
            "position": f"a{i}",
            "stage_changed_at": now,
            "score": 0,
            "search_text": text_,
            "social_profiles": {},
            "custom_fields": {},
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }

    def found(term: str) -> set[uuid.UUID]:
        with Session(db.engine) as s:
            return {r.id for r in board.search_cards(s, [term], limit=10)}

    try:
        with db.engine.begin() as conn:
            conn.execute(
                Lead.__table__.insert(),
                [row(0, "anna kowalska"), row(1, "omar haddad"), row(2, "anna smith")],
            )
        assert found("anna") == {ids[0], ids[2]}
        with db.engine.begin() as conn:
            conn.execute(
                Lead.__table__.update()
                .where(Lead.id == ids[0])
                .values(search_text="joanna nowak", number=10)
            )
            conn.execute(Lead.__table__.delete().where(Lead.id == ids[2]))
        assert found("anna") == {ids[0]}
        assert found("kowal") == set()
        assert found("nowak") == {ids[0]}
        assert found("haddad") == {ids[1]}
        _integrity_check(db)
    finally:
        db.dispose()


def test_bulk_seeding_and_wiping_index_every_lead(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    ws = open_workspace(url)
    try:
        populate(ws, 120, seed=3)
        populate(ws, 80, seed=4, replace=True)
        some = ws.board.board(per_column=5).columns[0].cards[0]
        assert some.id in {c.id for c in ws.leads.search(some.name)}
        assert ws.leads.search(some.number)[0].id == some.id
    finally:
        ws.close()
    db = open_database(url)
    try:
        _integrity_check(db)
        with db.engine.connect() as conn:
            indexed = conn.exec_driver_sql("SELECT COUNT(*) FROM leads_search_docsize").scalar()
        assert indexed == 80
    finally:
        db.dispose()
