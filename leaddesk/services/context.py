"""What every service needs: the database, the clock and team settings."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from leaddesk.errors import ConflictError, NotFound
from leaddesk.store.engine import Database
from leaddesk.store.models import utcnow


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    default_region: str = "US"
    currency: str = "USD"
    clock: Callable[[], dt.datetime] = field(default=utcnow)


def check_version(kind: str, entity_id: uuid.UUID, expected: int | None, actual: int) -> None:
    if expected is not None and expected != actual:
        raise ConflictError(
            f"{kind} {entity_id} was changed by somebody else (version {actual}, you had "
            f"{expected}); nothing was overwritten. Reload it and apply your change again.",
            entity_id=entity_id,
            expected=expected,
            actual=actual,
        )


def missing(kind: str, entity_id: uuid.UUID) -> NotFound:
    return NotFound(f"{kind} {entity_id} does not exist (or was deleted).")
