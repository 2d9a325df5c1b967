"""Queries over activities and follow-ups."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Sequence

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from leaddesk.domain.stages import Stage
from leaddesk.store.models import PARTIAL_INDEX_BACKENDS, Activity, FollowUp, Lead, User

# a follow-up, its lead's number, first and last name, company and stage, and the
# assignee's name (None: nobody's); a Row, which types as the tuple it unpacks to
AgendaRow = tuple[FollowUp, int, str | None, str | None, str | None, Stage, str | None]


def timeline_page(
    session: Session,
    lead_id: uuid.UUID,
    *,
    limit: int,
    before: tuple[dt.datetime, uuid.UUID] | None = None,
    kinds: Collection[str] = (),
) -> Sequence[Activity]:
    """Newest first, keyset-paged on (occurred_at, id); ``kinds`` narrows to those kinds."""
    stmt = select(Activity).where(Activity.lead_id == lead_id)
    if kinds:
        stmt = stmt.where(Activity.kind.in_(list(kinds)))
    if before is not None:
        at, aid = before
        stmt = stmt.where(
            or_(Activity.occurred_at < at, and_(Activity.occurred_at == at, Activity.id < aid))
        )
    stmt = stmt.order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(limit)
    return session.scalars(stmt).all()


def open_follow_ups(
    session: Session,
    *,
    due_before: dt.datetime | None = None,
    assignee_id: uuid.UUID | None = None,
    lead_id: uuid.UUID | None = None,
    limit: int = 500,
) -> Sequence[FollowUp]:
    """Not yet done, soonest first."""
    stmt = select(FollowUp).where(FollowUp.done_at.is_(None))
    if due_before is not None:
        stmt = stmt.where(FollowUp.due_at < due_before)
    if assignee_id is not None:
        stmt = stmt.where(FollowUp.assignee_id == assignee_id)
    if lead_id is not None:
        stmt = stmt.where(FollowUp.lead_id == lead_id)
    return session.scalars(stmt.order_by(FollowUp.due_at, FollowUp.id).limit(limit)).all()


def get_follow_up(
    session: Session, follow_up_id: uuid.UUID, *, lock: bool = False
) -> FollowUp | None:
    stmt = select(FollowUp).where(FollowUp.id == follow_up_id)
    if lock:
        stmt = stmt.with_for_update()
    return session.execute(stmt).scalar_one_or_none()


def _agenda_where(
    start: dt.datetime | None, end: dt.datetime | None, assignee_id: uuid.UUID | None
) -> list[ColumnElement[bool]]:
    """The open follow-ups due in [start, end) (of one assignee); the lead not checked."""
    out: list[ColumnElement[bool]] = [FollowUp.done_at.is_(None)]
    if start is not None:
        out.append(FollowUp.due_at >= start)
    if end is not None:
        out.append(FollowUp.due_at < end)
    if assignee_id is not None:
        out.append(FollowUp.assignee_id == assignee_id)
    return out


def agenda_rows(
    session: Session,
    *,
    start: dt.datetime | None,
    end: dt.datetime | None,
    assignee_id: uuid.UUID | None,
    limit: int,
) -> Sequence[AgendaRow]:
    """Open follow-ups due in [start, end) with their lead and assignee, soonest first."""
    assignee = aliased(User, name="assignee")
    stmt = (
        select(
            FollowUp,
            Lead.number,
            Lead.first_name,
            Lead.last_name,
            Lead.company,
            Lead.stage,
            assignee.name.label("assignee_name"),
        )
        .join(Lead, Lead.id == FollowUp.lead_id)
        .outerjoin(assignee, assignee.id == FollowUp.assignee_id)
        .where(*_agenda_where(start, end, assignee_id), Lead.deleted_at.is_(None))
        .order_by(FollowUp.due_at, FollowUp.id)
        .limit(limit)
    )
    return session.execute(stmt).all()


def agenda_count(
    session: Session,
    *,
    start: dt.datetime | None,
    end: dt.datetime | None,
    assignee_id: uuid.UUID | None,
) -> int:
    """Every open follow-up in the window, from its index, less those of deleted leads
    (found through ix_leads_deleted): joining each one to its lead cost a look-up per
    follow-up, 200 ms for a tab of 37,000. MariaDB has no such index: it joins."""
    window = _agenda_where(start, end, assignee_id)
    every = select(func.count()).select_from(FollowUp).where(*window)
    if session.get_bind().dialect.name not in PARTIAL_INDEX_BACKENDS:
        joined = every.join(Lead, Lead.id == FollowUp.lead_id).where(Lead.deleted_at.is_(None))
        return int(session.execute(joined).scalar_one())
    deleted = every.where(FollowUp.lead_id.in_(select(Lead.id).where(Lead.deleted_at.is_not(None))))
    stmt = select(every.scalar_subquery() - deleted.scalar_subquery())
    return int(session.execute(stmt).scalar_one())


def next_due(session: Session, lead_id: uuid.UUID) -> dt.datetime | None:
    stmt = select(func.min(FollowUp.due_at)).where(
        FollowUp.lead_id == lead_id, FollowUp.done_at.is_(None)
    )
    return session.execute(stmt).scalar_one_or_none()
