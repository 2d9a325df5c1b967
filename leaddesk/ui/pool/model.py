"""The pool as a table: the count from one query, the rows read a block at a time as
the view reaches them (a pool of thousands costs a page, not thousands of rows)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import OrderedDict
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from leaddesk.services.pool import PoolRow
from leaddesk.ui.formatting import datetime_text, format_percent, number
from leaddesk.ui.names.scoring import qualification_label
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.names.stages import STAGE_COLORS, stage_label

BLOCK = 200
KEPT_BLOCKS = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
FetchRows = Callable[[int, int], list[PoolRow]]  # (offset, limit) -> rows
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
LATE = QColor("#D64545")


class PoolColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    SOURCE = 2
    SCORE = 3
    QUALIFICATION = 4
    PROBABILITY = 5
    AGE = 6
    STAGE = 7
    RESPONSE = 8  # by when the first contact is due, red once late


NUMERIC = frozenset({PoolColumn.SCORE, PoolColumn.PROBABILITY, PoolColumn.AGE})


class PoolModel(QAbstractTableModel):
    def __init__(
        self,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._total = 0
        self._blocks: OrderedDict[int, list[PoolRow]] = OrderedDict()
        self._fetch: FetchRows = lambda _o, _n: []
        self.fetches = 0  # blocks fetched since the last reset (for tests)

    def reset(self, total: int, first: list[PoolRow], fetch: FetchRows) -> None:
        self.beginResetModel()
        self._total, self._fetch, self.fetches = total, fetch, 0
        self._blocks.clear()
        if first:
            self._blocks[0] = first
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def row(self, r: int) -> PoolRow | None:
        """The row at ``r``, its block read if it is not in memory."""
        if not 0 <= r < self._total:
            return None
        block = r // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            rows = self._blocks[block] = self._fetch(block * BLOCK, BLOCK)
            self.fetches += 1
            while len(self._blocks) > KEPT_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        i = r - block * BLOCK
        return rows[i] if i < len(rows) else None  # the pool shrank since it was counted

    def row_of(self, lead_id: uuid.UUID) -> int | None:
        """Where a lead stands among the rows in memory."""
        for block, rows in self._blocks.items():
            for i, row in enumerate(rows):
                if row.id == lead_id:
                    return block * BLOCK + i
        return None

    def age_text(self, created_at: dt.datetime) -> str:
        """How long the lead has waited, in the unit that reads best ("3 h", "2 d")."""
        at = created_at if created_at.tzinfo else created_at.replace(tzinfo=dt.UTC)
        seconds = max(0.0, (self._now() - at).total_seconds())
        if seconds < 3600:
            return self.tr("%1 min").replace("%1", number(int(seconds // 60)))
        if seconds < 2 * 86400:
            return self.tr("%1 h").replace("%1", number(int(seconds // 3600)))
        return self.tr("%1 d").replace("%1", number(int(seconds // 86400)))

    def _text(self, row: PoolRow, column: PoolColumn) -> str:
        if column is PoolColumn.NUMBER:
            return f"\u2066{row.number}\u2069"  # a number reads left to right in Arabic too
        if column is PoolColumn.NAME:
            return row.name
        if column is PoolColumn.SOURCE:
            return source_label(row.source) if row.source else ""
        if column is PoolColumn.SCORE:
            return number(row.score)
        if column is PoolColumn.QUALIFICATION:
            return qualification_label(row.qualification)
        if column is PoolColumn.PROBABILITY:
            return format_percent(row.probability, 0) if row.probability is not None else ""
        if column is PoolColumn.AGE:
            return self.age_text(row.created_at)
        if column is PoolColumn.RESPONSE:
            if row.response_due is None:
                return ""
            when = datetime_text(row.response_due)
            late = row.response_due < self._now()
            return self.tr("Late: %1").replace("%1", when) if late else when
        return stage_label(row.stage)

    # Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PoolColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            PoolColumn.NUMBER: self.tr("Number"),
            PoolColumn.NAME: self.tr("Name or company"),
            PoolColumn.SOURCE: self.tr("Source"),
            PoolColumn.SCORE: self.tr("Score"),
            PoolColumn.QUALIFICATION: self.tr("Qualified"),
            PoolColumn.PROBABILITY: self.tr("Probability"),
            PoolColumn.AGE: self.tr("Waiting"),
            PoolColumn.STAGE: self.tr("Stage"),
            PoolColumn.RESPONSE: self.tr("First contact due"),
        }
        return titles.get(PoolColumn(section)) if 0 <= section < len(PoolColumn) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = PoolColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in NUMERIC else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column is PoolColumn.RESPONSE:
            late = self.row(index.row())
            due = late.response_due if late is not None else None
            return LATE if due is not None and due < self._now() else None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
            ID_ROLE,
            ROW_ROLE,
        ):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(STAGE_COLORS[row.stage]) if column is PoolColumn.STAGE else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.company if column is PoolColumn.NAME and row.company else None
        return self._text(row, column)
