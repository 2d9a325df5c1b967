"""Queries about single leads: fetching, numbering, placing, tagging."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Iterable, Sequence
from typing import cast

from sqlalchemy import Table, delete, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from leaddesk.domain.stage_history import elapsed_seconds
from leaddesk.domain.stages import Stage
from leaddesk.store.models import Counter, Lead, LeadSource, Product, Tag
from leaddesk.store.models_distribution import LeadClaim, ResponseTarget

LEAD_NUMBER = "lead_number"


def reserve_numbers(session: Session, count: int) -> int:
    """Reserve ``count`` lead numbers; returns the first. The row lock
    taken by the UPDATE serialises concurrent creators until commit."""
    session.execute(
        update(Counter).where(Counter.name == LEAD_NUMBER).values(value=Counter.value + count)
    )
    last = session.execute(select(Counter.value).where(Counter.name == LEAD_NUMBER)).scalar_one()
    return int(last) - count + 1


def get_lead(
    session: Session,
    lead_id: uuid.UUID,
    *,
    lock: bool = False,
    with_links: bool = False,
    include_deleted: bool = False,
) -> Lead | None:
    stmt = select(Lead).where(Lead.id == lead_id)
    if not include_deleted:
        stmt = stmt.where(Lead.deleted_at.is_(None))
    if with_links:
        stmt = stmt.options(selectinload(Lead.tags), selectinload(Lead.products))
    if lock:
        stmt = stmt.with_for_update()
    return session.execute(stmt).scalar_one_or_none()


def lock_leads(
    session: Session,
    lead_ids: Collection[uuid.UUID],
    *,
    with_links: bool = False,
    include_deleted: bool = False,
) -> dict[uuid.UUID, Lead]:
    """Lock live leads in one global order (by id), so two writers that each change
    several leads wait for each other instead of deadlocking."""
    if not lead_ids:
        return {}
    stmt = select(Lead).where(Lead.id.in_(list(lead_ids))).order_by(Lead.id).with_for_update()
    if not include_deleted:
        stmt = stmt.where(Lead.deleted_at.is_(None))
    if with_links:
        stmt = stmt.options(selectinload(Lead.tags), selectinload(Lead.products))
    return {lead.id: lead for lead in session.execute(stmt).scalars()}


def same_contact(
    session: Session, emails: Collection[str], phones: Collection[str], *, limit: int = 5
) -> Sequence[Lead]:
    """Live leads with one of these emails, or one of these numbers as phone or
    WhatsApp (each an index look-up), the newest first."""
    found = []
    if emails:
        found.append(Lead.email.in_(list(emails)))
    if phones:
        found += [Lead.phone.in_(list(phones)), Lead.whatsapp.in_(list(phones))]
    if not found:
        return []
    stmt = (
        select(Lead)
        .where(or_(*found), Lead.deleted_at.is_(None))
        .order_by(Lead.number.desc())
        .limit(limit)
    )
    return session.execute(stmt).scalars().all()


def live_positions(
    session: Session, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, tuple[Stage, str]]:
    rows = session.execute(
        select(Lead.id, Lead.stage, Lead.position).where(
            Lead.id.in_(list(ids)), Lead.deleted_at.is_(None)
        )
    )
    return {r.id: (r.stage, r.position) for r in rows}


def first_position(
    session: Session, stage: Stage, *, exclude: Collection[uuid.UUID] = ()
) -> str | None:
    stmt = (
        select(Lead.position)
        .where(Lead.stage == stage, Lead.deleted_at.is_(None))
        .order_by(Lead.position, Lead.id)
        .limit(1)
    )
    if exclude:
        stmt = stmt.where(Lead.id.not_in(list(exclude)))
    return session.execute(stmt).scalar_one_or_none()


def neighbour_position(
    session: Session,
    stage: Stage,
    position: str,
    *,
    after: bool,
    exclude: Collection[uuid.UUID] = (),
) -> str | None:
    """The nearest key strictly after (or before) ``position`` in the column."""
    cond = Lead.position > position if after else Lead.position < position
    order = Lead.position.asc() if after else Lead.position.desc()
    stmt = (
        select(Lead.position)
        .where(Lead.stage == stage, Lead.deleted_at.is_(None), cond)
        .order_by(order)
        .limit(1)
    )
    if exclude:
        stmt = stmt.where(Lead.id.not_in(list(exclude)))
    return session.execute(stmt).scalar_one_or_none()


def tags_named(session: Session, names: Sequence[str]) -> list[Tag]:
    """The tags with these names, creating the missing ones."""
    if not names:
        return []
    # by lower case everywhere: MariaDB compares names without case, the others with it
    wanted = [n.lower() for n in names]
    stmt = select(Tag).where(func.lower(Tag.name).in_(wanted))
    found = {t.name.lower(): t for t in session.scalars(stmt)}
    for name in names:
        if name.lower() not in found:
            found[name.lower()] = Tag(name=name)
            session.add(found[name.lower()])
    return [found[n.lower()] for n in names]


def products_by_id(session: Session, ids: Sequence[uuid.UUID]) -> list[Product]:
    if not ids:
        return []
    return list(session.scalars(select(Product).where(Product.id.in_(list(ids)))))


def count_leads(session: Session) -> int:
    return session.execute(
        select(func.count()).select_from(Lead).where(Lead.deleted_at.is_(None))
    ).scalar_one()


def touch_last_contact(session: Session, lead_id: uuid.UUID, at: dt.datetime) -> None:
    """Move the lead's last contact forward (never back); not a user's edit, so the
    lead's version stays and an open form does not conflict."""
    # declarative types __table__ as any FromClause; a class mapped by __tablename__ has a Table
    leads = cast(Table, Lead.__table__)
    session.execute(
        update(leads)
        .where(
            leads.c.id == lead_id,
            or_(leads.c.last_contacted_at.is_(None), leads.c.last_contacted_at < at),
        )
        .values(last_contacted_at=at)
    )
    # a claim from the pool is kept by a contact: the sweep has nothing left to do
    claims = cast(Table, LeadClaim.__table__)
    session.execute(delete(claims).where(claims.c.lead_id == lead_id, claims.c.claimed_at <= at))


