"""Which follow-ups are overdue, due today or upcoming, in the user's own day."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class Bucket(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"


Window = tuple[dt.datetime | None, dt.datetime | None]


def day_end(now: dt.datetime, tz: dt.tzinfo | None = None) -> dt.datetime:
    """The next local midnight after ``now`` (``tz``: the system's zone when None)."""
    local = now.astimezone(tz)
    midnight = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(), local.tzinfo)
    if tz is not None and hasattr(tz, "key"):  # zoneinfo: recompute the offset at midnight
        midnight = midnight.replace(tzinfo=tz)
    return midnight.astimezone(dt.UTC)


def window(bucket: Bucket, now: dt.datetime, end_of_today: dt.datetime) -> Window:
    """[start, end) of due times in ``bucket``; None is open-ended."""
    if bucket is Bucket.OVERDUE:
        return None, now
    if bucket is Bucket.TODAY:
        return now, end_of_today
    return end_of_today, None
