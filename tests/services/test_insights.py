"""Every Insights figure against a plain-Python computation over the same leads and
their timelines (not over the columns the figures are kept in), on every backend."""

from __future__ import annotations

import datetime as dt
import statistics
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from leaddesk.demo import populate
from leaddesk.domain.activities import ActivityKind, Direction
from leaddesk.domain.insights import (
    WON_ORDER,
    Bucket,
    InsightFilter,
    PeriodKind,
    Selection,
    bucket_start,
    custom_period,
    period_of,
    prorated_cost,
)
from leaddesk.domain.leads import Source
from leaddesk.domain.stages import FUNNEL, Stage
from leaddesk.services.insight_records import InsightsReport
from leaddesk.services.workspace import Workspace
from leaddesk.store.models import Campaign
from leaddesk.store.session import transaction

ANCHOR = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)
ZONE = ZoneInfo("Europe/Warsaw")  # daylight saving inside the period
OPEN = (Stage.OPEN, Stage.CONTACTED, Stage.NURTURING, Stage.QUALIFIED, Stage.NEGOTIATION)
RESPONSES = {ActivityKind.CALL, ActivityKind.EMAIL, ActivityKind.WHATSAPP, ActivityKind.SMS}


@dataclass
class Truth:
    """One lead as its record and timeline say, worked out here without the kept columns."""

    id: uuid.UUID
    created: dt.datetime
    stage: Stage
    owner: uuid.UUID | None
    source: Source | None
    campaign: uuid.UUID | None
    segment: uuid.UUID | None
    products: tuple[uuid.UUID, ...]
    value: Decimal
    currency: str | None
    furthest: int = 0
    won: dt.datetime | None = None
    response: int | None = None
    mql: bool = False  # the scoring made it MQL (or SQL) at some point: on its timeline
    sql: bool = False
    spent: dict[Stage, int] = field(default_factory=dict)


def order(stage: Stage) -> int | None:
    if stage is Stage.INACTIVE:
        return FUNNEL.index(Stage.CUSTOMER)
    return FUNNEL.index(stage) if stage in FUNNEL else None


