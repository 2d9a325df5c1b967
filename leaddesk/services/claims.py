"""The pool: reps claim unassigned leads when they have room, atomically on every
backend (two reps claiming the same lead at once: exactly one gets it, the other is
told who did, as an outcome, not an error); claims with no contact in their window
go back to the pool, the rep told beforehand; a manager can release a rep's claims.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from leaddesk.domain.claims import DEFAULT_CLAIM_HOURS, WARN_BEFORE, Refusal, full_reason, room
from leaddesk.domain.rotation import WorkingTime, day_began
from leaddesk.errors import NotFound
from leaddesk.services.context import ServiceContext
from leaddesk.services.distribution import assignment_row
from leaddesk.services.records import Changes
from leaddesk.store import claims as cq
from leaddesk.store import distribution as dq
from leaddesk.store import scoring as q
from leaddesk.store.leads import lock_leads
from leaddesk.store.models import User
from leaddesk.store.session import retried, transaction

SWEEP_BATCH = 5000


@dataclass(frozen=True)
class Lost:
    lead_id: uuid.UUID
    reason: Refusal
    by: str | None = None  # who has it (TAKEN)


@dataclass(frozen=True)
class ClaimOutcome:
    won: tuple[uuid.UUID, ...] = ()
    lost: tuple[Lost, ...] = ()
    changes: Changes = field(default_factory=Changes)


Soon = tuple[uuid.UUID, uuid.UUID, dt.datetime]  # (lead, rep, runs out at)


@dataclass(frozen=True)
class Expiry:
    released: int
    warned: tuple[tuple[uuid.UUID, uuid.UUID, dt.datetime], ...]  # (lead, rep, runs out at)
    changes: Changes


def _name(s: Session, user_id: uuid.UUID | None) -> str | None:
    user = s.get(User, user_id) if user_id else None
    return user.name if user else None


class ClaimService:
    def __init__(self, ctx: ServiceContext, *, claim_hours: int = DEFAULT_CLAIM_HOURS) -> None:
        self.ctx = ctx
        self.window = dt.timedelta(hours=claim_hours)

    @retried
    def claim(self, lead_ids: Collection[uuid.UUID], user_id: uuid.UUID) -> ClaimOutcome:
        """Claim the leads for ``user_id`` in one transaction, up to their limits (in
        id order, so two reps claiming overlapping sets wait rather than deadlock)."""
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            user = cq.hold_user(s, user_id)
            if user is None or not user.active:
                raise NotFound(f"There is no active user {user_id} to claim for.", code="no_user")
            held = cq.untouched(s, user_id) if user.max_claimed_open is not None else 0
            began = day_began(WorkingTime(zone=user.time_zone or "UTC"), now)
            today = (
                cq.claimed_since(s, user_id, began) if user.max_claims_per_day is not None else 0
            )
            left = room(held, today, user.max_claimed_open, user.max_claims_per_day)
            won: list[uuid.UUID] = []
            lost: list[Lost] = []
            for lead_id in sorted(set(lead_ids)):
                if left is not None and len(won) >= left:
                    why = full_reason(held + len(won), today + len(won),
                                      user.max_claimed_open, user.max_claims_per_day)  # fmt: skip
                    lost.append(Lost(lead_id, why))
                elif cq.take(s, lead_id, user_id, now):
                    won.append(lead_id)
                else:
                    live, by = cq.holder(s, lead_id)
                    lost.append(Lost(lead_id, Refusal.TAKEN, by) if live and by
                                else Lost(lead_id, Refusal.GONE))  # fmt: skip
            self._record(s, won, user_id, user.name, now)
        ids = frozenset(won)
        return ClaimOutcome(tuple(won), tuple(lost), Changes(leads=ids, timelines=ids))

    def _record(self, s: Session, won: list[uuid.UUID], user_id: uuid.UUID, name: str,
                now: dt.datetime) -> None:  # fmt: skip
        hours = cq.claim_hours_of(s, won)  # a source may set its own window
        expires = {i: now + (dt.timedelta(hours=hours[i]) if i in hours else self.window)
                   for i in won}  # fmt: skip
        why: dict[uuid.UUID, dict[str, object]] = {
            i: {"target": "claim", "owner_id": str(user_id), "owner": name,
                "expires_at": expires[i].isoformat()} for i in won}  # fmt: skip
        cq.add(s, [{"lead_id": i, "user_id": user_id, "claimed_at": now,
                    "expires_at": expires[i], "warned_at": None} for i in won])  # fmt: skip
        q.add_entries(s, [assignment_row(i, None, user_id, why[i], now, user_id) for i in won])
        dq.log(s, [{"id": uuid.uuid4(), "lead_id": i, "user_id": user_id, "team_id": None,
                    "partner_id": None, "rule_id": None, "at": now, "target": "claim",
                    "details": why[i]} for i in won])  # fmt: skip

    @retried
    def release_all(self, rep_id: uuid.UUID, *, user_id: uuid.UUID | None = None) -> Changes:
        """A manager sends all of a rep's untouched claims back to the pool."""
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            claims = cq.untouched_of(s, rep_id)
            cq.release(s, claims, now)
            why: dict[str, object] = {"target": "pool", "pool_reason": "released",
                                      "by": _name(s, user_id)}  # fmt: skip
            q.add_entries(s, [assignment_row(c.lead_id, rep_id, None, why, now, user_id)
                              for c in claims])  # fmt: skip
        ids = frozenset(c.lead_id for c in claims)
        return Changes(leads=ids, timelines=ids)

    @retried
    def return_to_pool(
        self, lead_ids: Collection[uuid.UUID], *, user_id: uuid.UUID | None = None
    ) -> Changes:
        """A manager takes leads from whoever has them back to the pool (their claims
        dropped), each with a timeline entry."""
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            held = lock_leads(s, lead_ids)
            owned = {i: lead.owner_id for i, lead in held.items() if lead.owner_id is not None}
            dq.set_owners(s, dict.fromkeys(owned), now)
            # an unowned lead the rules left out of the pool comes into it
            dq.mark_outside_pool(s, {i: False for i, lead in held.items()
                                     if lead.owner_id is None and lead.outside_pool})  # fmt: skip
            cq.drop(s, list(held))
            why: dict[str, object] = {"target": "pool", "pool_reason": "returned",
                                      "by": _name(s, user_id)}  # fmt: skip
            q.add_entries(s, [assignment_row(i, owner, None, why, now, user_id)
                              for i, owner in owned.items()])  # fmt: skip
        ids = frozenset(owned)
        return Changes(leads=ids, timelines=ids)

    def expire_due(self, *, limit: int = SWEEP_BATCH) -> Expiry:
        """Claims whose window closed with no contact go back to the pool (a batch per
        transaction until none is left); the reps whose claims run out soon are
        returned to be told."""
        changed: set[uuid.UUID] = set()
        while True:
            seen, back = self._expire_step(limit)
            changed.update(back)
            if seen < limit:
                break
        with transaction(self.ctx.db) as s:
            warned = tuple(cq.to_warn(s, self.ctx.clock(), WARN_BEFORE))
        ids = frozenset(changed)
        return Expiry(len(ids), warned, Changes(leads=ids, timelines=ids))

    def running_out(
        self, user_id: uuid.UUID
    ) -> tuple[tuple[uuid.UUID, uuid.UUID, dt.datetime], ...]:
        """The rep's claims that go back to the pool within the notice (two hours),
        whichever app's sweep marked them told: each app tells its own person."""
        with transaction(self.ctx.db, write=False) as s:
            return tuple(cq.running_out(s, user_id, self.ctx.clock(), WARN_BEFORE))

    @retried
    def _expire_step(self, limit: int) -> tuple[int, list[uuid.UUID]]:
        """One batch of closed claims: those that need nothing more dropped in one
        statement, then up to ``limit`` of the rest released with a timeline entry
        each (written with Core: a sweep may release thousands); how many were looked
        at, and the leads released."""
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            cq.drop_fulfilled(s, now)
            claims = cq.due(s, now, limit=limit)
            cq.release(s, claims, now)
            why: dict[str, object] = {"target": "pool", "pool_reason": "claim_expired"}
            back = [c for c in claims if c.back]
            q.add_entries(s, [assignment_row(c.lead_id, c.user_id, None, why, now, None)
                              for c in back])  # fmt: skip
            return len(claims), [c.lead_id for c in back]
