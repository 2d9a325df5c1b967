"""The point rules being edited on Settings ▸ Scoring, as one table kept in three
groups (fit, then behaviour, then engagement).

The rows are the very list the service saves, in that order, so a refusal that names
``rules[i]`` is row ``i``; keeping the groups together is why a rule moves only within
its group and a new one goes to its group's end.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from leaddesk.domain.scoring import RuleGroup, ScoreRule
from leaddesk.ui.names.activities import rule_name_label
from leaddesk.ui.names.scoring import (
    condition_text,
    counting_text,
    group_label,
    half_life_text,
    points_text,
)
from leaddesk.ui.widgets.rule_list import RefusedRowsModel

Index = QModelIndex | QPersistentModelIndex
GROUPS = (RuleGroup.FIT, RuleGroup.BEHAVIOUR, RuleGroup.ENGAGEMENT)
REFUSED = QColor("#FDECEA")
NAME, GROUP, CONDITION, POINTS, COUNTS, FADES = range(6)


def in_groups(rules: Sequence[ScoreRule]) -> list[ScoreRule]:
    """The rules with each group together, in the groups' order (stable within one)."""
    return sorted(rules, key=lambda r: GROUPS.index(r.group))


class ScoreRulesModel(RefusedRowsModel[ScoreRule]):
    def __init__(
        self,
        names: Callable[[], tuple[Mapping[str, str], Mapping[str, str]]],
        parent: QObject | None = None,
    ) -> None:
        """``names``: the custom fields' names by key and the values' labels (a source's
        key by its name), as the conditions are written with them."""
        super().__init__(
            [
                self.tr("Rule"),
                self.tr("Group"),
                self.tr("Condition"),
                self.tr("Points"),
                self.tr("Counts"),
                self.tr("Half-life"),
            ],
            parent,
        )
        self._names = names

    def reset(self, rows: list[ScoreRule]) -> None:
        super().reset(in_groups(rows))

    # edits: each returns the row the rule is on afterwards ---------------------------
    def _group_end(self, group: RuleGroup) -> int:
        order = GROUPS.index(group)
        return sum(1 for r in self._rows if GROUPS.index(r.group) <= order)

    def add(self, rule: ScoreRule) -> int:
        row = self._group_end(rule.group)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, rule)
        self._issues = {}
        self.endInsertRows()
        return row

    def replace(self, row: int, rule: ScoreRule) -> int:
        if rule.group is not self._rows[row].group:  # to the end of its new group
            self.remove(row)
            return self.add(rule)
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
        other = row + step
        return (
            0 <= row < len(self._rows)
            and 0 <= other < len(self._rows)
            and self._rows[other].group is self._rows[row].group
        )

    def move(self, row: int, step: int) -> int:
        if not self.can_move(row, step):
            return row
        other = row + step
        # Qt's destination is the row the moved one goes before, in the list before the move
        target = other + 1 if step > 0 else other
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target)
        self._rows[row], self._rows[other] = self._rows[other], self._rows[row]
        self._issues = {}
        self.endMoveRows()
        return other

    # the view ---------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        rule = self.record(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(rule, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            issues = self.issues(row)
            return "\n".join(issues) if issues else self._cell(rule, column)
        if role == Qt.ItemDataRole.BackgroundRole and self.issues(row):
            return REFUSED
        if role == Qt.ItemDataRole.FontRole and column == GROUP and self._first_of_group(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == POINTS:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _first_of_group(self, row: int) -> bool:
        return row == 0 or self._rows[row - 1].group is not self._rows[row].group

    def _cell(self, rule: ScoreRule, column: int) -> str:
        if column == NAME:
            return rule_name_label(rule.name)
        if column == GROUP:
            return group_label(rule.group)
        if column == CONDITION:
            custom, values = self._names()
            return condition_text(rule, custom, values)
        if column == POINTS:
            return points_text(rule.points)
        if column == COUNTS:
            return counting_text(rule)
        return half_life_text(rule)
