"""The merge dialog's table: a row per field, a column per lead; the ticked cell of a
row is the value the kept lead gets. Rows whose leads disagree are tinted."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from leaddesk.services.merge_plan import MergePlan
from leaddesk.ui.duplicates.values import field_label, field_labels, value_text
from leaddesk.ui.formatting import isolated

Index = QModelIndex | QPersistentModelIndex
DIFFERS = QColor(255, 196, 0, 48)  # translucent: readable on light and dark palettes
# a field that goes with another: the deal value's currency comes from the same lead
TOGETHER = {"deal_value": "currency", "currency": "deal_value"}


class MergeTableModel(QAbstractTableModel):
    def __init__(self, plan: MergePlan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.kept_id = plan.kept_id
        self.choices: dict[str, uuid.UUID] = plan.suggested()
        self._labels = field_labels()
        # the last two rows say what every merge does: tags and products become all of them
        self._extra = 2

    def set_kept(self, lead_id: uuid.UUID) -> None:
        """Another lead is kept: each field's suggestion starts again from it."""
        self.beginResetModel()
        self.kept_id = lead_id
        self.choices = self.plan.suggested(lead_id)
        self.endResetModel()

    def choose(self, index: Index) -> bool:
        """The kept lead takes this cell's value (and its partner field's)."""
        if not index.isValid() or index.row() >= len(self.plan.fields):
            return False
        key = self.plan.fields[index.row()].key
        lead_id = self.plan.leads[index.column()].id
        changed = [key, *([TOGETHER[key]] if key in TOGETHER else [])]
        for name in changed:
            self.choices[name] = lead_id
        for name in changed:
            row = next(i for i, f in enumerate(self.plan.fields) if f.key == name)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plan.fields) + self._extra

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plan.leads)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            lead = self.plan.leads[section]
            text = f"{lead.number} {isolated(lead.name)}"
            if lead.id == self.kept_id:
                text = QCoreApplication.translate("MergeDialog", "%1 (kept)").replace("%1", text)
            return text
        if section < len(self.plan.fields):
            return field_label(self.plan, self.plan.fields[section].key, self._labels)
        if section == len(self.plan.fields):
            return QCoreApplication.translate("MergeDialog", "Tags (all are kept)")
        return QCoreApplication.translate("MergeDialog", "Products (all are kept)")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.row() >= len(self.plan.fields):
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        return self.choose(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        lead = self.plan.leads[index.column()]
        if index.row() >= len(self.plan.fields):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                if index.row() == len(self.plan.fields):
                    return ", ".join(isolated(t) for t in lead.tags) or "—"
                names = [isolated(self.plan.names.get(str(p), str(p))) for p in lead.product_ids]
                return ", ".join(names) or "—"
            return None
        f = self.plan.fields[index.row()]
        chosen = self.choices.get(f.key, self.kept_id) == lead.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return value_text(self.plan, f.key, f.values[index.column()])
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and f.differs:
            return DIFFERS
        if role == Qt.ItemDataRole.FontRole and chosen and f.differs:
            bold = QFont()
            bold.setWeight(QFont.Weight.DemiBold)
            return bold
        return None
