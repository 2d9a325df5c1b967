"""What each driver's error means for the user: a race to retry, a held lock, a refusal.

psycopg reports SQLSTATEs, PyMySQL MySQL error numbers and sqlite3 SQLite result codes;
each is read here so the session layer and the screens deal only in LeadDesk errors.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from leaddesk.errors import DatabaseBusy, LeadDeskError, NotPermitted
from leaddesk.store.engine import Database

PG_RETRYABLE = {"40P01": "deadlock", "40001": "serialization failure"}
PG_LOCK_TIMEOUT = "55P03"
PG_PRIVILEGE = "42501"
MYSQL_RETRYABLE = {1213: "deadlock", 1020: "record changed since last read"}
MYSQL_LOCK_TIMEOUT = 1205
MYSQL_PRIVILEGE = {1142, 1143, 1044, 1227, 1290, 1370}
SQLITE_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
SQLITE_READONLY = 8


def refusal(exc: DBAPIError, db: Database) -> LeadDeskError | None:
    """The LeadDesk error ``exc`` stands for, or None when it is not one of these."""
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None)
    number = orig.args[0] if orig is not None and orig.args else None
    if db.backend == "postgresql" and isinstance(sqlstate, str):
        if sqlstate in PG_RETRYABLE:
            return race(PG_RETRYABLE[sqlstate])
        if sqlstate == PG_LOCK_TIMEOUT:
            return lock_wait(db)
        if sqlstate == PG_PRIVILEGE:
            return not_permitted(str(orig))
    elif db.backend == "mysql" and isinstance(number, int):
        if number in MYSQL_RETRYABLE:
            return race(MYSQL_RETRYABLE[number])
        if number == MYSQL_LOCK_TIMEOUT:
            return lock_wait(db)
        if number in MYSQL_PRIVILEGE:
            return not_permitted(str(orig))
    elif db.backend == "sqlite":
        code = getattr(orig, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        if primary in SQLITE_BUSY:
            return sqlite_busy(db)
        if primary == SQLITE_READONLY:
            return NotPermitted(
                f"The database file {db.url.database} is read-only here; nothing was saved.",
                code="db_read_only",
                params={"file": str(db.url.database)},
            )
    return None


def race(kind: str) -> DatabaseBusy:
    return DatabaseBusy(
        f"Another change to the same records got in the way ({kind}); nothing was saved. "
        "Try again.",
        code="contended",
        params={"attempts": 1},
        retryable=True,
    )


def lock_wait(db: Database) -> DatabaseBusy:
    return DatabaseBusy(
        f"Somebody else's unfinished change on {db.title} held these records too long; "
        "nothing was saved. Try again in a moment.",
        code="lock_wait",
        params={"database": db.title},
    )


# "permission denied for table leads" (PostgreSQL), "... for table `db`.`stage_visits`"
# (MariaDB): the last name is the table's
_TABLE = re.compile(r"table ((?:[`'\"]?\w+[`'\"]?\.)*[`'\"]?(\w+))", re.IGNORECASE)
# what a change to a lead writes: refused on any of them, it is the lead that may not change
LEAD_TABLES = {
    "leads", "stage_visits", "activities", "lead_tags", "lead_products",
    "follow_ups", "attachments",
}  # fmt: skip


def not_permitted(reason: str) -> NotPermitted:
    """The server's refusal; on the leads table it is about changing a lead."""
    table = _TABLE.search(reason)
    name = table.group(2).lower() if table else ""
    what = "this lead" if name in LEAD_TABLES else "this"
    first = reason.strip().splitlines()[0] if reason.strip() else reason
    return NotPermitted(
        f"You may not change {what}: your database login is not allowed to "
        f"(the server said: {first}). Nothing was saved.",
        code="not_permitted_lead" if what == "this lead" else "not_permitted",
        params={"reason": first},
    )


def sqlite_busy(db: Database) -> DatabaseBusy:
    path = str(db.url.database or "")
    who = holders(path)
    named = ", ".join(h.english for h in who) if who else "another LeadDesk or the capture service"
    return DatabaseBusy(
        f"The database {path} is busy: {named} is writing to it and did not finish "
        "in time. Nothing was saved; try again in a moment.",
        code="sqlite_busy",
        params={"file": path, "holders": [h.as_params() for h in who]},
    )


@dataclass(frozen=True)
class Holder:
    """A process that has the database file open: LeadDesk, its capture service, or
    another program (named by its file)."""

    kind: str  # "leaddesk", "capture" or "program"
    pid: int
    program: str = ""

    @property
    def english(self) -> str:
        if self.kind == "capture":
            return f"the capture service (process {self.pid})"
        if self.kind == "leaddesk":
            return f"another LeadDesk (process {self.pid})"
        return f"{self.program} (process {self.pid})"

    def as_params(self) -> dict[str, object]:
        return {"kind": self.kind, "pid": self.pid, "program": self.program}


def holders(path: str) -> list[Holder]:
    """Other processes that have the database file open, as a user knows them.

    Linux shows open files under /proc; elsewhere this is empty and the message names
    the likely holders instead. Only run when a write has already failed.
    """
    proc = Path("/proc")
    if not path or not proc.is_dir():
        return []
    target = {os.path.realpath(path), os.path.realpath(path + "-wal")}
    found = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            fds = list((entry / "fd").iterdir())
            if not any(os.path.realpath(fd) in target for fd in fds):
                continue
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        found.append(_holder(int(entry.name), [a.decode(errors="replace") for a in argv if a]))
    return sorted(found, key=lambda h: h.pid)


def _holder(pid: int, argv: list[str]) -> Holder:
    line = " ".join(argv)
    if "leaddesk" in line and "capture" in argv:
        return Holder("capture", pid)
    if "leaddesk" in line:
        return Holder("leaddesk", pid)
    return Holder("program", pid, Path(argv[0]).name if argv else "?")
