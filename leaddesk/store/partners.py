"""Partners' SQL: a lead's pending push held for its answer, the pushes whose
response time ran out, the partner report's rows, a lead's open push, and the reply
links' settings."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from leaddesk.domain.stages import Stage
from leaddesk.store.models import Lead
from leaddesk.store.models_distribution import Partner, PartnerLead
from leaddesk.store.models_partner_links import LINKS_ID, PartnerLinks


def pending(s: Session, lead_id: uuid.UUID) -> PartnerLead | None:
    """The lead's push still waiting for an answer, held until the caller commits."""
    stmt = (
        select(PartnerLead)
        .where(PartnerLead.lead_id == lead_id, PartnerLead.state == "pending")
        .with_for_update()
    )
    return s.scalars(stmt).first()


def overdue(s: Session, now: dt.datetime, *, limit: int) -> list[PartnerLead]:
    """Pushes past their response time, oldest first (ix_partner_leads_due); not held:
    the caller holds their leads first, then each push (``pending``)."""
    stmt = (
        select(PartnerLead)
        .where(PartnerLead.state == "pending", PartnerLead.due_at <= now)
        .order_by(PartnerLead.due_at, PartnerLead.id)
        .limit(limit)
    )
    return list(s.scalars(stmt))


class PushRow(NamedTuple):
    partner_id: uuid.UUID
    name: str
    state: str
    pushed_at: dt.datetime
    answered_at: dt.datetime | None
    stage: Stage
    deal_value: Decimal | None
    currency: str | None
    last_contacted_at: dt.datetime | None


def report_rows(
    s: Session, since: dt.datetime | None, until: dt.datetime | None = None
) -> list[PushRow]:
    """Each push from ``since`` to before ``until`` with its partner and what became
    of its lead."""
    stmt = (
        select(
            Partner.id,
            Partner.name,
            PartnerLead.state,
            PartnerLead.pushed_at,
            PartnerLead.answered_at,
            Lead.stage,
            Lead.deal_value,
            Lead.currency,
            Lead.last_contacted_at,
        )
        .join(PartnerLead, PartnerLead.partner_id == Partner.id)
        .join(Lead, Lead.id == PartnerLead.lead_id)
        .where(PartnerLead.state != "superseded")
    )
    if since is not None:
        stmt = stmt.where(PartnerLead.pushed_at >= since)
    if until is not None:
        stmt = stmt.where(PartnerLead.pushed_at < until)
    return [PushRow(*r) for r in s.execute(stmt.order_by(Partner.name))]


def open_push(s: Session, lead_id: uuid.UUID) -> tuple[PartnerLead, str] | None:
    """The lead's latest push still waiting or taken (the lead window's bar), with its
    partner's name; a lead returned, expired or sent on has none."""
    stmt = (
        select(PartnerLead, Partner.name)
        .join(Partner, Partner.id == PartnerLead.partner_id)
        .where(PartnerLead.lead_id == lead_id, PartnerLead.state.in_(("pending", "accepted")))
        .order_by(PartnerLead.pushed_at.desc(), PartnerLead.id)
        .limit(1)
    )
    row = s.execute(stmt).first()
    return (row[0], row[1]) if row else None


def push_with(s: Session, push_id: uuid.UUID) -> tuple[PartnerLead, Partner, Lead] | None:
    """One push, its partner and its lead (a reply link names them)."""
    stmt = (
        select(PartnerLead, Partner, Lead)
        .join(Partner, Partner.id == PartnerLead.partner_id)
        .join(Lead, Lead.id == PartnerLead.lead_id)
        .where(PartnerLead.id == push_id, Lead.deleted_at.is_(None))
    )
    row = s.execute(stmt).first()
    return (row[0], row[1], row[2]) if row else None


def links(s: Session) -> PartnerLinks:
    """The reply links' one settings row, made with a fresh secret the first time.

    Two transactions making it at once: one insert wins, the other's savepoint rolls
    back and it reads the winner's row, so every link is signed with one secret."""
    row = s.get(PartnerLinks, LINKS_ID)
    if row is not None:
        return row
    try:
        with s.begin_nested():
            row = PartnerLinks(id=LINKS_ID, secret=secrets.token_hex(32))
            s.add(row)
    except IntegrityError:
        row = s.get(PartnerLinks, LINKS_ID, populate_existing=True)
        assert row is not None
    return row
