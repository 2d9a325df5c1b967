"""Settings ▸ People: who works with the leads. Add, edit and deactivate people (roles
are shown and kept now; team mode enforces them later)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.leads import Role
from leaddesk.errors import LeadDeskError, ValidationError
from leaddesk.services.records import Changes, Result, UserRecord
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import left_to_right
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.people import role_label
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.widgets.record_table import record_table
from leaddesk.ui.widgets.record_table_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class PeopleModel(RecordTableModel[UserRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [self.tr("Name"), self.tr("Email"), self.tr("Role"), self.tr("State")], parent
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        u = self.record(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            state = self.tr("Active") if u.active else self.tr("Deactivated")
            return (u.name, left_to_right(u.email), role_label(u.role), state)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not u.active:
            return QColor("#95A5A6")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


class PersonDialog(QDialog):
    """A person's name, address and role; the refusal shown beside the field."""

    def __init__(self, person: UserRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add a person"))
        self.setMinimumWidth(400)
        self.name = QLineEdit(person.name if person else "")
        self.name.setObjectName("personName")
        self.email = QLineEdit(person.email if person else "")
        self.email.setObjectName("personEmail")
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.role = QComboBox()
        self.role.setObjectName("personRole")
        for r in Role:
            self.role.addItem(role_label(r), r.value)
        self.role.setCurrentIndex(self.role.findData((person.role if person else Role.REP).value))
        self.problem = error_banner("personProblem")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Role"), self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)
        self.save: Callable[[], Result[UserRecord]] | None = None  # set by the panel
        self.result_value: Result[UserRecord] | None = None

    def accept(self) -> None:
        """Saved, or the dialog stays with the reason (nothing typed is lost)."""
        if self.save is None:
            super().accept()
            return
        try:
            self.result_value = self.save()
        except ValidationError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        except LeadDeskError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        super().accept()


class PeoplePanel(QWidget):
    changed = Signal(object)  # Changes: people added, edited or deactivated here

    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePanel")
        self._ws = workspace
        self.model = PeopleModel(self)
        self.table = record_table(self.model, "peopleTable")
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.add_button = push_button(self.tr("Add a person…"), "addPerson", self.add_person)
        self.edit_button = push_button(self.tr("Edit…"), "editPerson", self.edit_selected)
        self.active_button = push_button(
            self.tr("Deactivate"), "togglePerson", self.toggle_selected
        )
        self.message = error_banner("peopleMessage")
        note = QLabel(
            self.tr(
                "People are never deleted: a deactivated person is no longer offered as an "
                "owner, and their history keeps their name."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        lay.addWidget(note)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        kept = self.selected()
        try:
            people = self._ws().users.list(active_only=False)
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return
        self.model.reset(people)
        for row, person in enumerate(people):
            if kept is not None and person.id == kept.id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> UserRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        person = self.selected()
        self.edit_button.setEnabled(person is not None)
        self.active_button.setEnabled(person is not None)
        self.active_button.setText(
            self.tr("Bring back")
            if person is not None and not person.active
            else self.tr("Deactivate")
        )

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _done(self, changes: Changes) -> None:
        self.message.hide()
        self.reload()
        self.changed.emit(changes)

    def person_dialog(self, person: UserRecord | None) -> PersonDialog:
        ask = PersonDialog(person, self)
        ws = self._ws

        def save() -> Result[UserRecord]:
            name, email, role = ask.name.text(), ask.email.text(), str(ask.role.currentData())
            if person is None:
                return ws().users.add(name, email, role)
            return ws().users.update(
                person.id, name=name, email=email, role=role, expected_version=person.version
            )

        ask.save = save
        return ask

    def add_person(self) -> None:
        ask = self.person_dialog(None)
        if ask.exec() == QDialog.DialogCode.Accepted and ask.result_value is not None:
            self._done(ask.result_value.changes)

    def edit_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        ask = self.person_dialog(person)
        if ask.exec() == QDialog.DialogCode.Accepted and ask.result_value is not None:
            self._done(ask.result_value.changes)

    def toggle_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        try:
            result = self._ws().users.set_active(
                person.id, not person.active, expected_version=person.version
            )
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            self.reload()
            return
        self._done(result.changes)
