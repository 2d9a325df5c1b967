"""Settings ▸ Custom fields: the fields the team adds to every lead (name, kind and,
for a choice, its choices). A field is retired, never deleted: the leads keep their
values, and restoring it brings them back to the form and the filters."""

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
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.errors import LeadDeskError
from leaddesk.services.custom_fields import CustomFieldRecord
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.fields import kind_label
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.widgets.record_table import record_table
from leaddesk.ui.widgets.record_table_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
RETIRED = QColor("#95A5A6")


class FieldsModel(RecordTableModel[CustomFieldRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [self.tr("Field"), self.tr("Kind"), self.tr("Choices"), self.tr("State")], parent
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self.record(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            state = self.tr("Retired") if f.retired else self.tr("In use")
            choices = self.tr(", ").join(f.choices)
            return (f.name, kind_label(f.kind), choices, state)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2 and f.choices:
            return "\n".join(f.choices)
        if role == Qt.ItemDataRole.ForegroundRole and f.retired:
            return RETIRED
        return None


class FieldDialog(QDialog):
    """A field's name, kind and choices; a refusal stays in the dialog, nothing lost."""

    def __init__(self, field: CustomFieldRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldDialog")
        self.setWindowTitle(self.tr("Edit field") if field else self.tr("Add a field"))
        self.setMinimumWidth(420)
        self.name = QLineEdit(field.name if field else "")
        self.name.setObjectName("fieldName")
        self.kind = QComboBox()
        self.kind.setObjectName("fieldKind")
        for kind in (
            FieldKind.TEXT,
            FieldKind.NUMBER,
            FieldKind.YES_NO,
            FieldKind.DATE,
            FieldKind.CHOICE,
        ):
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(
            self.kind.findData((field.kind if field else FieldKind.TEXT).value)
        )
        self.choices = QPlainTextEdit("\n".join(field.choices) if field else "")
        self.choices.setObjectName("fieldChoices")
        self.choices.setPlaceholderText(self.tr("One choice per line"))
        self.choices_label = QLabel(self.tr("Choices"))
        self.problem = error_banner("fieldProblem")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.choices_label, self.choices)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_choices())
        self._show_choices()
        self.save: Callable[[], Changes] | None = None  # set by the panel
        self.changes: Changes | None = None

    def chosen_kind(self) -> FieldKind:
        return FieldKind(self.kind.currentData())

    def chosen_choices(self) -> list[str]:
        return [line.strip() for line in self.choices.toPlainText().splitlines() if line.strip()]

    def _show_choices(self) -> None:
        shown = self.chosen_kind() is FieldKind.CHOICE
        self.choices.setVisible(shown)
        self.choices_label.setVisible(shown)

    def accept(self) -> None:
        if self.save is not None:
            try:
                self.changes = self.save()
            except LeadDeskError as exc:
                self.problem.setText(error_text(exc))
                self.problem.show()
                return
        super().accept()


class CustomFieldsPanel(QWidget):
    changed = Signal(object)  # Changes: fields added, edited, retired here

    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldsPanel")
        self._ws = workspace
        self.model = FieldsModel(self)
        self.table = record_table(self.model, "fieldsTable", stretch=2)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.add_button = push_button(self.tr("Add a field…"), "addField", self.add_field)
        self.edit_button = push_button(self.tr("Edit…"), "editField", self.edit_selected)
        self.retire_button = push_button(self.tr("Retire"), "retireField", self.toggle_selected)
        self.message = error_banner("fieldsMessage")
        note = QLabel(
            self.tr(
                "Every lead's form shows these fields, and the board and the leads table "
                "can filter by them. A retired field is hidden; the leads keep its values."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.retire_button):
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
        chosen = self.selected()
        try:
            fields = self._ws().custom_fields.all(retired=True)
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return
        self.model.reset(fields)
        for row, f in enumerate(fields):
            if chosen is not None and f.id == chosen.id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> CustomFieldRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        f = self.selected()
        self.edit_button.setEnabled(f is not None)
        self.retire_button.setEnabled(f is not None)
        self.retire_button.setText(
            self.tr("Restore") if f is not None and f.retired else self.tr("Retire")
        )

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _done(self, changes: Changes) -> None:
        self.message.hide()
        self.reload()
        self.changed.emit(changes)

    def field_dialog(self, field: CustomFieldRecord | None) -> FieldDialog:
        ask = FieldDialog(field, self)
        ws = self._ws

        def save() -> Changes:
            name, kind, choices = ask.name.text(), ask.chosen_kind(), ask.chosen_choices()
            if field is None:
                return ws().custom_fields.create(name, kind, choices)[1]
            return ws().custom_fields.update(
                field.id, name=name, kind=kind, choices=choices, version=field.version
            )[1]

        ask.save = save
        return ask

    def add_field(self) -> None:
        ask = self.field_dialog(None)
        if ask.exec() == QDialog.DialogCode.Accepted and ask.changes is not None:
            self._done(ask.changes)

    def edit_selected(self) -> None:
        f = self.selected()
        if f is None:
            return
        ask = self.field_dialog(f)
        if ask.exec() == QDialog.DialogCode.Accepted and ask.changes is not None:
            self._done(ask.changes)

    def toggle_selected(self) -> None:
        f = self.selected()
        if f is None:
            return
        try:
            changes = self._ws().custom_fields.retire(f.id, not f.retired)
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            self.reload()
            return
        self._done(changes)
