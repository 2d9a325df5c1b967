"""Writing a lead's stays in its stages as it moves (see domain.stage_history)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from leaddesk.domain.insights import OPEN_STAGES
from leaddesk.domain.stage_history import (
    Visit,
    elapsed_seconds,
    funnel_order,
    furthest,
    stage_seconds,
    won_at,
)
from leaddesk.domain.stages import Stage
from leaddesk.store.models import STAGE_SECONDS, Lead, StageVisit

V = StageVisit
T = cast(Table, StageVisit.__table__)
# the lead column that adds up the time spent in each open stage
SECONDS_OF = dict(zip(OPEN_STAGES, STAGE_SECONDS, strict=True))


def start_history(session: Session, lead: Lead, at: dt.datetime) -> None:
    """A new lead's first stay, in the stage it was created in."""
    session.add(V(lead=lead, stage=lead.stage, entered_at=at, undone=False))


def first_facts(lead: Lead, at: dt.datetime) -> None:
    """What a new lead's history says before it has one: the stage it came in at."""
    lead.furthest_stage = funnel_order(lead.stage) or 0
    lead.won_at = at if lead.stage is Stage.CUSTOMER else None


def record_move(
    session: Session, lead: Lead, to_stage: Stage, at: dt.datetime, *, undo: bool
) -> None:
    """End the lead's current stay and begin one in ``to_stage``; an undo marks the
    ended stay undone, and the furthest stage and win are worked out again without it.

    Core statements on the session's connection: a move is the board's hottest write,
    and the stays need no objects (nor an early flush of the lead's pending changes)."""
    if any(isinstance(o, V) for o in session.new):
        session.flush()  # a stay begun in this transaction (a lead created and moved)
    conn = session.connection()
    current = conn.execute(
        select(T.c.id, T.c.stage, T.c.entered_at)
        .where(T.c.lead_id == lead.id, T.c.left_at.is_(None))
        .order_by(T.c.entered_at.desc())
        .limit(1)
    ).first()
    seconds = 0
    if current is not None:
        seconds = elapsed_seconds(current.entered_at, at)
        conn.execute(
            update(T).where(T.c.id == current.id).values(left_at=at, seconds=seconds, undone=undo)
        )
    conn.execute(
        insert(T).values(
            id=uuid.uuid4(), lead_id=lead.id, stage=to_stage, entered_at=at, undone=False
        )
    )
    if not undo:
        order = funnel_order(to_stage)
        if order is not None and order > lead.furthest_stage:
            lead.furthest_stage = order
        if to_stage is Stage.CUSTOMER and lead.won_at is None:
            lead.won_at = at
        if current is not None and current.stage in SECONDS_OF:
            name = SECONDS_OF[current.stage]
            setattr(lead, name, (getattr(lead, name) or 0) + seconds)
        return
    stays = [
        Visit(v.stage, v.entered_at, v.left_at, v.undone)
        for v in conn.execute(
            select(T.c.stage, T.c.entered_at, T.c.left_at, T.c.undone)
            .where(T.c.lead_id == lead.id)
            .order_by(T.c.entered_at)
        )
    ]
    lead.furthest_stage = furthest(stays)
    lead.won_at = won_at(stays)
    spent = stage_seconds(stays)
    for stage, name in SECONDS_OF.items():
        setattr(lead, name, spent.get(stage))
