"""The preview step's table: the first rows as they would be saved, each mapped
column's converted value, problem cells coloured with the problem as their tooltip,
and what becomes of the row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from leaddesk.domain.import_rows import CellProblem
from leaddesk.domain.leads import SOURCE_KEY
from leaddesk.domain.stages import Stage
from leaddesk.domain.validation import format_phone
from leaddesk.services.import_sample import SampleRow
from leaddesk.ui.formatting import (
    amount,
    date_text,
    datetime_text,
    isolated,
    left_to_right,
    number,
)
from leaddesk.ui.imports.texts import action_label, problem_text, target_label
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.names.stages import stage_label

Index = QModelIndex | QPersistentModelIndex
ROW, OUTCOME = 0, 1
FATAL = QColor("#f8d0d0")
WARNING = QColor("#fbeec2")
PHONES = ("phone", "mobile", "whatsapp")
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's problems, for tests and tools


def value_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Stage):
        return stage_label(value)
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ImportPreview", "Yes")
        return QCoreApplication.translate("ImportPreview", "No")
    if isinstance(value, dt.datetime):
        return datetime_text(value)
    if isinstance(value, dt.date):
        return date_text(value)
    if isinstance(value, Decimal):
        return amount(value)
    if isinstance(value, int):
        return number(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def shown_text(target: str, value: object) -> str:
    """A converted value as the lead's screens show it (sources by name, phones
    readably); a cell that could not be converted is its text from the file."""
    if isinstance(value, str) and target == "source":
        return source_label(value, value if not SOURCE_KEY.fullmatch(value) else None)
    if isinstance(value, str) and target in PHONES:
        # read left to right in an Arabic table too ("+48 22 555 01 23")
        return left_to_right(format_phone(value) if value.startswith("+") else value)
    if isinstance(value, str) and target in ("email", "website"):
        return left_to_right(value)
    return isolated(value_text(value))


class PreviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SampleRow] = []
        self.headers: list[str] = []  # the file's mapped columns
        self.targets: dict[str, str] = {}
        self.columns: dict[str, str] = {}  # header → target

    def show(
        self, rows: Sequence[SampleRow], columns: dict[str, str], names: dict[str, str]
    ) -> None:
        """``columns``: header → target of the mapped columns; ``names``: custom keys."""
        self.beginResetModel()
        self.rows = list(rows)
        self.headers = list(columns)
        self.columns = dict(columns)
        self.targets = {h: target_label(t, names) for h, t in columns.items()}
        self.endResetModel()

    def _header_of(self, problem: CellProblem) -> str:
        """The column a problem is in: its own, or (an owner nobody has, a product
        there is not) the column mapped to its field."""
        if problem.column in self.columns:
            return problem.column
        return next((h for h, t in self.columns.items() if t == problem.field), "")

    def problems(self, row: int, column: int) -> list[CellProblem]:
        r = self.rows[row]
        if column == OUTCOME:
            return [p for p in r.problems if not self._header_of(p)]
        if column > OUTCOME:
            header = self.headers[column - 2]
            return [p for p in r.problems if self._header_of(p) == header]
        return []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == ROW:
            return self.tr("Row")
        if section == OUTCOME:
            return self.tr("Outcome")
        if not 0 <= section - 2 < len(self.headers):
            return None
        header = self.headers[section - 2]
        if role == Qt.ItemDataRole.ToolTipRole:
            return header
        return self.tr("%1\n(%2)").replace("%1", self.targets[header]).replace("%2", header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == ROW:
                return number(r.number)
            if col == OUTCOME:
                return action_label(r.action)
            header = self.headers[col - 2]
            return shown_text(self.columns[header], r.values.get(header))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole, PROBLEM_ROLE):
            found = self.problems(index.row(), col)
            if role == PROBLEM_ROLE:
                return [p.code for p in found]
            if not found and not (col == OUTCOME and r.action == "reject"):
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                shown = r.problems if col == OUTCOME else found
                return "\n".join(problem_text(self._header_of(p), p.code, p.message) for p in shown)
            fatal = any(p.fatal for p in found) or (col == OUTCOME and r.action == "reject")
            return QBrush(FATAL if fatal else WARNING)
        return None
