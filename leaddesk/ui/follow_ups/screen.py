"""The Follow-ups screen: overdue, today and upcoming; mine or everyone's."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import cast

from PySide6.QtCore import QLocale, QModelIndex, QSettings, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.agenda import Bucket, day_end
from leaddesk.errors import LeadDeskError
from leaddesk.services.records import AgendaItem, Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.follow_ups.late_banner import LateBanner
from leaddesk.ui.follow_ups.model import AgendaModel
from leaddesk.ui.formatting import number
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.time_zone import system_zone
from leaddesk.ui.widgets.banner import error_banner, write_failed
from leaddesk.ui.widgets.column_widths import set_first_widths
from leaddesk.ui.widgets.lead_dialogs import ask_completion

SHOWN = 1000
REFRESH_MS = 60_000


class FollowUpsScreen(QWidget):
    openLead = Signal(object)  # lead id
    changed = Signal(object)  # Changes written here
    me: uuid.UUID | None

    def __init__(
        self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsScreen")
        self.ws, self.me, self._settings = workspace, None, settings
        self.tabs = QTabBar()
        self.tabs.setObjectName("followUpBuckets")
        for _ in Bucket:
            self.tabs.addTab("")
        self.scope = QComboBox()
        self.scope.setObjectName("followUpScope")
        self.scope.addItem(self.tr("My follow-ups"), "mine")
        self.scope.addItem(self.tr("Everyone's"), "everyone")
        saved = str(settings.value("followUps/scope", "mine"))
        self.scope.setCurrentIndex(max(0, self.scope.findData(saved)))
        self.open_button = QPushButton(self.tr("Open lead"))
        self.open_button.setObjectName("openLead")
        self.done_button = QPushButton(self.tr("Done…"))
        self.done_button.setObjectName("completeFollowUp")
        self.export_button = QPushButton(self.tr("Export to calendar…"))
        self.export_button.setObjectName("exportCalendar")
        self.export_button.setToolTip(
            self.tr("Save the open follow-ups shown by this scope as an .ics file")
        )
        top = QHBoxLayout()
        top.addWidget(self.tabs)
        top.addStretch(1)
        for w in (self.scope, self.open_button, self.done_button, self.export_button):
            top.addWidget(w)

        self.model = AgendaModel(self)
        self.table = QTableView()
        self.table.setObjectName("followUpTable")
        self.table.setModel(self.model)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        set_first_widths(self.table, (150, 260, 260, 120))
        self.more = QLabel()
        self.more.setObjectName("followUpMore")
        self.message = error_banner("followUpMessage")
        self.late = LateBanner()  # kept by the app's sweep
        self.late.openLead.connect(self.openLead)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.late)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.more)

        self.tabs.currentChanged.connect(lambda _i: self.reload())
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.table.activated.connect(self._open)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.done_button.clicked.connect(self.complete_current)
        self.export_button.clicked.connect(self.export_calendar)
        self.timer = QTimer(self)  # today's follow-ups become overdue as time passes
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)

    # state -------------------------------------------------------------------
    @property
    def bucket(self) -> Bucket:
        return list(Bucket)[max(0, self.tabs.currentIndex())]

    def show_bucket(self, bucket: Bucket) -> None:
        self.tabs.setCurrentIndex(list(Bucket).index(bucket))

    def assignee(self) -> uuid.UUID | None:
        return self.me if self.scope.currentData() == "mine" else None

    def set_workspace(self, workspace: Workspace) -> None:
        self.ws = workspace
        self._reload_if_shown()

    def set_user(self, me: uuid.UUID | None) -> None:
        self.me = me
        mine = cast(QStandardItemModel, self.scope.model()).item(0)  # a combo box's own model
        mine.setEnabled(me is not None)
        saved = str(self._settings.value("followUps/scope", "mine"))
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(1 if me is None else max(0, self.scope.findData(saved)))
        self.scope.blockSignals(False)
        self._reload_if_shown()

    def _scope_changed(self) -> None:
        if self.me is not None:
            self._settings.setValue("followUps/scope", self.scope.currentData())
        self.reload()

    def note_changes(self, changes: Changes) -> None:
        """Read again now if shown and the change concerns follow-ups (a lead's name or
        stage shows in its rows); a hidden screen reads when it is next shown."""
        if changes.follow_ups or changes.leads:
            self._reload_if_shown()

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    # loading -----------------------------------------------------------------
    def reload(self) -> None:
        now = dt.datetime.now(dt.UTC)
        end = day_end(now)
        who = self.assignee()
        try:
            counts = self.ws.follow_ups.counts(now=now, end_of_today=end, assignee_id=who)
            items, total = self.ws.follow_ups.agenda(
                self.bucket, now=now, end_of_today=end, assignee_id=who, limit=SHOWN
            )
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self.message.hide()
        names = {
            Bucket.OVERDUE: self.tr("Overdue (%1)"),
            Bucket.TODAY: self.tr("Today (%1)"),
            Bucket.UPCOMING: self.tr("Upcoming (%1)"),
        }
        for i, bucket in enumerate(Bucket):
            self.tabs.setTabText(i, names[bucket].replace("%1", QLocale().toString(counts[bucket])))
        selected = self._selected()
        self.model.reset(items, now)
        self.more.setText(
            self.tr("Showing the first %1 of %2.")
            .replace("%1", number(len(items)))
            .replace("%2", number(total))
            if total > len(items)
            else ""
        )
        if selected is not None:
            for row in range(self.model.rowCount()):
                if self.model.item(row).follow_up.id == selected:
                    self.table.selectRow(row)
        self._update_buttons()

    def _selected(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()).follow_up.id if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.table.currentIndex().isValid()
        self.open_button.setEnabled(has)
        self.done_button.setEnabled(has)

    def show_error(self, exc: LeadDeskError | str) -> None:
        self.message.setText(error_text(exc))
        self.message.show()

    # actions -----------------------------------------------------------------
    def current_item(self) -> AgendaItem | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openLead.emit(self.model.item(index.row()).follow_up.lead_id)

    def complete_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        done = ask_completion(self, item.follow_up.title, item.lead_name)
        if done is None:
            return
        try:
            result = self.ws.follow_ups.complete(
                item.follow_up.id,
                notes_after=done.notes,
                expected_version=item.follow_up.version,
                user_id=self.me,
                then=done.then,
            )
        except LeadDeskError as exc:
            self.show_error(exc)
            self.reload()
            return
        self.note_changes(result.changes)
        self.changed.emit(result.changes)

    def export_calendar(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export follow-ups"),
                "leaddesk-follow-ups.ics",
                self.tr("Calendar files (*.ics)"),
            )
        if not path:
            return None
        try:
            data = self.ws.follow_ups.calendar(zone=system_zone(), assignee_id=self.assignee())
            Path(path).write_bytes(data)
        except LeadDeskError as exc:
            self.show_error(exc)
            return None
        except OSError as exc:
            self.show_error(write_failed(path, exc))
            return None
        return Path(path)
