"""Logging what happened with a lead: a call, a meeting, a note, a message, or an
action of the lead's own (attended a webinar, requested a quote), which scoring counts."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from leaddesk.domain.activities import KNOWN_EVENT_TAGS, ActivityKind, Direction
from leaddesk.ui.lead.timeline import outcome_label
from leaddesk.ui.names.activities import event_tag_label, kind_label

OUTCOMES = ("no_answer", "left_message", "talked", "meeting_booked")
MESSAGES = (ActivityKind.EMAIL, ActivityKind.WHATSAPP, ActivityKind.SMS)


class LogActivityDialog(QDialog):
    def __init__(self, kind: ActivityKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("logActivityDialog")
        self.setWindowTitle(self.tr("Log: %1").replace("%1", kind_label(kind)))
        form = QFormLayout(self)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        form.addRow(self.tr("When"), self.when)
        self.outcome = QComboBox()
        self.duration = QSpinBox()
        self.direction = QComboBox()
        self.subject = QLineEdit()
        self.tag = QComboBox()
        self.tag.setObjectName("eventTag")
        if kind is ActivityKind.EVENT:
            self.tag.setEditable(True)  # the team's own actions too ("visited the stand")
            for tag in KNOWN_EVENT_TAGS:
                self.tag.addItem(event_tag_label(tag), tag)
            form.addRow(self.tr("What the lead did"), self.tag)
            form.addRow(self.tr("Details"), self.subject)
        if kind is ActivityKind.CALL:
            for outcome in OUTCOMES:
                self.outcome.addItem(outcome_label(outcome), outcome)
            self.outcome.setCurrentIndex(OUTCOMES.index("talked"))
            form.addRow(self.tr("Outcome"), self.outcome)
            self.duration.setRange(0, 600)
            self.duration.setSuffix(self.tr(" min"))
            form.addRow(self.tr("Duration"), self.duration)
            self.direction.addItem(self.tr("We called"), Direction.OUTBOUND.value)
            self.direction.addItem(self.tr("They called"), Direction.INBOUND.value)
            form.addRow(self.tr("Direction"), self.direction)
        if kind in MESSAGES:
            self.direction.addItem(self.tr("Sent"), Direction.OUTBOUND.value)
            self.direction.addItem(self.tr("Received"), Direction.INBOUND.value)
            form.addRow(self.tr("Direction"), self.direction)
        if kind in (ActivityKind.EMAIL, ActivityKind.MEETING):
            form.addRow(self.tr("Subject"), self.subject)
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        form.addRow(
            self.tr("Notes") if kind is not ActivityKind.NOTE else self.tr("Note"), self.body
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def entry(self) -> dict[str, Any]:
        """Keyword arguments for ActivityService.log."""
        out: dict[str, Any] = {
            # toPython() is typed object; a QDateTime gives a datetime
            "occurred_at": cast(dt.datetime, self.when.dateTime().toPython()).astimezone(dt.UTC),
            "body": self.body.toPlainText().strip() or None,
        }
        if self.kind is ActivityKind.CALL:
            out["outcome"] = self.outcome.currentData()
            out["direction"] = Direction(self.direction.currentData())
            if self.duration.value():
                out["details"] = {"duration_min": self.duration.value()}
        if self.kind in MESSAGES:
            out["direction"] = Direction(self.direction.currentData())
        if self.kind in (ActivityKind.EMAIL, ActivityKind.MEETING, ActivityKind.EVENT):
            out["subject"] = self.subject.text().strip() or None
        if self.kind is ActivityKind.EVENT:
            out["tag"] = self._tag()
        return out

    def _tag(self) -> str:
        """The picked action, or the words typed for one of the team's own."""
        text = self.tag.currentText().strip()
        index = self.tag.findText(text)
        data = self.tag.itemData(index) if index >= 0 else None
        return data if isinstance(data, str) else text
