"""The Templates screen's list: every template with its channel, language and variants."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from leaddesk.services.message_records import TemplateRecord
from leaddesk.ui.names.messages import category_label, channel_label, language_label
from leaddesk.ui.widgets.record_table_model import RecordTableModel

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class TemplateListModel(RecordTableModel[TemplateRecord]):
    """A team has tens of templates, not thousands: all of them, held as records."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("Templates", "Name"),
                QCoreApplication.translate("Templates", "Channel"),
                QCoreApplication.translate("Templates", "Language"),
                QCoreApplication.translate("Templates", "Variants"),
            ],
            parent,
        )

    def row_of(self, template_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == template_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == RECORD_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.name,
                channel_label(r.channel),
                language_label(r.language),
                ", ".join(v.label for v in r.variants),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and r.retired:
            return QColor("#95A5A6")
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = category_label(r.category)
            if r.retired:
                tip += " · " + QCoreApplication.translate("Templates", "Retired: no longer offered")
            return tip
        return None
