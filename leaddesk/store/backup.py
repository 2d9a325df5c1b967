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
    while target.exists():  # two in one second (a restore, then undoing it): never overwrite
        moment += dt.timedelta(seconds=1)
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


class BackupUnreadable(Exception):
    """The file is no whole LeadDesk database (damaged, cut short, or something else)."""


def check(path: Path) -> None:
    """Refuse a file that SQLite cannot read through, or that holds no LeadDesk
    database: restoring it would replace good data with nothing usable."""
    if not path.is_file():
        raise BackupUnreadable(f"{path} does not exist.")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            verdict = conn.execute("PRAGMA quick_check").fetchone()
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        conn.close()
    except sqlite3.Error as exc:
        raise BackupUnreadable(f"{path}: {exc}") from exc
    if not verdict or verdict[0] != "ok":
        raise BackupUnreadable(f"{path}: {verdict[0] if verdict else 'no answer'}")
    if not {"leads", "alembic_version"} <= tables:
        raise BackupUnreadable(f"{path} holds no LeadDesk database.")


def restore(db: Database, path: Path) -> None:
    """Replace the open database's whole content with the backup's, in one step of
    SQLite's online backup API: the destination is written in one transaction, so a
    failure leaves it as it was, and no file is swapped under open connections."""
    check(path)
    raw = db.engine.raw_connection()
    try:
        target = raw.dbapi_connection
        assert isinstance(target, sqlite3.Connection)
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as source:
            source.backup(target, pages=-1)
        source.close()
    except sqlite3.Error as exc:
        raise BackupUnreadable(f"{path}: {exc}") from exc
    finally:
        raw.close()
    db.engine.dispose()  # pooled connections may hold pages of the old content
