"""One transaction per use case, with driver errors turned into LeadDesk's."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from leaddesk.errors import ConflictError
from leaddesk.store.engine import Database, unavailable


@contextmanager
def transaction(db: Database, *, write: bool = True) -> Iterator[Session]:
    """Commit when the block ends, roll back on any error.

    Lost connections become DatabaseUnavailable naming the server; a
    version clash caught at flush becomes ConflictError.
    """
    engine = db.writer() if write else db.engine
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session
    except StaleDataError as exc:
        raise ConflictError(
            "Somebody else changed this record meanwhile; nothing was overwritten. "
            "Reload it and apply your change again.",
            code="changed_meanwhile",
        ) from exc
    except (OperationalError, DisconnectionError) as exc:
        if isinstance(exc, DBAPIError) and _is_connection_problem(exc):
            raise unavailable(exc, db.url) from exc
        raise
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise unavailable(exc, db.url) from exc
        raise


def _is_connection_problem(exc: DBAPIError) -> bool:
    if exc.connection_invalidated:
        return True
    text = str(exc.orig).lower()
    needles = (
        "connect",
        "connection",
        "server closed",
        "gone away",
        "lost connection",
        "could not translate host",
        "timeout",
        "terminating",
        "unable to open database",
        "database is locked",
        "refused",
    )
    return any(n in text for n in needles)
