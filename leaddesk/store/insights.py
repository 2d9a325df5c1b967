"""The Insights screen's aggregates over the leads created in a period.

Each query reads one covering index (models.INSIGHT_INDEXES) ordered by what it groups
or walks, so SQLite neither reads the wide lead rows nor sorts: the outcomes by
source, campaign, segment, owner and furthest stage (with the MQL and SQL moments
the scoring kept) in one pass; per product by the
lead's product bits; per local day by joining the day boundaries; medians by walking
an index to its middle entry.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    and_,
    case,
    func,
    literal,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session

from leaddesk.domain.insights import FAST_RESPONSE_S, WON_ORDER, InsightFilter, Selection
from leaddesk.store.models import STAGE_SECONDS, Campaign, Lead, LeadSource, Product
from leaddesk.store.models_distribution import ResponseTarget
from leaddesk.store.sql_time import unindexed
from leaddesk.store.types import UTCDateTime

L = Lead
MAX_BUCKETS = 400  # SQLite joins at most 500 SELECTs in one compound


def _using(stmt: Any, index: str) -> Any:
    """Read ``index``: the planners take a created_at range for selective and would read
    rows and sort instead (SQLite's INDEXED BY, MySQL's FORCE INDEX; PostgreSQL needs
    no hint)."""
    return (
        stmt.with_hint(L, f"INDEXED BY {index}", "sqlite")
        .with_hint(L, f"FORCE INDEX ({index})", "mysql")
        .with_hint(L, f"FORCE INDEX ({index})", "mariadb")
    )


def _in(column: Any, values: frozenset[Any]) -> ColumnElement[bool]:
    named = [v for v in values if v is not None]
    parts = [column.in_(named)] if named else []
    if None in values:
        parts.append(column.is_(None))
    return or_(*parts)


def matching(
    f: InsightFilter,
    product_bits: dict[uuid.UUID, int],
    *,
    period: bool = True,
) -> list[ColumnElement[bool]]:
    """Live leads matching the filter; ``period``: created in it too (not looked up by
    creation time: the index the query names is read through)."""
    where: list[ColumnElement[bool]] = [L.deleted_at.is_(None)]
    if period:
        created = unindexed(L.created_at)
        where += [created >= f.start, created < f.end]
    if f.owners:
        where.append(_in(L.owner_id, f.owners))
    if f.sources:
        where.append(_in(L.source, f.sources))
    if f.campaigns:
        where.append(_in(L.campaign_id, f.campaigns))
    if f.segments:
        where.append(_in(L.segment_id, f.segments))
    if f.products:
        mask = sum(product_bits.get(p, 0) for p in f.products)
        where.append(L.product_bits.op("&")(mask) != 0)
    return where


def product_bits(s: Session) -> dict[uuid.UUID, int]:
    return {pid: bit for pid, bit in s.execute(select(Product.id, Product.bit)) if bit}


def _when(condition: ColumnElement[bool], value: Any = 1) -> Any:
    return func.sum(case((condition, value), else_=0))


def _reached(currency: str) -> list[Any]:
    """How far the leads got, how many the scoring made MQL and SQL (a lead keeps its
    mql_at/sql_at once it crossed, and an SQL has its mql_at too), and what the won
    ones brought in the team's currency."""
    won = L.furthest_stage >= WON_ORDER
    ours = or_(L.currency == currency, L.currency.is_(None))
    return [
        func.count().label("leads"),
        *(_when(L.furthest_stage >= k).label(f"reached_{k}") for k in range(1, WON_ORDER + 1)),
        func.count(L.mql_at).label("mql"),
        func.count(L.sql_at).label("sql"),
        _when(and_(won, ours), L.deal_value).label("revenue"),
        _when(and_(won, L.currency.is_not(None), L.currency != currency)).label("other_currency"),
    ]


def _responses() -> list[Any]:
    return [
        func.count(L.first_response_s).label("responded"),
        func.sum(L.first_response_s).label("response_s"),
        _when(L.first_response_s <= FAST_RESPONSE_S).label("fast"),
    ]


