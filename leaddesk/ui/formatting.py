"""Numbers and money in the user's language; dates and times handed to Qt."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def format_money(value: Decimal, currency: str) -> str:
    return QLocale().toCurrencyString(float(value), currency, 0)


def format_percent(value: float | None, decimals: int = 1) -> str:
    """A share (0.25) as a percentage with the language's own sign (Arabic ٪); a dash for none."""
    if value is None:
        return "–"
    locale = QLocale()
    return locale.toString(value * 100, "f", decimals) + locale.percent()


# PySide6 turns a Python date or datetime into a QDate or QDateTime wherever Qt wants one,
# but its stubs list only the Qt types; these do the same conversion, typed.
def qt_date(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qt_datetime(moment: dt.datetime) -> QDateTime:
    """The wall-clock date and time of ``moment`` as a local QDateTime; its tzinfo is not
    read (PySide6's own conversion does the same), so pass ``moment.astimezone()``."""
    return QDateTime(
        qt_date(moment),
        QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000),
    )
