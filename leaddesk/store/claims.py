"""Claims' SQL: a lead taken from the pool by one conditional UPDATE (it has no owner,
or it is not taken: whichever of two reps' statements comes second changes no row,
on every backend), the rep's claims counted for their limits, and the sweep of
claims that ran out."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, and_, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from leaddesk.store.id_arrays import among
from leaddesk.store.models import Lead, LeadSource, User
from leaddesk.store.models_distribution import (
    PARTNER_HOLDS,
    AssignmentLog,
    LeadClaim,
    PartnerLead,
)

LEADS = cast(Table, Lead.__table__)


def hold_user(s: Session, user_id: uuid.UUID) -> User | None:
    """The rep's row, held until the caller commits: one rep's claims from two windows
    at once are counted against their limits one after the other."""
    return s.scalars(select(User).where(User.id == user_id).with_for_update()).first()


def take(s: Session, lead_id: uuid.UUID, user_id: uuid.UUID, now: dt.datetime) -> bool:
    """Give the lead to ``user_id`` if it is live, nobody's, in the pool (not left
    out of it by the rules) and not a partner's (pushed and waiting, or accepted);
    whether it was. The lead is held first and the
    partner looked up after, by a locking read: a push committed while this waited is
    seen (a check inside the UPDATE would read the tables as they were before)."""
    row = s.execute(
        select(LEADS.c.owner_id, LEADS.c.deleted_at, LEADS.c.outside_pool)
        .where(LEADS.c.id == lead_id)
        .with_for_update()
    ).first()
    if row is None or row.owner_id is not None or row.deleted_at is not None:
        return False
    if row.outside_pool:
        return False
    partners = cast(Table, PartnerLead.__table__)
    theirs = (
        select(partners.c.id)
        .where(partners.c.lead_id == lead_id, partners.c.state.in_(PARTNER_HOLDS))
        .limit(1)
        .with_for_update(read=True)
    )
    if s.execute(theirs).first() is not None:
        return False
    done = s.connection().execute(
        update(LEADS)
        .where(LEADS.c.id == lead_id, LEADS.c.owner_id.is_(None))
        .values(owner_id=user_id, version=LEADS.c.version + 1, updated_at=now)
    )
    return bool(done.rowcount == 1)


def claim_hours_of(s: Session, lead_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    """The claim window of each lead whose source sets one (hours)."""
    if not lead_ids:
        return {}
    backend = s.get_bind().dialect.name
    stmt = (
        select(Lead.id, LeadSource.claim_hours)
        .join(LeadSource, LeadSource.key == Lead.source)
        .where(among(Lead.id, lead_ids, backend), LeadSource.claim_hours.is_not(None))
    )
    return {lead_id: int(hours or 0) for lead_id, hours in s.execute(stmt) if hours}


def holder(s: Session, lead_id: uuid.UUID) -> tuple[bool, str | None]:
    """Whether the lead is live, and the name of whoever has it."""
    row = s.execute(
        select(Lead.deleted_at, User.name)
        .outerjoin(User, User.id == Lead.owner_id)
        .where(Lead.id == lead_id)
    ).first()
    if row is None:
        return False, None
    return row[0] is None, row[1]


def untouched(s: Session, user_id: uuid.UUID) -> int:
    """The rep's claims with no contact logged since (still theirs)."""
    stmt = (
        select(func.count())
        .select_from(LeadClaim)
        .join(Lead, Lead.id == LeadClaim.lead_id)
        .where(
            LeadClaim.user_id == user_id,
            Lead.owner_id == user_id,
            or_(Lead.last_contacted_at.is_(None), Lead.last_contacted_at < LeadClaim.claimed_at),
        )
    )
    return int(s.execute(stmt).scalar_one())


def claimed_since(s: Session, user_id: uuid.UUID, since: dt.datetime) -> int:
    stmt = select(func.count()).where(
        AssignmentLog.user_id == user_id, AssignmentLog.target == "claim", AssignmentLog.at >= since
    )
    return int(s.execute(stmt).scalar_one())


