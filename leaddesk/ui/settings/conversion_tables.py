"""The model page's tables: the strongest weights of the model in use, and the fields
the owner keeps out of it (checkable)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from leaddesk.ui.formatting import amount, isolated
from leaddesk.ui.names.model import column_label, level_text

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def odds_text(ratio: float) -> str:
    """Times 2.3 or times 0.45: how the odds of becoming a customer change."""
    digits = 2 if ratio < 1 else 1
    return "\u00d7" + amount(Decimal(f"{ratio:.{digits}f}"), digits)


class WeightsModel(QAbstractTableModel):
    """The strongest weights: input, value, odds change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[dict[str, Any], ...] = ()
        self.custom_names: Mapping[str, str] = {}

    def set_rows(self, rows: Sequence[dict[str, Any]], custom_names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self.rows, self.custom_names = tuple(rows), dict(custom_names)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("What the model reads"), self.tr("Value"), self.tr("Odds"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == 2 else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return self.tr("How many times the odds of becoming a customer change with it")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return column_label(str(row.get("column", "")), self.custom_names)
        if column == 1:
            return isolated(level_text(str(row.get("level") or "")))
        return odds_text(float(row.get("odds_ratio") or 1.0))


class ExcludedModel(QAbstractTableModel):
    """Every input a training reads, ticked when the owner keeps it out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: tuple[str, ...] = ()
        self.out: set[str] = set()
        self.custom_names: Mapping[str, str] = {}

    def set_columns(
        self, columns: Sequence[str], out: Sequence[str], custom_names: Mapping[str, str]
    ) -> None:
        self.beginResetModel()
        self.columns, self.out = tuple(columns), set(out)
        self.custom_names = dict(custom_names)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Keep out of the model") if section == 0 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.columns):
            return None
        column = self.columns[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_label(column, self.custom_names)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if column in self.out else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        column = self.columns[index.row()]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked:
            self.out.add(column)
        else:
            self.out.discard(column)
        self.dataChanged.emit(index, index, [role])
        return True
