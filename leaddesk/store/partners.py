"""Partners' SQL: a lead's pending push held for its answer, the pushes whose
response time ran out, and the partner report's rows."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from leaddesk.domain.stages import Stage
from leaddesk.store.models import Lead
from leaddesk.store.models_distribution import Partner, PartnerLead


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


def report_rows(s: Session, since: dt.datetime | None) -> list[PushRow]:
    """Each push since ``since`` with its partner and what became of its lead."""
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
    return [PushRow(*r) for r in s.execute(stmt.order_by(Partner.name))]
