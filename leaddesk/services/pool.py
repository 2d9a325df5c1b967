"""Reading the pool: the unassigned leads reps claim from, best first (SQL before MQL,
then score, conversion probability and age), filtered as the board filters.

Reads only: claiming and giving back are ``ClaimService``'s. Each call is one read
transaction, so a page and its count agree with each other.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from leaddesk.domain.board_view import BoardFilter, OwnerScope, due_window
from leaddesk.domain.leads import display_name, format_number, lead_label
from leaddesk.domain.stages import Stage
from leaddesk.services.context import ServiceContext
from leaddesk.store import board as bq
from leaddesk.store import pool as pq
from leaddesk.store.session import transaction

NO_FILTER = BoardFilter()


@dataclass(frozen=True)
class PoolRow:
    """One lead waiting in the pool."""

    id: uuid.UUID
    number: str  # as people know it ("L-000012")
    name: str  # the person, or the company when there is no name
    company: str | None
    source: str | None  # a source key
    score: int
    probability: float | None
    qualification: str  # "sql", "mql" or "none"
    stage: Stage
    created_at: dt.datetime
    response_due: dt.datetime | None = None  # its first contact is due by then (unmet)


@dataclass(frozen=True)
class PoolPage:
    total: int  # leads in the (filtered) pool
    rows: tuple[PoolRow, ...]


@dataclass(frozen=True)
class ClaimLimits:
    """What the owner allows a rep (None: no limit)."""

    untouched: int | None
    per_day: int | None


def _row(r: Any) -> PoolRow:
    return PoolRow(
        id=r.id,
        number=format_number(r.number),
        name=display_name(r.first_name, r.last_name, r.company),
        company=r.company,
        source=r.source,
        score=r.score or 0,
        probability=r.probability,
        qualification=r.qualification or "none",
        stage=Stage(r.stage),
        created_at=r.created_at,
        response_due=r.response_due,
    )


class PoolService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _conditions(
        self, s: Session, flt: BoardFilter, me: uuid.UUID | None
    ) -> list[ColumnElement[bool]]:
        """The filter as the board reads it, always scoped to the pool."""
        pool = flt.with_(owner=OwnerScope.POOL)
        window = due_window(pool.follow_up, self.ctx.clock().astimezone())
        return bq.filter_conditions(s, pool, me=me, window=window)

    def page(
        self,
        flt: BoardFilter = NO_FILTER,
        *,
        offset: int = 0,
        limit: int = 100,
        me: uuid.UUID | None = None,
    ) -> PoolPage:
        """The pool's size and rows ``offset``… of it, best first."""
        with transaction(self.ctx.db, write=False) as s:
            conditions = self._conditions(s, flt, me)
            total = pq.count(s, conditions)
            rows = pq.page(s, conditions, offset=offset, limit=limit) if total > offset else []
            return PoolPage(total, tuple(_row(r) for r in rows))

    def rows(
        self,
        flt: BoardFilter = NO_FILTER,
        *,
        offset: int = 0,
        limit: int = 100,
        me: uuid.UUID | None = None,
    ) -> list[PoolRow]:
        """Rows ``offset``… of the pool (a table's next block; no count)."""
        with transaction(self.ctx.db, write=False) as s:
            conditions = self._conditions(s, flt, me)
            return [_row(r) for r in pq.page(s, conditions, offset=offset, limit=limit)]

    def labels(self, lead_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
        """How people name these leads ("L-000012 Anna Nowak"), for a claim's outcome."""
        with transaction(self.ctx.db, write=False) as s:
            return {
                r.id: lead_label(r.number, r.first_name, r.last_name, r.company)
                for r in pq.labels(s, lead_ids)
            }

    def claim_limits(self, user_id: uuid.UUID) -> ClaimLimits:
        """The rep's limits, to say which one a refused claim met."""
        with transaction(self.ctx.db, write=False) as s:
            untouched, per_day = pq.claim_limits(s, user_id)
        return ClaimLimits(untouched, per_day)
