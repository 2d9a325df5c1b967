"""First-contact targets: the sweep that finds new leads past their target, flags
them once (on the card, in the pool, on the timeline), tells whoever watches (the
app's tray and Follow-ups screen read what it returns), and lets a rule that asks
for it ("first contact is overdue") send the lead on to someone who can answer.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.distribution import AssignmentRule
from leaddesk.services.context import ServiceContext
from leaddesk.services.distribution import distribute_in
from leaddesk.services.records import Changes
from leaddesk.store import response_targets as rq
from leaddesk.store import scoring as q
from leaddesk.store.leads import lock_leads
from leaddesk.store.session import retried, transaction

SWEEP_BATCH = 1000


@dataclass(frozen=True)
class LateLead:
    lead_id: uuid.UUID
    number: int
    owner_id: uuid.UUID | None
    due_at: dt.datetime
    minutes: int


@dataclass(frozen=True)
class Lateness:
    flagged: tuple[LateLead, ...] = ()
    changes: Changes = field(default_factory=Changes)


def asks_when_late(rule: AssignmentRule) -> bool:
    """A rule that takes leads past their first-contact target."""
    return any(c.field == "response" for c in rule.conditions)


class ResponseTargetService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def flag_late(self, *, limit: int = SWEEP_BATCH) -> Lateness:
        """Flag every lead now past its target, a batch per transaction, each once
        even with several apps sweeping (the leads held, then their targets read again)."""
        flagged: list[LateLead] = []
        changes = Changes()
        while True:
            step = self._step(limit)
            flagged += step.flagged
            changes |= step.changes
            if len(step.flagged) < limit:
                return Lateness(tuple(flagged), changes)

    @retried
    def _step(self, limit: int) -> Lateness:
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            seen = [r.lead_id for r in rq.late(s, now, limit)]
            lock_leads(s, seen)  # the lead first, then its target (as a contact does)
            late = rq.late(s, now, limit, among_ids=seen) if seen else []
            ids = [r.lead_id for r in late]
            rq.flag(s, ids, now)
            q.add_entries(s, [_entry(r, now) for r in late])
            changes = Changes(leads=frozenset(ids), timelines=frozenset(ids))
            if ids:  # a rule may send them on
                changes |= distribute_in(s, self.ctx, ids, now=now, only=asks_when_late)
        found = tuple(LateLead(r.lead_id, r.number, r.owner_id, r.due_at, r.minutes) for r in late)
        return Lateness(found, changes)

    def late(self, user_id: uuid.UUID | None = None) -> list[LateLead]:
        """Leads flagged late and still waiting for their first contact (``user_id``:
        only theirs), the longest overdue first."""
        with transaction(self.ctx.db, write=False) as s:
            return [
                LateLead(r.lead_id, r.number, r.owner_id, r.due_at, r.minutes)
                for r in rq.flagged(s, user_id)
            ]


def _entry(late: rq.Late, now: dt.datetime) -> dict[str, object]:
    return {
        "id": uuid.uuid4(), "lead_id": late.lead_id, "kind": ActivityKind.SYSTEM,
        "direction": None, "subject": None, "body": None, "occurred_at": now,
        "user_id": None, "outcome": None, "created_at": now, "tag": None,
        "details": {"event": "response_late", "due_at": late.due_at.isoformat(),
                    "minutes": late.minutes},
    }  # fmt: skip
