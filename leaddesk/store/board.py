"""Board queries: per-stage totals and ordered pages of cards."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    and_,
    column,
    false,
    func,
    or_,
    select,
    table,
    tuple_,
)
from sqlalchemy.orm import Session, aliased

from leaddesk.domain.board_view import (
    BoardFilter,
    CardSort,
    FollowUpDue,
    OwnerScope,
    QualifiedFilter,
)
from leaddesk.domain.stages import Stage
from leaddesk.store.custom_filter import custom_condition, escape_like
from leaddesk.store.models import (
    Campaign,
    FollowUp,
    Lead,
    Product,
    Tag,
    User,
    lead_products,
    lead_tags,
)
from leaddesk.store.models_distribution import PARTNER_HOLDS, PartnerLead, ResponseTarget

Owner = aliased(User, name="owner")


def card_select() -> Select[*tuple[Any, ...]]:
    """What a card shows, in one row per lead (select() types only the first ten
    columns)."""
    return (
        select(
            Lead.id,
            Lead.number,
            Lead.first_name,
            Lead.last_name,
            Lead.company,
            Lead.deal_value,
            Lead.currency,
            Lead.score,
            Lead.source,
            Lead.stage,
            Lead.position,
            Lead.stage_changed_at,
            Lead.version,
            Lead.owner_id,
            Owner.name.label("owner_name"),
            # kept on the lead by the follow-up services (migration 0005)
            Lead.next_follow_up_at.label("next_follow_up"),
            Lead.qualification,
            Lead.probability,
            # an unmet first-contact target (migration 0020): the card says by when
            ResponseTarget.due_at.label("response_due"),
        )
        .outerjoin(Owner, Owner.id == Lead.owner_id)
        .outerjoin(
            ResponseTarget,
            and_(ResponseTarget.lead_id == Lead.id, ResponseTarget.met_at.is_(None)),
        )
        .where(Lead.deleted_at.is_(None))
    )


def stage_totals(
    session: Session, conditions: Sequence[ColumnElement[bool]] = ()
) -> dict[Stage, tuple[int, dict[str, Decimal]]]:
    """Per stage: number of live leads and deal value summed per currency."""
    rows = session.execute(
        select(Lead.stage, Lead.currency, func.count(), func.sum(Lead.deal_value))
        .where(Lead.deleted_at.is_(None), *conditions)
        .group_by(Lead.stage, Lead.currency)
    )
    out: dict[Stage, tuple[int, dict[str, Decimal]]] = {s: (0, {}) for s in Stage}
    for stage, currency, count, total in rows:
        n, sums = out[stage]
        if total is not None:
            sums[currency or ""] = sums.get(currency or "", Decimal(0)) + Decimal(total)
        out[stage] = (n + count, sums)
    return out


def column_page(
    session: Session, stage: Stage, *, limit: int, after: tuple[str, uuid.UUID] | None = None
) -> Sequence[Row[*tuple[Any, ...]]]:
    """Cards of one column in board order, after the keyset ``(position, id)``."""
    stmt = card_select().where(Lead.stage == stage)
    if after is not None:
        pos, lead_id = after
        stmt = stmt.where(or_(Lead.position > pos, and_(Lead.position == pos, Lead.id > lead_id)))
    return session.execute(stmt.order_by(Lead.position, Lead.id).limit(limit)).all()


def cards_by_id(session: Session, ids: Sequence[uuid.UUID]) -> Sequence[Row[*tuple[Any, ...]]]:
    return session.execute(card_select().where(Lead.id.in_(list(ids)))).all() if ids else []


_SQLITE_SEARCH = table("leads_search", column("rowid"), column("leads_search"))
TRIGRAM = 3  # shortest term a trigram index can answer


def _contains(term: str) -> ColumnElement[bool]:
    return Lead.search_text.like(f"%{escape_like(term)}%", escape="\\")


def text_filter(
    session: Session, terms: Sequence[str], *, walk_board: bool = False
) -> list[ColumnElement[bool]]:
    """Conditions: the lead's search text contains every (casefolded) term.

    PostgreSQL answers LIKE from its trigram GIN index. SQLite asks its FTS5
    trigram table for the lead numbers holding every term of three or more
    characters, then checks shorter terms with LIKE on those rows. MariaDB
    has no substring index and scans.
    """
    if session.get_bind().dialect.name != "sqlite":
        return [_contains(t) for t in terms]
    long = [t for t in terms if len(t) >= TRIGRAM]
    # instr, not LIKE: the text is casefolded already, and a plain byte search
    # is several times faster than LIKE's pattern matching
    conditions = [func.instr(Lead.search_text, t) > 0 for t in terms if len(t) < TRIGRAM]
    if long:
        phrase = " AND ".join('"' + t.replace('"', '""') + '"' for t in long)
        hits = select(_SQLITE_SEARCH.c.rowid).where(_SQLITE_SEARCH.c.leads_search.match(phrase))
        # "+ 0" keeps the planner from fetching every hit by number and sorting:
        # walking a column in board order and probing the hits is several times
        # faster when a page of cards is wanted (measured: 8 ms against 40 ms)
        number = Lead.number + 0 if walk_board else Lead.number
        conditions.insert(0, number.in_(hits))
    return conditions


def search_cards(
    session: Session, terms: Sequence[str], *, limit: int
) -> Sequence[Row[*tuple[Any, ...]]]:
    """Leads whose name, company, email, phone or number contain every term."""
    stmt = card_select().where(*text_filter(session, terms))
    return session.execute(stmt.order_by(Lead.updated_at.desc(), Lead.id).limit(limit)).all()


# --- filtered and sorted columns --------------------------------------------


def _open_follow_up(*conditions: ColumnElement[bool]) -> Any:
    return (
        select(FollowUp.id)
        .where(FollowUp.lead_id == Lead.id, FollowUp.done_at.is_(None), *conditions)
        .correlate(Lead)
        .exists()
    )


def pool_condition() -> ColumnElement[bool]:
    """The pool: leads nobody has that the rules did not leave out of it and no
    partner holds (pushed and waiting, or accepted)."""
    partners = (
        select(PartnerLead.id)
        .where(PartnerLead.lead_id == Lead.id, PartnerLead.state.in_(PARTNER_HOLDS))
        .correlate(Lead)
        .exists()
    )
    return and_(Lead.owner_id.is_(None), Lead.outside_pool.is_(False), ~partners)


def filter_conditions(
    session: Session,
    flt: BoardFilter,
    *,
    me: uuid.UUID | None,
    window: tuple[dt.datetime, dt.datetime] | None,
    walk_board: bool = False,
) -> list[ColumnElement[bool]]:
    """The board filter as WHERE conditions on leads (``window``: see due_window).

    ``walk_board``: the query reads a column in board order (see text_filter).
    """
    out = text_filter(session, flt.terms, walk_board=walk_board)
    if flt.owner is OwnerScope.MINE:
        out.append(Lead.owner_id == me if me else false())
    elif flt.owner is OwnerScope.POOL:
        out.append(pool_condition())
    if flt.source is not None:
        out.append(Lead.source == flt.source)
    if flt.campaign_id is not None:
        out.append(Lead.campaign_id == flt.campaign_id)
    if flt.product_id is not None:
        out.append(
            select(lead_products.c.lead_id)
            .where(lead_products.c.lead_id == Lead.id, lead_products.c.product_id == flt.product_id)
            .correlate(Lead)
            .exists()
        )
    if flt.tag:
        out.append(
            select(lead_tags.c.lead_id)
            .join(Tag, Tag.id == lead_tags.c.tag_id)
            .where(lead_tags.c.lead_id == Lead.id, Tag.name == flt.tag)
            .correlate(Lead)
            .exists()
        )
    if (custom := custom_condition(session, flt)) is not None:
        out.append(custom)
    if flt.qualified is QualifiedFilter.EITHER:
        out.append(Lead.qualification.in_(("mql", "sql")))
    elif flt.qualified is not QualifiedFilter.ANY:
        out.append(Lead.qualification == flt.qualified.value)
    if flt.score_min is not None:
        out.append(Lead.score >= flt.score_min)
    if flt.score_max is not None:
        out.append(Lead.score <= flt.score_max)
    if flt.follow_up is FollowUpDue.NONE:
        out.append(~_open_follow_up())
    elif window is not None:
        start, end = window
        out.append(_open_follow_up(FollowUp.due_at >= start, FollowUp.due_at < end))
    return out


def sort_keys(sort: CardSort) -> list[Any]:
    """ORDER BY for a column; ties fall back to the manual order, so it is total.

    Empty values go last without NULLS LAST, which MariaDB lacks.
    """
    manual = [Lead.position, Lead.id]
    if sort is CardSort.SCORE:
        return [Lead.score.desc(), *manual]
    if sort is CardSort.DEAL_VALUE:
        return [Lead.deal_value.is_(None), Lead.deal_value.desc(), *manual]
    if sort is CardSort.FOLLOW_UP:
        due = Lead.next_follow_up_at
        return [due.is_(None), due, *manual]
    if sort is CardSort.AGE:
        return [Lead.stage_changed_at, Lead.id]
    if sort is CardSort.PROBABILITY:  # leads the model has not scored last
        return [Lead.probability.is_(None), Lead.probability.desc(), *manual]
    return manual


def column_slice(
    session: Session,
    stage: Stage,
    conditions: Sequence[ColumnElement[bool]],
    sort: CardSort,
    *,
    offset: int,
    limit: int,
) -> Sequence[Row[*tuple[Any, ...]]]:
    """Cards ``offset`` to ``offset + limit`` of a column.

    The ids are picked first from the board index alone, then only those rows
    are joined to owners and follow-ups: skipping rows costs an index walk,
    not a card each (a join, because MariaDB refuses LIMIT inside IN).
    """
    keys = sort_keys(sort)
    page = (
        select(Lead.id)
        .where(Lead.stage == stage, Lead.deleted_at.is_(None), *conditions)
        .order_by(*keys)
        .limit(limit)
        .offset(offset)
        .subquery("page")
    )
    stmt = card_select().join(page, page.c.id == Lead.id).order_by(*keys)
    return session.execute(stmt).all()


def row_of(
    session: Session,
    lead_id: uuid.UUID,
    stage: Stage,
    conditions: Sequence[ColumnElement[bool]],
    sort: CardSort,
) -> int | None:
    """Where a card stands in its (filtered, sorted) column; None if it is not there."""
    base = [Lead.stage == stage, Lead.deleted_at.is_(None), *conditions]
    if sort is CardSort.MANUAL:
        me = session.execute(
            select(Lead.position).where(Lead.id == lead_id, *base)
        ).scalar_one_or_none()
        if me is None:
            return None
        # a row value, so the count is a range of the board index, not a filter
        before = tuple_(Lead.position, Lead.id) < tuple_(me, lead_id)
        return session.execute(select(func.count()).where(*base, before)).scalar_one()
    ranked = (
        select(Lead.id, func.row_number().over(order_by=sort_keys(sort)).label("n"))
        .where(*base)
        .subquery()
    )
    n = session.execute(select(ranked.c.n).where(ranked.c.id == lead_id)).scalar_one_or_none()
    return None if n is None else int(n) - 1


def named(session: Session, model: Any) -> tuple[tuple[uuid.UUID, str], ...]:
    """(id, name) of every row of a small reference table, sorted by name."""
    return tuple(
        (r.id, r.name) for r in session.execute(select(model.id, model.name).order_by(model.name))
    )


def choice_lists(
    session: Session,
) -> tuple[tuple[tuple[uuid.UUID, str], ...], tuple[tuple[uuid.UUID, str], ...], tuple[str, ...]]:
    """Campaigns and products as (id, name), and tag names, each sorted by name."""
    tags = tuple(session.scalars(select(Tag.name).order_by(Tag.name)))
    return named(session, Campaign), named(session, Product), tags
