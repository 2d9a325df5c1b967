"""Pull distribution: a rep claims leads from the pool when they have room. A claim
is the rep's for a window (default 24 hours); a claim with no contact logged by
then goes back to the pool, and the rep is told beforehand.

The limits the owner sets per rep: how many claimed leads they may hold untouched at
once, and how many they may claim in a day (their own day, in their time zone).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

DEFAULT_CLAIM_HOURS = 24
WARN_BEFORE = dt.timedelta(hours=2)  # the rep's notice before a claim runs out


class Refusal(StrEnum):
    TAKEN = "taken"  # somebody else has it (who: in the outcome)
    GONE = "gone"  # deleted, or not in the pool
    LIMIT_OPEN = "limit_open"  # as many untouched claims as they may hold
    LIMIT_TODAY = "limit_today"  # as many claims today as they may make


def room(held: int, today: int, max_open: int | None, max_today: int | None) -> int | None:
    """How many more leads the rep may claim now (None: no limit)."""
    left = [n for n in ((max_open - held) if max_open is not None else None,
                        (max_today - today) if max_today is not None else None)
            if n is not None]  # fmt: skip
    return max(0, min(left)) if left else None


def full_reason(held: int, today: int, max_open: int | None, max_today: int | None) -> Refusal:
    """Which limit stops the next claim (``room`` said 0)."""
    if max_open is not None and held >= max_open:
        return Refusal.LIMIT_OPEN
    return Refusal.LIMIT_TODAY
