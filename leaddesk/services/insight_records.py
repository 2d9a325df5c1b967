"""The Insights screen's figures as plain records."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from leaddesk.domain.insights import Bucket, InsightFilter, Period, rate, roi
from leaddesk.domain.stages import Stage


@dataclass(frozen=True)
class Outcome:
    """What one group of leads (a source, a campaign, a rep...) came to."""

    key: object  # Source, uuid or None
    label: str
    leads: int
    mql: int
    qualified: int
    customers: int
    revenue: Decimal
    responded: int
    response_s: int  # the total, for the mean
    fast: int  # answered within 24 hours

    @property
    def conversion(self) -> float | None:
        return rate(self.customers, self.leads)

    @property
    def avg_response_s(self) -> float | None:
        return self.response_s / self.responded if self.responded else None


@dataclass(frozen=True)
class Kpis:
    leads: int
    mql: int
    sql: int
    customers: int
    revenue: Decimal
    avg_response_s: float | None
    cost: Decimal  # campaign costs falling in the period
    other_currency: int  # customers whose deal is in another currency (left out of money)

    @property
    def conversion(self) -> float | None:
        return rate(self.customers, self.leads)

    @property
    def cost_per_customer(self) -> Decimal | None:
        return self.cost / self.customers if self.customers else None

    @property
    def value_per_customer(self) -> Decimal | None:
        return self.revenue / self.customers if self.customers else None


@dataclass(frozen=True)
class FunnelStep:
    stage: Stage
    order: int
    reached: int
    conversion: float | None  # from the step before
    drop_off: int  # lost since the step before


@dataclass(frozen=True)
class StageTime:
    stage: Stage
    stays: int
    mean_days: float | None
    median_days: float | None


@dataclass(frozen=True)
class RepRow:
    owner_id: uuid.UUID | None
    name: str
    leads: int
    fast: int
    customers: int
    median_response_s: float | None
    targeted: int = 0  # leads whose first-contact target has come
    on_time: int = 0  # of those, contacted within it

    @property
    def conversion(self) -> float | None:
        return rate(self.customers, self.leads)

    @property
    def within_target(self) -> float | None:
        return rate(self.on_time, self.targeted)


@dataclass(frozen=True)
class LoopRow:
    """Closed loop: what a campaign or source cost and brought."""

    key: object
    label: str
    cost: Decimal
    leads: int
    qualified: int
    customers: int
    revenue: Decimal
    targeted: int = 0  # leads whose first-contact target has come (sources only)
    on_time: int = 0  # of those, contacted within it

    @property
    def within_target(self) -> float | None:
        return rate(self.on_time, self.targeted)

    @property
    def roi(self) -> float | None:
        return roi(float(self.revenue), float(self.cost))

    @property
    def cost_per_customer(self) -> Decimal | None:
        return self.cost / self.customers if self.customers else None


@dataclass(frozen=True)
class Series:
    """Values per bucket; ``starts`` are the buckets' first days."""

    starts: tuple[dt.date, ...]
    values: dict[object, tuple[float, ...]]  # one line or bar set per key


@dataclass(frozen=True)
class InsightsReport:
    period: Period
    bucket: Bucket
    filter: InsightFilter
    currency: str
    kpis: Kpis
    funnel: tuple[FunnelStep, ...]
    created: Series  # leads created per bucket, by source
    won: Series  # won value and count per bucket (keys "value", "count")
    conversions: dict[str, tuple[Outcome, ...]]  # source, campaign, product, segment
    pipeline: tuple[tuple[Stage, int, Decimal], ...]
    time_in_stage: tuple[StageTime, ...]
    reps: tuple[RepRow, ...]
    loop_campaigns: tuple[LoopRow, ...]
    loop_sources: tuple[LoopRow, ...]
    seconds: float  # how long the figures took
