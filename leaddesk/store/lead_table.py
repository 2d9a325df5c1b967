"""The leads table: filtered counts and sorted pages over every live lead."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Row, Select, case, func, select
from sqlalchemy.orm import Session, aliased

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.lead_table import AnyColumn, Column, FieldColumn, TableSort
from leaddesk.domain.stages import STAGE_ORDER, Stage
from leaddesk.store.models import Campaign, Lead, Tag, User, lead_tags

Owner = aliased(User, name="table_owner")
Ts = TypeVarTuple("Ts")


def _where(
    conditions: Sequence[ColumnElement[bool]], stages: Sequence[Stage]
) -> list[ColumnElement[bool]]:
    out = [Lead.deleted_at.is_(None), *conditions]
    if stages:
        out.append(Lead.stage.in_(list(stages)))
    return out


def _field_key(column: FieldColumn) -> Any:
    """A custom field's value as SQL sorts it: numbers as numbers (9 before 10), the
    rest as the text kept (ISO dates sort as dates; yes/no as false before true on
    every backend); a lead without the value reads NULL."""
    held = Lead.custom_fields[column.key]
    return held.as_float() if column.kind is FieldKind.NUMBER else held.as_string()


def _key(column: AnyColumn) -> Any:
    """The SQL a column sorts by."""
    if isinstance(column, FieldColumn):
        return _field_key(column)
    return {
        Column.NUMBER: Lead.number,
        Column.NAME: func.coalesce(Lead.first_name, Lead.last_name, Lead.company),
        Column.COMPANY: Lead.company,
        Column.EMAIL: Lead.email,
        Column.PHONE: Lead.phone,
        Column.CITY: Lead.city,
        Column.COUNTRY: Lead.country,
        Column.STAGE: Lead.stage,
        Column.OWNER: Owner.name,
        Column.SOURCE: Lead.source,
        Column.CAMPAIGN: Campaign.name,
        Column.DEAL_VALUE: Lead.deal_value,
        Column.SCORE: Lead.score,
        # none < mql < sql as text too: "none" sorts after "mql"/"sql", so spelled out
        Column.QUALIFICATION: case({"sql": 2, "mql": 1}, value=Lead.qualification, else_=0),
        Column.PROBABILITY: Lead.probability,
        Column.NEXT_FOLLOW_UP: Lead.next_follow_up_at,
        Column.STAGE_CHANGED: Lead.stage_changed_at,
        Column.CREATED: Lead.created_at,
    }[column]


Key = tuple[Any, bool]  # (expression, descending)
_NEVER_EMPTY = frozenset(
    {Column.STAGE, Column.SCORE, Column.QUALIFICATION, Column.STAGE_CHANGED, Column.CREATED}
)


def sort_keys(sort: TableSort) -> list[Key]:
    """Empty values last either way (without NULLS LAST, which MariaDB lacks); the
    lead number breaks ties, so pages never overlap."""
    tie = (Lead.number, sort.descending)
    if sort.column is Column.NUMBER:
        return [tie]
    key = _key(sort.column)
    if sort.column is Column.STAGE:  # pipeline order, not alphabetical
        key = case({s.value: i for i, s in enumerate(STAGE_ORDER)}, value=Lead.stage)
    if sort.column in _NEVER_EMPTY:  # no "empty last" key: one less thing to sort by
        return [(key, sort.descending), tie]
    return [(key.is_(None), False), (key, sort.descending), tie]


def _ordered(keys: Sequence[Key]) -> list[Any]:
    return [e.desc() if down else e for e, down in keys]


def _joins(stmt: Select[*Ts], sort: TableSort) -> Select[*Ts]:
    if sort.column is Column.OWNER:
        stmt = stmt.outerjoin(Owner, Owner.id == Lead.owner_id)
    if sort.column is Column.CAMPAIGN:
        stmt = stmt.outerjoin(Campaign, Campaign.id == Lead.campaign_id)
    return stmt


def count(
    session: Session, conditions: Sequence[ColumnElement[bool]], stages: Sequence[Stage]
) -> int:
    stmt = select(func.count()).select_from(Lead).where(*_where(conditions, stages))
    return int(session.execute(stmt).scalar_one())


def row_select() -> Select[*tuple[Any, ...]]:
    """What a row of the table shows (select() types only the first ten columns)."""
    owner = aliased(User, name="row_owner")
    return (
        select(
            Lead.id,
            Lead.number,
            Lead.version,
            Lead.first_name,
            Lead.last_name,
            Lead.company,
            Lead.email,
            Lead.phone,
            Lead.city,
            Lead.country,
            Lead.stage,
            owner.name.label("owner_name"),
            Lead.source,
            Campaign.name.label("campaign_name"),
            Lead.deal_value,
            Lead.currency,
            Lead.score,
            Lead.qualification,
            Lead.probability,
            Lead.next_follow_up_at.label("next_follow_up"),
            Lead.stage_changed_at,
            Lead.created_at,
            Lead.custom_fields,
        )
        .outerjoin(owner, owner.id == Lead.owner_id)
        .outerjoin(Campaign, Campaign.id == Lead.campaign_id)
    )


def page(
    session: Session,
    conditions: Sequence[ColumnElement[bool]],
    stages: Sequence[Stage],
    sort: TableSort,
    *,
    offset: int,
    limit: int,
) -> Sequence[Row[*tuple[Any, ...]]]:
    """Rows ``offset`` to ``offset + limit``: ids picked and sorted first, then only
    those rows joined for display (a join: MariaDB refuses LIMIT inside IN)."""
    keys = sort_keys(sort)
    picked = (
        _joins(select(Lead.id, *(e.label(f"k{i}") for i, (e, _) in enumerate(keys))), sort)
        .where(*_where(conditions, stages))
        .order_by(*_ordered(keys))
        .limit(limit)
        .offset(offset)
        .subquery("page")
    )
    outer = [(picked.c[f"k{i}"], down) for i, (_, down) in enumerate(keys)]
    stmt = row_select().join(picked, picked.c.id == Lead.id).order_by(*_ordered(outer))
    return session.execute(stmt).all()


def ids(
    session: Session,
    conditions: Sequence[ColumnElement[bool]],
    stages: Sequence[Stage],
    sort: TableSort,
) -> Sequence[uuid.UUID]:
    """Every matching lead id in table order."""
    stmt = (
        _joins(select(Lead.id), sort)
        .where(*_where(conditions, stages))
        .order_by(*_ordered(sort_keys(sort)))
    )
    return session.scalars(stmt).all()


def rows_by_id(session: Session, lead_ids: Sequence[uuid.UUID]) -> Sequence[Row[*tuple[Any, ...]]]:
    stmt = row_select().where(Lead.id.in_(list(lead_ids)), Lead.deleted_at.is_(None))
    return session.execute(stmt).all()


def rows_matching(
    session: Session,
    conditions: Sequence[ColumnElement[bool]],
    stages: Sequence[Stage],
    lead_ids: Sequence[uuid.UUID],
) -> Sequence[Row[Any]]:
    """Of ``lead_ids``, the rows the table's filter and stages let through."""
    stmt = row_select().where(Lead.id.in_(list(lead_ids)), *_where(conditions, stages))
    return session.execute(stmt).all()


def tags_of(session: Session, lead_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    found: dict[uuid.UUID, list[str]] = {}
    if not lead_ids:
        return found
    stmt = (
        select(lead_tags.c.lead_id, Tag.name)
        .join(Tag, Tag.id == lead_tags.c.tag_id)
        .where(lead_tags.c.lead_id.in_(list(lead_ids)))
        .order_by(Tag.name)
    )
    for lead_id, name in session.execute(stmt):
        found.setdefault(lead_id, []).append(name)
    return found
