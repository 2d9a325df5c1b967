"""The pool's SQL: the unassigned leads a rep may claim, best first.

Which leads are in the pool is the board's "Unassigned pool" condition
(``board.filter_conditions`` with ``OwnerScope.POOL``), never a copy of it: when that
condition learns to leave out a lead (pushed to a partner, marked to stay
unassigned), this screen follows without a change here.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, case, func, select
from sqlalchemy.orm import Session

from leaddesk.store.models import Lead, User
from leaddesk.store.models_distribution import ResponseTarget

# SQL before MQL before the rest; among them the soonest first-contact target (the late
# first, those without one after), the most points, then the likeliest to convert (a
# lead the model has not scored after the ones it has), then the one waiting longest
_QUALIFIED = case((Lead.qualification == "sql", 0), (Lead.qualification == "mql", 1), else_=2)
ORDER: tuple[Any, ...] = (
    _QUALIFIED,
    ResponseTarget.due_at.is_(None),
    ResponseTarget.due_at,
    Lead.score.desc(),
    Lead.probability.is_(None),
    Lead.probability.desc(),
    Lead.created_at,
    Lead.id,  # a total order: a page never repeats or skips a row
)


def _columns() -> tuple[Any, ...]:
    return (
        Lead.id,
        Lead.number,
        Lead.first_name,
        Lead.last_name,
        Lead.company,
        Lead.source,
        Lead.score,
        Lead.probability,
        Lead.qualification,
        Lead.stage,
        Lead.created_at,
        ResponseTarget.due_at.label("response_due"),
    )


def _with_targets(stmt: Any) -> Any:
    """The lead's unmet first-contact target, where it has one."""
    return stmt.outerjoin(
        ResponseTarget, and_(ResponseTarget.lead_id == Lead.id, ResponseTarget.met_at.is_(None))
    )


def count(s: Session, conditions: Sequence[ColumnElement[bool]]) -> int:
    """How many live leads meet the (pool) conditions."""
    stmt = select(func.count()).select_from(Lead).where(Lead.deleted_at.is_(None), *conditions)
    return int(s.execute(stmt).scalar_one())


def page(
    s: Session, conditions: Sequence[ColumnElement[bool]], *, offset: int, limit: int
) -> Sequence[Row[*tuple[Any, ...]]]:
    """Rows ``offset`` to ``offset + limit`` of the pool in its order."""
    stmt = (
        _with_targets(select(*_columns()))
        .where(Lead.deleted_at.is_(None), *conditions)
        .order_by(*ORDER)
        .offset(offset)
        .limit(limit)
    )
    return s.execute(stmt).all()


def labels(s: Session, lead_ids: Sequence[uuid.UUID]) -> Sequence[Row[*tuple[Any, ...]]]:
    """Number and name parts of these leads (deleted ones too: a refusal names them)."""
    if not lead_ids:
        return []
    stmt = select(Lead.id, Lead.number, Lead.first_name, Lead.last_name, Lead.company).where(
        Lead.id.in_(list(lead_ids))
    )
    return s.execute(stmt).all()


def claim_limits(s: Session, user_id: uuid.UUID) -> tuple[int | None, int | None]:
    """The rep's limits: untouched claimed leads held at once, claims a day."""
    row = s.execute(
        select(User.max_claimed_open, User.max_claims_per_day).where(User.id == user_id)
    ).first()
    return (row[0], row[1]) if row is not None else (None, None)
