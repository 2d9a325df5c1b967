"""The leads table: every lead, filtered and sorted, a page at a time."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from leaddesk.domain.board_view import BoardFilter, due_window
from leaddesk.domain.lead_table import TableScope, TableSort
from leaddesk.domain.leads import display_name, format_number
from leaddesk.domain.stages import STAGE_ORDER
from leaddesk.services.context import ServiceContext
from leaddesk.services.records import LeadRow
from leaddesk.store import board as bq
from leaddesk.store import lead_table as tq
from leaddesk.store.session import transaction

NO_FILTER = BoardFilter()
ALL_STAGES = TableScope()
NEWEST_FIRST = TableSort()


@dataclass(frozen=True)
class TableQuery:
    """What the table shows: the board's filter, a stage scope and a sort."""

    filter: BoardFilter = NO_FILTER
    scope: TableScope = ALL_STAGES
    sort: TableSort = NEWEST_FIRST
    me: uuid.UUID | None = None


def _row(r: Any, tags: dict[uuid.UUID, list[str]]) -> LeadRow:
    return LeadRow(
        id=r.id,
        number=format_number(r.number),
        version=r.version,
        name=display_name(r.first_name, r.last_name, r.company),
        company=r.company,
        email=r.email,
        phone=r.phone,
        city=r.city,
        country=r.country,
        stage=r.stage,
        owner_name=r.owner_name,
        source=r.source,
        campaign_name=r.campaign_name,
        deal_value=r.deal_value,
        currency=r.currency,
        score=r.score,
        next_follow_up=r.next_follow_up,
        stage_changed_at=r.stage_changed_at,
        created_at=r.created_at,
        tags=tuple(tags.get(r.id, ())),
        qualification=r.qualification,
        probability=r.probability,
        custom=dict(r.custom_fields or {}),
    )


class LeadTableService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _conditions(self, s: Session, q: TableQuery) -> list[Any]:
        window = due_window(q.filter.follow_up, self.ctx.clock().astimezone())
        return bq.filter_conditions(s, q.filter, me=q.me, window=window)

    def _stages(self, q: TableQuery) -> list[Any]:
        return [st for st in STAGE_ORDER if st in q.scope.stages]

    def _page(self, s: Session, q: TableQuery, offset: int, limit: int) -> list[LeadRow]:
        rows = tq.page(
            s, self._conditions(s, q), self._stages(q), q.sort, offset=offset, limit=limit
        )
        tags = tq.tags_of(s, [r.id for r in rows])
        return [_row(r, tags) for r in rows]

    def open(self, q: TableQuery, *, first: int = 100) -> tuple[int, list[LeadRow]]:
        """How many leads match, and the first rows, in one transaction."""
        with transaction(self.ctx.db, write=False) as s:
            total = tq.count(s, self._conditions(s, q), self._stages(q))
            return total, self._page(s, q, 0, first) if total else []

    def blocks(
        self, q: TableQuery, offsets: Sequence[int], *, limit: int
    ) -> tuple[int, dict[int, list[LeadRow]]]:
        """How many leads match, and the rows at each offset, in one transaction: a
        table that may show rows in another order re-reads only the part in view."""
        with transaction(self.ctx.db, write=False) as s:
            total = tq.count(s, self._conditions(s, q), self._stages(q))
            return total, {o: self._page(s, q, o, limit) for o in offsets if o < total}

    def matching(self, q: TableQuery, lead_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, LeadRow]:
        """Of ``lead_ids``, the rows ``q`` shows now (the others were deleted or left)."""
        if not lead_ids:
            return {}
        with transaction(self.ctx.db, write=False) as s:
            rows = tq.rows_matching(s, self._conditions(s, q), self._stages(q), lead_ids)
            tags = tq.tags_of(s, [r.id for r in rows])
        return {r.id: _row(r, tags) for r in rows}

    def page(self, q: TableQuery, *, offset: int, limit: int = 100) -> list[LeadRow]:
        with transaction(self.ctx.db, write=False) as s:
            return self._page(s, q, offset, limit)

    def ids(self, q: TableQuery) -> list[uuid.UUID]:
        """Every matching lead, in table order (for bulk actions on the filtered list)."""
        with transaction(self.ctx.db, write=False) as s:
            return list(tq.ids(s, self._conditions(s, q), self._stages(q), q.sort))

    def rows(self, lead_ids: Sequence[uuid.UUID], *, batch: int = 500) -> Iterator[list[LeadRow]]:
        """The rows of ``lead_ids`` in that order, a batch (one short transaction) at a time,
        so a long export never holds a transaction open; deleted leads are left out."""
        for start in range(0, len(lead_ids), batch):
            part = list(lead_ids[start : start + batch])
            with transaction(self.ctx.db, write=False) as s:
                found = {r.id: r for r in tq.rows_by_id(s, part)}
                tags = tq.tags_of(s, list(found))
            yield [_row(found[i], tags) for i in part if i in found]
