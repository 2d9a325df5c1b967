"""Opening a SQLite file the way the app and the command line do: a file LeadDesk
refuses is left exactly as it was, byte for byte and in its journal mode, and a file
it may not write to is refused by name before anything tries to."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from leaddesk.errors import SchemaTooNew
from leaddesk.services.workspace import open_workspace
from leaddesk.store import schema
from leaddesk.store.engine import open_database


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _journal_mode(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])


def _file_at(path: Path, revision: str = "head", *, journal: str = "delete") -> Path:
    """A LeadDesk file at ``revision``, left in rollback-journal mode, all closed."""
    db = open_database(f"sqlite:///{path}")
    schema.upgrade(db, revision)
    db.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA journal_mode={journal}")
    return path


def _leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def test_a_newer_file_in_rollback_journal_mode_is_refused_untouched(tmp_path: Path) -> None:
    path = _file_at(tmp_path / "newer.sqlite")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
        conn.commit()
    before = _sha256(path)
    assert _journal_mode(path) == "delete" and _sha256(path) == before
    for upgrade in (True, False):  # the app and `db upgrade`; `db current`
        with pytest.raises(SchemaTooNew, match="ffff"):
            open_workspace(f"sqlite:///{path}", upgrade=upgrade)
    assert _leftovers(path) == []  # no -wal, -shm or -journal beside it
    assert _sha256(path) == before
    assert _journal_mode(path) == "delete"


def test_a_file_opened_for_use_is_switched_to_wal(tmp_path: Path) -> None:
    path = _file_at(tmp_path / "current.sqlite")
    open_workspace(f"sqlite:///{path}").close()
    assert _journal_mode(path) == "wal"
    older = _file_at(tmp_path / "older.sqlite", "0011")
    open_workspace(f"sqlite:///{older}").close()
    assert _journal_mode(older) == "wal"
    fresh = tmp_path / "new.sqlite"
    open_workspace(f"sqlite:///{fresh}").close()
    assert _journal_mode(fresh) == "wal"
