"""Copies of a SQLite database taken with SQLite's online backup API: consistent while
the app keeps working, kept as a rotating set beside the database.

Taken before every import and once a day while the app runs. A PostgreSQL or MariaDB
server is backed up by its own tools (the README says how with pg_dump).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from leaddesk.store.engine import Database

KEEP = 10
SUFFIX = ".backup.sqlite"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


def folder_of(db: Database) -> Path | None:
    """Where the database's backups go: ``backups`` beside the file (None: not SQLite,
    or in memory)."""
    name = db.url.database
    if db.backend != "sqlite" or not name or name == ":memory:":
        return None
    return Path(name).resolve().parent / "backups"


def take(
    db: Database, reason: str, *, keep: int = KEEP, now: dt.datetime | None = None
) -> Backup | None:
    """A copy of the whole database now; the oldest beyond ``keep`` are removed."""
    folder = folder_of(db)
    if folder is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    stem = Path(str(db.url.database)).stem
    target = folder / f"{stem}-{moment:%Y%m%d-%H%M%S}-{reason}{SUFFIX}"
    partial = target.with_suffix(".part")
    raw = db.engine.raw_connection()
    try:
        source = raw.dbapi_connection
        assert isinstance(source, sqlite3.Connection)
        with sqlite3.connect(partial) as copy:
            source.backup(copy, pages=4096)  # steps, so writers are not held up long
        copy.close()
    finally:
        raw.close()
    partial.replace(target)  # a backup on disk is always a whole one
    for old in listing(db)[keep:]:
        old.path.unlink(missing_ok=True)
    return Backup(target, moment, reason, target.stat().st_size)


def listing(db: Database) -> list[Backup]:
    """The database's backups, newest first."""
    folder = folder_of(db)
    if folder is None or not folder.is_dir():
        return []
    stem = Path(str(db.url.database)).stem
    out = []
    for path in folder.glob(f"{stem}-*{SUFFIX}"):
        parts = path.name[len(stem) + 1 : -len(SUFFIX)].split("-", 2)
        try:
            taken = dt.datetime.strptime(f"{parts[0]}{parts[1]}", "%Y%m%d%H%M%S").replace(
                tzinfo=dt.UTC
            )
        except (ValueError, IndexError):
            continue
        out.append(Backup(path, taken, parts[2] if len(parts) > 2 else "", path.stat().st_size))
    return sorted(out, key=lambda b: b.taken_at, reverse=True)


def latest_today(db: Database, now: dt.datetime) -> bool:
    """Whether a backup was taken today (UTC): the daily one is then not needed."""
    found = listing(db)
    return bool(found) and found[0].taken_at.date() == now.astimezone(dt.UTC).date()
