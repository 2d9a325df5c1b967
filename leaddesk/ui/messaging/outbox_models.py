"""The Outbox's tables: recent batches with their progress, and one batch's messages
fetched a page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from leaddesk.domain.outbox import MessageStatus
from leaddesk.services.message_records import BatchSummary, OutboxRow
from leaddesk.ui.formatting import datetime_text
from leaddesk.ui.names.messages import STATUS_COLORS, channel_label, failure_text, status_label
from leaddesk.ui.widgets.record_table_model import RecordTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200
Index = QModelIndex | QPersistentModelIndex


def when(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    return datetime_text(at)


class BatchModel(RecordTableModel[BatchSummary]):
    PROGRESS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("Outbox", "Queued"),
                QCoreApplication.translate("Outbox", "Template"),
                QCoreApplication.translate("Outbox", "Channel"),
                QCoreApplication.translate("Outbox", "Progress"),
                QCoreApplication.translate("Outbox", "Waiting"),
                QCoreApplication.translate("Outbox", "Failed"),
                QCoreApplication.translate("Outbox", "Not confirmed"),
                QCoreApplication.translate("Outbox", "By"),
            ],
            parent,
        )

    def batch(self, row: int) -> BatchSummary:
        return self._rows[row]

    def row_of(self, batch_id: object) -> int:
        return next((i for i, b in enumerate(self._rows) if b.id == batch_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return b
        if role == PROGRESS_ROLE:
            return (b.count(MessageStatus.SENT), b.total)
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            return (
                when(b.created_at),
                b.template_name,
                channel_label(b.channel),
                QCoreApplication.translate("Outbox", "%1 of %2 sent")
                .replace("%1", locale.toString(b.count(MessageStatus.SENT)))
                .replace("%2", locale.toString(b.total)),
                locale.toString(b.count(MessageStatus.QUEUED, MessageStatus.SENDING)),
                locale.toString(b.count(MessageStatus.FAILED)),
                locale.toString(b.count(MessageStatus.HANDED_OVER)),
                b.user_name or "",
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 5 and b.count(MessageStatus.FAILED):
                return QColor(STATUS_COLORS[MessageStatus.FAILED])
            if column == 6 and b.count(MessageStatus.HANDED_OVER):
                return QColor(STATUS_COLORS[MessageStatus.HANDED_OVER])
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4 and column != 7:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class MessageModel(RecordTableModel[OutboxRow]):
    """A batch's messages in sending order, a page at a time as the view scrolls."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("Outbox", "Lead"),
                QCoreApplication.translate("Outbox", "To"),
                QCoreApplication.translate("Outbox", "Status"),
                QCoreApplication.translate("Outbox", "Variant"),
                QCoreApplication.translate("Outbox", "Sent"),
                QCoreApplication.translate("Outbox", "Why"),
            ],
            parent,
        )
        self._fetch: Callable[[int, int], list[OutboxRow]] = lambda _o, _n: []
        self._done = True

    def refetch(self, fetch: Callable[[int, int], list[OutboxRow]]) -> None:
        """Forget the rows; they are fetched again, a page at a time, from ``fetch``."""
        self.beginResetModel()
        self._fetch, self._rows, self._done = fetch, [], False
        self.endResetModel()

    def message(self, row: int) -> OutboxRow:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done:
            return
        page = self._fetch(len(self._rows), PAGE)
        self._done = len(page) < PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return m
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{m.recipient_name or ''} · {m.lead_number}",
                # an address or number reads left to right in any language
                "\u2066" + m.recipient + "\u2069",
                status_label(m.status),
                m.variant_label,
                when(m.sent_at),
                self._why(m),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QColor(STATUS_COLORS[m.status])
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and m.error:
            return m.error
        return None

    @staticmethod
    def _why(m: OutboxRow) -> str:
        if not m.error:
            return ""
        text = failure_text(m.error_code, m.error)
        if m.status is MessageStatus.QUEUED:  # it waits for the next try
            return QCoreApplication.translate("Outbox", "Last attempt: %1").replace("%1", text)
        return text


class ProgressDelegate(QStyledItemDelegate):
    """The batch's progress as a bar, its text inside."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        done, total = index.data(PROGRESS_ROLE) or (0, 0)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum, bar.maximum = 0, max(1, total)
        bar.progress = done
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole))
        bar.textVisible = True
        bar.direction = option.direction
        style = option.widget.style() if option.widget else QApplication.style()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
