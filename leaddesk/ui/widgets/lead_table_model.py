"""Every lead as a table row, loaded a block at a time as the view reaches it.

rowCount is the full (filtered) count, so the scroll bar is true from the
start; a row's block of 100 is fetched the first time the view asks for any
of it, and at most 60 blocks are kept.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from leaddesk.domain.lead_table import COLUMNS, UNSORTABLE, AnyColumn, Column, FieldColumn
from leaddesk.services.records import LeadRow
from leaddesk.ui.names.stages import STAGE_COLORS
from leaddesk.ui.widgets.lead_columns import LEFT_TO_RIGHT, cell_text, column_title, is_numeric

BLOCK = 250
KEPT_BLOCKS = 60
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_SERVED = frozenset({_DISPLAY, _ALIGN, _DECORATION, Qt.ItemDataRole.ForegroundRole, ROW_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
FetchRows = Callable[[int, int], list[LeadRow]]  # (offset, limit) -> rows


def _shown(row: LeadRow, column: AnyColumn) -> str:
    text = cell_text(row, column)
    if isinstance(column, FieldColumn):
        return f"\u2068{text}\u2069" if text else text  # the value keeps its own direction
    return f"\u2066{text}\u2069" if text and column in LEFT_TO_RIGHT else text


class LeadTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._total = 0
        self._blocks: OrderedDict[int, list[LeadRow]] = OrderedDict()
        # each shown row's cell texts, formatted once (a repaint asks for every cell)
        self._texts: dict[uuid.UUID, tuple[str, ...]] = {}
        self._fetch: FetchRows = lambda _o, _n: []
        # the fixed columns, then one per active custom field (see set_fields)
        self._columns: tuple[AnyColumn, ...] = COLUMNS
        self._aligns: tuple[int, ...] = tuple(_RIGHT if is_numeric(c) else _LEFT for c in COLUMNS)
        self.sort_requested: Callable[[AnyColumn, bool], None] | None = None
        self.fetches = 0  # blocks fetched since the last reset (for tests and benchmarks)

    def reset(self, total: int, first: list[LeadRow], fetch: FetchRows) -> None:
        self.beginResetModel()
        self._total, self._fetch, self.fetches = total, fetch, 0
        self._blocks.clear()
        self._texts.clear()
        if first:
            self._blocks[0] = first
        self.endResetModel()

    @property
    def columns(self) -> tuple[AnyColumn, ...]:
        return self._columns

    def set_fields(self, fields: Sequence[FieldColumn]) -> bool:
        """Show these custom fields after the fixed columns; True when the columns changed.

        The rows in memory hold every custom value already, so none is read again; the
        header's arrangement is the caller's to put back (see TableColumns)."""
        columns: tuple[AnyColumn, ...] = (*COLUMNS, *fields)
        names = [column_title(c) for c in columns]
        if columns == self._columns and names == [column_title(c) for c in self._columns]:
            return False  # (a renamed field is the same column, with a new title)
        self.beginResetModel()
        self._columns = columns
        self._aligns = tuple(_RIGHT if is_numeric(c) else _LEFT for c in columns)
        self._texts.clear()
        self.endResetModel()
        return True

    @property
    def total(self) -> int:
        return self._total

    def row(self, r: int) -> LeadRow | None:
        if not 0 <= r < self._total:
            return None
        block = r // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            rows = self._fetch(block * BLOCK, BLOCK)
            self.fetches += 1
            self._blocks[block] = rows
            while len(self._blocks) > KEPT_BLOCKS:
                _, dropped = self._blocks.popitem(last=False)
                for gone in dropped:
                    self._texts.pop(gone.id, None)
        else:
            self._blocks.move_to_end(block)
        i = r - block * BLOCK
        return rows[i] if i < len(rows) else None  # the list shrank since it was counted

    def loaded(self, r: int) -> LeadRow | None:
        """The row if it is in memory, without fetching."""
        rows = self._blocks.get(r // BLOCK)
        i = r % BLOCK
        return rows[i] if rows is not None and i < len(rows) else None

    def held(self) -> dict[uuid.UUID, LeadRow]:
        """The rows in memory, by lead id (the ones a change may concern)."""
        return {row.id: row for rows in self._blocks.values() for row in rows}

    def replace(self, fresh: dict[uuid.UUID, LeadRow]) -> None:
        """Show new contents of rows where they stand (their order did not change)."""
        for block, rows in self._blocks.items():
            for i, old in enumerate(rows):
                new = fresh.get(old.id)
                if new is not None and new != old:
                    rows[i] = new
                    self._texts.pop(new.id, None)
                    r = block * BLOCK + i
                    self.dataChanged.emit(self.index(r, 0), self.index(r, len(self._columns) - 1))

    def requery(self, total: int, blocks: dict[int, list[LeadRow]]) -> None:
        """New contents for the blocks in view (rows may have moved, come or gone),
        keeping the selection and the current row on the same leads.

        Blocks not in view are forgotten and fetched again when reached. A selected
        row whose lead is not in the new blocks keeps its row number, so a selection
        of the whole list stays whole.
        """
        if total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            self.endRemoveRows()
        elif total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._id_at(p.row()) for p in before]
        self._blocks = OrderedDict((offset // BLOCK, rows) for offset, rows in blocks.items())
        self._texts.clear()
        where = {
            row.id: block * BLOCK + i
            for block, rows in self._blocks.items()
            for i, row in enumerate(rows)
        }
        after = []
        for p, lead_id in zip(before, ids, strict=True):
            row = where.get(lead_id) if lead_id is not None else None
            if row is None:
                row = p.row() if p.row() < total else -1
            after.append(self.index(row, p.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _id_at(self, r: int) -> uuid.UUID | None:
        row = self.loaded(r)
        return row.id if row is not None else None

    # Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(self._columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # the order of the checks follows how often a repaint asks (every cell, ~7 roles)
        if role not in _SERVED or not index.isValid():
            return None
        c = index.column()
        if role == _ALIGN:
            return self._aligns[c] if c < len(self._aligns) else None
        row = self.row(index.row())
        if row is None:
            return None
        if role == _DISPLAY:
            texts = self._texts.get(row.id)
            if texts is None:
                texts = self._texts[row.id] = tuple(_shown(row, col) for col in self._columns)
            return texts[c] if c < len(texts) else None
        if role == ROW_ROLE:
            return row
        column = self._columns[c]
        if role == _DECORATION:
            return QColor(STAGE_COLORS[row.stage]) if column is Column.STAGE else None
        if (
            column is Column.NEXT_FOLLOW_UP
            and row.next_follow_up is not None
            and row.next_follow_up < dt.datetime.now(dt.UTC)
        ):
            return QColor("#C0392B")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column] in UNSORTABLE:
            return
        if self.sort_requested is not None:
            self.sort_requested(self._columns[column], order == Qt.SortOrder.DescendingOrder)
