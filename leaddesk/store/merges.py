"""Queries for merging leads and taking a merge back: the rows that move, the rows as
JSON for the merge's snapshot, and the merges a lead was kept in.

A snapshot must bring rows back exactly, so values are written as JSON by their
column's type and read back by it (a Decimal as text, a time in ISO form, an id as
text), never guessed from the JSON alone.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Collection, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Column, CursorResult, Date, Numeric, Table, Uuid, func, select, update
from sqlalchemy.orm import Session

from leaddesk.domain.leads import display_name, format_number
from leaddesk.domain.stages import Stage
from leaddesk.store.models import (
    Activity,
    Attachment,
    FollowUp,
    Lead,
    OutboxMessage,
    Product,
    Tag,
    User,
    lead_products,
    lead_tags,
)
from leaddesk.store.models_capture import LeadMerge
from leaddesk.store.types import UTCDateTime

LEADS = cast(Table, Lead.__table__)
# the tables whose rows follow a lead into the one it is merged into (by lead_id)
MOVED: dict[str, Table] = {
    "activities": cast(Table, Activity.__table__),
    "follow_ups": cast(Table, FollowUp.__table__),
    "attachments": cast(Table, Attachment.__table__),
    "outbox_messages": cast(Table, OutboxMessage.__table__),
}
# never restored from a snapshot: the row's own bookkeeping
NOT_RESTORED = frozenset({"id", "version", "updated_at"})


def to_json(value: Any) -> Any:
    """A column value as JSON can hold it (read back with ``from_json``)."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def from_json(column: Column[Any], value: Any) -> Any:
    """The value ``to_json`` wrote for ``column``, as the column holds it."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Numeric):
        return Decimal(value)
    if isinstance(kind, Uuid):
        return uuid.UUID(value)
    enum_class = getattr(kind, "enum_class", None)
    if enum_class is not None:
        return enum_class(value)
    return value


def lead_column(name: str) -> Column[Any]:
    return LEADS.c[name]


def lead_row(lead: Lead) -> dict[str, Any]:
    """Every column of the lead, as JSON."""
    return {c.name: to_json(getattr(lead, c.key)) for c in LEADS.columns}


def restore_row(lead: Lead, row: Mapping[str, Any]) -> None:
    """Put every column of ``row`` (from ``lead_row``) back on the lead, except its own
    bookkeeping (id, version, updated_at), which the save moves on."""
    for column in LEADS.columns:
        if column.name in NOT_RESTORED or column.name not in row:
            continue
        setattr(lead, column.key, from_json(column, row[column.name]))


def rows_of(s: Session, lead_ids: Collection[uuid.UUID]) -> dict[str, dict[str, list[str]]]:
    """The ids of each moving table's rows per lead: {table: {lead id: [row id]}}."""
    out: dict[str, dict[str, list[str]]] = {}
    for name, table in MOVED.items():
        held: dict[str, list[str]] = {str(i): [] for i in lead_ids}
        stmt = select(table.c.lead_id, table.c.id).where(table.c.lead_id.in_(list(lead_ids)))
        for lead_id, row_id in s.execute(stmt.order_by(table.c.id)):
            held[str(lead_id)].append(str(row_id))
        out[name] = held
    return out


def move_rows(
    s: Session, table: str, row_ids: Sequence[str], to_lead: uuid.UUID, *, from_lead: uuid.UUID
) -> int:
    """Give these rows (still on ``from_lead``) to ``to_lead``; how many moved."""
    moved = 0
    t = MOVED[table]
    for start in range(0, len(row_ids), 500):
        chunk = [uuid.UUID(i) for i in row_ids[start : start + 500]]
        result = cast(
            CursorResult[Any],
            s.execute(
                update(t).where(t.c.id.in_(chunk), t.c.lead_id == from_lead).values(lead_id=to_lead)
            ),
        )
        moved += result.rowcount or 0
    return moved


def timeline_counts(s: Session, lead_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, int]:
    t = MOVED["activities"]
    stmt = (
        select(t.c.lead_id, func.count())
        .where(t.c.lead_id.in_(list(lead_ids)))
        .group_by(t.c.lead_id)
    )
    return {lead_id: int(n) for lead_id, n in s.execute(stmt)}


def link_ids(s: Session, lead_id: uuid.UUID) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    """The lead's tag ids and product ids, as stored."""
    tags = set(s.scalars(select(lead_tags.c.tag_id).where(lead_tags.c.lead_id == lead_id)))
    products = set(
        s.scalars(select(lead_products.c.product_id).where(lead_products.c.lead_id == lead_id))
    )
    return tags, products


def tags_by_id(s: Session, ids: Iterable[uuid.UUID]) -> list[Tag]:
    wanted = list(ids)
    return list(s.scalars(select(Tag).where(Tag.id.in_(wanted)))) if wanted else []


def products_by_id(s: Session, ids: Iterable[uuid.UUID]) -> list[Product]:
    wanted = list(ids)
    return list(s.scalars(select(Product).where(Product.id.in_(wanted)))) if wanted else []


def get_merge(s: Session, merge_id: uuid.UUID, *, lock: bool = False) -> LeadMerge | None:
    stmt = select(LeadMerge).where(LeadMerge.id == merge_id)
    if lock:
        stmt = stmt.with_for_update()
    return s.execute(stmt).scalar_one_or_none()


def merges_of(s: Session, lead_id: uuid.UUID) -> Sequence[LeadMerge]:
    """The merges this lead was kept in, the newest first."""
    stmt = (
        select(LeadMerge)
        .where(LeadMerge.kept_lead_id == lead_id)
        .order_by(LeadMerge.created_at.desc(), LeadMerge.id)
    )
    return s.scalars(stmt).all()


def lead_summaries(s: Session, lead_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """What the Duplicates screen lists of each live lead, in one query."""
    if not lead_ids:
        return {}
    stmt = (
        select(
            Lead.id,
            Lead.number,
            Lead.first_name,
            Lead.last_name,
            Lead.company,
            Lead.email,
            Lead.phone,
            Lead.stage,
            Lead.created_at,
            Lead.version,
            User.name.label("owner_name"),
        )
        .outerjoin(User, User.id == Lead.owner_id)
        .where(Lead.id.in_(list(lead_ids)), Lead.deleted_at.is_(None))
    )
    return {
        r.id: {
            "number": format_number(r.number),
            "name": display_name(r.first_name, r.last_name, r.company),
            "company": r.company,
            "email": r.email,
            "phone": r.phone,
            "stage": Stage(r.stage),
            "owner_name": r.owner_name,
            "created_at": r.created_at,
            "version": r.version,
        }
        for r in s.execute(stmt)
    }
