"""WhatsApp and SMS go through the system's own app: LeadDesk opens the message
there, the rep sends it, and says so here (then it is logged)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.activities import Channel
from leaddesk.domain.links import sms_link, whatsapp_link
from leaddesk.errors import LeadDeskError
from leaddesk.services.message_records import OutboxRow
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import isolated, left_to_right
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.messages import text_direction


def message_link(row: OutboxRow) -> str:
    if row.channel is Channel.WHATSAPP:
        return whatsapp_link(row.recipient, row.body)
    return sms_link(row.recipient, row.body)


class ManualSendDialog(QDialog):
    """One queued WhatsApp or SMS message after another, until none is left or the rep
    stops (the rest wait in the Outbox)."""

    def __init__(
        self,
        ws: Workspace,
        *,
        batch_id: uuid.UUID | None,
        user_id: uuid.UUID | None,
        on_changes: Callable[[Changes], None],
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("manualSendDialog")
        self.ws, self.batch_id, self.user_id = ws, batch_id, user_id
        self._on_changes, self._open_url = on_changes, open_url
        self.row: OutboxRow | None = None
        self.done_count = 0
        self.resize(520, 420)
        self.who = QLabel()
        self.who.setObjectName("manualRecipient")
        self.who.setStyleSheet("font-weight: 600;")
        self.text = QPlainTextEdit()
        self.text.setObjectName("manualText")
        self.text.setReadOnly(True)
        self.hint = QLabel(
            self.tr("Press Open, send the message there, then come back and press Sent.")
        )
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("manualMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C0392B;")
        self.open_button = QPushButton()
        self.open_button.setObjectName("manualOpen")
        self.open_button.clicked.connect(self.open_message)
        self.sent_button = QPushButton(self.tr("Sent"))
        self.sent_button.setObjectName("manualSent")
        self.sent_button.clicked.connect(lambda: self.confirm(True))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("manualSkip")
        self.skip_button.setToolTip(self.tr("Do not send this one (it is cancelled)"))
        self.skip_button.clicked.connect(lambda: self.confirm(False))
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setObjectName("manualLater")
        self.later_button.setToolTip(self.tr("Stop here; the rest wait in the Outbox"))
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        for b in (self.sent_button, self.skip_button, self.later_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.who)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.hint)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.next()

    def next(self) -> bool:
        """Show the next waiting message; closes the dialog when there is none."""
        try:
            self.row = self.ws.outbox.next_manual(batch_id=self.batch_id, user_id=self.user_id)
        except LeadDeskError as exc:
            self.message.setText(error_text(exc))
            return False
        if self.row is None:
            self.accept()
            return False
        r = self.row
        whatsapp = r.channel is Channel.WHATSAPP
        self.setWindowTitle(self.tr("WhatsApp messages") if whatsapp else self.tr("Text messages"))
        self.open_button.setText(self.tr("Open WhatsApp") if whatsapp else self.tr("Open messages"))
        self.who.setText(
            self.tr("To %1 (%2) · %3")
            .replace("%1", isolated(r.recipient_name) or left_to_right(r.lead_number))
            .replace("%2", left_to_right(r.recipient))
            .replace("%3", left_to_right(r.lead_number))
        )
        self.text.setLayoutDirection(text_direction(r.language))
        self.text.setPlainText(r.body)
        self.message.clear()
        return True

    def open_message(self) -> None:
        if self.row is None:
            return
        if not self._open_url(QUrl(message_link(self.row), QUrl.ParsingMode.StrictMode)):
            self.message.setText(
                self.tr("No program on this computer opens %1 links.").replace(
                    "%1", "WhatsApp" if self.row.channel is Channel.WHATSAPP else "sms:"
                )
            )
        self.sent_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm(self, sent: bool) -> None:
        if self.row is None:
            return
        try:
            changes = self.ws.outbox.confirm_manual(self.row.id, sent=sent)
        except LeadDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.done_count += int(sent)
        self._on_changes(changes)
        self.next()
