"""SQLite files as a user finds them: left by an older LeadDesk in rollback-journal
mode, or not writable for this user; and what a test reads of them without LeadDesk."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from leaddesk.store import schema
from leaddesk.store.engine import open_database


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def journal_mode(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])


def file_at(path: Path, revision: str = "head") -> Path:
    """A LeadDesk file at ``revision``, in rollback-journal mode, every connection closed."""
    db = open_database(f"sqlite:///{path}")
    schema.upgrade(db, revision)
    db.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    return path


def leftovers(path: Path) -> list[str]:
    """What lies beside the file: SQLite's -wal, -shm or -journal once it wrote."""
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def read_only(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """``paths`` may not be written to, as for anyone but root after a chmod.

    The tests may run as root, whom no mode stops; LeadDesk asks os.access, and here it
    says no. Files lose their write bits too, so a run as another user is the real thing.
    """
    real = os.access
    blocked = {str(p) for p in paths}

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and os.fspath(path) in blocked:  # type: ignore[call-overload]
            return False
        return real(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    for p in paths:
        if p.is_file():
            p.chmod(0o444)
