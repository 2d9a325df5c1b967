"""First-contact targets: a new lead from a source (or decided by a rule) with a
target must be contacted within so many working minutes, counted in the working
hours of whoever answers for it (a web form at 22:00 with a one-hour target in a
9-17 day is due at 10:00 the next working day).
"""

from __future__ import annotations

import datetime as dt

from leaddesk.domain.rotation import WorkingTime

MAX_TARGET_MINUTES = 7 * 24 * 60  # a week of working time
_MAX_DAYS = 400  # a pattern with no working day at all counts as always working


def _shifts(working: WorkingTime, day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
    """The working stretch that starts on local ``day`` (none on a day off), aware."""
    if day.weekday() not in working.days:
        return []
    tz = working.tz()
    start = dt.datetime.combine(day, working.starts, tz)
    if working.ends == working.starts:
        end = dt.datetime.combine(day + dt.timedelta(days=1), working.starts, tz)
    elif working.ends > working.starts:
        end = dt.datetime.combine(day, working.ends, tz)
    else:  # past midnight
        end = dt.datetime.combine(day + dt.timedelta(days=1), working.ends, tz)
    return [(start, end)]


def due_after(start: dt.datetime, minutes: int, working: WorkingTime | None) -> dt.datetime:
    """When ``minutes`` of working time after ``start`` have passed (all time counts
    with no working pattern, or one with no working day)."""
    left = dt.timedelta(minutes=minutes)
    if working is None or not working.days:
        return start + left
    tz = working.tz()
    day = start.astimezone(tz).date() - dt.timedelta(days=1)  # a night shift from yesterday
    for _ in range(_MAX_DAYS):
        for begins, ends in _shifts(working, day):
            begins = max(begins, start)
            if ends <= begins:
                continue
            if begins + left <= ends:
                return (begins + left).astimezone(dt.UTC)
            left -= ends - begins
        day += dt.timedelta(days=1)
    return start + dt.timedelta(minutes=minutes)
