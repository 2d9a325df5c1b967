"""Holiday hand-overs (migration 0020): which of an absent rep's leads need someone
while they are away (open, with a follow-up due during the absence), who took them,
and the sweep's reads of those due to go back."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from leaddesk.domain.stages import STAGE_ORDER
from leaddesk.store.id_arrays import among
from leaddesk.store.models import FollowUp, Lead
from leaddesk.store.models_distribution import HandOver

OPEN_STAGES = [s for s in STAGE_ORDER if not s.is_closed]
HAND_OVERS = cast(Table, HandOver.__table__)
FOLLOW_UPS = cast(Table, FollowUp.__table__)


def due_during(
    s: Session, user_id: uuid.UUID, starts: dt.datetime, ends: dt.datetime
) -> list[uuid.UUID]:
    """The rep's live open leads with a follow-up not done and due in [starts, ends)."""
    due = (
        select(FollowUp.id)
        .where(
            FollowUp.lead_id == Lead.id,
            FollowUp.done_at.is_(None),
            FollowUp.due_at >= starts,
            FollowUp.due_at < ends,
        )
        .correlate(Lead)
        .exists()
    )
    stmt = (
        select(Lead.id)
        .where(
            Lead.owner_id == user_id,
            Lead.deleted_at.is_(None),
            Lead.stage.in_(OPEN_STAGES),
            due,
        )
        .order_by(Lead.number)
    )
    return list(s.scalars(stmt))


def add(s: Session, rows: list[dict[str, object]]) -> None:
    if rows:
        s.connection().execute(insert(HAND_OVERS), rows)


def handed(s: Session, absence_id: uuid.UUID) -> set[uuid.UUID]:
    """The leads this absence handed over already and has not given back."""
    stmt = select(HandOver.lead_id).where(
        HandOver.absence_id == absence_id, HandOver.returned_at.is_(None)
    )
    return set(s.scalars(stmt))


def due_back(s: Session, now: dt.datetime, limit: int) -> list[HandOver]:
    """Hand-overs whose absence is over and that go back, held (two apps' sweeps take
    different rows; SQLite's write transaction is alone anyway)."""
    stmt = (
        select(HandOver)
        .where(
            HandOver.returned_at.is_(None),
            HandOver.return_at.is_not(None),
            HandOver.return_at <= now,
        )
        .order_by(HandOver.return_at, HandOver.id)
        .limit(limit)
    )
    if s.get_bind().dialect.name != "sqlite":
        stmt = stmt.with_for_update(skip_locked=True)
    return list(s.scalars(stmt))


def mark_returned(s: Session, ids: Sequence[uuid.UUID], now: dt.datetime) -> None:
    if ids:
        backend = s.get_bind().dialect.name
        s.connection().execute(
            update(HAND_OVERS)
            .where(among(HAND_OVERS.c.id, list(ids), backend))
            .values(returned_at=now)
        )


def move_follow_ups(
    s: Session, lead_ids: Sequence[uuid.UUID], before: uuid.UUID, after: uuid.UUID | None
) -> None:
    """The open follow-ups ``before`` had on these leads go to ``after`` with them."""
    if lead_ids:
        backend = s.get_bind().dialect.name
        s.connection().execute(
            update(FOLLOW_UPS)
            .where(
                among(FOLLOW_UPS.c.lead_id, list(lead_ids), backend),
                FOLLOW_UPS.c.done_at.is_(None),
                FOLLOW_UPS.c.assignee_id == before,
            )
            .values(assignee_id=after, version=FOLLOW_UPS.c.version + 1)
        )


def due_back_now(s: Session, absence_id: uuid.UUID, now: dt.datetime) -> None:
    """The absence is over early: what it handed over to come back is due now."""
    s.connection().execute(
        update(HAND_OVERS)
        .where(
            HAND_OVERS.c.absence_id == absence_id,
            HAND_OVERS.c.returned_at.is_(None),
            HAND_OVERS.c.return_at.is_not(None),
        )
        .values(return_at=now)
    )
