"""Bringing a database to this LeadDesk's schema, and refusing newer ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from leaddesk import __version__
from leaddesk.errors import SchemaTooNew
from leaddesk.store.engine import Database, unavailable, use_wal

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration (a test holds it to Alembic's head): a start on an up-to-date
# database then needs one SELECT, not Alembic's import and its reading of every script.
HEAD = "0021"

# Backend-specific search helpers the models cannot describe portably; the
# migrations create them and the store tests check they exist. On SQLite the
# FTS5 table "leads_search" (and its shadow tables) is kept in step with leads
# by triggers; a migration that rebuilds "leads" in batch mode drops those
# triggers and must create them again (see migration 0002).
UNMODELLED_INDEXES = frozenset({"ix_leads_search_trgm"})
UNMODELLED_TABLE_PREFIX = "leads_search"


def include_object_for(dialect: str) -> Callable[[Any, str | None, str, bool, Any], bool]:
    """Alembic filter: leave out the unmodelled search helpers, and the indexes the
    models make only on other backends."""
    from leaddesk.store.models import BACKEND_ONLY_INDEXES

    def include(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
        if type_ == "index":
            only = BACKEND_ONLY_INDEXES.get(name or "")
            return name not in UNMODELLED_INDEXES and (only is None or dialect in only)
        if type_ == "table":
            return not (name or "").startswith(UNMODELLED_TABLE_PREFIX)
        return True

    return include


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with db.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except DBAPIError as exc:
        raise unavailable(exc, db.url) from exc


def _at_head(db: Database) -> bool:
    """The one row of Alembic's version table says HEAD, read without Alembic."""
    try:
        with db.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return False
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
            return list(rows) == [HEAD]
    except DBAPIError as exc:
        raise unavailable(exc, db.url) from exc


def check_not_newer(db: Database, current: str | None) -> None:
    if current is None:
        return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(current)
    except Exception:
        raise SchemaTooNew(
            f"The database {db.title} has schema revision {current}, which this LeadDesk "
            f"({__version__}) does not know: a newer LeadDesk upgraded it. It was left "
            "untouched; update LeadDesk to open it."
        ) from None


def upgrade(db: Database, revision: str = "head") -> tuple[str | None, str]:
    """Migrate to ``revision``; returns (before, after). Refuses newer databases.

    A SQLite file is switched to WAL only once it passed the check: one refused keeps
    its journal mode and every byte.
    """
    if revision in ("head", HEAD) and _at_head(db):
        use_wal(db)
        return HEAD, HEAD  # every start: no Alembic, no migration, no whole-database key check
    before = current_revision(db)
    check_not_newer(db, before)
    use_wal(db)
    target = head_revision() if revision == "head" else revision
    if before == target:
        return before, target
    from alembic import command

    try:
        _run(db, command.upgrade, revision)
    except DBAPIError as exc:
        if exc.connection_invalidated or "connect" in str(exc.orig).lower():
            raise unavailable(exc, db.url) from exc
        raise
    return before, target


def _run(db: Database, step: Any, revision: str) -> None:
    """Run an Alembic command in one transaction.

    On SQLite, foreign keys are switched off around it: rebuilding a table in
    batch mode drops the old one, and with foreign keys on that DROP would
    cascade into every row that points at it. The check before commit keeps
    the rebuilt schema honest.
    """
    cfg = alembic_config()
    with db.writer().connect() as conn:
        raw = conn.connection.dbapi_connection if conn.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                step(cfg, revision)
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise RuntimeError(f"Migration left a dangling reference: {tuple(broken)}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def downgrade(db: Database, revision: str) -> None:
    """Step back to ``revision`` (for tests of the migrations themselves)."""
    from alembic import command

    _run(db, command.downgrade, revision)


def is_current(db: Database) -> bool:
    return current_revision(db) == head_revision()
