"""What the Insights screen measures, and over which days.

A period is a run of local days; the figures are about the leads created in it (the
cohort) that match the filters: how far they got, how fast they were answered, what
they brought. Pipeline value is a snapshot of today; won value is counted on the day a
lead was won. Times are grouped in the user's own time zone, daylight saving included.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from leaddesk.domain.stages import FUNNEL, Stage

# furthest-stage orders (see domain.stage_history.funnel_order); MQL and SQL are the
# scoring's (a lead's mql_at / sql_at), not stages
WON_ORDER = FUNNEL.index(Stage.CUSTOMER)
FAST_RESPONSE_S = 24 * 3600  # "contacted within 24 hours"
OPEN_STAGES = FUNNEL[:WON_ORDER]  # the funnel before Customer


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    CUSTOM = "custom"


class Bucket(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


@dataclass(frozen=True)
class Period:
    """Local days ``first`` to ``last``, both included."""

    kind: PeriodKind
    first: dt.date
    last: dt.date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def utc_range(self, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
        """[start, end) in UTC: from the first day's midnight to the midnight after the last."""
        start = dt.datetime.combine(self.first, dt.time(), zone)
        end = dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time(), zone)
        return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def _quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _add_months(day: dt.date, months: int) -> dt.date:
    m = day.month - 1 + months
    return dt.date(day.year + m // 12, m % 12 + 1, 1)


def period_of(kind: PeriodKind, day: dt.date) -> Period:
    """The day, week (Monday first), month or quarter that holds ``day``."""
    if kind is PeriodKind.DAY:
        return Period(kind, day, day)
    if kind is PeriodKind.WEEK:
        first = day - dt.timedelta(days=day.weekday())
        return Period(kind, first, first + dt.timedelta(days=6))
    if kind is PeriodKind.MONTH:
        first = day.replace(day=1)
        return Period(kind, first, _add_months(first, 1) - dt.timedelta(days=1))
    if kind is PeriodKind.QUARTER:
        first = _quarter_start(day)
        return Period(kind, first, _add_months(first, 3) - dt.timedelta(days=1))
    raise ValueError("a custom period is made with custom_period()")


def custom_period(first: dt.date, last: dt.date) -> Period:
    if last < first:
        first, last = last, first
    return Period(PeriodKind.CUSTOM, first, last)


def shift(period: Period, steps: int) -> Period:
    """The period ``steps`` before (negative) or after this one, of the same kind."""
    if period.kind is PeriodKind.CUSTOM:
        span = dt.timedelta(days=period.days * steps)
        return Period(period.kind, period.first + span, period.last + span)
    if period.kind is PeriodKind.DAY:
        return period_of(period.kind, period.first + dt.timedelta(days=steps))
    if period.kind is PeriodKind.WEEK:
        return period_of(period.kind, period.first + dt.timedelta(weeks=steps))
    months = steps * (3 if period.kind is PeriodKind.QUARTER else 1)
    return period_of(period.kind, _add_months(period.first, months))


def default_bucket(period: Period) -> Bucket:
    if period.days <= 45:
        return Bucket.DAY
    if period.days <= 190:
        return Bucket.WEEK
    if period.days <= 800:
        return Bucket.MONTH
    return Bucket.QUARTER


def bucket_start(day: dt.date, bucket: Bucket) -> dt.date:
    if bucket is Bucket.DAY:
        return day
    if bucket is Bucket.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if bucket is Bucket.MONTH:
        return day.replace(day=1)
    return _quarter_start(day)


def bucket_starts(period: Period, bucket: Bucket) -> list[dt.date]:
    """Every bucket the period touches, in order (the empty ones too)."""
    out: list[dt.date] = []
    day = bucket_start(period.first, bucket)
    while day <= period.last:
        out.append(day)
        if bucket is Bucket.DAY:
            day += dt.timedelta(days=1)
        elif bucket is Bucket.WEEK:
            day += dt.timedelta(weeks=1)
        else:
            day = _add_months(day, 1 if bucket is Bucket.MONTH else 3)
    return out


def bucket_bounds(
    period: Period, bucket: Bucket, zone: dt.tzinfo
) -> tuple[list[dt.date], list[tuple[dt.datetime, dt.datetime]]]:
    """Each bucket's first day and its UTC range, cut to the period."""
    starts = bucket_starts(period, bucket)
    edges = [max(d, period.first) for d in starts] + [period.last + dt.timedelta(days=1)]
    utc = [dt.datetime.combine(d, dt.time(), zone).astimezone(dt.UTC) for d in edges]
    return starts, list(itertools.pairwise(utc))


@dataclass(frozen=True)
class InsightFilter:
    """Which leads the figures are about: created in [start, end) and matching every
    non-empty set (owner None is the unassigned pool)."""

    start: dt.datetime
    end: dt.datetime
    owners: frozenset[uuid.UUID | None] = frozenset()
    sources: frozenset[str] = frozenset()  # source keys
    campaigns: frozenset[uuid.UUID] = frozenset()
    products: frozenset[uuid.UUID] = frozenset()
    segments: frozenset[uuid.UUID] = frozenset()


@dataclass(frozen=True)
class Selection:
    """The leads behind one bar or step, for the list opened by a click."""

    reached: int | None = None  # furthest stage at least this order
    stage: Stage | None = None  # in this stage now (pipeline: the period does not apply)
    source: str | None = None  # a source key
    campaign: uuid.UUID | None = None
    segment: uuid.UUID | None = None
    owner: uuid.UUID | None = None
    product: uuid.UUID | None = None
    any_owner: bool = True  # False with owner None: the pool
    won_between: tuple[dt.datetime, dt.datetime] | None = None
    created_between: tuple[dt.datetime, dt.datetime] | None = None
    without: frozenset[str] = frozenset()  # "source", "campaign", "segment": must be empty


def median_of_counts(pairs: Iterable[tuple[float, int]]) -> float | None:
    """The median of values given as (value, how many), as a histogram gives them."""
    items = sorted((v, n) for v, n in pairs if n > 0)
    total = sum(n for _v, n in items)
    if not total:
        return None
    low, high = (total - 1) // 2, total // 2  # 0-based middle positions
    seen, lo_value = 0, None
    for value, n in items:
        if lo_value is None and seen + n > low:
            lo_value = value
        if seen + n > high:
            assert lo_value is not None
            return (lo_value + value) / 2
        seen += n
    return None


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def roi(revenue: float, cost: float) -> float | None:
    """Return on investment: what the money brought beyond itself, per unit spent."""
    return (revenue - cost) / cost if cost > 0 else None


def prorated_cost(
    cost: float, starts_on: dt.date | None, ends_on: dt.date | None, period: Period
) -> float:
    """A campaign's cost in proportion to the days it ran within the period (its whole
    cost when it has no dates)."""
    if starts_on is None or ends_on is None or ends_on < starts_on:
        return cost
    days = (ends_on - starts_on).days + 1
    overlap = (min(ends_on, period.last) - max(starts_on, period.first)).days + 1
    return cost * max(0, overlap) / days


def running_funnel(reached: Sequence[int]) -> list[tuple[int, float | None, int]]:
    """Per funnel step: leads reached, conversion from the step before, drop-off count."""
    out = []
    for i, n in enumerate(reached):
        before = reached[i - 1] if i else None
        out.append((n, rate(n, before) if before is not None else None, (before or n) - n))
    return out
