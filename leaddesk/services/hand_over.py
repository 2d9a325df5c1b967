"""Holiday hand-over: when a rep's absence is entered (or begins), their open leads
with follow-ups due while they are away go to a named colleague or wherever the
rules send them (the absent rep counted as away even before the absence begins),
their follow-ups with them; and, if the owner chose so, back to the rep when the
absence is over, provided the stand-in still has them. All of it on the timeline.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from leaddesk.domain.rotation import Absence, AbsenceKind, WorkingTime
from leaddesk.errors import NotFound
from leaddesk.services.context import ServiceContext, missing
from leaddesk.services.distribution import assignment_row, distribute_in
from leaddesk.services.records import Changes
from leaddesk.store import distribution as dq
from leaddesk.store import hand_overs as hq
from leaddesk.store import scoring as q
from leaddesk.store.leads import lock_leads
from leaddesk.store.models import User
from leaddesk.store.models_distribution import Absence as AbsenceRow
from leaddesk.store.models_distribution import HandOver
from leaddesk.store.session import retried, transaction

SWEEP_BATCH = 1000


@dataclass(frozen=True)
class HandOverPlan:
    """What a hand-over would move: the absent rep's leads that need someone."""

    absence_id: uuid.UUID
    rep_id: uuid.UUID
    rep_name: str
    starts: dt.date
    ends: dt.date
    lead_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class HandedOver:
    moved: int  # leads given to someone else (or to the pool by a rule)
    kept: int  # leads the rules left with the absent rep (or did not decide)
    changes: Changes = field(default_factory=Changes)


def _window(user: User, absence: AbsenceRow) -> tuple[dt.datetime, dt.datetime, dt.datetime]:
    """The absence in UTC from its first day's start to the day after its last, in the
    rep's time zone, and when leads go back: that morning."""
    tz = WorkingTime(zone=user.time_zone or "UTC").tz()
    starts = dt.datetime.combine(absence.starts, dt.time(0), tz).astimezone(dt.UTC)
    back = dt.datetime.combine(absence.ends + dt.timedelta(days=1), dt.time(0), tz)
    return starts, back.astimezone(dt.UTC), back.astimezone(dt.UTC)


