"""The leads table's columns as users read them: titles and cell text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.lead_table import AnyColumn, Column, FieldColumn
from leaddesk.domain.validation import format_phone
from leaddesk.services.records import LeadRow
from leaddesk.ui.formatting import (
    amount,
    date_text,
    datetime_text,
    format_money,
    format_percent,
    number,
)
from leaddesk.ui.names.scoring import qualification_label
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.names.stages import stage_label

NUMERIC = frozenset({Column.DEAL_VALUE, Column.SCORE, Column.PROBABILITY})
# always read left to right, also in an Arabic table: "+48 507 040 123" must not turn
# into "123 040 507 48+" (wrapped in a left-to-right isolate when shown)
LEFT_TO_RIGHT = frozenset({Column.NUMBER, Column.EMAIL, Column.PHONE})
# the columns that show a moment, and where a row keeps it
TIMES: dict[Column, Callable[[LeadRow], dt.datetime | None]] = {
    Column.NEXT_FOLLOW_UP: lambda r: r.next_follow_up,
    Column.STAGE_CHANGED: lambda r: r.stage_changed_at,
    Column.CREATED: lambda r: r.created_at,
}


def is_numeric(column: AnyColumn) -> bool:
    """Right-aligned, so digits line up."""
    if isinstance(column, FieldColumn):
        return column.kind is FieldKind.NUMBER
    return column in NUMERIC


def column_title(column: AnyColumn) -> str:
    if isinstance(column, FieldColumn):
        return column.name  # the owner's own name for the field
    # Literal calls so lupdate finds every title.
    titles = {
        Column.NUMBER: QCoreApplication.translate("LeadsTable", "Number"),
        Column.NAME: QCoreApplication.translate("LeadsTable", "Name"),
        Column.COMPANY: QCoreApplication.translate("LeadsTable", "Company"),
        Column.EMAIL: QCoreApplication.translate("LeadsTable", "Email"),
        Column.PHONE: QCoreApplication.translate("LeadsTable", "Phone"),
        Column.CITY: QCoreApplication.translate("LeadsTable", "City"),
        Column.COUNTRY: QCoreApplication.translate("LeadsTable", "Country"),
        Column.STAGE: QCoreApplication.translate("LeadsTable", "Stage"),
        Column.OWNER: QCoreApplication.translate("LeadsTable", "Owner"),
        Column.SOURCE: QCoreApplication.translate("LeadsTable", "Source"),
        Column.CAMPAIGN: QCoreApplication.translate("LeadsTable", "Campaign"),
        Column.DEAL_VALUE: QCoreApplication.translate("LeadsTable", "Deal value"),
        Column.SCORE: QCoreApplication.translate("LeadsTable", "Score"),
        Column.QUALIFICATION: QCoreApplication.translate("LeadsTable", "MQL/SQL"),
        Column.PROBABILITY: QCoreApplication.translate("LeadsTable", "Conversion"),
        Column.TAGS: QCoreApplication.translate("LeadsTable", "Tags"),
        Column.NEXT_FOLLOW_UP: QCoreApplication.translate("LeadsTable", "Next follow-up"),
        Column.STAGE_CHANGED: QCoreApplication.translate("LeadsTable", "In stage since"),
        Column.CREATED: QCoreApplication.translate("LeadsTable", "Created"),
    }
    return titles[column]


def _when(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    return datetime_text(at)


def field_text(kind: FieldKind, value: object) -> str:
    """A custom value as the user's language writes it."""
    if value is None or value == "":
        return ""
    if kind is FieldKind.YES_NO:
        return (
            QCoreApplication.translate("LeadsTable", "Yes")
            if value
            else QCoreApplication.translate("LeadsTable", "No")
        )
    if kind is FieldKind.NUMBER and isinstance(value, int | float):
        exact = Decimal(str(value))
        places = max(0, -int(exact.normalize().as_tuple().exponent))
        return amount(exact, min(places, 6))
    if kind is FieldKind.DATE and isinstance(value, str):
        try:
            return date_text(dt.date.fromisoformat(value))
        except ValueError:
            return value  # kept before the field was a date: shown as it is
    return str(value)


def cell_text(row: LeadRow, column: AnyColumn) -> str:
    """What a cell shows (and what the CSV export writes)."""
    if isinstance(column, FieldColumn):
        return field_text(column.kind, row.custom.get(column.key))
    if column is Column.NUMBER:
        return row.number
    if column is Column.NAME:
        return row.name
    if column is Column.PHONE:
        return format_phone(row.phone, row.country) if row.phone else ""
    if column is Column.STAGE:
        return stage_label(row.stage)
    if column is Column.SOURCE:
        return source_label(row.source) if row.source else ""
    if column is Column.DEAL_VALUE:
        if row.deal_value is None:
            return ""
        return format_money(row.deal_value, row.currency or "")
    if column is Column.SCORE:
        return number(row.score)
    if column is Column.QUALIFICATION:
        return qualification_label(row.qualification)
    if column is Column.PROBABILITY:
        return format_percent(row.probability, 0) if row.probability is not None else ""
    if column is Column.TAGS:
        return ", ".join(row.tags)
    if column in TIMES:
        return _when(TIMES[column](row))
    if column is Column.OWNER:
        return row.owner_name or ""
    if column is Column.CAMPAIGN:
        return row.campaign_name or ""
    value = getattr(row, column.value)
    return "" if value is None else str(value)
