"""Engines per backend: SQLite (default, WAL), PostgreSQL (psycopg 3), MariaDB/MySQL."""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from leaddesk.errors import DatabaseReadOnly, DatabaseUnavailable, PasswordRefused

SQLITE_BUSY_MS = 5000
CONNECT_TIMEOUT_S = 5
# How long a write waits on the servers for a row somebody else's unfinished change
# holds; then it is refused as lock_wait (driver_errors) instead of hanging the screen.
LOCK_WAIT_S = 15

_DRIVERS = {
    "postgresql": "postgresql+psycopg",
    "postgres": "postgresql+psycopg",
    "mysql": "mysql+pymysql",
    "mariadb": "mariadb+pymysql",
}


def normalize_url(raw: str | URL) -> URL:
    """Accept plain scheme names and pick LeadDesk's driver for them."""
    try:
        url = make_url(raw)
    except ArgumentError:
        raise DatabaseUnavailable(f"{raw!r} is not a database URL.") from None
    if url.drivername in _DRIVERS:
        url = url.set(drivername=_DRIVERS[url.drivername])
    if url.get_backend_name() not in ("sqlite", "postgresql", "mysql", "mariadb"):
        raise DatabaseUnavailable(
            f"LeadDesk does not support {url.get_backend_name()!r} databases; "
            "use SQLite, PostgreSQL or MariaDB/MySQL."
        )
    if url.get_backend_name() != "sqlite":
        url = _login_in_user_info(url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        # a file named relative to the folder LeadDesk was started in is remembered as
        # the file it is, so another start elsewhere opens it, not an empty new one
        url = url.set(database=str(Path(url.database).expanduser().absolute()))
    return url


def _login_in_user_info(url: URL) -> URL:
    """The login a driver would read from the query (``?user=rep1&password=...``: SQLAlchemy
    hands the query on as connect arguments, over the user-info's) moved into the
    user-info, where the keyring, the password prompt and strip_password() look for it.
    Which password wins is the driver's rule: libpq takes the query's; PyMySQL too, and
    its old ``passwd`` only when no other was given."""
    query = dict(url.query)
    user = _last(query.pop("user", None))
    password = _last(query.pop("password", None))
    passwd = _last(query.pop("passwd", None)) if url.get_backend_name() != "postgresql" else None
    if user is None and password is None and passwd is None:
        return url
    password = password if password is not None else url.password
    if not password and passwd is not None:
        password = passwd
    return url._replace(username=user if user is not None else url.username, password=password).set(
        query=query
    )


def _last(value: str | tuple[str, ...] | None) -> str | None:
    """A query key given twice reads as its last value."""
    return value[-1] if isinstance(value, tuple) else value


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def describe(url: URL) -> str:
    """A human name for the database, never showing a password."""
    backend = url.get_backend_name()
    if backend == "sqlite":
        return f"SQLite {url.database or ':memory:'}"
    name = {"postgresql": "PostgreSQL", "mysql": "MySQL", "mariadb": "MariaDB"}[backend]
    who = f"{url.username}@" if url.username else ""
    port = f":{url.port}" if url.port else ""
    return f"{name} {who}{url.host or 'localhost'}{port}/{url.database or ''}"


@dataclass(frozen=True)
class Database:
    """An open engine and how to name it to the user."""

    engine: Engine
    url: URL

    @property
    def backend(self) -> str:
        return "mysql" if self.url.get_backend_name() == "mariadb" else self.url.get_backend_name()

    @property
    def title(self) -> str:
        return describe(self.url)

    def writer(self) -> Engine:
        """The engine for transactions that write (SQLite takes its lock up front)."""
        return self.engine.execution_options(leaddesk_write=True)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(raw: str | URL, *, echo: bool = False) -> Database:
    url = normalize_url(raw)
    backend = url.get_backend_name()
    kwargs: dict[str, Any] = {"echo": echo}
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            refuse_unwritable(Path(url.database).expanduser())
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_MS / 1000}
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
    elif backend == "postgresql":
        kwargs["connect_args"] = {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "leaddesk",
            # The screens' queries are short; starting parallel workers for a
            # 100k-row index scan costs more than it saves (measured on the board).
            "options": f"-c max_parallel_workers_per_gather=0 -c lock_timeout={LOCK_WAIT_S * 1000}",
        }
        engine = create_engine(url, pool_pre_ping=True, **kwargs)
    else:
        kwargs["connect_args"] = {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "charset": "utf8mb4",
            "init_command": f"SET SESSION innodb_lock_wait_timeout={LOCK_WAIT_S}",
        }
        engine = create_engine(
            url,
            pool_pre_ping=True,
            pool_recycle=3600,
            isolation_level="READ COMMITTED",
            **kwargs,
        )
    return Database(engine=engine, url=url)


