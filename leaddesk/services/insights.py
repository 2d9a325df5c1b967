"""The figures of the Insights screen, from a handful of SQL aggregates per refresh.

The store groups the period's leads once by source, campaign, segment, owner and
furthest stage, once by products, and per bucket for the time series; this module
adds those groups up into each breakdown, and asks the store for the medians.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from leaddesk.domain.insights import (
    OPEN_STAGES,
    WON_ORDER,
    Bucket,
    InsightFilter,
    Period,
    Selection,
    bucket_bounds,
    prorated_cost,
    running_funnel,
)
from leaddesk.domain.stages import FUNNEL, Stage
from leaddesk.services.context import ServiceContext
from leaddesk.services.insight_records import (
    FunnelStep,
    InsightsReport,
    Kpis,
    LoopRow,
    Outcome,
    RepRow,
    Series,
    StageTime,
)
from leaddesk.store import insights as q
from leaddesk.store import leads as lq
from leaddesk.store.board import named
from leaddesk.store.models import Campaign, Product, Segment
from leaddesk.store.session import transaction
from leaddesk.store.stage_history import SECONDS_OF
from leaddesk.store.users import all_users

ZERO = Decimal(0)
DAY_S = 86400
BREAKDOWNS = ("source", "campaign", "product", "segment")
# outcome row field -> breakdown
KEY_OF = {
    "source": "source",
    "campaign": "campaign_id",
    "segment": "segment_id",
    "owner": "owner_id",
}


FIELDS = ("leads", "mql", "qualified", "customers", "revenue", "responded", "response_s", "fast")


def _vector(r: Any) -> tuple[Any, ...]:
    """One outcome group as the numbers every breakdown adds up (see FIELDS)."""
    m = r._mapping
    return (
        int(m["leads"]),
        int(m["mql"] or 0),  # the scoring's MQL and SQL, not how far along the funnel
        int(m["sql"] or 0),
        int(m[f"reached_{WON_ORDER}"] or 0),
        Decimal(m["revenue"] or 0),
        int(m.get("responded") or 0),
        int(m.get("response_s") or 0),
        int(m.get("fast") or 0),
    )


def _column_sum(rows: Sequence[Any], name: str) -> int:
    return sum(int(r._mapping[name] or 0) for r in rows)


def _breakdown(
    rows: Sequence[Any],
    vectors: Sequence[tuple[Any, ...]],
    key: Callable[[Any], Iterable[object]],
    label: dict[Any, str],
) -> tuple[Outcome, ...]:
    sums: dict[object, list[Any]] = {}
    for r, v in zip(rows, vectors, strict=True):
        for k in key(r):
            total = sums.get(k)
            if total is None:
                sums[k] = list(v)
            else:
                for i, x in enumerate(v):
                    total[i] += x
    out = [Outcome(k, label.get(k, ""), *total) for k, total in sums.items()]
    return tuple(sorted(out, key=lambda o: (-o.leads, o.label)))


def _by_field(name: str) -> Callable[[Any], tuple[object]]:
    """The key of a breakdown by one field of the outcome rows."""
    return lambda r: (getattr(r, name),)


def _owner_id(o: Outcome) -> uuid.UUID | None:
    """The rep of a group of the owner breakdown (None: the leads nobody owns)."""
    return o.key if isinstance(o.key, uuid.UUID) else None


def _totals(vectors: Iterable[tuple[Any, ...]]) -> list[Any]:
    total: list[Any] = [0, 0, 0, 0, ZERO, 0, 0, 0]
    for v in vectors:
        for i, x in enumerate(v):
            total[i] += x
    return total


class InsightsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def report(
        self, period: Period, f: InsightFilter, *, bucket: Bucket, zone: dt.tzinfo
    ) -> InsightsReport:
        """Everything the screen shows for ``period`` (``f`` carries its UTC range)."""
        started = time.perf_counter()
        currency = self.ctx.currency
        starts, bounds = bucket_bounds(period, bucket, zone)
        with transaction(self.ctx.db, write=False) as s:
            bits = q.product_bits(s)
            campaigns = q.campaigns(s)
            names = self._names(s, campaigns)
            rows = q.outcomes(s, f, bits, currency)
            product_rows = q.by_products(s, f, bits, currency)
            created = q.created_per_bucket(s, f, bits, bounds)
            won = q.won_per_bucket(s, f, bits, bounds)
            pipeline = q.pipeline(s, f, bits)
            vectors = [_vector(r) for r in rows]
            total = dict(zip(FIELDS, _totals(vectors), strict=True))
            owners = _breakdown(rows, vectors, lambda r: (r.owner_id,), names["owner"])
            medians = {
                o.key: q.middle(s, f, bits, "first_response_s", o.responded, owner=_owner_id(o))
                for o in owners
            }
            times = self._stage_times(s, f, bits, rows)
            by_rep, by_source = _targets(q.within_target(s, f, bits, self.ctx.clock()))
        breakdowns = {
            d: _breakdown(rows, vectors, _by_field(KEY_OF[d]), names[d])
            for d in ("source", "campaign", "segment")
        }
        breakdowns["product"] = _breakdown(
            product_rows,
            [_vector(r) for r in product_rows],
            lambda r: [p for p, b in bits.items() if r.product_bits & b],
            names["product"],
        )
        cost_by_campaign = {
            c.id: Decimal(str(prorated_cost(float(c.cost), c.starts_on, c.ends_on, period)))
            for c in campaigns
            if not f.campaigns or c.id in f.campaigns
        }
        kpis = Kpis(
            leads=total["leads"],
            mql=total["mql"],
            sql=total["qualified"],
            customers=total["customers"],
            revenue=total["revenue"],
            avg_response_s=total["response_s"] / total["responded"] if total["responded"] else None,
            cost=sum(cost_by_campaign.values(), ZERO),
            other_currency=_column_sum(rows, "other_currency"),
        )
        reached = [total["leads"]] + [
            _column_sum(rows, f"reached_{k}") for k in range(1, len(FUNNEL))
        ]
        funnel = tuple(
            FunnelStep(stage, i, n, conversion, drop)
            for i, (stage, (n, conversion, drop)) in enumerate(
                zip(FUNNEL, running_funnel(reached), strict=True)
            )
        )
        return InsightsReport(
            period=period,
            bucket=bucket,
            filter=f,
            currency=currency,
            kpis=kpis,
            funnel=funnel,
            created=_created(created, starts),
            won=_won(won, starts, currency),
            conversions={d: breakdowns[d] for d in BREAKDOWNS},
            pipeline=_pipeline(pipeline, currency),
            time_in_stage=times,
            reps=tuple(
                sorted(
                    (
                        RepRow(
                            owner_id=_owner_id(o),
                            name=o.label,
                            leads=o.leads,
                            fast=o.fast,
                            customers=o.customers,
                            median_response_s=medians.get(o.key),
                            targeted=by_rep.get(o.key, (0, 0))[0],
                            on_time=by_rep.get(o.key, (0, 0))[1],
                        )
                        for o in owners
                    ),
                    key=lambda r: (-r.customers, -r.leads, r.name),
                )
            ),
            loop_campaigns=_loop_campaigns(breakdowns["campaign"], cost_by_campaign, names),
            loop_sources=tuple(
                replace(
                    r,
                    targeted=by_source.get(r.key, (0, 0))[0],
                    on_time=by_source.get(r.key, (0, 0))[1],
                )
                for r in _loop_sources(
                    breakdowns["source"], cost_by_campaign, {c.id: c.channel for c in campaigns}
                )
            ),
            seconds=time.perf_counter() - started,
        )

    def _stage_times(
        self, s: Session, f: InsightFilter, bits: dict[uuid.UUID, int], rows: Sequence[Any]
    ) -> tuple[StageTime, ...]:
        out = []
        for stage in OPEN_STAGES:
            name = SECONDS_OF[stage]
            count = _column_sum(rows, f"n_{name}")
            seconds = _column_sum(rows, name)
            median = q.middle(s, f, bits, name, count)
            out.append(
                StageTime(
                    stage,
                    count,
                    seconds / count / DAY_S if count else None,
                    median / DAY_S if median is not None else None,
                )
            )
        return tuple(out)

    def _names(self, s: Session, campaigns: Sequence[Campaign]) -> dict[str, dict[Any, str]]:
        return {
            "source": lq.source_names(s),
            "campaign": {c.id: c.name for c in campaigns},
            "product": dict(named(s, Product)),
            "segment": dict(named(s, Segment)),
            "owner": {u.id: u.name for u in all_users(s)},
        }

    def lead_ids(
        self, f: InsightFilter, selection: Selection, *, limit: int = 50_000
    ) -> list[uuid.UUID]:
        """The leads behind a bar or a funnel step, newest first."""
        with transaction(self.ctx.db, write=False) as s:
            return q.lead_ids(s, f, q.product_bits(s), selection, limit=limit)


def _created(rows: Sequence[Any], starts: list[dt.date]) -> Series:
    def source(r: Any) -> str | None:
        return str(r.source) if r.source else None

    keys = sorted({source(r) for r in rows}, key=lambda k: (k is None, str(k)))
    values: dict[object, list[float]] = {k: [0.0] * len(starts) for k in keys}
    for r in rows:
        values[source(r)][int(r.i)] += int(r.n)
    return Series(tuple(starts), {k: tuple(v) for k, v in values.items()})


def _won(rows: Sequence[Any], starts: list[dt.date], currency: str) -> Series:
    count, value = [0.0] * len(starts), [0.0] * len(starts)
    for r in rows:
        count[int(r.i)] += int(r.n)
        if r.currency in (currency, None):
            value[int(r.i)] += float(r.value or 0)
    return Series(tuple(starts), {"count": tuple(count), "value": tuple(value)})


def _pipeline(rows: Sequence[Any], currency: str) -> tuple[tuple[Stage, int, Decimal], ...]:
    found: dict[Stage, list[Any]] = defaultdict(lambda: [0, ZERO])
    for r in rows:
        cell = found[Stage(r.stage)]
        cell[0] += int(r.n)
        if r.currency in (currency, None):
            cell[1] += Decimal(r.value or 0)
    return tuple((st, found[st][0], found[st][1]) for st in OPEN_STAGES)


def _loop_campaigns(
    outcomes: Sequence[Outcome], costs: dict[uuid.UUID, Decimal], names: dict[str, dict[Any, str]]
) -> tuple[LoopRow, ...]:
    by_key = {o.key: o for o in outcomes}
    keys = [k for k in costs if costs[k] > 0 or k in by_key] + ([None] if None in by_key else [])
    rows = [
        _loop(
            k,
            names["campaign"].get(k, ""),
            ZERO if k is None else costs.get(k, ZERO),
            by_key.get(k),
        )
        for k in keys
    ]
    return tuple(sorted(rows, key=lambda r: (r.key is None, -float(r.revenue), r.label)))


def _loop_sources(
    outcomes: Sequence[Outcome],
    costs: dict[uuid.UUID, Decimal],
    channel_of: dict[uuid.UUID, str | None],
) -> tuple[LoopRow, ...]:
    spent: dict[Any, Decimal] = defaultdict(lambda: ZERO)
    for campaign_id, cost in costs.items():
        spent[channel_of.get(campaign_id)] += cost
    by_key = {o.key: o for o in outcomes}
    keys = set(by_key) | {k for k, v in spent.items() if v > 0}
    rows = [
        _loop(k, k if isinstance(k, str) else "", spent.get(k, ZERO), by_key.get(k)) for k in keys
    ]
    return tuple(sorted(rows, key=lambda r: (r.key is None, -float(r.revenue), r.label)))


Tally = dict[Any, tuple[int, int]]


def _targets(rows: Sequence[Any]) -> tuple[Tally, Tally]:
    """(targeted, on time) per owner and per source, from within_target's rows."""
    reps: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
    sources: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        for tally in (reps[r.owner_id], sources[r.source]):
            tally[0] += int(r.targeted or 0)
            tally[1] += int(r.on_time or 0)
    return ({k: (a, b) for k, (a, b) in reps.items()},
            {k: (a, b) for k, (a, b) in sources.items()})  # fmt: skip


def _loop(key: object, label: str, cost: Decimal, o: Outcome | None) -> LoopRow:
    return LoopRow(
        key=key,
        label=label,
        cost=cost if key is not None else ZERO,
        leads=o.leads if o else 0,
        qualified=o.qualified if o else 0,
        customers=o.customers if o else 0,
        revenue=o.revenue if o else ZERO,
    )