def outcomes(
    s: Session, f: InsightFilter, bits: dict[uuid.UUID, int], currency: str
) -> Sequence[Row[*tuple[Any, ...]]]:
    """How far the leads got, what they brought, how fast they were answered and how
    long they spent in each stage, per source, campaign, segment and owner: every
    breakdown but products adds these up (read in ix_leads_outcomes order, so SQLite
    groups without sorting)."""
    keys = (L.source, L.campaign_id, L.segment_id, L.owner_id)
    seconds = []
    for name in STAGE_SECONDS:
        column = getattr(L, name)
        seconds += [func.count(column).label(f"n_{name}"), func.sum(column).label(name)]
    stmt = (
        select(*keys, *_reached(currency), *_responses(), *seconds)
        .where(*matching(f, bits))
        .group_by(*keys)
    )
    return s.connection().execute(_using(stmt, "ix_leads_outcomes")).all()


def within_target(
    s: Session, f: InsightFilter, bits: dict[uuid.UUID, int], now: dt.datetime
) -> Sequence[Row[*tuple[Any, ...]]]:
    """Per source and owner: the leads whose first-contact target has come (met, or
    its time passed) and those met in time. Only leads with a target have a row in
    response_targets, so this reads that small table and those leads."""
    T = ResponseTarget
    came = or_(T.met_at.is_not(None), T.due_at < now)
    stmt = (
        select(
            L.source,
            L.owner_id,
            _when(came).label("targeted"),
            _when(and_(T.met_at.is_not(None), T.met_at <= T.due_at)).label("on_time"),
        )
        .join(L, L.id == T.lead_id)
        .where(*matching(f, bits))
        .group_by(L.source, L.owner_id)
    )
    return s.execute(stmt).all()


def by_products(
    s: Session, f: InsightFilter, bits: dict[uuid.UUID, int], currency: str
) -> Sequence[Row[*tuple[Any, ...]]]:
    """How far the leads got per set of products (their product bits)."""
    stmt = (
        select(L.product_bits, *_reached(currency))
        .where(*matching(f, bits))
        .group_by(L.product_bits)
    )
    return s.connection().execute(_using(stmt, "ix_leads_products")).all()


def _bounds(bounds: Sequence[tuple[dt.datetime, dt.datetime]]) -> Any:
    """The buckets as rows (i, start, end) to join on, one SELECT each."""
    if len(bounds) > MAX_BUCKETS:
        raise ValueError(f"at most {MAX_BUCKETS} buckets")
    rows = [
        select(
            literal(i).label("i"),
            literal(a, UTCDateTime()).label("b_start"),
            literal(b, UTCDateTime()).label("b_end"),
        )
        for i, (a, b) in enumerate(bounds)
    ]
    return (union_all(*rows) if len(rows) > 1 else rows[0]).subquery("b")


def created_per_bucket(
    s: Session,
    f: InsightFilter,
    bits: dict[uuid.UUID, int],
    bounds: Sequence[tuple[dt.datetime, dt.datetime]],
) -> Sequence[Row[*tuple[Any, ...]]]:
    """Leads created per bucket (local days, weeks... as UTC ranges) and source: one
    count of an index range (ix_leads_cohort: source, created_at) per bucket and source,
    so nothing is sorted."""
    if not bounds:
        return []
    b = _bounds(bounds)
    sources = select(LeadSource.key.label("src")).subquery("src")  # retired ones too

    def count(same_source: ColumnElement[bool]) -> Any:
        return (
            _using(select(func.count()), "ix_leads_cohort")
            .where(
                *matching(f, bits, period=False),
                same_source,  # equality (or IS NULL): an index condition, unlike IS NOT DISTINCT
                L.created_at >= b.c.b_start,
                L.created_at < b.c.b_end,
            )
            .correlate(b, sources)
            .scalar_subquery()
        )

    named = select(
        b.c.i, sources.c.src.label("source"), count(L.source == sources.c.src).label("n")
    ).select_from(b.join(sources, true()))  # every bucket with every source
    unnamed = select(b.c.i, null().label("source"), count(L.source.is_(None)).label("n"))
    stmt = union_all(named, unnamed)
    return [r for r in s.connection().execute(stmt).all() if r.n]


