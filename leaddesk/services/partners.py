"""Partners: a lead pushed to a partner waits for it to accept or return it; one not
accepted within the partner's response time (48 hours unless set) goes on to the
rules after the one that pushed it, or to the pool, with the reason on its timeline.
The partner report counts what each partner received, accepted, returned, contacted
and won.
"""

from __future__ import annotations

import datetime as dt
import statistics
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from leaddesk.domain.stages import Stage
from leaddesk.errors import NotFound
from leaddesk.services.context import ServiceContext
from leaddesk.services.distribution import assignment_row, distribute_in
from leaddesk.services.partner_links import PartnerLinkService
from leaddesk.services.records import Changes
from leaddesk.store import partners as pq
from leaddesk.store import scoring as q
from leaddesk.store.leads import lock_leads
from leaddesk.store.models_distribution import Partner, PartnerLead
from leaddesk.store.session import retried, transaction

SWEEP_BATCH = 1000


@dataclass(frozen=True)
class PartnerFigures:
    partner_id: uuid.UUID
    name: str
    received: int
    accepted: int
    returned: int
    expired: int
    pending: int
    hours_to_accept: float | None  # the median of the accepted
    contacted: int
    won: int
    won_value: dict[str, Decimal]  # by currency
    conversion: float  # won of received


@dataclass(frozen=True)
class PartnerState:
    """A lead's open push, as the lead window's bar tells it."""

    push_id: uuid.UUID
    partner_id: uuid.UUID
    partner: str
    state: str  # "pending" (waiting for the answer) or "accepted"
    pushed_at: dt.datetime
    due_at: dt.datetime
    answered_at: dt.datetime | None

    @property
    def waiting(self) -> bool:
        return self.state == "pending"


