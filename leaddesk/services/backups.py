"""Backups of a SQLite database: the daily one taken while the app runs, the list
File ▸ Restore backup… shows, and putting one back.

A PostgreSQL or MariaDB server is backed up with its own tools (pg_dump, mariadb-dump):
every method here says so by returning nothing or refusing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from leaddesk.errors import LeadDeskError, RuleViolation
from leaddesk.services.context import ServiceContext
from leaddesk.services.records import Changes
from leaddesk.store import backup

DAILY = "daily"
BEFORE_RESTORE = "before_restore"
# a restore may change anything: every screen reloads
EVERYTHING = Changes(reference=True, users=True, follow_ups=True)


@dataclass(frozen=True)
class BackupRecord:
    path: Path
    taken_at: dt.datetime
    reason: str  # "import", "daily", "before_restore" (or what an older LeadDesk wrote)
    size: int


class BackupUnreadable(LeadDeskError):
    code = "backup_unreadable"


def _record(b: backup.Backup) -> BackupRecord:
    return BackupRecord(b.path, b.taken_at, b.reason, b.size)


class BackupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def available(self) -> bool:
        """Whether this database is a SQLite file LeadDesk backs up itself."""
        return backup.folder_of(self.ctx.db) is not None

    def take_daily(self) -> BackupRecord | None:
        """Today's backup, unless one was taken today already (by an import too)."""
        if not self.available or backup.latest_today(self.ctx.db, self.ctx.clock()):
            return None
        taken = backup.take(self.ctx.db, DAILY, now=self.ctx.clock())
        return None if taken is None else _record(taken)

    def listing(self) -> list[BackupRecord]:
        """The backups beside the database, newest first."""
        return [_record(b) for b in backup.listing(self.ctx.db)]

    def check(self, path: Path) -> None:
        """Refuse (BackupUnreadable) a file that is damaged or no LeadDesk database."""
        try:
            backup.check(path)
        except backup.BackupUnreadable as exc:
            raise self._unreadable(path, exc) from exc

    def restore(self, path: Path) -> tuple[BackupRecord | None, Changes]:
        """The database as the backup at ``path`` holds it. The current state is backed
        up first ("before restore"), so a restore can itself be undone; a damaged file
        is refused before anything is touched."""
        if not self.available:
            raise RuleViolation(
                "Only a SQLite database file is restored by LeadDesk; restore a server "
                "with its own tools (pg_restore, mariadb).",
                code="restore_server",
            )
        self.check(path)
        before = backup.take(self.ctx.db, BEFORE_RESTORE, now=self.ctx.clock())
        try:
            backup.restore(self.ctx.db, path)
        except backup.BackupUnreadable as exc:
            raise self._unreadable(path, exc) from exc
        return (None if before is None else _record(before)), EVERYTHING

    @staticmethod
    def _unreadable(path: Path, exc: Exception) -> BackupUnreadable:
        return BackupUnreadable(
            f"The backup {path.name} cannot be read ({exc}); nothing was restored and the "
            "database is as it was.",
            params={"file": path.name},
        )
