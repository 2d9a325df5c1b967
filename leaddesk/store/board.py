"""Board queries: per-stage totals and ordered pages of cards."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, column, func, or_, select, table
from sqlalchemy.orm import Session, aliased

from leaddesk.domain.stages import Stage
from leaddesk.store.models import FollowUp, Lead, User

Owner = aliased(User, name="owner")


def _next_follow_up() -> Any:
    return (
        select(func.min(FollowUp.due_at))
        .where(FollowUp.lead_id == Lead.id, FollowUp.done_at.is_(None))
        .correlate(Lead)
        .scalar_subquery()
        .label("next_follow_up")
    )


def card_select() -> Select[Any]:
    """What a card shows, in one row per lead."""
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
            _next_follow_up(),
        )
        .outerjoin(Owner, Owner.id == Lead.owner_id)
        .where(Lead.deleted_at.is_(None))
    )


def stage_totals(session: Session) -> dict[Stage, tuple[int, dict[str, Decimal]]]:
    """Per stage: number of live leads and deal value summed per currency."""
    rows = session.execute(
        select(Lead.stage, Lead.currency, func.count(), func.sum(Lead.deal_value))
        .where(Lead.deleted_at.is_(None))
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
) -> Sequence[Row[Any]]:
    """Cards of one column in board order, after the keyset ``(position, id)``."""
    stmt = card_select().where(Lead.stage == stage)
    if after is not None:
        pos, lead_id = after
        stmt = stmt.where(or_(Lead.position > pos, and_(Lead.position == pos, Lead.id > lead_id)))
    return session.execute(stmt.order_by(Lead.position, Lead.id).limit(limit)).all()


def escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_SQLITE_SEARCH = table("leads_search", column("rowid"), column("leads_search"))
TRIGRAM = 3  # shortest term a trigram index can answer


def _contains(term: str) -> ColumnElement[bool]:
    return Lead.search_text.like(f"%{escape_like(term)}%", escape="\\")


def text_filter(session: Session, terms: Sequence[str]) -> list[ColumnElement[bool]]:
    """Conditions: the lead's search text contains every (casefolded) term.

    PostgreSQL answers LIKE from its trigram GIN index. SQLite asks its FTS5
    trigram table for the lead numbers holding every term of three or more
    characters, then checks shorter terms with LIKE on those rows. MariaDB
    has no substring index and scans.
    """
    if session.get_bind().dialect.name != "sqlite":
        return [_contains(t) for t in terms]
    long = [t for t in terms if len(t) >= TRIGRAM]
    conditions = [_contains(t) for t in terms if len(t) < TRIGRAM]
    if long:
        phrase = " AND ".join('"' + t.replace('"', '""') + '"' for t in long)
        hits = select(_SQLITE_SEARCH.c.rowid).where(_SQLITE_SEARCH.c.leads_search.match(phrase))
        conditions.insert(0, Lead.number.in_(hits))
    return conditions


def search_cards(session: Session, terms: Sequence[str], *, limit: int) -> Sequence[Row[Any]]:
    """Leads whose name, company, email, phone or number contain every term."""
    stmt = card_select().where(*text_filter(session, terms))
    return session.execute(stmt.order_by(Lead.updated_at.desc(), Lead.id).limit(limit)).all()
