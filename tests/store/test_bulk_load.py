"""A bulk load sets indexes, search triggers and foreign-key checks aside and puts
every one of them back: afterwards the database is the migrated one plus its rows."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, func, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import IntegrityError

from leaddesk.demo import populate
from leaddesk.services.workspace import open_workspace
from leaddesk.store import bulk, schema
from leaddesk.store.engine import Database, open_database
from leaddesk.store.models import Activity, Base, Lead
from tests.conftest import ServerDatabases, fresh_url

ANCHOR = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)
LOADED = ("leads", "activities")


@pytest.fixture
def migrated(backend: str, servers: ServerDatabases, tmp_path: Path) -> Iterator[Database]:
    """A freshly migrated scratch database of its own (the schema is compared)."""
    database = open_database(fresh_url(backend, servers, tmp_path))
    schema.upgrade(database)
    yield database
    database.dispose()


def schema_objects(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Indexes, constraints and triggers as the backend's catalog describes them."""
    backend = conn.dialect.name
    if backend == "sqlite":
        rows = conn.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE type IN ('index', 'trigger') ORDER BY type, name"
        )
        return {"objects": [tuple(r) for r in rows]}
    if backend == "postgresql":
        queries = {
            "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes "
            "WHERE schemaname = current_schema() ORDER BY 1, 2",
            "constraints": "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace ORDER BY 1, 2",
            "triggers": "SELECT tgrelid::regclass::text, tgname, tgenabled FROM pg_trigger "
            "WHERE NOT tgisinternal ORDER BY 1, 2",
        }
    else:
        queries = {
            "indexes": "SELECT table_name, index_name, seq_in_index, column_name, non_unique "
            "FROM information_schema.statistics WHERE table_schema = DATABASE() ORDER BY 1, 2, 3",
            "constraints": "SELECT table_name, constraint_name, constraint_type "
            "FROM information_schema.table_constraints WHERE table_schema = DATABASE() "
            "ORDER BY 1, 2",
        }
    return {key: [tuple(r) for r in conn.exec_driver_sql(sql)] for key, sql in queries.items()}


def assert_schema_as_migrated(db: Database, migrated: Database) -> None:
    with db.engine.connect() as conn, migrated.engine.connect() as fresh:
        assert schema_objects(conn) == schema_objects(fresh)
        ctx = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "include_object": schema.include_object_for(db.backend)},
        )
        assert compare_metadata(ctx, Base.metadata) == []


def test_a_seed_leaves_the_schema_as_migrated_and_search_working(
    backend: str, db_url: str, migrated: Database
) -> None:
    ws = open_workspace(db_url)
    try:
        populate(ws, 300, seed=9, anchor=ANCHOR)
        populate(ws, 250, seed=10, anchor=ANCHOR, replace=True)  # wipes, then loads again
        card = ws.board.board(per_column=5).columns[0].cards[0]
        assert card.id in {c.id for c in ws.leads.search(card.name)}
        assert ws.leads.search(card.number)[0].id == card.id
        db = ws.ctx.db
        assert_schema_as_migrated(db, migrated)
        with db.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(Lead)).scalar() == 250
            if backend == "sqlite":
                conn.exec_driver_sql(  # raises if the search index disagrees with leads
                    "INSERT INTO leads_search(leads_search, rank) VALUES ('integrity-check', 1)"
                )
                docs = conn.exec_driver_sql("SELECT COUNT(*) FROM leads_search_docsize")
                assert docs.scalar() == 250
                stats = conn.exec_driver_sql(
                    "SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'leads'"
                )
                assert stats.scalar() > 10  # planner statistics for every index
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            elif backend == "postgresql":
                stats = conn.exec_driver_sql(
                    "SELECT COUNT(*) FROM pg_stats WHERE tablename = 'leads'"
                )
                assert stats.scalar() > 10
            else:
                checks = conn.exec_driver_sql("SELECT @@SESSION.foreign_key_checks")
                assert checks.scalar() == 1
    finally:
        ws.close()


def _lead(number: int) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "number": number,
        "first_name": f"Bulk{number}",
        "stage": "open",
        "position": f"a{number}",
        "stage_changed_at": ANCHOR,
        "score": 0,
        "search_text": f"bulk{number} l-{number:06d}",
        "social_profiles": {},
        "custom_fields": {},
        "version": 1,
        "created_at": ANCHOR,
        "updated_at": ANCHOR,
    }


def _activity(lead_id: uuid.UUID) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "lead_id": lead_id,
        "kind": "note",
        "direction": None,
        "subject": "Bulk",
        "occurred_at": ANCHOR,
        "details": {},
        "created_at": ANCHOR,
    }


