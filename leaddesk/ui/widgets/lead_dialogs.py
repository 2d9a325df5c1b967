"""The questions a move or a context-menu action asks before it is saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from PySide6.QtCore import QDateTime, QObject, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.stages import Stage
from leaddesk.services.followups import NextStep
from leaddesk.ui.names.stages import stage_label


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.buttons)

    @property
    def ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


class ReasonDialog(_Form):
    """Why leads become Disqualified or Inactive: a common reason plus free text."""

    def __init__(self, stage: Stage, count: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reason for %1").replace("%1", stage_label(stage)), parent)
        self.setObjectName("reasonDialog")
        self.intro.setText(
            self.tr("Say why %Ln lead(s) move to %1.", "", count).replace("%1", stage_label(stage))
        )
        self.choice = QComboBox()
        self.choice.setObjectName("reasonChoice")
        if stage is Stage.INACTIVE:
            reasons = [
                self.tr("Stopped buying"),
                self.tr("Contract ended"),
                self.tr("Went quiet"),
                self.tr("Moved or closed"),
            ]
        else:
            reasons = [
                self.tr("No budget"),
                self.tr("Not a fit for our products"),
                self.tr("Chose a competitor"),
                self.tr("Not the decision maker"),
                self.tr("Could not reach"),
                self.tr("Spam or duplicate"),
            ]
        self.choice.addItem(self.tr("Choose a reason…"), "")
        for r in reasons:
            self.choice.addItem(r, r)
        self.choice.addItem(self.tr("Other (say below)"), "-")
        self.details = QLineEdit()
        self.details.setObjectName("reasonDetails")
        self.details.setPlaceholderText(self.tr("Details (optional)"))
        self.form.addRow(self.tr("Reason"), self.choice)
        self.form.addRow(self.tr("Details"), self.details)
        self.choice.currentIndexChanged.connect(self._check)
        self.details.textChanged.connect(self._check)
        self._check()

    def reason(self) -> str:
        picked = self.choice.currentData() or ""
        details = self.details.text().strip()
        if picked in ("", "-"):  # no reason from the list: the details alone say why
            return details
        return f"{picked}: {details}" if details else picked

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))


class DealValueDialog(_Form):
    """A win: confirm (or correct) what the deal is worth."""

    def __init__(
        self, name: str, value: Decimal | None, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Won: confirm the deal value"), parent)
        self.setObjectName("dealValueDialog")
        self.intro.setText(
            self.tr("%1 becomes a customer. What is the deal worth?").replace("%1", name)
        )
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("dealValue")
        self.amount.setRange(0, 1_000_000_000)
        self.amount.setDecimals(2)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSuffix(f" {currency}")
        self.amount.setValue(float(value or 0))
        self.form.addRow(self.tr("Deal value"), self.amount)

    def value(self) -> Decimal:
        return Decimal(str(round(self.amount.value(), 2)))

    def accept(self) -> None:
        """A deal worth nothing is usually a value not typed yet: asked once more."""
        if self.value() == 0:
            sure = QMessageBox.question(
                self,
                self.tr("Won with no value?"),
                self.tr("The deal value is 0. Mark the lead as won without a value?"),
            )
            if sure != QMessageBox.StandardButton.Yes:
                self.amount.setFocus()
                return
        super().accept()


def _morning(days: int) -> QDateTime:
    when = QDateTime.currentDateTime().addDays(days)
    when.setTime(QTime(9, 0))
    return when


class WhenEdit(QWidget):
    """A due time with one-click choices: tomorrow or next week at 9:00, or any date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit(_morning(1))
        self.edit.setObjectName("followUpWhen")
        self.edit.setCalendarPopup(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        for text, days, name in (
            (self.tr("Tomorrow"), 1, "whenTomorrow"),
            (self.tr("Next week"), 7, "whenNextWeek"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, d=days: self.edit.setDateTime(_morning(d)))
            row.addWidget(button)

    def due_at(self) -> dt.datetime:
        # local wall time, aware (toPython() is typed object; a QDateTime gives a datetime)
        return cast(dt.datetime, self.edit.dateTime().toPython()).astimezone()


class FollowUpDialog(_Form):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Schedule a follow-up"), parent)
        self.setObjectName("followUpDialog")
        self.intro.setText(self.tr("Next step with %1").replace("%1", name))
        self.when = WhenEdit()
        self.title = QLineEdit(self.tr("Call back"))
        self.title.setObjectName("followUpTitle")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("followUpNotes")
        self.notes.setFixedHeight(70)
        self.form.addRow(self.tr("When"), self.when)
        self.form.addRow(self.tr("What"), self.title)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.title.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))

    def due_at(self) -> dt.datetime:
        return self.when.due_at()


