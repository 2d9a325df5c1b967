"""What every service needs: the database, the clock and team settings."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from leaddesk.domain.leads import lead_label
from leaddesk.errors import ConflictError, NotFound
from leaddesk.store.engine import Database
from leaddesk.store.models import Lead, utcnow


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    default_region: str = "US"
    currency: str = "USD"
    clock: Callable[[], dt.datetime] = field(default=utcnow)


def check_version(
    kind: str, entity_id: uuid.UUID, expected: int | None, actual: int, label: str = ""
) -> None:
    """Refuse a write made on an older version; ``label`` names the record as people
    know it (a lead's number and name, a template's name)."""
    if expected is not None and expected != actual:
        raise ConflictError(
            f"{kind} {label or entity_id} was changed by somebody else (version {actual}, "
            f"you had {expected}); nothing was overwritten. Reload it and apply your change "
            "again.",
            entity_id=entity_id,
            expected=expected,
            actual=actual,
            code="changed_meanwhile",
            params={"kind": kind, "label": label},
        )


def check_lead_version(lead: Lead, expected: int | None) -> None:
    check_version("Lead", lead.id, expected, lead.version, label=label_of(lead))


def label_of(lead: Lead) -> str:
    return lead_label(lead.number, lead.first_name, lead.last_name, lead.company)


def missing(kind: str, entity_id: uuid.UUID) -> NotFound:
    return NotFound(
        f"{kind} {entity_id} does not exist (or was deleted).",
        code="missing",
        params={"kind": kind},
    )
