"""The board listing: per stage, ordered cards, count and deal value."""

from __future__ import annotations

import uuid

from leaddesk.domain.stages import STAGE_ORDER, Stage
from leaddesk.services.context import ServiceContext
from leaddesk.services.convert import card
from leaddesk.services.records import Board, BoardColumn, Card
from leaddesk.store import board as bq
from leaddesk.store.session import transaction


class BoardService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def board(self, *, per_column: int = 50) -> Board:
        """The first ``per_column`` cards of every column, with full counts and totals."""
        with transaction(self.ctx.db, write=False) as s:
            totals = bq.stage_totals(s)
            columns = []
            for stage in STAGE_ORDER:
                count, sums = totals[stage]
                rows = bq.column_page(s, stage, limit=per_column) if count else []
                columns.append(BoardColumn(stage, count, sums, tuple(card(r) for r in rows)))
            return Board(tuple(columns))

    def column_page(
        self, stage: Stage, *, after: Card | None = None, limit: int = 200
    ) -> list[Card]:
        """The next cards of a column after ``after`` (keyset paging, no offsets)."""
        key: tuple[str, uuid.UUID] | None = (after.position, after.id) if after else None
        with transaction(self.ctx.db, write=False) as s:
            return [card(r) for r in bq.column_page(s, stage, limit=limit, after=key)]
