"""Custom field kinds and values as every screen shows them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.ui.formatting import date_text


def kind_label(kind: FieldKind) -> str:
    labels = {
        FieldKind.NUMBER: QCoreApplication.translate("FieldKind", "Number"),
        FieldKind.YES_NO: QCoreApplication.translate("FieldKind", "Yes/no"),
        FieldKind.DATE: QCoreApplication.translate("FieldKind", "Date"),
        FieldKind.CHOICE: QCoreApplication.translate("FieldKind", "Choice"),
        FieldKind.TEXT: QCoreApplication.translate("FieldKind", "Text"),
    }
    return labels[kind]


def value_text(kind: FieldKind, value: object) -> str:
    """A lead's value of a field as a table cell shows it (empty when not set)."""
    if value is None or value == "":
        return ""
    if kind is FieldKind.YES_NO and isinstance(value, bool):
        return (
            QCoreApplication.translate("FieldKind", "Yes")
            if value
            else QCoreApplication.translate("FieldKind", "No")
        )
    if kind is FieldKind.DATE and isinstance(value, str):
        try:
            return date_text(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if kind is FieldKind.NUMBER and isinstance(value, int | float) and not isinstance(value, bool):
        return (
            QLocale().toString(value)
            if isinstance(value, int)
            else QLocale().toString(value, "g", 12)
        )
    return str(value)
