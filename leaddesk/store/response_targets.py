"""First-contact targets per lead (migration 0020): written at capture, met by the
first outbound contact (store.leads.touch_first_response), flagged once by the sweep
when late. The sweep reads ix_response_targets_open: open, unflagged rows by due time."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from leaddesk.store.id_arrays import among
from leaddesk.store.models import Lead
from leaddesk.store.models_distribution import ResponseTarget

TARGETS = cast(Table, ResponseTarget.__table__)


@dataclass(frozen=True)
class Late:
    """A lead past its first-contact target, with who answers for it."""

    lead_id: uuid.UUID
    number: int
    owner_id: uuid.UUID | None
    due_at: dt.datetime
    minutes: int


def add(s: Session, rows: list[dict[str, object]]) -> None:
    """Targets of new leads: lead_id, due_at, minutes, set_by ("rule" or "source")."""
    if rows:
        s.connection().execute(insert(TARGETS), rows)


def late(
    s: Session, now: dt.datetime, limit: int, among_ids: Sequence[uuid.UUID] | None = None
) -> list[Late]:
    """Unmet, unflagged targets whose time has passed, the earliest first, with their
    live leads. ``among_ids``: only these, their rows held until the caller commits;
    the caller holds the leads first (store.leads.lock_leads), so every path takes a
    lead before its target and a sweep that waited sees another's flag, never flagging
    or sending on a lead twice."""
    stmt = (
        select(
            ResponseTarget.lead_id,
            Lead.number,
            Lead.owner_id,
            ResponseTarget.due_at,
            ResponseTarget.minutes,
        )
        .join(Lead, Lead.id == ResponseTarget.lead_id)
        .where(
            ResponseTarget.flagged_at.is_(None),
            ResponseTarget.met_at.is_(None),
            ResponseTarget.due_at < now,
            Lead.deleted_at.is_(None),
        )
        .order_by(ResponseTarget.due_at)
        .limit(limit)
    )
    if among_ids is not None:
        backend = s.get_bind().dialect.name
        stmt = stmt.where(among(ResponseTarget.lead_id, list(among_ids), backend))
        if backend == "postgresql":
            stmt = stmt.with_for_update(of=ResponseTarget)
        elif backend != "sqlite":  # MariaDB has no FOR UPDATE OF (the leads are held)
            stmt = stmt.with_for_update()
    return [Late(*row) for row in s.execute(stmt)]


def flag(s: Session, lead_ids: Sequence[uuid.UUID], now: dt.datetime) -> int:
    """Mark them flagged (once: a row another sweep flagged meanwhile is not counted)."""
    if not lead_ids:
        return 0
    backend = s.get_bind().dialect.name
    done = s.connection().execute(
        update(TARGETS)
        .where(among(TARGETS.c.lead_id, list(lead_ids), backend), TARGETS.c.flagged_at.is_(None))
        .values(flagged_at=now)
    )
    return int(done.rowcount)


def due_of(s: Session, lead_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dt.datetime]:
    """The unmet targets' due times of these leads (those that have one)."""
    if not lead_ids:
        return {}
    backend = s.get_bind().dialect.name
    stmt = select(ResponseTarget.lead_id, ResponseTarget.due_at).where(
        among(ResponseTarget.lead_id, list(lead_ids), backend), ResponseTarget.met_at.is_(None)
    )
    return {lead_id: due for lead_id, due in s.execute(stmt)}


def flagged(s: Session, user_id: uuid.UUID | None) -> list[Late]:
    """Flagged, still unmet targets of live leads (``user_id``: theirs only)."""
    stmt = (
        select(
            ResponseTarget.lead_id,
            Lead.number,
            Lead.owner_id,
            ResponseTarget.due_at,
            ResponseTarget.minutes,
        )
        .join(Lead, Lead.id == ResponseTarget.lead_id)
        .where(
            ResponseTarget.flagged_at.is_not(None),
            ResponseTarget.met_at.is_(None),
            Lead.deleted_at.is_(None),
        )
        .order_by(ResponseTarget.due_at)
    )
    if user_id is not None:
        stmt = stmt.where(Lead.owner_id == user_id)
    return [Late(*row) for row in s.execute(stmt)]
