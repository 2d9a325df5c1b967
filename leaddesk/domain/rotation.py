"""Fair rotation within a team: weighted round robin over the reps who can take a
lead now, and why each of the others was skipped.

Smooth weighted round robin (as nginx balances its upstreams): every rep who can
take the lead adds their weight to a running credit, the one with the most credit
gets the lead and gives back the sum of the weights in play. Over any run of turns
each rep's share stays within one lead of their weight's share (a senior of weight
2 takes two for each one of a colleague's, interleaved rather than in bursts), and
a rep who was away neither banks credit nor comes back to a burst of catch-up leads.
The credits are the rotation's whole state: the store keeps them in the database
and changes them under a lock, so a turn survives restarts and two captures at the
same moment never get the same one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class AbsenceKind(StrEnum):
    HOLIDAY = "holiday"
    SICK = "sick"
    OTHER = "other"


class SkipReason(StrEnum):
    INACTIVE = "inactive"
    ABSENT = "absent"  # an absence covers today: ``until`` its last day
    DAY_OFF = "day_off"  # not one of their working days
    OFF_HOURS = "off_hours"  # outside their working hours
    FULL = "full"  # as many open leads as they may hold
    FULL_TODAY = "full_today"  # as many new leads today as they may take


@dataclass(frozen=True)
class Absence:
    """Away from ``starts`` to ``ends``, both days included (the rep's calendar days)."""

    starts: dt.date
    ends: dt.date
    kind: AbsenceKind = AbsenceKind.HOLIDAY


@dataclass(frozen=True)
class WorkingTime:
    """Working days (0 Monday … 6 Sunday) and hours in the rep's time zone; an end
    before the start runs past midnight. Unset: every day, all day (a rep is never
    skipped for a pattern nobody entered)."""

    days: frozenset[int] = frozenset(range(7))
    starts: dt.time = dt.time(0)
    ends: dt.time = dt.time(0)  # equal to ``starts``: the whole day
    zone: str = "UTC"

    def tz(self) -> dt.tzinfo:
        try:
            return ZoneInfo(self.zone)
        except (ZoneInfoNotFoundError, ValueError):
            return dt.UTC


@dataclass(frozen=True)
class Rep:
    """A team member as the rotation sees them now."""

    user_id: str
    name: str
    weight: int = 1
    active: bool = True
    absences: tuple[Absence, ...] = ()
    working: WorkingTime = field(default_factory=WorkingTime)
    max_open: int | None = None
    max_new_per_day: int | None = None
    open_leads: int = 0
    new_today: int = 0  # leads given to them since their day began


@dataclass(frozen=True)
class Skip:
    reason: SkipReason
    until: dt.date | None = None  # an absence's last day
    kind: AbsenceKind | None = None  # an absence's kind
    limit: int | None = None  # a capacity's limit


def local_day(rep: Rep, now: dt.datetime) -> dt.date:
    """The rep's calendar day at ``now``."""
    return now.astimezone(rep.working.tz()).date()


def day_began(working: WorkingTime, now: dt.datetime) -> dt.datetime:
    """When the rep's calendar day that holds ``now`` began (to count today's leads)."""
    local = now.astimezone(working.tz())
    return dt.datetime.combine(local.date(), dt.time(0), local.tzinfo).astimezone(dt.UTC)


def skipped(rep: Rep, now: dt.datetime) -> Skip | None:
    """Why ``rep`` cannot take a lead at ``now``, or None when they can."""
    if not rep.active:
        return Skip(SkipReason.INACTIVE)
    local = now.astimezone(rep.working.tz())
    today = local.date()
    away = [a for a in rep.absences if a.starts <= today <= a.ends]
    if away:
        last = max(away, key=lambda a: a.ends)
        return Skip(SkipReason.ABSENT, until=_back(last.ends, rep.absences), kind=last.kind)
    w = rep.working
    if w.starts == w.ends:
        if local.weekday() not in w.days:
            return Skip(SkipReason.DAY_OFF)
    else:
        clock = local.time().replace(tzinfo=None)
        overnight = w.ends < w.starts
        # a shift past midnight belongs to the day it started on
        day = (
            (local - dt.timedelta(days=1)).weekday()
            if overnight and clock < w.ends
            else local.weekday()
        )
        if day not in w.days:
            return Skip(SkipReason.DAY_OFF)
        inside = (w.starts <= clock or clock < w.ends) if overnight else w.starts <= clock < w.ends
        if not inside:
            return Skip(SkipReason.OFF_HOURS)
    if rep.max_open is not None and rep.open_leads >= rep.max_open:
        return Skip(SkipReason.FULL, limit=rep.max_open)
    if rep.max_new_per_day is not None and rep.new_today >= rep.max_new_per_day:
        return Skip(SkipReason.FULL_TODAY, limit=rep.max_new_per_day)
    return None


def _back(ends: dt.date, absences: Sequence[Absence]) -> dt.date:
    """The last day of an absence and of any that follow on without a working gap
    (a holiday running into sick leave is one stretch away)."""
    last = ends
    for a in sorted(absences, key=lambda a: a.starts):
        if a.starts <= last + dt.timedelta(days=1) and a.ends > last:
            last = a.ends
    return last


@dataclass(frozen=True)
class Turn:
    """The rotation's choice: who (None: nobody could take it), the credits after
    it (the reps who were in play; the others keep theirs), and who was skipped."""

    chosen: str | None
    credits: dict[str, int]
    skips: tuple[tuple[Rep, Skip], ...]


def next_turn(reps: Sequence[Rep], credits: Mapping[str, int], now: dt.datetime) -> Turn:
    """Give the next lead to the rep with the most credit among those who can take it
    (ties: the earlier in ``reps``, the team's order)."""
    skips: list[tuple[Rep, Skip]] = []
    ready: list[Rep] = []
    for rep in reps:
        why = skipped(rep, now) if rep.weight > 0 else Skip(SkipReason.INACTIVE)
        if why is None:
            ready.append(rep)
        else:
            skips.append((rep, why))
    if not ready:
        return Turn(None, {}, tuple(skips))
    after = {r.user_id: credits.get(r.user_id, 0) + r.weight for r in ready}
    chosen = max(ready, key=lambda r: after[r.user_id])  # max keeps the first of a tie
    after[chosen.user_id] -= sum(r.weight for r in ready)
    return Turn(chosen.user_id, after, tuple(skips))
