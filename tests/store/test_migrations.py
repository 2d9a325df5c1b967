"""Every migration from empty to head, on every backend, matches the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from leaddesk.errors import SchemaTooNew
from leaddesk.store import schema
from leaddesk.store.engine import open_database
from leaddesk.store.models import Base
from tests.conftest import ServerDatabases, fresh_url


def test_empty_to_head_matches_models(
    backend: str, servers: ServerDatabases, tmp_path: Path
) -> None:
    db = open_database(fresh_url(backend, servers, tmp_path))
    try:
        assert schema.current_revision(db) is None
        before, after = schema.upgrade(db)
        assert (before, after) == (None, schema.head_revision())
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": schema.include_object}
            )
            assert compare_metadata(ctx, Base.metadata) == []
            indexes = {i["name"] for i in inspect(conn).get_indexes("leads")}
        assert {"ix_leads_board", "ix_leads_stage_totals", "ix_leads_owner"} <= indexes
        if backend == "postgresql":
            assert "ix_leads_search_trgm" in indexes
        # a second upgrade is a no-op
        assert schema.upgrade(db) == (after, after)
    finally:
        db.dispose()


def test_newer_database_is_refused_and_left_untouched(
    backend: str, servers: ServerDatabases, tmp_path: Path
) -> None:
    db = open_database(fresh_url(backend, servers, tmp_path))
    try:
        schema.upgrade(db)
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
        with pytest.raises(SchemaTooNew, match="newer LeadDesk") as info:
            schema.upgrade(db)
        assert "ffff9999" in info.value.message
        assert schema.current_revision(db) == "ffff9999"
        assert "leads" in inspect(db.engine).get_table_names()
    finally:
        db.dispose()


def test_sqlite_pragmas(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'p.sqlite'}")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    db.dispose()
