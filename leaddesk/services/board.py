"""The board: per stage, ordered cards, count and deal value, filtered and sorted."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from leaddesk.domain.board_view import BoardFilter, CardSort, due_window
from leaddesk.domain.stages import STAGE_ORDER, Stage
from leaddesk.services.context import ServiceContext
from leaddesk.services.convert import card, user_record
from leaddesk.services.custom_fields import CustomFieldRecord, field_records
from leaddesk.services.records import Board, BoardColumn, Card, UserRecord
from leaddesk.store import board as bq
from leaddesk.store import leads as lq
from leaddesk.store.session import transaction
from leaddesk.store.users import all_users

NO_FILTER = BoardFilter()


@dataclass(frozen=True)
class ColumnTotals:
    count: int
    totals: dict[str, Decimal]


@dataclass(frozen=True)
class BoardSnapshot:
    """Per stage the filtered totals, and the first cards of the stages asked for."""

    totals: dict[Stage, ColumnTotals]
    first: dict[Stage, list[Card]]


@dataclass(frozen=True)
class FilterChoices:
    """What the filter bar offers, as (id, name) pairs sorted by name."""

    users: tuple[UserRecord, ...]
    campaigns: tuple[tuple[uuid.UUID, str], ...]
    products: tuple[tuple[uuid.UUID, str], ...]
    tags: tuple[str, ...]
    sources: tuple[tuple[str, str], ...] = ()  # (key, name) of the owner's list
    fields: tuple[CustomFieldRecord, ...] = ()  # the active custom fields


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

    # the interactive board -----------------------------------------------------
    def _conditions(
        self, s: Session, flt: BoardFilter, me: uuid.UUID | None, *, walk_board: bool = False
    ) -> list[ColumnElement[bool]]:
        local_now = self.ctx.clock().astimezone()
        window = due_window(flt.follow_up, local_now)
        return bq.filter_conditions(s, flt, me=me, window=window, walk_board=walk_board)

    def totals(
        self, flt: BoardFilter = NO_FILTER, *, me: uuid.UUID | None = None
    ) -> dict[Stage, ColumnTotals]:
        """Per stage, how many leads match the filter and their deal value per currency."""
        with transaction(self.ctx.db, write=False) as s:
            found = bq.stage_totals(s, self._conditions(s, flt, me))
        return {stage: ColumnTotals(n, sums) for stage, (n, sums) in found.items()}

    def snapshot(
        self,
        flt: BoardFilter = NO_FILTER,
        sort: CardSort = CardSort.MANUAL,
        *,
        stages: Sequence[Stage] = STAGE_ORDER,
        first: int = 24,
        me: uuid.UUID | None = None,
    ) -> BoardSnapshot:
        """Totals and the top of each column in one transaction (one trip to a server)."""
        with transaction(self.ctx.db, write=False) as s:
            found = bq.stage_totals(s, self._conditions(s, flt, me))
            walk = self._conditions(s, flt, me, walk_board=sort is CardSort.MANUAL)
            pages = {
                stage: [
                    card(r) for r in bq.column_slice(s, stage, walk, sort, offset=0, limit=first)
                ]
                if found[stage][0]
                else []
                for stage in stages
            }
        totals = {stage: ColumnTotals(n, sums) for stage, (n, sums) in found.items()}
        return BoardSnapshot(totals, pages)

    def cards(
        self,
        stage: Stage,
        flt: BoardFilter = NO_FILTER,
        sort: CardSort = CardSort.MANUAL,
        *,
        offset: int = 0,
        limit: int = 100,
        me: uuid.UUID | None = None,
    ) -> list[Card]:
        """Cards ``offset``… of a filtered, sorted column (a screen's worth at a time)."""
        with transaction(self.ctx.db, write=False) as s:
            conditions = self._conditions(s, flt, me, walk_board=sort is CardSort.MANUAL)
            rows = bq.column_slice(s, stage, conditions, sort, offset=offset, limit=limit)
            return [card(r) for r in rows]

    def row_of(
        self,
        lead_id: uuid.UUID,
        stage: Stage,
        flt: BoardFilter = NO_FILTER,
        sort: CardSort = CardSort.MANUAL,
        *,
        me: uuid.UUID | None = None,
    ) -> int | None:
        """The card's row in its column as shown, or None if the filter hides it."""
        with transaction(self.ctx.db, write=False) as s:
            return bq.row_of(s, lead_id, stage, self._conditions(s, flt, me), sort)

    def cards_by_id(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, Card]:
        """Fresh cards for leads that just changed (deleted ones are left out)."""
        with transaction(self.ctx.db, write=False) as s:
            return {r.id: card(r) for r in bq.cards_by_id(s, ids)}

    def filter_choices(self) -> FilterChoices:
        with transaction(self.ctx.db, write=False) as s:
            campaigns, products, tags = bq.choice_lists(s)
            return FilterChoices(
                users=tuple(user_record(u) for u in all_users(s, active_only=True)),
                campaigns=campaigns,
                products=products,
                tags=tags,
                sources=lq.source_choices(s),
                fields=field_records(s),
            )
