"""The assignment rules being edited on Settings ▸ Distribution, as one table: the
very list the service saves, in its order (first match decides), so a refusal that
names ``rules[i]`` is row ``i``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from leaddesk.domain.distribution import AssignmentRule
from leaddesk.ui.names.distribution import conditions_text, sends_to_text
from leaddesk.ui.settings.source_targets import target_text
from leaddesk.ui.widgets.rule_list import RefusedRowsModel

Index = QModelIndex | QPersistentModelIndex
REFUSED = QColor("#FDECEA")
NAME, CONDITIONS, SENDS_TO, STATE = range(4)


class AssignmentRulesModel(RefusedRowsModel[AssignmentRule]):
    def __init__(
        self,
        names: Callable[[], tuple[Mapping[str, str], Mapping[str, str], Mapping[str, str]]],
        parent: QObject | None = None,
    ) -> None:
        """``names``: the custom fields' names by key, the reps', teams' and partners'
        names by id, and how stored values are shown (a source's key by its name)."""
        super().__init__(
            [self.tr("Rule"), self.tr("Conditions"), self.tr("Sends to"), self.tr("State")],
            parent,
        )
        self._names = names

    # edits: each returns the row the rule is on afterwards ------------------------
    def add(self, rule: AssignmentRule) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(rule)
        self._issues = {}
        self.endInsertRows()
        return row

    def replace(self, row: int, rule: AssignmentRule) -> int:
        self._rows[row] = rule
        self._issues = {}
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._issues = {}
        self.endRemoveRows()

    def can_move(self, row: int, step: int) -> bool:
        return 0 <= row < len(self._rows) and 0 <= row + step < len(self._rows)

    def move(self, row: int, step: int) -> int:
        if not self.can_move(row, step):
            return row
        other = row + step
        # Qt's destination is the row the moved one goes before, in the list before the move
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), other + 1 if step > 0 else other)
        self._rows[row], self._rows[other] = self._rows[other], self._rows[row]
        self._issues = {}
        self.endMoveRows()
        return other

    # the view ---------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        rule = self.record(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(rule, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            issues = self.issues(row)
            return "\n".join(issues) if issues else self._cell(rule, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and self.issues(row):
            return REFUSED
        if role == Qt.ItemDataRole.ForegroundRole and not rule.active:
            return QColor("#95A5A6")
        return None

    def _cell(self, rule: AssignmentRule, column: int) -> str:
        custom, targets, values = self._names()
        if column == NAME:
            return rule.name
        if column == CONDITIONS:
            return conditions_text(rule.conditions, custom, values)
        if column == SENDS_TO:
            sends = sends_to_text(rule.target, targets.get(rule.target_id or ""))
            if not rule.response_minutes:
                return sends
            return (
                self.tr("%1 · first contact within %2")
                .replace("%1", sends)
                .replace("%2", target_text(rule.response_minutes))
            )
        return self.tr("Active") if rule.active else self.tr("Off")
