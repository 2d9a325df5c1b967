"""What the two rules screens share (Settings ▸ Scoring and Settings ▸ Distribution):
an ordered list of rules edited in place and saved as a whole, so a refusal that names
``rules[i]`` is shown on row ``i``; and the panel's add, edit, remove and move, the
list staying as edited until it is saved."""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QTableView

from leaddesk.ui.widgets.record_table import select_row
from leaddesk.ui.widgets.record_table_model import RecordTableModel

R = TypeVar("R")


class RefusedRowsModel(RecordTableModel[R], Generic[R]):
    """Rules as rows, with why rows were refused (shown on them until the next edit)."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self._issues: dict[int, list[str]] = {}

    def rules(self) -> list[R]:
        return list(self._rows)

    def reset(self, rows: list[R]) -> None:
        self._issues = {}
        super().reset(rows)

    def set_issues(self, issues: dict[int, list[str]]) -> None:
        self._issues = {row: list(texts) for row, texts in issues.items()}
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def issues(self, row: int) -> list[str]:
        return self._issues.get(row, [])


class RuleDialog(Protocol):
    result_rule: Any

    def exec(self) -> int: ...


class RuleListEditing:
    """Mixed into a rules panel (a QWidget) that has ``model`` (its rows' edits each
    return the row the rule is on afterwards), ``table``, ``rule_dialog(rule)`` and
    ``_edited()``."""

    model: Any
    table: QTableView

    def rule_dialog(self, rule: Any) -> RuleDialog:
        raise NotImplementedError

    def _edited(self) -> None:
        raise NotImplementedError

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _select(self, row: int) -> None:
        select_row(self.table, row)  # also in a right-to-left tab not shown yet
        self._edited()

    def add_rule(self) -> None:
        ask = self.rule_dialog(None)
        if ask.exec() == QDialog.DialogCode.Accepted and ask.result_rule is not None:
            self._select(self.model.add(ask.result_rule))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        ask = self.rule_dialog(self.model.record(row))
        if ask.exec() == QDialog.DialogCode.Accepted and ask.result_rule is not None:
            self._select(self.model.replace(row, ask.result_rule))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.remove(row)
            if self.model.rowCount():
                select_row(self.table, min(row, self.model.rowCount() - 1))
            self._edited()

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if self.model.can_move(row, step):
            self._select(self.model.move(row, step))
