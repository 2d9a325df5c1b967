"""A lead's stays in its stages, replayed from its stage changes, and what the
Insights screen reads off them: the furthest funnel stage reached and when it was won.

An undone move marks the stay it ended as undone: a card dragged to Customer by
mistake and put back never counts as a customer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from leaddesk.domain.stages import FUNNEL, Stage


@dataclass
class Visit:
    stage: Stage
    entered_at: dt.datetime
    left_at: dt.datetime | None = None
    undone: bool = False

    @property
    def seconds(self) -> int | None:
        if self.left_at is None:
            return None
        return elapsed_seconds(self.entered_at, self.left_at)


@dataclass(frozen=True)
class Change:
    at: dt.datetime
    from_stage: Stage
    to_stage: Stage
    undo: bool = False


def replay(initial: Stage, created_at: dt.datetime, changes: Iterable[Change]) -> list[Visit]:
    """The stays, oldest first; the last is open (the stage the lead is in)."""
    visits = [Visit(initial, created_at)]
    for change in changes:
        last = visits[-1]
        last.left_at = change.at
        last.undone = change.undo
        visits.append(Visit(change.to_stage, change.at))
    return visits


def funnel_order(stage: Stage) -> int | None:
    """0 Open ... 5 Customer; Inactive (a former customer) counts as Customer."""
    if stage is Stage.INACTIVE:
        return FUNNEL.index(Stage.CUSTOMER)
    return FUNNEL.index(stage) if stage in FUNNEL else None


def furthest(visits: Iterable[Visit]) -> int:
    orders = [funnel_order(v.stage) for v in visits if not v.undone]
    return max((o for o in orders if o is not None), default=0)


def won_at(visits: Iterable[Visit]) -> dt.datetime | None:
    return min(
        (v.entered_at for v in visits if v.stage is Stage.CUSTOMER and not v.undone),
        default=None,
    )


def elapsed_seconds(start: dt.datetime, end: dt.datetime) -> int:
    """Whole seconds from ``start`` to ``end``; never negative (clocks of two machines)."""
    return max(0, int((end - start).total_seconds()))


def stage_seconds(visits: Iterable[Visit]) -> dict[Stage, int]:
    """Seconds spent in each stage over the finished stays that were not undone."""
    out: dict[Stage, int] = {}
    for v in visits:
        if v.seconds is not None and not v.undone:
            out[v.stage] = out.get(v.stage, 0) + v.seconds
    return out
