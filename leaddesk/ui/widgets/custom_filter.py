"""The filter bar's custom field: one list of every field, and beside it the editors
the picked field's kind needs (a number range, a date range, the text it contains).

Choice and yes/no fields are picked whole from the list ("Budget band: Large"); a
number, date or text field is listed once and shows its editors when picked. What is
typed is announced once typing pauses, so a range being keyed in ("1", "15", "150")
asks the database once, on the board as on the leads table.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QWidget,
)

from leaddesk.domain.board_view import BoardFilter
from leaddesk.domain.custom_fields import FieldKind
from leaddesk.services.custom_fields import CustomFieldRecord
from leaddesk.ui.formatting import amount, date_format, qt_date, read_amount
from leaddesk.ui.widgets.flow_layout import row_of

TYPING_MS = 300  # a pause this long ends a burst of typing
ANY_DAY = QDate(1900, 1, 1)  # a date box's minimum, shown as "any"
EDITED_KINDS = (FieldKind.NUMBER, FieldKind.DATE, FieldKind.TEXT)
WRONG = "#D64545"  # the board's overdue red


class AnyDateEdit(QDateEdit):
    """A date box that can say "any" (its minimum, shown as text). Stepping or opening
    the calendar from "any" starts at today, not in January 1900."""

    def __init__(self, name: str, any_text: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(ANY_DAY)
        self.setSpecialValueText(any_text)
        self.setDate(ANY_DAY)
        self.calendarWidget().installEventFilter(self)

    def day(self) -> dt.date | None:
        d = self.date()
        return None if d == ANY_DAY else dt.date(d.year(), d.month(), d.day())

    def set_day(self, day: dt.date | None) -> None:
        self.setDate(ANY_DAY if day is None else qt_date(day))

    def stepBy(self, steps: int) -> None:
        if self.date() == ANY_DAY:
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == ANY_DAY:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


class CustomFieldFilter(QWidget):
    """The list of fields and the picked one's editors; ``changed`` at once on a pick,
    after a pause in typing otherwise."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldFilter")
        self._loading = False
        self.combo = QComboBox()
        self.combo.setObjectName("customFilter")
        # the strings the filter bar had before this widget: their translations stay
        self.combo.addItem(QCoreApplication.translate("FilterBar", "Any custom field"), None)

        self.number_min = self._number("fieldMin")
        self.number_max = self._number("fieldMax")
        self.numbers = row_of(self.number_min, QLabel("–"), self.number_max)
        any_text = self.tr("any")
        self.date_min = AnyDateEdit("fieldFrom", any_text)
        self.date_max = AnyDateEdit("fieldTo", any_text)
        self.any_date = QToolButton()
        self.any_date.setObjectName("anyDate")
        self.any_date.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        )
        self.any_date.setToolTip(self.tr("Any date"))
        self.any_date.setAutoRaise(True)
        self.dates = row_of(self.date_min, QLabel("–"), self.date_max, self.any_date)
        self.contains = QLineEdit()
        self.contains.setObjectName("fieldContains")
        self.contains.setClearButtonEnabled(True)
        self.contains.setPlaceholderText(self.tr("contains…"))
        self.contains.setMinimumWidth(160)

        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        for w in (self.combo, self.numbers, self.dates, self.contains):
            lay.addWidget(w)

        self._typing = QTimer(self, singleShot=True, interval=TYPING_MS)
        self._typing.timeout.connect(self.changed)
        self.combo.currentIndexChanged.connect(self._picked)
        for line in (self.number_min, self.number_max, self.contains):
            line.textChanged.connect(self._typed)
        for edit in (self.date_min, self.date_max):
            edit.dateChanged.connect(self._typed)
        self.any_date.clicked.connect(self._any_date)
        self._show_editors()

    def _number(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # as the lead form's
        line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        line.setFixedWidth(90)
        return line

    # the list of fields ----------------------------------------------------------
    def set_fields(self, fields: tuple[CustomFieldRecord, ...]) -> None:
        """List the open database's fields, keeping what is picked if it is still there."""
        keep = self.combo.currentData()
        self._loading = True
        try:
            while self.combo.count() > 1:
                self.combo.removeItem(1)
            for text, data in _items(fields):
                self.combo.addItem(text, data)
            self.combo.setCurrentIndex(max(0, self.combo.findData(keep)) if keep else 0)
        finally:
            self._loading = False
        self._show_editors()
        self.combo.setVisible(self.combo.count() > 1)
        self.setVisible(self.combo.count() > 1)

    def _kind(self) -> str | None:
        data = self.combo.currentData()
        return data.split("|")[1] if isinstance(data, str) and data.count("|") >= 1 else None

    def _show_editors(self) -> None:
        kind = self._kind()
        self.numbers.setVisible(kind == FieldKind.NUMBER)
        self.dates.setVisible(kind == FieldKind.DATE)
        self.contains.setVisible(kind == FieldKind.TEXT)
        self.any_date.setEnabled(self.date_min.day() is not None or self.date_max.day() is not None)

    # reading and writing ---------------------------------------------------------
    def parts(self) -> dict[str, Any]:
        """The custom field part of the board filter, as BoardFilter's fields."""
        none: dict[str, Any] = dict.fromkeys(
            ("field_key", "field_kind", "field_value", "field_min", "field_max")
        )
        data = self.combo.currentData()
        if not isinstance(data, str) or "|" not in data:
            return none
        key, kind, *value = data.split("|", 2)
        out = {**none, "field_key": key, "field_kind": kind}
        if kind == FieldKind.NUMBER:
            out["field_min"] = _number_text(self.number_min)
            out["field_max"] = _number_text(self.number_max)
        elif kind == FieldKind.DATE:
            low, high = self.date_min.day(), self.date_max.day()
            out["field_min"] = low.isoformat() if low else None
            out["field_max"] = high.isoformat() if high else None
        elif kind == FieldKind.TEXT:
            out["field_value"] = self.contains.text() or None
        else:
            out["field_value"] = value[0] if value else None
        return out

    def set_current(self, flt: BoardFilter) -> None:
        """Show ``flt``'s custom field part (a saved view, Clear filters) without a word."""
        self._loading = True
        try:
            kind = flt.field_kind
            if not flt.field_key:
                data = None
            elif kind in EDITED_KINDS:
                data = f"{flt.field_key}|{kind}"
            else:
                data = f"{flt.field_key}|{kind}|{flt.field_value}"
            self.combo.setCurrentIndex(max(0, self.combo.findData(data)) if data else 0)
            low, high = flt.number_range
            self.number_min.setText(_shown_number(low))
            self.number_max.setText(_shown_number(high))
            first, last = flt.date_range
            self.date_min.set_day(first)
            self.date_max.set_day(last)
            self.contains.setText((flt.field_value or "") if kind == FieldKind.TEXT else "")
        finally:
            self._loading = False
        self._typing.stop()
        self._show_editors()

    def _picked(self) -> None:
        self._show_editors()
        if not self._loading:
            self._typing.stop()
            self.changed.emit()

    def _typed(self) -> None:
        self._show_editors()
        for line in (self.number_min, self.number_max):
            _mark(line, _number_text(line) is None and bool(line.text().strip()))
        if not self._loading:
            self._typing.start()

    def _any_date(self) -> None:
        self.date_min.set_day(None)
        self.date_max.set_day(None)


def _items(fields: tuple[CustomFieldRecord, ...]) -> list[tuple[str, str]]:
    """(label, "key|kind|value") per choice of a choice field and yes/no of a yes/no
    one; (name, "key|kind") for a number, date or text field, whose editors say more."""
    items: list[tuple[str, str]] = []
    for f in fields:
        if f.kind in EDITED_KINDS:
            items.append((f.name, f"{f.key}|{f.kind.value}"))
            continue
        if f.kind is FieldKind.CHOICE:
            values = [(c, c) for c in f.choices]
        else:
            values = [
                (QCoreApplication.translate("FilterBar", "yes"), "yes"),
                (QCoreApplication.translate("FilterBar", "no"), "no"),
            ]
        for text, value in values:
            label = QCoreApplication.translate("FilterBar", "%1: %2")
            items.append(
                (label.replace("%1", f.name).replace("%2", text), f"{f.key}|{f.kind.value}|{value}")
            )
    return items


def _number_text(line: QLineEdit) -> str | None:
    """A range end as typed in the user's locale ("1 500,5"), kept as "1500.5"; None
    when blank or not a number."""
    text = line.text().strip()
    if not text:
        return None
    try:
        return f"{read_amount(text):f}"
    except (ValueError, ArithmeticError):
        return None


def _shown_number(value: Decimal | None) -> str:
    if value is None:
        return ""
    places = max(0, -int(value.normalize().as_tuple().exponent))
    return amount(value, decimals=places)


def _mark(line: QLineEdit, wrong: bool) -> None:
    """Text that is no number shows red (that end then counts as open)."""
    line.setStyleSheet(f"color: {WRONG};" if wrong else "")
