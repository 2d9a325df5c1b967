"""Dates and times as other programs export them, read into Python's.

Every CRM writes its own: Salesforce ISO 8601 in UTC or "08/28/2022 5:00 PM" in a
US report, Zoho "15 Apr, 2021 00:03:00", HubSpot ISO or epoch milliseconds, a Polish
spreadsheet "28.08.2022", Excel a serial number. A moment with a zone comes back aware,
in UTC; one without a zone comes back naive, for the caller to place in the user's zone
(it alone knows it); a day without a time comes back as a date, so a birthday is not
moved by a zone.

Whether 03/04/2022 is the 3rd of April or the 4th of March cannot be told from the
value: ``date_order`` decides it for a whole column from the rows that can be told.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache, lru_cache

from leaddesk.domain.import_keys import fold
from leaddesk.domain.import_vocab import MONTHS

__all__ = ["date_order", "excel_serial", "parse_moment"]

_UTC = dt.UTC
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)  # serial 0, counting the 29th of February 1900
_EXCEL_MAX = 2958465  # 9999-12-31
_EPOCH_MS = 10**11  # from here (1973 in milliseconds) a number is epoch milliseconds
_EPOCH_S = 10**9  # from here (2001 in seconds) to _EPOCH_MS, epoch seconds
_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")} | {
    ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")
}
_TIME = re.compile(
    r"(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?\s*(?:([ap])\.?\s*m\.?)?"
    r"\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:(?:\s+|T|,\s*)(.+))?")
_MONTH = r"([^\W\d_]+(?: [^\W\d_]+)?)\.?"
_DAY_MONTH = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th)?[\s./-]*" + _MONTH + r"[\s,./-]*(\d{4})(?:\s*r\.)?(?:[\s,T]+(.+))?",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    _MONTH + r"[\s/-]*(\d{1,2})(?:st|nd|rd|th)?[\s,/-]+(\d{4})(?:[\s,T]+(.+))?", re.IGNORECASE
)
_WEEKDAY = re.compile(r"[^\W\d_]+\.?,\s*")
_ORDERS = ("dmy", "mdy", "ymd")


class NotAMoment(ValueError):
    """The value is no date or time LeadDesk can read (the message names it)."""


def excel_serial(value: float) -> dt.datetime:
    """The moment of an Excel serial (1900 system): whole days since 1899-12-31, with
    Excel's 29th of February 1900 (serial 60), which never was, counted as Lotus did.
    The fraction is the time of day, to the millisecond (a float's last digits are noise)."""
    if isinstance(value, bool) or not math.isfinite(value) or not 1 <= value <= _EXCEL_MAX + 1:
        raise NotAMoment(f"{value!r} is not an Excel date.")
    days = math.floor(value)
    if days == 60:
        raise NotAMoment(f"{value!r} is the 29th of February 1900, which Excel counts but was not.")
    start = _EXCEL_EPOCH if days > 60 else _EXCEL_EPOCH + dt.timedelta(days=1)
    ms = round((value - days) * 86_400_000)
    return start + dt.timedelta(days=days, milliseconds=ms)


def date_order(samples: Iterable[str]) -> str | None:
    """ "dmy", "mdy" or "ymd" for a column, from the samples that can be told apart
    (a day over 12, a year first); None when none can, or the column holds both."""
    seen: set[str] = set()
    for sample in samples:
        found = _NUMERIC.fullmatch(str(sample).strip().translate(_DIGITS))
        if not found:
            continue
        a, _, b = found.group(1, 2, 3)
        if len(a) == 4:
            seen.add("ymd")
        elif int(a) > 12 >= int(b):
            seen.add("dmy")
        elif int(b) > 12 >= int(a):
            seen.add("mdy")
    if {"dmy", "mdy"} <= seen:
        return None
    for order in _ORDERS:
        if order in seen:
            return order
    return None


def parse_moment(value: object, *, order: str | None = None) -> dt.datetime | dt.date:
    """The date or moment ``value`` holds; ``order`` ("dmy", "mdy", "ymd") reads a day
    and month that could be either way round (day first when not given).

    Text is read once per distinct value (a file's dates repeat: an export made over a
    few days has a few thousand distinct times in 100,000 rows)."""
    if isinstance(value, str):
        return _parse_text_moment(value, order)
    return _parse_moment(value, order)


@lru_cache(maxsize=1 << 16)
def _parse_text_moment(value: str, order: str | None) -> dt.datetime | dt.date:
    return _parse_moment(value, order)


def _parse_moment(value: object, order: str | None) -> dt.datetime | dt.date:
    if order is not None and order not in _ORDERS:
        raise ValueError(f"{order!r} is not a date order (one of {', '.join(_ORDERS)}).")
    if isinstance(value, dt.datetime):
        return value.astimezone(_UTC) if value.tzinfo is not None else value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return _from_number(float(value), value)
    if not isinstance(value, str):
        raise NotAMoment(f"{value!r} is not a date.")
    text = " ".join(value.translate(_DIGITS).split())
    if not text:
        raise NotAMoment(f"{value!r} is empty, not a date.")
    try:
        return _from_text(text, order)
    except (ValueError, OverflowError):
        raise NotAMoment(f"{value!r} is not a date LeadDesk can read.") from None


def _from_number(number: float, raw: object) -> dt.datetime | dt.date:
    if not math.isfinite(number):
        raise NotAMoment(f"{raw!r} is not a date.")
    if number >= _EPOCH_MS:
        return dt.datetime.fromtimestamp(number / 1000, _UTC)
    if number >= _EPOCH_S:
        return dt.datetime.fromtimestamp(number, _UTC)
    if 1 <= number <= _EXCEL_MAX + 1:
        try:
            moment = excel_serial(number)
        except NotAMoment:
            raise NotAMoment(f"{raw!r} is an Excel serial of a day that never was.") from None
        return moment.date() if number == int(number) else moment  # a date cell has no time
    raise NotAMoment(f"{raw!r} is no date: not an Excel serial nor epoch time.")


def _from_text(text: str, order: str | None) -> dt.datetime | dt.date:
    if re.fullmatch(r"\d{8}", text):  # 20220828
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return _from_number(float(text), text)
    if re.match(r"\d{4}-\d{2}-\d{2}(?:$|[T ]\d)", text):
        moment = dt.datetime.fromisoformat(text)
        if len(text) == 10:
            return moment.date()
        return moment.astimezone(_UTC) if moment.tzinfo is not None else moment
    if found := _NUMERIC.fullmatch(text):
        a, _, b, c, rest = found.groups()
        day = _numeric_day(a, b, c, order)
        return _with_time(day, rest)
    text = _WEEKDAY.sub("", text, count=1) if _WEEKDAY.match(text) else text
    if found := _DAY_MONTH.fullmatch(text):
        d, month, year, rest = found.groups()
        return _with_time(dt.date(int(year), _month(month), int(d)), rest)
    if found := _MONTH_DAY.fullmatch(text):
        month, d, year, rest = found.groups()
        return _with_time(dt.date(int(year), _month(month), int(d)), rest)
    raise ValueError(text)


def _numeric_day(a: str, b: str, c: str, order: str | None) -> dt.date:
    if len(a) == 4:
        return dt.date(int(a), int(b), int(c))
    if order == "ymd" and len(c) <= 2:
        return dt.date(_year(a), int(b), int(c))
    first, second, year = int(a), int(b), _year(c)
    if first > 12 or (second <= 12 and order != "mdy"):
        return dt.date(year, second, first)  # day first: the world's default
    return dt.date(year, first, second)


def _year(text: str) -> int:
    """A two-digit year as people mean it: 65 is 1965, 22 is 2022."""
    if len(text) > 2:
        return int(text)
    return int(text) + (2000 if int(text) < 70 else 1900)


def _with_time(day: dt.date, rest: str | None) -> dt.date | dt.datetime:
    if not rest:
        return day
    found = _TIME.fullmatch(rest.strip())
    if not found:
        raise ValueError(rest)
    hour, minute, second, fraction, half, zone = found.groups()
    h = int(hour)
    if half:
        if not 1 <= h <= 12:
            raise ValueError(rest)
        h = h % 12 + (12 if half.lower() == "p" else 0)
    micro = int((fraction or "0").ljust(6, "0"))
    moment = dt.datetime.combine(day, dt.time(h, int(minute), int(second or 0), micro))
    if zone is None:
        return moment
    if zone.lower() in ("z", "utc", "gmt"):
        return moment.replace(tzinfo=_UTC)
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return moment.replace(tzinfo=dt.timezone(sign * offset)).astimezone(_UTC)


@cache
def _months() -> dict[str, int]:
    return {fold(name): n for n, names in MONTHS.items() for name in names}


def _month(word: str) -> int:
    try:
        return _months()[fold(word)]
    except KeyError:
        raise ValueError(word) from None