def truths(ws: Workspace) -> list[Truth]:
    from leaddesk.services.lead_table import TableQuery

    out = []
    for lead_id in ws.table.ids(TableQuery()):
        r = ws.leads.get(lead_id)
        entries = sorted(
            ws.activities.timeline(lead_id, limit=100_000), key=lambda a: (a.occurred_at, a.id)
        )
        t = Truth(
            r.id, r.created_at, r.stage, r.owner_id, r.source, r.campaign_id, r.segment_id,
            r.product_ids, r.deal_value or Decimal(0), r.currency,
        )  # fmt: skip
        levels = {
            a.details.get("level")
            for a in entries
            if a.kind is ActivityKind.SYSTEM and a.details.get("event") == "qualified"
        }
        t.mql, t.sql = bool(levels & {"mql", "sql"}), "sql" in levels
        moves = [a for a in entries if a.kind is ActivityKind.STAGE_CHANGE]
        stays = [[Stage(moves[0].details["from"]) if moves else r.stage, r.created_at, None, False]]
        for m in moves:
            stays[-1][2], stays[-1][3] = m.occurred_at, bool(m.details.get("undo"))
            stays.append([Stage(m.details["to"]), m.occurred_at, None, False])
        kept = [s for s in stays if not s[3]]
        t.furthest = max((order(s[0]) for s in kept if order(s[0]) is not None), default=0)
        won = [s[1] for s in kept if s[0] is Stage.CUSTOMER]
        t.won = min(won) if won else None
        for stage, entered, left, undone in stays:
            if left is not None and not undone and stage in OPEN:
                t.spent[stage] = t.spent.get(stage, 0) + int((left - entered).total_seconds())
        answers = [
            a.occurred_at
            for a in entries
            if (a.kind in RESPONSES and a.direction is Direction.OUTBOUND)
            or a.kind is ActivityKind.MEETING
        ]
        answers = [a for a in answers if a >= r.created_at]
        if answers:
            t.response = int((min(answers) - r.created_at).total_seconds())
        out.append(t)
    return out


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def check(report: InsightsReport, leads: list[Truth], ws: Workspace) -> None:
    f, period = report.filter, report.period
    cohort = [t for t in leads if f.start <= t.created < f.end and matches(t, f)]
    won = [t for t in cohort if t.furthest >= 5]
    k = report.kpis
    assert k.leads == len(cohort)
    assert k.mql == sum(t.mql for t in cohort)
    assert k.sql == sum(t.sql for t in cohort)
    assert k.customers == len(won)
    assert k.revenue == sum((t.value for t in won), Decimal(0))
    responses = [t.response for t in cohort if t.response is not None]
    assert k.avg_response_s == (pytest.approx(statistics.mean(responses)) if responses else None)
    assert [s.reached for s in report.funnel] == [
        sum(t.furthest >= i for t in cohort) for i in range(6)
    ]
    for step, before in zip(report.funnel[1:], report.funnel, strict=False):
        assert step.drop_off == before.reached - step.reached
    # breakdowns
    for name, key in (("source", "source"), ("campaign", "campaign"), ("segment", "segment")):
        got = {
            o.key: (o.leads, o.qualified, o.customers, o.revenue) for o in report.conversions[name]
        }
        want: dict[object, list] = defaultdict(lambda: [0, 0, 0, Decimal(0)])
        for t in cohort:
            w = want[getattr(t, key)]
            w[0] += 1
            w[1] += t.sql
            w[2] += t.furthest >= 5
            w[3] += t.value if t.furthest >= 5 else 0
        assert got == {k2: tuple(v) for k2, v in want.items()}, name
    by_product: dict[object, list] = defaultdict(lambda: [0, 0])
    for t in cohort:
        for p in t.products:
            by_product[p][0] += 1
            by_product[p][1] += t.furthest >= 5
    assert {o.key: (o.leads, o.customers) for o in report.conversions["product"]} == {
        p: tuple(v) for p, v in by_product.items()
    }
    # time series in local buckets
    for i, start in enumerate(report.created.starts):
        counts = Counter(
            t.source
            for t in cohort
            if bucket_start(t.created.astimezone(ZONE).date(), report.bucket) == start
        )
        assert {s: v[i] for s, v in report.created.values.items() if v[i]} == dict(counts)
    live = [t for t in leads if matches(t, f)]
    for i, start in enumerate(report.won.starts):
        in_bucket = [
            t
            for t in live
            if t.won is not None
            and f.start <= t.won < f.end
            and bucket_start(t.won.astimezone(ZONE).date(), report.bucket) == start
        ]
        assert report.won.values["count"][i] == len(in_bucket)
        assert report.won.values["value"][i] == pytest.approx(
            float(sum(t.value for t in in_bucket))
        )
    assert [(st, n) for st, n, _v in report.pipeline] == [
        (st, sum(t.stage is st for t in live)) for st in OPEN
    ]
    # time in stage, per lead (all its finished stays in the stage)
    for row in report.time_in_stage:
        spent = [t.spent[row.stage] for t in cohort if row.stage in t.spent]
        assert row.stays == len(spent)
        if spent:
            assert row.mean_days == pytest.approx(statistics.mean(spent) / 86400)
            assert row.median_days == pytest.approx(median(spent) / 86400)
        else:
            assert row.mean_days is None and row.median_days is None
    # reps
    for rep in report.reps:
        mine = [t for t in cohort if t.owner == rep.owner_id]
        assert rep.leads == len(mine)
        assert rep.customers == sum(t.furthest >= 5 for t in mine)
        assert rep.fast == sum(t.response is not None and t.response <= 86400 for t in mine)
        times = [t.response for t in mine if t.response is not None]
        assert rep.median_response_s == (pytest.approx(median(times)) if times else None)
    # closed loop
    with transaction(ws.ctx.db, write=False) as s:
        campaigns = {c.id: c for c in s.scalars(select(Campaign))}
    for row in report.loop_campaigns:
        if row.key is None:
            continue
        c = campaigns[row.key]
        assert float(row.cost) == pytest.approx(
            prorated_cost(float(c.cost), c.starts_on, c.ends_on, period)
        )
        theirs = [t for t in cohort if t.campaign == row.key]
        assert (row.leads, row.customers) == (len(theirs), sum(t.furthest >= 5 for t in theirs))
        if row.cost:
            revenue = float(sum(t.value for t in theirs if t.furthest >= 5))
            assert row.roi == pytest.approx((revenue - float(row.cost)) / float(row.cost))


