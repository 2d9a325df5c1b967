"""The top of a lead's window: who the lead is, where it stands, what is next, and the
quick actions. Call, email and WhatsApp hand the lead's number or address to the
system; the window connects the buttons that write."""

from __future__ import annotations

import datetime as dt
import uuid
from urllib.parse import quote

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from leaddesk.domain.links import whatsapp_link
from leaddesk.services.records import FollowUpRecord, LeadRecord, UserRecord
from leaddesk.ui.formatting import datetime_text, isolated
from leaddesk.ui.lead.score_view import ScoreButton
from leaddesk.ui.names.stages import STAGE_COLORS, stage_label
from leaddesk.ui.widgets.buttons import menu_button


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


def _when(moment: dt.datetime) -> str:
    return datetime_text(moment)


class LeadHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("leadName")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.number = QLabel()
        self.number.setObjectName("leadNumber")
        self.stage_badge = QLabel()
        self.stage_badge.setObjectName("leadStage")
        self.owner = QLabel()
        self.owner.setObjectName("leadOwner")
        self.score = ScoreButton()
        self.last_contact = QLabel()
        self.last_contact.setObjectName("lastContact")
        self.next_follow_up = QLabel()
        self.next_follow_up.setObjectName("nextFollowUp")
        self.dnc_mark = QLabel()
        self.dnc_mark.setObjectName("doNotContact")
        self.dnc_mark.setStyleSheet(
            "background: #C0392B; color: white; border-radius: 8px; padding: 1px 8px;"
            " font-weight: 600;"
        )
        self.dnc_mark.hide()
        self.complete_button = _button(self.tr("Done…"), "completeFollowUp")
        facts = QHBoxLayout()
        for w in (
            self.number,
            self.stage_badge,
            self.dnc_mark,
            self.owner,
            self.score,
            self.last_contact,
        ):
            facts.addWidget(w)
        facts.addStretch(1)
        facts.addWidget(self.next_follow_up)
        facts.addWidget(self.complete_button)

        self._record: LeadRecord | None = None
        self.call_button = _button(self.tr("Call"), "callAction")
        self.call_button.clicked.connect(self.call)
        self.email_button = _button(self.tr("Email"), "emailAction")
        self.email_button.clicked.connect(self.email)
        self.whatsapp_button = _button(self.tr("WhatsApp"), "whatsappAction")
        self.whatsapp_button.clicked.connect(self.whatsapp)
        self.send_button = menu_button(self.tr("Send template"), "sendTemplate")
        self.follow_button = _button(self.tr("Follow-up…"), "followUpAction")
        self.move_button = menu_button(self.tr("Move to"), "moveAction")
        self.assign_button = menu_button(self.tr("Assign"), "assignAction")
        self.log_button = menu_button(self.tr("Log"), "logAction")
        self.attach_button = _button(self.tr("Attach…"), "attachAction")
        actions = QHBoxLayout()
        buttons: tuple[QPushButton | QToolButton, ...] = (
            self.call_button,
            self.email_button,
            self.whatsapp_button,
            self.send_button,
            self.follow_button,
            self.move_button,
            self.assign_button,
            self.log_button,
            self.attach_button,
        )
        for button in buttons:
            actions.addWidget(button)
        actions.addStretch(1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        # at the reader's start edge even when the name is written the other way (a
        # plain QLabel aligns by its text: "James Taylor" stood on the left in Arabic)
        lay.addWidget(self.title, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addLayout(facts)
        lay.addLayout(actions)

    def show_record(self, record: LeadRecord, users: tuple[UserRecord, ...]) -> None:
        self._record = record
        self.title.setText(record.name)
        self.number.setText(record.number)
        color = STAGE_COLORS[record.stage]
        self.stage_badge.setText(stage_label(record.stage))
        self.stage_badge.setStyleSheet(
            f"background: {color}; color: white; border-radius: 8px; padding: 1px 8px;"
        )
        owner = _owner_name(users, record.owner_id)
        self.owner.setText(
            self.tr("Owner: %1").replace("%1", isolated(owner)) if owner else self.tr("In the pool")
        )
        self.score.lead_id = record.id
        self.score.show_score(record.score, record.qualification, record.probability)
        if record.last_contacted_at is None:
            self.last_contact.setText(self.tr("Not contacted yet"))
        else:
            self.last_contact.setText(
                self.tr("Last contact: %1").replace("%1", _when(record.last_contacted_at))
            )
        self._show_do_not_contact(record)
        self.call_button.setEnabled(bool(record.phone))
        self.email_button.setEnabled(bool(record.email))
        self.whatsapp_button.setEnabled(bool(record.whatsapp or record.phone))

    def _show_do_not_contact(self, record: LeadRecord) -> None:
        """A red mark naming the channels the lead asked not to be contacted on."""
        names = [
            text
            for flag, text in (
                (record.dnc_email, self.tr("email")),
                (record.dnc_phone, self.tr("calls")),
                (record.dnc_whatsapp, self.tr("WhatsApp")),
                (record.dnc_sms, self.tr("SMS")),
            )
            if flag
        ]
        self.dnc_mark.setVisible(bool(names))
        self.dnc_mark.setText(
            self.tr("Do not contact: %1").replace("%1", QLocale().createSeparatedList(names))
        )
        self.dnc_mark.setToolTip(
            self.tr("The lead asked not to be contacted this way; sending skips it.")
        )

    def call(self) -> None:
        if self._record and self._record.phone:
            QDesktopServices.openUrl(QUrl(f"tel:{self._record.phone}"))

    def email(self) -> None:
        if self._record and self._record.email:
            QDesktopServices.openUrl(QUrl(f"mailto:{quote(self._record.email, safe='@')}"))

    def whatsapp(self) -> None:
        number = self._record and (self._record.whatsapp or self._record.phone)
        if number:
            QDesktopServices.openUrl(QUrl(whatsapp_link(number)))

    def show_follow_up(self, f: FollowUpRecord | None) -> None:
        """The lead's next open follow-up, red when overdue, with Done… beside it."""
        self.complete_button.setVisible(f is not None)
        if f is None:
            self.next_follow_up.setText(self.tr("No follow-up planned"))
            self.next_follow_up.setStyleSheet("")
            return
        overdue = f.due_at < dt.datetime.now(dt.UTC)
        text = self.tr("Next: %1 · %2")
        text = text.replace("%1", isolated(f.title)).replace("%2", _when(f.due_at))
        if overdue:
            text = self.tr("%1 (overdue)").replace("%1", text)
        self.next_follow_up.setText(text)
        self.next_follow_up.setStyleSheet("color: #C0392B; font-weight: 600;" if overdue else "")


def _owner_name(users: tuple[UserRecord, ...], owner_id: uuid.UUID | None) -> str | None:
    return next((u.name for u in users if u.id == owner_id), None)
