"""Rows of the Follow-ups screen: one open follow-up each."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from leaddesk.services.records import AgendaItem
from leaddesk.ui.formatting import datetime_text
from leaddesk.ui.names.stages import stage_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("FollowUps", "Due"),
        QCoreApplication.translate("FollowUps", "What"),
        QCoreApplication.translate("FollowUps", "Lead"),
        QCoreApplication.translate("FollowUps", "Stage"),
        QCoreApplication.translate("FollowUps", "Assigned to"),
    ]


class AgendaModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        self._now = dt.datetime.now(dt.UTC)
        self._headers = _headers()

    def reset(self, items: list[AgendaItem], now: dt.datetime) -> None:
        self.beginResetModel()
        self._items, self._now = items, now
        self.endResetModel()

    def item(self, row: int) -> AgendaItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        f, column = item.follow_up, index.column()
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return datetime_text(f.due_at)
            if column == 1:
                return f.title
            if column == 2:
                return f"{item.lead_name} · {item.lead_number}"
            if column == 3:
                return stage_label(item.stage)
            return item.assignee_name or QCoreApplication.translate("FollowUps", "Nobody")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.notes_before or f.title
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and f.due_at < self._now:
            return QColor("#C0392B")
        return None
