"""One editor per custom field, of the field's kind, each reading and writing the JSON
value the lead keeps (a number, yes/no, YYYY-MM-DD, one of the choices, text).

Every editor can say "not set": an empty line, a yes/no box in its third state, a
date box showing "not set", the empty entry of a choice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from leaddesk.domain.custom_fields import FieldKind, convert
from leaddesk.services.custom_fields import CustomFieldRecord
from leaddesk.ui.formatting import amount, date_format, qt_date, read_amount

JsonValue = str | int | float | bool | None
NOT_SET = QDate(1900, 1, 1)  # the date box's minimum, shown as its "not set" text


class CustomEditor:
    """An editor widget and how to put and take its field's value."""

    def __init__(
        self,
        field: CustomFieldRecord,
        widget: QWidget,
        put: Callable[[JsonValue], None],
        take: Callable[[], object],
    ) -> None:
        self.field, self.widget, self._put, self._take = field, widget, put, take

    def put(self, value: object) -> None:
        try:
            self._put(convert(self.field.kind, value))
        except (ValueError, ArithmeticError):
            self._put(None)  # a value the kind cannot read (an old import) shows empty

    def raw(self) -> object:
        """What the editor holds, before checking (text as typed)."""
        return self._take()


def _number(field: CustomFieldRecord) -> CustomEditor:
    line = QLineEdit()
    line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def take() -> object:
        text = line.text().strip()
        if not text:
            return None
        try:  # as the user's locale writes it (1 500,5), kept as a JSON number
            return convert(FieldKind.NUMBER, f"{read_amount(text):f}")
        except (ValueError, ArithmeticError):
            return text  # the check names what is wrong with it

    def put(value: JsonValue) -> None:
        if value is None or isinstance(value, bool):
            line.setText("")
            return
        exact = Decimal(str(value))
        places = max(0, -int(exact.normalize().as_tuple().exponent))
        line.setText(amount(exact, decimals=places))

    return CustomEditor(field, line, put, take)


def _yes_no(field: CustomFieldRecord) -> CustomEditor:
    box = QCheckBox(QCoreApplication.translate("LeadForm", "Yes"))
    box.setTristate(True)  # the middle state: not set

    def put(value: JsonValue) -> None:
        box.setCheckState(
            Qt.CheckState.PartiallyChecked
            if value is None
            else Qt.CheckState.Checked
            if value
            else Qt.CheckState.Unchecked
        )

    def take() -> object:
        state = box.checkState()
        return None if state == Qt.CheckState.PartiallyChecked else state == Qt.CheckState.Checked

    box.setToolTip(QCoreApplication.translate("LeadForm", "Click again for: not set"))
    return CustomEditor(field, box, put, take)


def _date(field: CustomFieldRecord) -> CustomEditor:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setMinimumDate(NOT_SET)
    edit.setSpecialValueText(QCoreApplication.translate("LeadForm", "not set"))

    def put(value: JsonValue) -> None:
        edit.setDate(qt_date(dt.date.fromisoformat(str(value))) if value else NOT_SET)

    def take() -> object:
        day = edit.date()
        return None if day == NOT_SET else day.toString("yyyy-MM-dd")

    return CustomEditor(field, edit, put, take)


def _choice(field: CustomFieldRecord) -> CustomEditor:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("LeadForm", "(none)"), None)
    for choice in field.choices:
        combo.addItem(choice, choice)

    def put(value: JsonValue) -> None:
        if value is not None and combo.findData(value) < 0:
            combo.addItem(str(value), value)  # held from before the choices changed
        combo.setCurrentIndex(max(0, combo.findData(value)))

    return CustomEditor(field, combo, put, combo.currentData)


def _text(field: CustomFieldRecord) -> CustomEditor:
    line = QLineEdit()

    def put(value: JsonValue) -> None:
        line.setText("" if value is None else str(value))

    return CustomEditor(field, line, put, lambda: line.text().strip() or None)


def editor_for(field: CustomFieldRecord) -> CustomEditor:
    makers = {
        FieldKind.NUMBER: _number,
        FieldKind.YES_NO: _yes_no,
        FieldKind.DATE: _date,
        FieldKind.CHOICE: _choice,
        FieldKind.TEXT: _text,
    }
    return makers[field.kind](field)


def connect_edits(editor: CustomEditor, slot: Callable[..., None]) -> None:
    w = editor.widget
    if isinstance(w, QLineEdit):
        w.textChanged.connect(slot)
    elif isinstance(w, QCheckBox):
        w.stateChanged.connect(slot)
    elif isinstance(w, QDateEdit):
        w.dateChanged.connect(slot)
    elif isinstance(w, QComboBox):
        w.currentIndexChanged.connect(slot)