class CompleteFollowUpDialog(_Form):
    """What happened, and optionally the next step, in one go."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Complete a follow-up"), parent)
        self.setObjectName("completeFollowUpDialog")
        self.intro.setText(self.tr("%1 with %2").replace("%1", title).replace("%2", name))
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("followUpOutcome")
        self.outcome.setPlaceholderText(self.tr("What happened?"))
        self.outcome.setFixedHeight(80)
        self.again = QCheckBox(self.tr("Schedule the next follow-up"))
        self.again.setObjectName("followUpAgain")
        self.when = WhenEdit()
        self.next_title = QLineEdit(self.tr("Call back"))
        self.next_title.setObjectName("followUpNextTitle")
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.form.addRow(self.again)
        self.form.addRow(self.tr("When"), self.when)
        self.form.addRow(self.tr("What"), self.next_title)
        self.again.toggled.connect(self._check)
        self.next_title.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        on = self.again.isChecked()
        self.when.setEnabled(on)
        self.next_title.setEnabled(on)
        self.ok_button.setEnabled(not on or bool(self.next_title.text().strip()))

    def notes(self) -> str | None:
        return self.outcome.toPlainText().strip() or None

    def next_step(self) -> NextStep | None:
        if not self.again.isChecked():
            return None
        return NextStep(self.when.due_at(), self.next_title.text().strip())


@dataclass(frozen=True)
class PlannedFollowUp:
    due_at: dt.datetime
    title: str
    notes: str | None


def plan_follow_up(parent: QWidget, lead_name: str) -> PlannedFollowUp | None:
    """When and what the next step with a lead is; None if the user cancelled."""
    ask = FollowUpDialog(lead_name, parent)
    if ask.exec() != QDialog.DialogCode.Accepted:
        return None
    return PlannedFollowUp(ask.due_at(), ask.title.text(), ask.notes.toPlainText() or None)


@dataclass(frozen=True)
class Completion:
    notes: str | None
    then: NextStep | None


def ask_completion(parent: QWidget, title: str, lead_name: str) -> Completion | None:
    """What happened at a follow-up, and the next step if any; None if cancelled."""
    ask = CompleteFollowUpDialog(title, lead_name, parent)
    if ask.exec() != QDialog.DialogCode.Accepted:
        return None
    return Completion(ask.notes(), ask.next_step())


@dataclass(frozen=True)
class MoveAnswers:
    reason: str | None = None
    deal_value: Decimal | None = None


class MoveQuestions(QObject):
    """What a stage needs before cards move into it, asked the same from every screen."""

    def ask(
        self,
        parent: QWidget,
        target: Stage,
        changing: int,
        win: tuple[str, Decimal | None, str] | None = None,
    ) -> MoveAnswers | None:
        """None if the user cancelled. ``changing``: cards that change stage;
        ``win``: (name, deal value, currency) of a single card becoming a customer."""
        if not changing:
            return MoveAnswers()
        if target.needs_reason:
            ask = ReasonDialog(target, changing, parent)
            if ask.exec() != QDialog.DialogCode.Accepted:
                return None
            return MoveAnswers(reason=ask.reason())
        if target is Stage.CUSTOMER and win is not None:
            confirm = DealValueDialog(*win, parent)
            if confirm.exec() != QDialog.DialogCode.Accepted:
                return None
            return MoveAnswers(deal_value=confirm.value())
        if target is Stage.CUSTOMER:
            answer = QMessageBox.question(
                parent,
                self.tr("Won"),
                self.tr(
                    "Mark %Ln leads as customers with their current deal values?", "", changing
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return MoveAnswers()
