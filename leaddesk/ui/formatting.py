"""Numbers, money, dates and times in the user's language, by one rule everywhere.

Every number the screens show goes through QLocale (``number``, ``amount``, ``money``,
``%Ln`` in plurals), so Arabic shows Arabic-Indic digits throughout, or Western digits
throughout when the user chose them (Settings ▸ General: the interface then runs in the
Arabic locale that writes Western digits). Dates have one format per language, with
four-digit years; phone numbers and email addresses are set left-to-right inside any
sentence.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from leaddesk.domain.amounts import parse_amount

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"

#: the date format of forms, tables, cards and headers (charts shorten it: "28 Sep")
DATE_FORMATS = {"en": "d MMM yyyy", "pl": "dd.MM.yyyy"}


def _locale() -> QLocale:
    return QLocale()


def left_to_right(text: str | None) -> str:
    """A phone number, email address or code shown whole and in its order in any
    surrounding direction ("+48 601 234 567", never "601 234 567 48+")."""
    return f"{LRI}{text}{PDI}" if text else ""


def isolated(text: str | None) -> str:
    """User text set into a label or sentence keeps its own direction and does not
    reorder what is around it (an Arabic title in an English header)."""
    return f"{FSI}{text}{PDI}" if text else ""


def signed(text: str) -> str:
    """A signed figure ("+50", "minus 9 %") kept in one piece, its sign before its digits,
    in a right-to-left sentence too (the bidi algorithm moves a lone sign otherwise)."""
    return f"{LRI}{text}{PDI}"


def number(value: int) -> str:
    """A count, score or day number in the locale's digits and grouping."""
    return _locale().toString(int(value))


def amount(value: Decimal, decimals: int = 2) -> str:
    """An amount written exactly (no float on the way) in the locale's digits and marks:
    1 500,50 in Polish, 1,500.50 in English."""
    locale = _locale()
    text = f"{value:,.{decimals}f}"  # grouping "," and decimal "." to be replaced below
    marks = {",": locale.groupSeparator(), ".": locale.decimalPoint()}
    zero = ord(locale.zeroDigit())
    return "".join(
        marks.get(c) or (chr(zero + int(c)) if c.isdigit() else c) for c in text
    ).replace("-", locale.negativeSign())


def read_amount(text: str) -> Decimal:
    """An amount as the user typed it: the locale's marks first, the other common forms
    where they are unambiguous (raises ValueError)."""
    locale = _locale()
    return parse_amount(text, locale.decimalPoint(), locale.groupSeparator())


def money(value: Decimal, currency: str, decimals: int = 0) -> str:
    """An amount with its currency code where the locale puts a currency, with a gap:
    16 894 300 USD in Polish, USD 16,894,300 in English (never USD16,894,300)."""
    locale = _locale()
    shown = locale.toCurrencyString(1.0, currency, 0)
    figure = amount(value, decimals)
    if not currency:
        return figure
    if shown.rstrip().endswith(currency):
        return f"{figure}\u00a0{currency}"
    return f"{currency}\u00a0{figure}"


def format_money(value: Decimal, currency: str) -> str:
    return money(value, currency)


def format_percent(value: float | None, decimals: int = 1) -> str:
    """A share (0.25) as a percentage with the language's own sign (Arabic ٪); a dash for none."""
    if value is None:
        return "–"
    locale = _locale()
    return locale.toString(value * 100, "f", decimals) + locale.percent()


def date_format() -> str:
    """The language's one date format, four-digit years (for QDateEdit too)."""
    locale = _locale()
    own = DATE_FORMATS.get(locale.name().split("_")[0])
    if own:
        return own
    form = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return form if "yyyy" in form else form.replace("yy", "yyyy")


def time_format() -> str:
    return _locale().timeFormat(QLocale.FormatType.ShortFormat)


def date_text(day: dt.date) -> str:
    return _locale().toString(qt_date(day), date_format())


def time_text(moment: dt.datetime | dt.time) -> str:
    t = moment.time() if isinstance(moment, dt.datetime) else moment
    return _locale().toString(QTime(t.hour, t.minute, t.second), time_format())


def datetime_text(moment: dt.datetime) -> str:
    """A moment in the computer's time zone, as the language writes date and time."""
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{date_text(local.date())} {time_text(local)}"


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