class HandOverService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def plan(self, absence_id: uuid.UUID) -> HandOverPlan:
        with transaction(self.ctx.db, write=False) as s:
            absence, user = self._absence(s, absence_id)
            starts, ends, _back = _window(user, absence)
            done = hq.handed(s, absence_id)
            leads = [i for i in hq.due_during(s, user.id, starts, ends) if i not in done]
            return HandOverPlan(absence.id, user.id, user.name, absence.starts, absence.ends,
                                tuple(leads))  # fmt: skip

    @retried
    def hand_over(
        self,
        absence_id: uuid.UUID,
        *,
        to: uuid.UUID | None = None,
        give_back: bool = True,
        user_id: uuid.UUID | None = None,
    ) -> HandedOver:
        """Hand the absent rep's leads that need someone to ``to`` (None: the rules,
        with the rep away), their open follow-ups with them."""
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            absence, rep = self._absence(s, absence_id)
            starts, ends, back = _window(rep, absence)
            done = hq.handed(s, absence_id)
            wanted = [i for i in hq.due_during(s, rep.id, starts, ends) if i not in done]
            held = [i for i, lead in lock_leads(s, wanted).items() if lead.owner_id == rep.id]
            if to is not None:
                colleague = s.get(User, to)
                if colleague is None or not colleague.active:
                    raise NotFound(f"There is no active user {to}.", code="no_user")
                owners: dict[uuid.UUID, uuid.UUID | None] = dict.fromkeys(held, to)
                dq.set_owners(s, owners, now)
                why = {"target": "hand_over", "from": rep.name, "owner": colleague.name,
                       "owner_id": str(to), "until": absence.ends.isoformat(),
                       "kind": absence.kind, "returns": give_back}  # fmt: skip
                q.add_entries(s, [assignment_row(i, rep.id, to, why, now, user_id) for i in held])
            else:
                today = now.astimezone(WorkingTime(zone=rep.time_zone or "UTC").tz()).date()
                away = {rep.id: Absence(min(today, absence.starts), absence.ends,
                                        AbsenceKind(absence.kind))}  # fmt: skip
                distribute_in(s, self.ctx, held, user_id=user_id, now=now, away=away)
                owners = {i: h.owner_id for i, h in dq.owners(s, held).items()}
            moved = {i: o for i, o in owners.items() if o != rep.id}
            by_owner: dict[uuid.UUID | None, list[uuid.UUID]] = defaultdict(list)
            for lead_id, owner in moved.items():
                by_owner[owner].append(lead_id)
            for owner, leads in by_owner.items():
                if owner is not None:  # to the pool: the rep keeps them, to have them back
                    hq.move_follow_ups(s, leads, rep.id, owner)
            hq.add(s, [{"id": uuid.uuid4(), "absence_id": absence.id, "lead_id": i,
                        "from_user_id": rep.id, "to_user_id": o, "handed_at": now,
                        "return_at": back if give_back else None, "returned_at": None}
                       for i, o in moved.items()])  # fmt: skip
        ids = frozenset(moved)
        changes = Changes(leads=ids, timelines=ids, follow_ups=bool(ids))
        return HandedOver(len(moved), len(wanted) - len(moved), changes)

    def give_back_due(self, *, limit: int = SWEEP_BATCH) -> Changes:
        """Leads whose rep is back go back to them from whoever still has them."""
        changes = Changes()
        while True:
            count, step = self._give_back_step(limit)
            changes |= step
            if count < limit:
                return changes

    @retried
    def _give_back_step(self, limit: int) -> tuple[int, Changes]:
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            due = hq.due_back(s, now, limit)
            leads = lock_leads(s, [h.lead_id for h in due])
            names = {u.id: u.name for u in _users(s, due)}
            partners = dq.partner_held(s, [h.lead_id for h in due if h.to_user_id is None])
            back = [h for h in due if h.lead_id in leads and not leads[h.lead_id].stage.is_closed
                    and leads[h.lead_id].owner_id == h.to_user_id
                    and h.lead_id not in partners  # the rules sent it to a partner: theirs
                    and names.get(h.from_user_id) is not None]  # fmt: skip
            dq.set_owners(s, {h.lead_id: h.from_user_id for h in back}, now)
            for h in back:
                if h.to_user_id is not None:  # from the pool, no follow-ups were moved
                    hq.move_follow_ups(s, [h.lead_id], h.to_user_id, h.from_user_id)
            q.add_entries(s, [assignment_row(
                h.lead_id, h.to_user_id, h.from_user_id,
                {"target": "hand_back", "owner": names[h.from_user_id],
                 "owner_id": str(h.from_user_id),
                 "from": names.get(h.to_user_id) if h.to_user_id else None},
                now, None) for h in back])  # fmt: skip
            hq.mark_returned(s, [h.id for h in due], now)
        ids = frozenset(h.lead_id for h in back)
        return len(due), Changes(leads=ids, timelines=ids, follow_ups=bool(ids))

    @staticmethod
    def _absence(s: Session, absence_id: uuid.UUID) -> tuple[AbsenceRow, User]:
        absence = s.get(AbsenceRow, absence_id)
        user = s.get(User, absence.user_id) if absence is not None else None
        if absence is None or user is None:
            raise missing("Absence", absence_id)
        return absence, user


def _users(s: Session, due: list[HandOver]) -> list[User]:
    """The active people on both ends of these hand-overs."""
    ids = {u for h in due for u in (h.from_user_id, h.to_user_id) if u is not None}
    stmt = select(User).where(User.id.in_(ids), User.active.is_(True))
    return list(s.scalars(stmt)) if ids else []
