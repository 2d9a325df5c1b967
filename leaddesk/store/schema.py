"""Bringing a database to this LeadDesk's schema, and refusing newer ones."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import DBAPIError

from leaddesk import __version__
from leaddesk.errors import SchemaTooNew
from leaddesk.store.engine import Database, unavailable

MIGRATIONS = Path(__file__).with_name("migrations")

# Backend-specific search helpers the models cannot describe portably; the
# migrations create them and the store tests check they exist.
UNMODELLED_INDEXES = frozenset({"ix_leads_search_trgm"})


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic filter: leave the unmodelled search helpers out of comparisons."""
    return not (type_ == "index" and name in UNMODELLED_INDEXES)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    try:
        with db.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except DBAPIError as exc:
        raise unavailable(exc, db.url) from exc


def check_not_newer(db: Database, current: str | None) -> None:
    if current is None:
        return
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
    """Migrate to ``revision``; returns (before, after). Refuses newer databases."""
    before = current_revision(db)
    check_not_newer(db, before)
    cfg = alembic_config()
    try:
        with db.writer().begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except DBAPIError as exc:
        if exc.connection_invalidated or "connect" in str(exc.orig).lower():
            raise unavailable(exc, db.url) from exc
        raise
    return before, head_revision() if revision == "head" else revision


def is_current(db: Database) -> bool:
    return current_revision(db) == head_revision()
