"""The lead window's partner bar: a lead sent to a partner waits for its answer, and
the owner records the answer a partner gave by phone or email ("Accepted",
"Returned…"); a lead the partner took says so. Hidden for every other lead.

The bar reads its state from the service each time the lead or its timeline
changes (a reply link answered from ``leaddesk capture serve``, the expiry sweep),
so it never shows an answer the database does not have.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QWidget

from leaddesk.errors import LeadDeskError
from leaddesk.services.partners import PartnerState
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import isolated, qt_date, time_text
from leaddesk.ui.widgets.buttons import push_button


def _day(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return QLocale().toString(qt_date(local.date()), "d MMM")


def _day_time(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{_day(local)} {time_text(local)}"


class PartnerBar(QFrame):
    written = Signal(object)  # Changes: the partner's answer was recorded here
    failed = Signal(object)  # LeadDeskError

    def __init__(
        self,
        workspace: Workspace,
        lead_id: uuid.UUID,
        me: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnerBar")
        self.setStyleSheet(
            "#partnerBar { background: #EAF2FD; border: 1px solid #B9D1F5; border-radius: 6px; }"
        )
        self.ws, self.lead_id, self.me = workspace, lead_id, me
        self.state: PartnerState | None = None
        self.text = QLabel()
        self.text.setObjectName("partnerText")
        self.text.setWordWrap(True)
        self.accept_button = push_button(self.tr("Accepted"), "partnerAccepted", self.accept)
        self.accept_button.setToolTip(self.tr("Record that the partner accepted this lead"))
        self.return_button = push_button(self.tr("Returned…"), "partnerReturned", self.give_back)
        self.return_button.setToolTip(
            self.tr("Record that the partner returned this lead: the next rule takes it")
        )
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.accept_button)
        lay.addWidget(self.return_button)
        self.hide()
        self.refresh()

    def refresh(self) -> None:
        """Read the lead's partner state again and show it (hidden without one)."""
        try:
            self.state = self.ws.partners.state_of(self.lead_id)
        except LeadDeskError as exc:
            self.failed.emit(exc)
            return
        s = self.state
        if s is None:
            self.hide()
            return
        partner = isolated(s.partner)
        if s.waiting:
            self.text.setText(
                self.tr("Sent to partner %1 on %2, waiting for them to accept (answer due by %3)")
                .replace("%1", partner)
                .replace("%2", _day(s.pushed_at))
                .replace("%3", _day_time(s.due_at))
            )
        else:
            self.text.setText(
                self.tr("Accepted by %1 on %2")
                .replace("%1", partner)
                .replace("%2", _day(s.answered_at or s.pushed_at))
            )
        self.accept_button.setVisible(s.waiting)
        self.return_button.setVisible(s.waiting)
        self.show()

    def accept(self) -> None:
        """The owner records that the partner took the lead."""
        if self.state is None or not self.state.waiting:
            return
        try:
            changes = self.ws.partners.accept(
                self.lead_id, user_id=self.me, push_id=self.state.push_id
            )
        except LeadDeskError as exc:
            self.failed.emit(exc)
            self.refresh()
            return
        self.refresh()
        self.written.emit(changes)

    def give_back(self, reason: str | None = None) -> None:
        """The owner records that the partner returned the lead (asking why, which
        may stay empty): the rules after the one that pushed it decide again."""
        if self.state is None or not self.state.waiting:
            return
        if not isinstance(reason, str):  # a click passes the button's checked state
            text, ok = QInputDialog.getText(
                self,
                self.tr("Returned by the partner"),
                self.tr("Why did %1 return it? (optional)").replace(
                    "%1", isolated(self.state.partner)
                ),
                QLineEdit.EchoMode.Normal,
            )
            if not ok:
                return
            reason = text
        try:
            changes = self.ws.partners.give_back(
                self.lead_id, reason, user_id=self.me, push_id=self.state.push_id
            )
        except LeadDeskError as exc:
            self.failed.emit(exc)
            self.refresh()
            return
        self.refresh()
        self.written.emit(changes)