# what SQLite writes beside the database file while it is in use
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def refuse_unwritable(path: Path) -> None:
    """Refuse a SQLite file this user may not write to, naming it, before anything is
    written: a migration, the switch to WAL or the outbox's first claim would otherwise
    fail half-way or with a traceback. SQLite also makes its -wal and -shm files beside
    the database, so the folder must be writable too. Asks os.access, which knows about
    root, ACLs and read-only mounts."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise _folder_read_only(path, folder) from None
    for file in (path, *(path.with_name(path.name + end) for end in SQLITE_COMPANIONS)):
        if file.is_file() and not os.access(file, os.W_OK):
            raise DatabaseReadOnly(
                f"The database file {file} is read-only for you, and LeadDesk needs to "
                "write to it. Make it writable, or open a copy of it; nothing in it was "
                "changed.",
                code="db_file_read_only",
                params={"path": str(file)},
            )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _folder_read_only(path, folder)


def _folder_read_only(path: Path, folder: Path) -> DatabaseReadOnly:
    return DatabaseReadOnly(
        f"LeadDesk cannot use the database file {path}: its folder {folder} is read-only "
        "for you, and SQLite keeps its working files beside the database. Make the folder "
        "writable, or move the file; nothing was changed.",
        code="db_folder_read_only",
        params={"path": str(path), "folder": str(folder)},
    )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how a transaction starts.
        dbapi_conn.isolation_level = None
        # Only this connection's settings: the journal mode is the file's own and is
        # changed by use_wal() once the schema check has let the file in.
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()
        # SQLite's own lower() knows only ASCII: the custom field filter folds with this
        dbapi_conn.create_function(SQLITE_FOLD, 1, _fold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock at BEGIN, so two writers queue on the
        # busy timeout instead of failing with "database is locked" mid-way.
        write = conn.get_execution_options().get("leaddesk_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


SQLITE_FOLD = "leaddesk_fold"


def _fold(value: object) -> object:
    """Text lowered in every alphabet ("ŁÓDŹ" → "łódź"); anything else as it is."""
    return value.casefold() if isinstance(value, str) else value


def use_wal(db: Database) -> None:
    """Put a SQLite file in WAL mode (readers never wait for the writer).

    The mode is written into the file, so it is set only once the file is known to be
    one this LeadDesk may use: a file refused as newer keeps its rollback journal and
    every byte. A file already in WAL mode is only read.
    """
    if db.backend != "sqlite" or db.url.database in (None, "", ":memory:"):
        return
    try:
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            if str(raw.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                raw.execute("PRAGMA journal_mode=WAL")  # outside a transaction, as it must be
    except DBAPIError as exc:
        raise unavailable(exc, db.url) from exc
    except sqlite3.Error as exc:  # the driver's own, on its raw connection
        raise _unavailable(str(exc), db.url, str(exc)) from exc


# what the servers say when the login needs a password, or another one
PASSWORD_REFUSED = re.compile(
    r"password authentication failed|no password supplied|fe_sendauth|\(1045,|Access denied",
    re.IGNORECASE,
)


def unavailable(exc: DBAPIError, url: URL) -> DatabaseUnavailable:
    """Turn a driver's connection failure into a message naming the server."""
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    return _unavailable(reason, url, str(exc.orig or exc))


def _unavailable(reason: str, url: URL, said: str) -> DatabaseUnavailable:
    reason = re.sub(r"\s+", " ", reason)
    message = f"Cannot use the database {describe(url)}: {reason}"
    params = {"database": describe(url), "reason": reason}  # the reason in the server's words
    if PASSWORD_REFUSED.search(said):
        return PasswordRefused(message, code="password_refused", params=params)
    return DatabaseUnavailable(message, code="db_unreachable", params=params)