class PartnerService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.links = PartnerLinkService(ctx, self)

    @retried
    def accept(
        self,
        lead_id: uuid.UUID,
        *,
        user_id: uuid.UUID | None = None,
        push_id: uuid.UUID | None = None,
    ) -> Changes:
        """The partner takes the lead (in the app, by its reply link, or recorded by
        the owner). ``push_id``: only if this push is the one waiting (a reply link
        of an earlier push must not answer a later one to another partner)."""
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            lock_leads(s, [lead_id])
            push = _waiting(s, lead_id, push_id)
            if push_id is not None and push.due_at <= now:  # a reply link, too late
                raise NotFound(  # (the owner may still record a late yes in the app)
                    "The time to accept this lead has run out; it goes back to the team.",
                    code="no_pending_partner",
                )
            push.state, push.answered_at = "accepted", now
            self._entry(s, push, "partner_accepted", None, now, user_id)
        return Changes(leads=frozenset({lead_id}), timelines=frozenset({lead_id}))

    @retried
    def give_back(
        self,
        lead_id: uuid.UUID,
        reason: str,
        *,
        user_id: uuid.UUID | None = None,
        push_id: uuid.UUID | None = None,
    ) -> Changes:
        """The partner returns the lead: the rules after the one that pushed it decide
        again (or the pool takes it), with the partner's reason on the timeline."""
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            lock_leads(s, [lead_id])
            push = _waiting(s, lead_id, push_id)
            push.state, push.answered_at, push.reason = "returned", now, reason.strip()[:300]
            self._entry(s, push, "partner_returned", push.reason, now, user_id)
            s.flush()
            changes = distribute_in(s, self.ctx, [lead_id], user_id=user_id, now=now,
                                    after={lead_id: push.rule_id})  # fmt: skip
        return changes | Changes(leads=frozenset({lead_id}), timelines=frozenset({lead_id}))

    def state_of(self, lead_id: uuid.UUID) -> PartnerState | None:
        """Where the lead stands with a partner: waiting for its answer, or taken by
        it; None when no partner has it (never pushed, returned, or expired)."""
        with transaction(self.ctx.db, write=False) as s:
            found = pq.open_push(s, lead_id)
            if found is None:
                return None
            push, name = found
            return PartnerState(
                push.id, push.partner_id, name, push.state, push.pushed_at, push.due_at,
                push.answered_at,
            )  # fmt: skip

    def expire_due(self) -> Changes:
        """Pushes not answered in time go on as if returned, a batch per transaction."""
        changes = Changes()
        while True:
            seen, step = self._expire_step()
            changes |= step
            if seen < SWEEP_BATCH:
                return changes

    @retried
    def _expire_step(self) -> tuple[int, Changes]:
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            seen = pq.overdue(s, now, limit=SWEEP_BATCH)
            if not seen:
                return 0, Changes()
            # leads first, then their pushes: the order every other path holds them in
            held = lock_leads(s, [p.lead_id for p in seen])
            for gone in (p for p in seen if p.lead_id not in held):  # deleted meanwhile
                gone.state = "superseded"
            pushes = [p for p in (pq.pending(s, lead_id) for lead_id in held) if p is not None]
            ids = []
            for push in pushes:
                if push.due_at > now:
                    continue
                lead = held.get(push.lead_id)
                if lead is None or lead.owner_id is not None:  # gone, or somebody's now
                    push.state = "superseded"
                    continue
                push.state, push.answered_at = "expired", now
                self._entry(s, push, "partner_expired", None, now, None)
                ids.append(push.lead_id)
            s.flush()
            after = {p.lead_id: p.rule_id for p in pushes if p.lead_id in ids}
            changes = distribute_in(s, self.ctx, ids, now=now, after=after)
            touched = frozenset(ids)
            return len(seen), changes | Changes(leads=touched, timelines=touched)

    def _entry(
        self,
        s: Session,
        push: PartnerLead,
        event: str,
        reason: str | None,
        now: dt.datetime,
        user_id: uuid.UUID | None,
    ) -> None:
        """The answer (or its absence) on the lead's timeline."""
        partner = s.get(Partner, push.partner_id)
        why: dict[str, object] = {
            "target": event,
            "partner_id": str(push.partner_id),
            "partner": partner.name if partner else None,
            "reason": reason,
        }
        q.add_entries(s, [assignment_row(push.lead_id, None, None, why, now, user_id)])

    def report(
        self, *, since: dt.datetime | None = None, until: dt.datetime | None = None
    ) -> list[PartnerFigures]:
        """Each partner's figures over the pushes from ``since`` to before ``until``
        (open-ended when None): Insights follows its period."""
        with transaction(self.ctx.db, write=False) as s:
            rows = pq.report_rows(s, since, until)
        by: dict[uuid.UUID, list[pq.PushRow]] = {}
        for row in rows:
            by.setdefault(row[0], []).append(row)
        return [_figures(pid, rows_) for pid, rows_ in by.items()]


def _waiting(s: Session, lead_id: uuid.UUID, push_id: uuid.UUID | None) -> PartnerLead:
    push = pq.pending(s, lead_id)
    if push is None or (push_id is not None and push.id != push_id):
        raise NotFound("This lead is not waiting for a partner's answer.",
                       code="no_pending_partner")  # fmt: skip
    return push


def _figures(partner_id: uuid.UUID, rows: list[pq.PushRow]) -> PartnerFigures:
    states = [r.state for r in rows]
    waits = [(r.answered_at - r.pushed_at).total_seconds() / 3600
             for r in rows if r.state == "accepted" and r.answered_at]  # fmt: skip
    won = [r for r in rows if r.stage == Stage.CUSTOMER]
    value: dict[str, Decimal] = {}
    for r in won:
        if r.deal_value is not None:
            value[r.currency or ""] = value.get(r.currency or "", Decimal(0)) + r.deal_value
    contacted = sum(1 for r in rows if r.last_contacted_at and r.last_contacted_at >= r.pushed_at)
    return PartnerFigures(
        partner_id, rows[0].name, len(rows), states.count("accepted"), states.count("returned"),
        states.count("expired"), states.count("pending"),
        round(statistics.median(waits), 1) if waits else None, contacted, len(won), value,
        round(len(won) / len(rows), 4),
    )  # fmt: skip