def won_per_bucket(
    s: Session,
    f: InsightFilter,
    bits: dict[uuid.UUID, int],
    bounds: Sequence[tuple[dt.datetime, dt.datetime]],
) -> Sequence[Row[*tuple[Any, ...]]]:
    """Leads won per bucket (whenever they were created), their deal value by currency."""
    if not bounds:
        return []
    b = _bounds(bounds)
    stmt = (
        select(b.c.i, L.currency, func.count().label("n"), func.sum(L.deal_value).label("value"))
        .select_from(b)
        .join(L, and_(L.won_at >= b.c.b_start, L.won_at < b.c.b_end))
        .where(*matching(f, bits, period=False))
        .group_by(b.c.i, L.currency)
    )
    return s.connection().execute(_using(stmt, "ix_leads_won")).all()


def pipeline(
    s: Session, f: InsightFilter, bits: dict[uuid.UUID, int]
) -> Sequence[Row[*tuple[Any, ...]]]:
    """Today's leads and deal value per stage (the period does not apply)."""
    stmt = (
        select(L.stage, L.currency, func.count().label("n"), func.sum(L.deal_value).label("value"))
        .where(*matching(f, bits, period=False))
        .group_by(L.stage, L.currency)
    )
    return s.connection().execute(_using(stmt, "ix_leads_pipeline")).all()


def middle(
    s: Session,
    f: InsightFilter,
    bits: dict[uuid.UUID, int],
    column_name: str,
    count: int,
    *,
    owner: uuid.UUID | bool | None = False,
) -> float | None:
    """The median of ``column_name`` over ``count`` matching values: the index on the
    column is walked to its middle entry (``owner``: one rep's leads, None the pool)."""
    if count <= 0:
        return None
    column = getattr(L, column_name)
    where = [*matching(f, bits), column.is_not(None)]
    if owner is not False:
        where.append(L.owner_id == owner if owner is not None else L.owner_id.is_(None))
    take = 1 if count % 2 else 2
    stmt = select(column).where(*where).order_by(column).offset((count - 1) // 2).limit(take)
    index = "ix_leads_response" if owner is not False else f"ix_leads_{column_name}"
    values = [float(v) for v in s.connection().execute(_using(stmt, index)).scalars()]
    return sum(values) / len(values) if values else None


def campaigns(s: Session) -> Sequence[Campaign]:
    return s.scalars(select(Campaign).order_by(Campaign.name)).all()


# Selection.without: the breakdowns whose "none" bar lists the leads without one
EMPTY_OF = {"source": L.source, "campaign": L.campaign_id, "segment": L.segment_id}


def lead_ids(
    s: Session, f: InsightFilter, bits: dict[uuid.UUID, int], sel: Selection, *, limit: int
) -> list[uuid.UUID]:
    """The leads behind one bar or funnel step, newest first."""
    period = sel.stage is None and sel.won_between is None
    where = matching(f, bits, period=period)
    if sel.reached is not None:
        where.append(L.furthest_stage >= sel.reached)
    if sel.stage is not None:
        where.append(L.stage == sel.stage)
    if sel.source is not None:
        where.append(L.source == sel.source)
    if sel.campaign is not None:
        where.append(L.campaign_id == sel.campaign)
    if sel.segment is not None:
        where.append(L.segment_id == sel.segment)
    where += [EMPTY_OF[name].is_(None) for name in sorted(sel.without)]
    if not sel.any_owner:
        where.append(L.owner_id == sel.owner if sel.owner else L.owner_id.is_(None))
    if sel.product is not None:
        where.append(L.product_bits.op("&")(bits.get(sel.product, 0)) != 0)
    if sel.won_between is not None:
        where += [L.won_at >= sel.won_between[0], L.won_at < sel.won_between[1]]
    if sel.created_between is not None:
        where += [L.created_at >= sel.created_between[0], L.created_at < sel.created_between[1]]
    stmt = select(L.id).where(*where).order_by(L.created_at.desc(), L.number.desc()).limit(limit)
    return list(s.scalars(stmt).all())