def test_children_may_come_first_but_never_point_nowhere(db_url: str, migrated: Database) -> None:
    db = open_database(db_url)
    try:
        lead = _lead(1)
        with bulk.bulk_load(db.writer(), rebuild=LOADED) as load:
            load.insert("activities", [_activity(lead["id"])])
            load.insert("leads", [lead])
        refused = pytest.raises(IntegrityError, match=r"activities.*leads")
        with refused, bulk.bulk_load(db.writer(), rebuild=LOADED) as load:
            load.insert("leads", [_lead(2)])
            load.insert("activities", [_activity(uuid.uuid4())])  # no such lead
        killed = pytest.raises(RuntimeError, match="killed")
        with killed, bulk.bulk_load(db.writer(), rebuild=LOADED) as load:
            load.insert("leads", [_lead(3)])
            raise RuntimeError("killed half-way")
        # all or nothing: only the first load is there, with every index and trigger
        with db.engine.connect() as conn:
            numbers = conn.execute(select(Lead.number)).scalars().all()
            assert numbers == [1]
            assert conn.execute(select(func.count()).select_from(Activity)).scalar() == 1
        assert_schema_as_migrated(db, migrated)
        with bulk.bulk_load(db.writer()) as load:  # nothing rebuilt: indexes kept row by row
            load.insert("leads", [_lead(4)])
            load.insert("activities", [_activity(lead["id"])])  # a lead from before
        assert_schema_as_migrated(db, migrated)
        with db.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(Activity)).scalar() == 2
    finally:
        db.dispose()


def test_the_connection_gets_its_settings_back(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            before = _settings(conn)
        with bulk.bulk_load(db.writer(), rebuild=LOADED) as load:
            load.insert("leads", [_lead(7)])
            # SQLite's hold for the transaction; MariaDB's change only while rows go in
            assert (_settings(load.conn) != before) == (load.conn.dialect.name == "sqlite")
        with db.engine.connect() as conn:  # the pool's one connection, back from the load
            assert _settings(conn) == before
    finally:
        db.dispose()


def _settings(conn: Connection) -> tuple[Any, ...]:
    if conn.dialect.name == "sqlite":
        return (
            conn.exec_driver_sql("PRAGMA foreign_keys").scalar(),
            conn.exec_driver_sql("PRAGMA cache_size").scalar(),
        )
    if conn.dialect.name == "postgresql":
        return (conn.exec_driver_sql("SHOW maintenance_work_mem").scalar(),)
    return (conn.exec_driver_sql("SELECT @@SESSION.foreign_key_checks").scalar(),)


def test_sqlite_times_are_written_as_the_column_type_writes_them() -> None:
    """The bulk writer's quick conversion stores exactly the text UTCDateTime stores."""
    column = Activity.__table__.c.occurred_at
    processor = column.type._cached_bind_processor(sqlite.dialect())
    assert processor is not None
    r = random.Random(3)
    warsaw = dt.timezone(dt.timedelta(hours=2))
    values: list[dt.datetime | None] = [None, dt.datetime(1999, 12, 31, 23, 59, 59, tzinfo=dt.UTC)]
    for _ in range(2000):
        moment = dt.datetime(2020, 1, 1, tzinfo=dt.UTC) + dt.timedelta(
            seconds=r.uniform(0, 3e8), microseconds=r.choice((0, r.randrange(10**6)))
        )
        values += [moment, moment.astimezone(warsaw)]
    assert [bulk.sqlite_utc_text(v) for v in values] == [processor(v) for v in values]
    with pytest.raises(ValueError, match="naive"):
        bulk.sqlite_utc_text(dt.datetime(2026, 1, 1))


def test_emptying_a_database_leaves_the_scoring_a_new_one_has(migrated: Database) -> None:
    """The owner's rules go with the data; the migration's rows, ids and times come back."""
    from leaddesk.store.models_scoring import ScoreRuleRow, ScoringSettings

    def scoring(conn: Connection) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rules = conn.execute(select(ScoreRuleRow.__table__).order_by("position")).all()
        settings = conn.execute(select(ScoringSettings.__table__)).all()
        return [dict(r._mapping) for r in rules], [dict(r._mapping) for r in settings]

    with migrated.engine.begin() as conn:
        installed = scoring(conn)
        conn.execute(ScoreRuleRow.__table__.update().values(points=1, name="Changed"))
        conn.execute(ScoringSettings.__table__.update().values(mql=5, rules_version=9))
        bulk.wipe(conn)
        assert scoring(conn) == installed
        assert [r["points"] for r in installed[0]] == [5, 10, 20, 50]
        assert [(s["mql"], s["sql"], s["rules_version"]) for s in installed[1]] == [(30, 75, 1)]