def matches(t: Truth, f: InsightFilter) -> bool:
    return (
        (not f.owners or t.owner in f.owners)
        and (not f.sources or t.source in f.sources)
        and (not f.campaigns or t.campaign in f.campaigns)
        and (not f.segments or t.segment in f.segments)
        and (not f.products or bool(set(t.products) & f.products))
    )


def report(ws: Workspace, period, bucket: Bucket, **filters) -> InsightsReport:  # type: ignore[no-untyped-def]
    start, end = period.utc_range(ZONE)
    f = InsightFilter(start, end, **filters)
    return ws.insights.report(period, f, bucket=bucket, zone=ZONE)


@pytest.fixture
def demo(ws: Workspace) -> list[Truth]:
    populate(ws, 400, seed=11, anchor=ANCHOR, activities_per_lead=4)
    return truths(ws)


def test_every_figure_matches_the_timelines(ws: Workspace, demo: list[Truth]) -> None:
    assert 0 < sum(t.sql for t in demo) < sum(t.mql for t in demo)  # the demo's scoring
    year = custom_period(dt.date(2025, 6, 2), dt.date(2026, 6, 1))
    check(report(ws, year, Bucket.MONTH), demo, ws)
    month = period_of(PeriodKind.MONTH, dt.date(2026, 5, 15))
    check(report(ws, month, Bucket.DAY), demo, ws)  # March's DST change is not in May
    spring = custom_period(dt.date(2026, 3, 1), dt.date(2026, 4, 30))
    check(report(ws, spring, Bucket.WEEK), demo, ws)  # the clocks go forward on 29 March


def test_filters_narrow_every_figure(ws: Workspace, demo: list[Truth]) -> None:
    year = custom_period(dt.date(2025, 6, 2), dt.date(2026, 6, 1))
    choices = ws.leads.form_choices()
    owner = choices.users[2].id
    product = choices.products[1][0]
    campaign = choices.campaigns[0][0]
    segment = choices.segments[0][0]
    check(report(ws, year, Bucket.QUARTER, owners=frozenset({owner})), demo, ws)
    check(
        report(ws, year, Bucket.MONTH, sources=frozenset({Source.WEB_FORM, Source.CALL})), demo, ws
    )
    check(report(ws, year, Bucket.MONTH, products=frozenset({product})), demo, ws)
    check(
        report(
            ws, year, Bucket.MONTH, campaigns=frozenset({campaign}), segments=frozenset({segment})
        ),
        demo,
        ws,
    )
    check(report(ws, year, Bucket.MONTH, owners=frozenset({None})), demo, ws)  # the pool


def test_the_none_bar_lists_the_customers_without_one(ws: Workspace, demo: list[Truth]) -> None:
    year = custom_period(dt.date(2025, 6, 2), dt.date(2026, 6, 1))
    start, end = year.utc_range(ZONE)
    f = InsightFilter(start, end)
    r = ws.insights.report(year, f, bucket=Bucket.MONTH, zone=ZONE)
    for name in ("source", "campaign", "segment"):
        want = {
            t.id
            for t in demo
            if getattr(t, name) is None and t.furthest >= WON_ORDER and start <= t.created < end
        }
        none_bar = [o for o in r.conversions[name] if o.key is None]
        assert [o.customers for o in none_bar] == ([len(want)] if none_bar else [])
        got = ws.insights.lead_ids(f, Selection(reached=WON_ORDER, without=frozenset({name})))
        assert set(got) == want and len(got) == len(want), name
    assert any(t.campaign is None and t.furthest >= WON_ORDER for t in demo)  # not vacuous


