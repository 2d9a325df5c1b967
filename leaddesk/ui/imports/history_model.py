"""File ▸ Import history's table: the latest imports, newest first, one row each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from leaddesk.ui.formatting import datetime_text, isolated, number

Index = QModelIndex | QPersistentModelIndex
FILE, WHEN, WHO, STATUS, CREATED, UPDATED, DUPLICATES, REJECTED = range(8)
_COUNTS = {CREATED: "created", UPDATED: "updated", DUPLICATES: "duplicates", REJECTED: "rejected"}


class HistoryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.batches: list[dict[str, Any]] = []
        self._names: dict[Any, str] = {}

    def show(self, batches: Sequence[dict[str, Any]], names: Mapping[Any, str]) -> None:
        self.beginResetModel()
        self.batches, self._names = list(batches), dict(names)
        self.endResetModel()

    def status_label(self, status: str) -> str:
        labels = {
            "running": self.tr("Unfinished"),
            "done": self.tr("Imported"),
            "cancelled": self.tr("Cancelled (import again to go on)"),
            "undone": self.tr("Undone"),
        }
        return labels.get(status, status)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.batches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("File"),
            self.tr("When"),
            self.tr("Who"),
            self.tr("Status"),
            self.tr("Created"),
            self.tr("Updated"),
            self.tr("Duplicates"),
            self.tr("Rejected"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.batches):
            return None
        b = self.batches[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _COUNTS:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == FILE:
            return isolated(b["file"])
        if col == WHEN:
            at: dt.datetime = b["created_at"]
            return datetime_text(at if at.tzinfo else at.replace(tzinfo=dt.UTC))
        if col == WHO:
            return self._names.get(b.get("user_id"), "")
        if col == STATUS:
            return self.status_label(b["status"])
        return number(int(b[_COUNTS[col]]))
