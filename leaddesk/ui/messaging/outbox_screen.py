"""The Outbox: what is on its way, what went, what failed and why, and the
decisions only a person can make (retry, cancel, "did it arrive?")."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.activities import Channel
from leaddesk.domain.outbox import MANUAL_CHANNELS, RETRYABLE, MessageStatus
from leaddesk.errors import LeadDeskError
from leaddesk.services.message_records import BatchSummary, OutboxRow
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.messaging.messenger import Messenger
from leaddesk.ui.messaging.outbox_models import BatchModel, MessageModel, ProgressDelegate
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.widgets.column_widths import set_first_widths

REFRESH_MS = 700  # while sending: counts catch up at most this often
SPLIT_KEY = "outbox/split"


class OutboxScreen(QWidget):
    openLead = Signal(object)
    changed = Signal(object)  # Changes

    def __init__(
        self,
        workspace: Workspace,
        messenger: Messenger,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outboxScreen")
        self.ws, self.messenger, self._settings = workspace, messenger, settings
        self.me: uuid.UUID | None = None
        self._stale = True
        head = QLabel(self.tr("Outbox"))
        head.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.state = QLabel()
        self.state.setObjectName("sendingState")
        self.send_button = push_button(self.tr("Send waiting email"), "sendNow", self.send)
        self.stop_button = push_button(self.tr("Stop sending"), "stopSending", self.stop)
        self.manual_button = push_button(
            self.tr("Send WhatsApp/SMS…"), "workManual", self.work_manual
        )
        tools = QHBoxLayout()
        tools.addWidget(head)
        tools.addWidget(self.state, 1)
        for w in (self.send_button, self.stop_button, self.manual_button):
            tools.addWidget(w)

        self.batches = BatchModel(self)
        self.batch_view = QTableView()
        self.batch_view.setObjectName("batchTable")
        self.batch_view.setModel(self.batches)
        self.batch_view.setItemDelegateForColumn(BatchModel.PROGRESS, ProgressDelegate(self))
        self.messages = MessageModel(self)
        self.message_view = QTableView()
        self.message_view.setObjectName("messageTable")
        self.message_view.setModel(self.messages)
        for view in (self.batch_view, self.message_view):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            view.setWordWrap(False)
            view.horizontalHeader().setStretchLastSection(True)
        self.batch_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.message_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.batch_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for view, widths in (
            (self.batch_view, (150, 260, 90, 160, 80, 80, 110)),
            (self.message_view, (230, 230, 110, 70, 150)),
        ):
            set_first_widths(view, widths)
        self.batch_view.selectionModel().currentRowChanged.connect(self._batch_chosen)
        self.message_view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.message_view.activated.connect(self._open_lead)

        self.cancel_button = push_button(self.tr("Cancel batch"), "cancelBatch", self.cancel)
        self.retry_button = push_button(self.tr("Retry failed"), "retryFailed", self.retry)
        self.arrived_button = push_button(
            self.tr("It arrived"), "markArrived", lambda: self.resolve(delivered=True)
        )
        self.again_button = push_button(
            self.tr("Send again"), "sendAgain", lambda: self.resolve(delivered=False)
        )
        for b, tip in (
            (self.cancel_button, self.tr("Messages not yet sent are cancelled")),
            (self.retry_button, self.tr("Failed and cancelled messages go back in the queue")),
            (
                self.arrived_button,
                self.tr("The server got it but its answer was lost; you checked it arrived"),
            ),
            (self.again_button, self.tr("It did not arrive: queue it once more")),
        ):
            b.setToolTip(tip)
        actions = QHBoxLayout()
        self.detail = QLabel()
        self.detail.setObjectName("messageDetail")
        self.detail.setWordWrap(True)
        actions.addWidget(self.detail, 1)
        for b in (self.arrived_button, self.again_button, self.retry_button, self.cancel_button):
            actions.addWidget(b)
        lower = QWidget()
        llay = QVBoxLayout(lower)
        llay.setContentsMargins(0, 0, 0, 0)
        llay.addLayout(actions)
        llay.addWidget(self.message_view, 1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.batch_view)
        self.split.addWidget(lower)
        state = settings.value(SPLIT_KEY)
        if state is not None:
            self.split.restoreState(state)
        else:
            self.split.setSizes([260, 440])
        self.split.splitterMoved.connect(
            lambda *_: self._settings.setValue(SPLIT_KEY, self.split.saveState())
        )
        self.message = error_banner("outboxMessage")
        lay = QVBoxLayout(self)
        lay.addLayout(tools)
        lay.addWidget(self.message)
        lay.addWidget(self.split, 1)

        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(lambda: self.reload(keep=True))
        messenger.sender.running_changed.connect(lambda _on: self._update())
        messenger.status.connect(self._status)
        self._update()

    # loading --------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.note_changes()

    def set_user(self, me: uuid.UUID | None) -> None:
        self.me = me

    def note_changes(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes.outbox:
            return
        if self.isVisible():
            if not self._refresh.isActive():
                self._refresh.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self, *, keep: bool = False) -> None:
        current = self.current_batch()
        try:
            rows = self.ws.outbox.batches()
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self._stale = False
        self._show_waiting()
        self.batches.reset(rows)
        row = self.batches.row_of(current.id) if current else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.batch_view.selectionModel().blockSignals(True)
            self.batch_view.selectRow(row)
            self.batch_view.selectionModel().blockSignals(False)
            self._show_messages(self.batches.batch(row), keep=keep)
        else:
            self.messages.refetch(lambda _o, _n: [])
        self._update()

    def current_batch(self) -> BatchSummary | None:
        index = self.batch_view.currentIndex()
        return self.batches.batch(index.row()) if index.isValid() else None

    def _batch_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_messages(self.batches.batch(current.row()))
        self._update()

    def _show_messages(self, batch: BatchSummary, *, keep: bool = False) -> None:
        scroll = self.message_view.verticalScrollBar().value() if keep else 0
        batch_id = batch.id

        def fetch(offset: int, limit: int) -> list[OutboxRow]:
            try:
                return self.ws.outbox.messages(batch_id=batch_id, offset=offset, limit=limit)
            except LeadDeskError as exc:
                self.show_error(exc)
                return []

        self.messages.refetch(fetch)
        # the first page now, not when the view next lays itself out: the batch chosen and
        # its messages appear together (and a screenshot shows both)
        self.messages.fetchMore()
        if keep:
            self.message_view.verticalScrollBar().setValue(scroll)

    def selected_messages(self) -> list[OutboxRow]:
        rows = sorted({i.row() for i in self.message_view.selectionModel().selectedRows()})
        return [self.messages.message(r) for r in rows]

    # actions --------------------------------------------------------------------------
    def send(self) -> None:
        if not self.messenger.prefs.email_ready:
            self.show_error(self.tr("Email is not set up: add your SMTP server in Settings."))
            return
        if not self.messenger.start_sending(self):
            self._status(self.tr("No email is waiting to be sent by you."))
        self._update()

    def stop(self) -> None:
        self.messenger.stop_sending()

    def work_manual(self) -> None:
        batch = self.current_batch()
        batch_id = batch.id if batch is not None and batch.channel in MANUAL_CHANNELS else None
        self.messenger.work_manual(self, batch_id)
        self.reload(keep=True)

    def cancel(self) -> None:
        batch = self.current_batch()
        if batch is None:
            return
        waiting = batch.count(MessageStatus.QUEUED)
        answer = QMessageBox.question(
            self,
            self.tr("Cancel batch"),
            self.tr(
                "Cancel the %Ln message(s) not yet sent? You can retry them later.", "", waiting
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._act(lambda: self.ws.outbox.cancel(batch.id)[1])

    def retry(self) -> None:
        batch = self.current_batch()
        if batch is None:
            return
        chosen = [m.id for m in self.selected_messages() if m.status in RETRYABLE]
        if chosen:
            self._act(lambda: self.ws.outbox.retry(chosen)[1])
        else:
            self._act(lambda: self.ws.outbox.retry_batch(batch.id)[1])
        if batch.channel is Channel.EMAIL:
            self.messenger.start_sending(self)

    def resolve(self, *, delivered: bool) -> None:
        unsure = [m for m in self.selected_messages() if m.status is MessageStatus.HANDED_OVER]
        if not unsure:
            return

        def act() -> Changes:
            changes = Changes()
            for m in unsure:
                changes |= self.ws.outbox.resolve_unconfirmed(m.id, delivered=delivered)
            return changes

        self._act(act)
        if not delivered:
            self.messenger.start_sending(self)

    def _act(self, work: Callable[[], Changes]) -> None:
        try:
            changes = work()
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self.message.hide()
        self.reload(keep=True)
        self.changed.emit(changes)

    def _open_lead(self, index: QModelIndex) -> None:
        self.openLead.emit(self.messages.message(index.row()).lead_id)

    # state ----------------------------------------------------------------------------
    def _show_waiting(self) -> None:
        """How many of this user's emails wait, when nothing is being sent."""
        prefs = self.messenger.prefs
        if self.messenger.sender.running or not prefs.email_ready:
            return
        try:
            waiting = self.ws.outbox.pending(prefs.sender_email)
        except LeadDeskError:
            return
        self.state.setText(
            self.tr("%Ln email(s) of yours wait to be sent.", "", waiting) if waiting else ""
        )

    def _status(self, text: str) -> None:
        self.state.setText(text)

    def _update(self) -> None:
        running = self.messenger.sender.running
        self.send_button.setVisible(not running)
        self.stop_button.setVisible(running)
        batch = self.current_batch()
        selected = self.selected_messages()
        unsure = any(m.status is MessageStatus.HANDED_OVER for m in selected)
        self.arrived_button.setEnabled(unsure)
        self.again_button.setEnabled(unsure)
        self.cancel_button.setEnabled(batch is not None and batch.count(MessageStatus.QUEUED) > 0)
        self.retry_button.setEnabled(
            batch is not None and batch.count(MessageStatus.FAILED, MessageStatus.CANCELLED) > 0
        )
        if len(selected) == 1:
            m = selected[0]
            text = m.subject or m.body.splitlines()[0] if m.body else ""
            if m.status is MessageStatus.HANDED_OVER:
                text = self.tr(
                    "The whole message reached the server, but its answer was lost. Check "
                    "whether it arrived; it is never sent again unless you say so."
                )
            self.detail.setText(text)
        else:
            self.detail.setText(
                self.tr("%Ln message(s) selected", "", len(selected)) if selected else ""
            )

    def show_error(self, exc: LeadDeskError | str) -> None:
        self.message.setText(error_text(exc))
        self.message.show()
