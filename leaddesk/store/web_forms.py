"""The SQL of web forms and of capturing their submissions: the forms, and the lock
that makes two identical submissions arriving at once create one lead."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Engine, event, select, text
from sqlalchemy.orm import Session

from leaddesk.errors import DatabaseBusy
from leaddesk.store.models_capture import WebForm

# MariaDB names a lock with a string of at most 64 characters
_MYSQL_PREFIX = "leaddesk.contact."
_MYSQL_WAIT_S = 15
_NAMED_LOCKS = "leaddesk_named_locks"


def all_forms(s: Session, *, include_retired: bool = True) -> Sequence[WebForm]:
    stmt = select(WebForm).order_by(WebForm.retired_at.is_not(None), WebForm.name, WebForm.key)
    if not include_retired:
        stmt = stmt.where(WebForm.retired_at.is_(None))
    return s.scalars(stmt).all()


def form_by_id(s: Session, form_id: uuid.UUID, *, lock: bool = False) -> WebForm | None:
    stmt = select(WebForm).where(WebForm.id == form_id)
    if lock:
        stmt = stmt.with_for_update()
    return s.scalars(stmt).one_or_none()


def form_by_key(s: Session, key: str) -> WebForm | None:
    return s.scalars(select(WebForm).where(WebForm.key == key)).one_or_none()


def keys_like(s: Session, base: str) -> set[str]:
    """The keys already taken that start like ``base`` (for a new form's own key)."""
    escaped = base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = s.scalars(select(WebForm.key).where(WebForm.key.like(f"{escaped}%", escape="\\")))
    return set(rows)


def lock_key(contact: str) -> int:
    """A signed 64-bit number for ``contact`` (PostgreSQL's advisory locks take one)."""
    digest = hashlib.blake2b(contact.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def hold_contacts(s: Session, contacts: Iterable[str]) -> None:
    """Wait until no other transaction is capturing any of these contacts (folded emails,
    E.164 numbers), and keep them until this one ends, so the duplicate check that
    follows sees what the other one wrote.

    PostgreSQL: transaction-level advisory locks, freed by the commit or rollback.
    MariaDB: named locks (GET_LOCK), which belong to the connection, so they are freed
    when the connection goes back to the pool, after the commit (see
    ``release_named_locks``). SQLite: nothing to do, a writing transaction already holds
    the file's only write lock from its BEGIN IMMEDIATE. Taken in one order (sorted), so
    two submissions sharing two contacts never wait for each other in a circle."""
    wanted = sorted(set(contacts))
    if not wanted:
        return
    backend = s.get_bind().dialect.name
    if backend == "postgresql":
        for contact in wanted:
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": lock_key(contact)})
    elif backend in ("mysql", "mariadb"):
        conn = s.connection()
        release_named_locks(conn.engine)
        conn.info[_NAMED_LOCKS] = True
        for contact in wanted:
            name = _MYSQL_PREFIX + hashlib.blake2b(contact.encode(), digest_size=16).hexdigest()
            got = conn.execute(
                text("SELECT GET_LOCK(:n, :w)"), {"n": name, "w": _MYSQL_WAIT_S}
            ).scalar()
            if got != 1:  # as an InnoDB row lock held past its wait would be
                raise DatabaseBusy(
                    "Somebody else's unfinished change held these records too long; "
                    "nothing was saved. Try again in a moment.",
                    code="lock_wait",
                    params={"database": str(conn.engine.url.database or "")},
                )


def release_named_locks(engine: Engine) -> None:
    """Free MariaDB's named locks of a connection as it goes back to the pool (the
    transaction that took them has ended by then). Registered once per engine."""
    if event.contains(engine, "reset", _release):
        return
    event.listen(engine, "reset", _release)


def _release(dbapi_connection: Any, record: Any, _state: Any) -> None:
    if record is None or not record.info.pop(_NAMED_LOCKS, False):
        return
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("DO RELEASE_ALL_LOCKS()")
    finally:
        cursor.close()