def add(s: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        table = cast(Table, LeadClaim.__table__)
        s.connection().execute(
            delete(table).where(table.c.lead_id.in_([r["lead_id"] for r in rows]))
        )
        s.connection().execute(insert(table), rows)


@dataclass(frozen=True)
class Due:
    """A claim whose window has closed, and whether it goes back to the pool (its
    rep still has the lead and logged no contact since the claim)."""

    lead_id: uuid.UUID
    user_id: uuid.UUID
    back: bool


def drop_fulfilled(s: Session, now: dt.datetime) -> int:
    """Drop, in one statement, the closed claims that need nothing more: the rep logged
    a contact after claiming, or the lead is no longer theirs or is deleted (most of a
    day's claims); how many."""
    table = cast(Table, LeadClaim.__table__)
    settled = select(LEADS.c.id).where(
        LEADS.c.id == table.c.lead_id,
        or_(
            LEADS.c.owner_id.is_(None),
            LEADS.c.owner_id != table.c.user_id,
            LEADS.c.last_contacted_at >= table.c.claimed_at,
            LEADS.c.deleted_at.is_not(None),
        ),
    )
    done = s.connection().execute(delete(table).where(table.c.expires_at <= now, settled.exists()))
    return int(done.rowcount or 0)


def due(s: Session, now: dt.datetime, *, limit: int) -> list[Due]:
    """Claims whose window has closed, oldest first, with their leads held."""
    stmt = (
        select(
            LeadClaim.lead_id,
            LeadClaim.user_id,
            LeadClaim.claimed_at,
            Lead.owner_id,
            Lead.last_contacted_at,
        )
        .join(Lead, Lead.id == LeadClaim.lead_id)
        .where(LeadClaim.expires_at <= now)
        .order_by(LeadClaim.expires_at, LeadClaim.lead_id)
        .limit(limit)
        .with_for_update()
    )
    return [
        Due(lead, user, owner == user and (contact is None or contact < claimed))
        for lead, user, claimed, owner, contact in s.execute(stmt)
    ]


def release(s: Session, claims: Sequence[Due], now: dt.datetime) -> None:
    """The claims dropped, and the leads of those that go ``back`` to the pool made
    nobody's (held by ``due``: what it saw still holds), in two statements."""
    conn = s.connection()
    backend = conn.dialect.name
    back = [c.lead_id for c in claims if c.back]
    if back:
        conn.execute(
            update(LEADS)
            .where(among(LEADS.c.id, back, backend))
            .values(owner_id=None, version=LEADS.c.version + 1, updated_at=now)
        )
    table = cast(Table, LeadClaim.__table__)
    if claims:
        conn.execute(
            delete(table).where(among(table.c.lead_id, [c.lead_id for c in claims], backend))
        )


def untouched_of(s: Session, user_id: uuid.UUID) -> list[Due]:
    """The rep's claims with no contact since, their leads held (to release them)."""
    stmt = (
        select(LeadClaim.lead_id)
        .join(Lead, Lead.id == LeadClaim.lead_id)
        .where(
            LeadClaim.user_id == user_id,
            Lead.owner_id == user_id,
            or_(Lead.last_contacted_at.is_(None), Lead.last_contacted_at < LeadClaim.claimed_at),
        )
        .order_by(LeadClaim.lead_id)
        .with_for_update()
    )
    return [Due(lead, user_id, True) for lead in s.scalars(stmt)]


def drop(s: Session, lead_ids: Sequence[uuid.UUID]) -> None:
    """The leads' claims, gone (a lead returned to the pool by a manager)."""
    if lead_ids:
        table = cast(Table, LeadClaim.__table__)
        backend = s.get_bind().dialect.name
        s.connection().execute(delete(table).where(among(table.c.lead_id, lead_ids, backend)))


def to_warn(
    s: Session, now: dt.datetime, before: dt.timedelta
) -> list[tuple[uuid.UUID, uuid.UUID, dt.datetime]]:
    """Claims running out within ``before`` whose rep was not told yet: marked told."""
    table = cast(Table, LeadClaim.__table__)
    soon = and_(
        table.c.expires_at <= now + before, table.c.expires_at > now, table.c.warned_at.is_(None)
    )
    found = [(a, b, c) for a, b, c in s.execute(
        select(table.c.lead_id, table.c.user_id, table.c.expires_at).where(soon).with_for_update()
    )]  # fmt: skip
    if found:
        s.connection().execute(
            update(table).where(table.c.lead_id.in_([f[0] for f in found])).values(warned_at=now)
        )
    return found


def running_out(
    s: Session, user_id: uuid.UUID, now: dt.datetime, before: dt.timedelta
) -> list[tuple[uuid.UUID, uuid.UUID, dt.datetime]]:
    """The rep's claims that run out within ``before`` (told or not: each app tells
    its own person once)."""
    table = cast(Table, LeadClaim.__table__)
    stmt = select(table.c.lead_id, table.c.user_id, table.c.expires_at).where(
        table.c.user_id == user_id,
        table.c.expires_at <= now + before,
        table.c.expires_at > now,
    )
    return [(a, b, c) for a, b, c in s.execute(stmt)]