def touch_first_response(session: Session, lead_id: uuid.UUID, at: dt.datetime) -> None:
    """The lead's first response is its earliest outbound contact after it came in (kept
    without moving the version, like the last contact)."""
    leads = cast(Table, Lead.__table__)  # a Table, as in touch_last_contact
    row = session.execute(
        select(leads.c.created_at, leads.c.first_response_at).where(leads.c.id == lead_id)
    ).first()
    if row is None or at < row.created_at:
        return
    if row.first_response_at is not None and row.first_response_at <= at:
        return
    session.execute(
        update(leads)
        .where(leads.c.id == lead_id)
        .values(
            first_response_at=at,
            first_response_s=elapsed_seconds(row.created_at, at),
        )
    )
    targets = cast(Table, ResponseTarget.__table__)  # its first-contact target, met
    session.execute(update(targets).where(targets.c.lead_id == lead_id).values(met_at=at))


def source_exists(s: Session, key: str) -> bool:
    """Whether the owner's list of sources has ``key`` (retired ones too: a lead keeps
    the source it came from)."""
    return s.scalar(select(LeadSource.id).where(LeadSource.key == key)) is not None


def source_choices(s: Session) -> tuple[tuple[str, str], ...]:
    """The sources a lead may be given now, as (key, name) in the owner's order."""
    rows = s.execute(
        select(LeadSource.key, LeadSource.name)
        .where(LeadSource.retired_at.is_(None))
        .order_by(LeadSource.position, LeadSource.name)
    ).all()
    return tuple((r.key, r.name) for r in rows)


def source_names(s: Session) -> dict[str, str]:
    """Every source's name by key, retired ones too (old leads keep theirs)."""
    return {r.key: r.name for r in s.execute(select(LeadSource.key, LeadSource.name))}


def id_by_number(s: Session, number: int) -> uuid.UUID | None:
    return s.scalar(select(Lead.id).where(Lead.number == number, Lead.deleted_at.is_(None)))
