"""One transaction per use case, with driver errors turned into LeadDesk's.

Deadlocks and serialization failures are a normal part of several people writing at
once: ``transaction`` recognises them and ``retried`` runs the whole use case again a
few times, with jitter, before saying in words that it could not get through.
"""

from __future__ import annotations

import functools
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from leaddesk.errors import ConflictError, DatabaseBusy, DatabaseUnavailable, LeadDeskError
from leaddesk.store.driver_errors import refusal
from leaddesk.store.engine import Database, unavailable

ATTEMPTS = 5
BACKOFF_S = 0.02  # the first wait is up to 40 ms, doubling each time

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def transaction(db: Database, *, write: bool = True) -> Iterator[Session]:
    """Commit when the block ends, roll back on any error.

    Lost connections become DatabaseUnavailable naming the server; a version clash
    caught at flush becomes ConflictError; deadlocks become a retryable DatabaseBusy,
    a held SQLite lock a DatabaseBusy naming who may hold it, and a permission refusal
    NotPermitted.
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
    except DBAPIError as exc:
        known: LeadDeskError | None = refusal(exc, db)
        if known is not None:
            raise known from exc
        if exc.connection_invalidated or (
            isinstance(exc, OperationalError) and _is_connection_problem(exc)
        ):
            raise unavailable(exc, db.url) from exc
        raise
    except DisconnectionError as exc:
        raise unavailable_from(exc, db) from exc


def unavailable_from(exc: DisconnectionError, db: Database) -> LeadDeskError:
    return DatabaseUnavailable(
        f"Cannot use the database {db.title}: {exc}",
        code="db_unreachable",
        params={"database": db.title, "reason": str(exc)},
    )


_nesting = threading.local()


def retried(use_case: Callable[P, R]) -> Callable[P, R]:
    """Run ``use_case`` again when its transaction lost a deadlock or serialization race.

    Only the outermost retried call repeats (a use case made of another one is retried
    once, as a whole). Each attempt starts from nothing: a use case rolls back entirely
    before it is run again, so a retry never writes anything twice.
    """

    @functools.wraps(use_case)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        if getattr(_nesting, "depth", 0):
            return use_case(*args, **kwargs)
        _nesting.depth = 1
        try:
            attempt = 1
            while True:
                try:
                    return use_case(*args, **kwargs)
                except DatabaseBusy as exc:
                    if not exc.retryable:
                        raise
                    if attempt >= ATTEMPTS:
                        raise gave_up(attempt) from exc
                    log.info("%s: %s; attempt %d again", use_case.__qualname__, exc, attempt + 1)
                    time.sleep(random.uniform(0, BACKOFF_S * 2**attempt))
                    attempt += 1
        finally:
            _nesting.depth = 0

    return run


def gave_up(attempts: int) -> DatabaseBusy:
    return DatabaseBusy(
        f"Other people were changing the same records at the same moment; LeadDesk tried "
        f"{attempts} times and could not get through. Nothing was saved: try again.",
        code="contended",
        params={"attempts": attempts},
    )


def _is_connection_problem(exc: DBAPIError) -> bool:
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
        "refused",
    )
    return any(n in text for n in needles)
