"""The right half of a lead's window: its timeline, filtered by kind; Enter or a
double-click on a file opens it."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.activities import ActivityKind
from leaddesk.errors import LeadDeskError
from leaddesk.services.records import ActivityRecord
from leaddesk.services.workspace import Workspace
from leaddesk.ui.lead.files import open_attachment
from leaddesk.ui.lead.timeline import (
    ENTRY_ROLE,
    FetchPage,
    TimelineDelegate,
    TimelineModel,
    is_merge,
    kinds_menu_items,
)
from leaddesk.ui.names.errors import error_text


class TimelinePanel(QWidget):
    failed = Signal(str)  # why the timeline or a file could not be read
    undoMerge = Signal(object)  # merge id: the user asked to undo the merge of this entry

    def __init__(
        self, workspace: Workspace, lead_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.lead_id = workspace, lead_id
        self.kinds = QComboBox()
        self.kinds.setObjectName("timelineKinds")
        for text, kinds in kinds_menu_items():
            self.kinds.addItem(text, kinds)
        self.kinds.currentIndexChanged.connect(self._filter)
        self.model = TimelineModel(self._fetcher(()), self)
        self.view = QListView()
        self.view.setObjectName("timeline")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(self.view))
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # rows follow the width
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.activated.connect(self._open_entry)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Timeline</b>")))
        head.addStretch(1)
        head.addWidget(self.kinds)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(head)
        lay.addWidget(self.view, 1)

    def _fetcher(self, kinds: tuple[ActivityKind, ...]) -> FetchPage:
        def fetch(before: tuple[dt.datetime, uuid.UUID] | None, limit: int) -> list[ActivityRecord]:
            try:
                return self.ws.activities.timeline(
                    self.lead_id, limit=limit, before=before, kinds=kinds
                )
            except LeadDeskError as exc:
                self.failed.emit(error_text(exc))
                return []

        return fetch

    def _filter(self) -> None:
        self.model.reset(self._fetcher(tuple(self.kinds.currentData() or ())))

    def refresh(self) -> None:
        """What was logged since goes on top; the rest stays where it is."""
        self.model.refresh()

    def _menu(self, at: QPoint) -> None:
        menu = self.entry_menu(self.view.indexAt(at))
        if menu is not None:
            menu.popup(self.view.viewport().mapToGlobal(at))

    def entry_menu(self, index: QModelIndex) -> QMenu | None:
        """What an entry offers on a right click: a merge's entry, to undo it."""
        entry: ActivityRecord | None = index.data(ENTRY_ROLE)
        if not is_merge(entry):
            return None
        assert entry is not None  # is_merge says so
        merge_id = uuid.UUID(str(entry.details["merge_id"]))
        menu = QMenu(self)
        menu.setObjectName("timelineMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Undo merge…"), lambda: self.undoMerge.emit(merge_id))
        return menu

    def _open_entry(self, index: QModelIndex) -> None:
        entry: ActivityRecord | None = index.data(ENTRY_ROLE)
        if entry is None or entry.kind is not ActivityKind.ATTACHMENT:
            return
        try:
            open_attachment(self.ws, uuid.UUID(str(entry.details["attachment_id"])))
        except LeadDeskError as exc:
            self.failed.emit(error_text(exc))
        except OSError as exc:
            self.failed.emit(str(exc))