def test_an_empty_period_is_all_zeros(ws: Workspace, demo: list[Truth]) -> None:
    future = period_of(PeriodKind.QUARTER, dt.date(2031, 1, 10))
    r = report(ws, future, Bucket.WEEK)
    assert (r.kpis.leads, r.kpis.customers, r.kpis.conversion) == (0, 0, None)
    assert r.kpis.avg_response_s is None and r.kpis.cost_per_customer is None
    assert all(s.reached == 0 and s.conversion in (None, 0) for s in r.funnel[1:])
    assert sum(sum(v) for v in r.created.values.values()) == 0
    assert all(t.stays == 0 and t.median_days is None for t in r.time_in_stage)
    assert r.conversions["source"] == () and r.reps == ()
    check(r, demo, ws)


def test_skipped_stages_moves_back_and_undone_moves(ws: Workspace) -> None:
    me = ws.users.create("Maria Nowak", "maria@example.com")

    def lead(name: str, **values: object) -> uuid.UUID:
        return ws.leads.create({"first_name": name, "owner_id": me.id, **values}).value.id

    skipped = lead("Skip")
    ws.pipeline.move(skipped, Stage.QUALIFIED)  # straight from Open
    back = lead("Back")
    ws.pipeline.move(back, Stage.QUALIFIED)
    ws.pipeline.move(back, Stage.CONTACTED)  # moved back
    mistaken = lead("Oops")
    wrong = ws.pipeline.move(mistaken, Stage.CUSTOMER, deal_value=Decimal(500))
    ws.pipeline.undo_move(wrong)  # dragged to Customer by mistake and put back
    redone = lead("Redo", deal_value=Decimal(900))
    first = ws.pipeline.move(redone, Stage.CUSTOMER)
    undo = ws.pipeline.undo_move(first)
    ws.pipeline.undo_move(undo)  # undoing the undo: a customer after all
    born = lead("Born", stage="customer", deal_value=Decimal(300))
    ws.activities.log(back, ActivityKind.CALL, direction=Direction.OUTBOUND)
    ws.activities.log(skipped, ActivityKind.EMAIL, direction=Direction.INBOUND)  # not an answer
    leads = truths(ws)
    by_id = {t.id: t for t in leads}
    assert by_id[skipped].furthest == 3 and by_id[back].furthest == 3
    assert (
        by_id[mistaken].furthest == 0 and by_id[redone].furthest == 5 and by_id[born].furthest == 5
    )
    today = dt.datetime.now(dt.UTC).astimezone(ZONE).date()
    period = period_of(PeriodKind.DAY, today)
    r = report(ws, period, Bucket.DAY)
    check(r, leads, ws)
    assert [s.reached for s in r.funnel] == [5, 4, 4, 4, 2, 2]
    assert r.kpis.customers == 2 and r.kpis.revenue == Decimal(1200)
    assert r.kpis.avg_response_s is not None and r.reps[0].fast == 1
    contacted = next(t for t in r.time_in_stage if t.stage is Stage.CONTACTED)
    assert contacted.stays == 0  # "back" is still there: no finished stay yet
    qualified = next(t for t in r.time_in_stage if t.stage is Stage.QUALIFIED)
    assert qualified.stays == 1  # "back" left Qualified; "skipped" is still in it
    start, end = period.utc_range(ZONE)
    f = InsightFilter(start, end)
    assert set(ws.insights.lead_ids(f, Selection(reached=5))) == {redone, born}
    assert set(ws.insights.lead_ids(f, Selection(stage=Stage.QUALIFIED))) == {skipped}
