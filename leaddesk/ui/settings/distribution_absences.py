"""A person's absences on Settings ▸ Distribution ▸ People: holidays, sick leave and
other time away, each saved the moment it is added or removed (the rotation skips
the rep from then on, or takes them back)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.rotation import AbsenceKind
from leaddesk.errors import LeadDeskError, ValidationError
from leaddesk.services.distribution_reads import AbsenceRecord
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import date_format, date_text, isolated
from leaddesk.ui.names.distribution import absence_kind_label, issues_text
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.settings.hand_over_dialog import HandOverDialog
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.widgets.record_table import record_table
from leaddesk.ui.widgets.record_table_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class AbsencesModel(RecordTableModel[AbsenceRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Kind"), self.tr("From"), self.tr("To"), self.tr("Note")], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        a = self.record(index.row())
        return (
            absence_kind_label(a.kind),
            date_text(a.starts),
            date_text(a.ends),
            isolated(a.note),
        )[index.column()]


class AbsencesBox(QGroupBox):
    changed = Signal(object)  # Changes: an absence added or removed

    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Absences"))
        self.setObjectName("absencesBox")
        self._ws = workspace
        self._user: uuid.UUID | None = None
        self.model = AbsencesModel(self)
        self.table = record_table(self.model, "absencesTable", stretch=3)
        self.kind = QComboBox()
        self.kind.setObjectName("absenceKind")
        for kind in AbsenceKind:
            self.kind.addItem(absence_kind_label(kind), kind.value)
        self.starts, self.ends = QDateEdit(), QDateEdit()
        self.starts.setObjectName("absenceStarts")
        self.ends.setObjectName("absenceEnds")
        for box in (self.starts, self.ends):
            box.setCalendarPopup(True)
            box.setDisplayFormat(date_format())
            box.setDate(QDate.currentDate())
        self.note = QLineEdit()
        self.note.setObjectName("absenceNote")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("Note"))
        self.add_button = push_button(self.tr("Add absence"), "addAbsence", self.add)
        self.remove_button = push_button(self.tr("Remove"), "removeAbsence", self.remove_selected)
        self.hand_over_button = push_button(
            self.tr("Hand over leads…"), "handOver", lambda: self.hand_over_selected()
        )
        self.message = error_banner("absencesMessage")
        adding = QHBoxLayout()
        adding.addWidget(self.kind)
        adding.addWidget(self.starts)
        adding.addWidget(QLabel(self.tr("to")))
        adding.addWidget(self.ends)
        adding.addStretch(1)
        noting = QHBoxLayout()  # a line of its own: the note has room in any language
        noting.addWidget(self.note, 1)
        noting.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.addLayout(adding)
        lay.addLayout(noting)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self.remove_button)
        below.addWidget(self.hand_over_button)
        below.addStretch(1)
        lay.addLayout(below)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def show_person(self, user_id: uuid.UUID | None) -> None:
        if user_id != self._user:
            self.message.hide()
        self._user = user_id
        self.reload()

    def reload(self) -> None:
        rows: list[AbsenceRecord] = []
        if self._user is not None:
            try:
                rows = self._ws().distribution.absences(self._user)
            except LeadDeskError as exc:
                self.show_error(error_text(exc))
        self.model.reset(rows)
        self._update_buttons()

    def selected(self) -> AbsenceRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._user is not None)
        self.remove_button.setEnabled(self.selected() is not None)
        self.hand_over_button.setEnabled(self.selected() is not None)

    def add(self) -> bool:
        if self._user is None:
            return False
        user, kind = self._user, AbsenceKind(self.kind.currentData())
        starts, ends = _day(self.starts.date()), _day(self.ends.date())
        note = self.note.text().strip() or None
        if self._write(lambda: self._ws().distribution.add_absence(user, starts, ends, kind, note)):
            self.note.clear()
            return True
        return False

    def remove_selected(self) -> bool:
        gone = self.selected()
        if gone is None:
            return False
        return self._write(lambda: self._ws().distribution.remove_absence(gone.id))

    def hand_over_selected(self, choice: tuple[uuid.UUID | None, bool] | None = None) -> int:
        """Hand the absent rep's leads that need someone over (``choice``: the
        colleague or None for the rules, and whether they come back, as if chosen in
        the dialog); how many moved."""
        absence = self.selected()
        if absence is None:
            return 0
        ws = self._ws()
        try:
            plan = ws.hand_overs.plan(absence.id)
            if not plan.lead_ids:
                self.show_error(self.tr("No open lead has a follow-up due during this absence."))
                return 0
            if choice is None:
                colleagues = [
                    (u.id, u.name) for u in ws.users.list() if u.active and u.id != plan.rep_id
                ]
                dialog = HandOverDialog(plan, colleagues, self)
                if dialog.exec() != HandOverDialog.DialogCode.Accepted:
                    return 0
                choice = dialog.choice()
            to, give_back = choice
            done = ws.hand_overs.hand_over(absence.id, to=to, give_back=give_back)
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return 0
        self.message.hide()
        self.changed.emit(done.changes)
        return done.moved

    def _write(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except ValidationError as exc:
            self.show_error(issues_text(exc.issues))
            return False
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return False
        self.message.hide()
        self.reload()
        self.changed.emit(Changes(users=True))
        return True

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def _day(d: QDate) -> dt.date:
    return dt.date(d.year(), d.month(), d.day())
