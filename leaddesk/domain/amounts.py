"""Amounts as people type them: ``1500,50``, ``1 500,50``, ``1.500,50``, ``1,500.50``,
in Arabic digits and separators too. The writer's decimal separator is preferred; the
other common forms are accepted only where they cannot be read two ways.

Imports need the same reading (a Polish export writes ``1 500,50``, an English one
``1,500.50``), so it lives here, without Qt: the screens pass their locale's separators.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

#: Arabic-Indic and Eastern Arabic-Indic (Persian) digits, read as 0-9
_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")} | {
    ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")
}
_ARABIC_SEPARATORS = {ord("٫"): ".", ord("٬"): ",", ord("،"): ","}
#: what a thousands gap may be typed as: spaces of every width, apostrophes (Swiss)
_GAPS = re.compile(r"[\s\u00a0\u202f\u2009'’]")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


class NotAnAmount(ValueError):
    """The text cannot be read as one amount (the message says why, for logs)."""


def parse_amount(text: str, decimal: str = ".", group: str = ",") -> Decimal:
    """The amount in ``text``. ``decimal`` and ``group`` are the writer's own separators
    (a locale's); any spacing, Arabic digits and both Latin separators are understood."""
    raw = text
    s = text.strip().translate(_DIGITS).translate(_ARABIC_SEPARATORS)
    s = _GAPS.sub("", s)
    decimal = "." if decimal in ("٫", ".") else ","
    sign = ""
    if s and s[0] in "+-\u2212":
        sign, s = ("-" if s[0] != "+" else ""), s[1:]
    if not s or not re.fullmatch(r"[\d.,]+", s) or not s[0].isdigit() or not s[-1].isdigit():
        raise NotAnAmount(f"{raw!r} is not an amount.")
    marks = {c for c in s if c in ".,"}
    if len(marks) == 2:  # both: the last one written is the decimal separator
        point = max(s.rfind("."), s.rfind(","))
        whole, fraction = s[:point], s[point + 1 :]
        other = "," if s[point] == "." else "."
        whole = _ungrouped(whole.replace(other, ","), raw)
        if not fraction.isdigit():
            raise NotAnAmount(f"{raw!r} has more than one decimal separator.")
    elif len(marks) == 1:
        (mark,) = marks
        parts = s.split(mark)
        if len(parts) > 2:  # 1.500.000 or 1,500,000: only ever grouping
            whole, fraction = _ungrouped(s.replace(mark, ","), raw), ""
        elif mark == decimal or len(parts[1]) != 3:  # 1500,50 is a decimal in every locale
            whole, fraction = parts
        else:  # 1,500 in English, 1.500 in Polish: the writer's thousands
            whole, fraction = parts[0] + parts[1], ""
    else:
        whole, fraction = s, ""
    try:
        return Decimal(f"{sign}{whole}.{fraction or '0'}").normalize() + Decimal(0)
    except InvalidOperation:
        raise NotAnAmount(f"{raw!r} is not an amount.") from None


def _ungrouped(whole: str, raw: str) -> str:
    if "," not in whole:
        return whole
    if not _GROUPED.fullmatch(whole):
        raise NotAnAmount(f"{raw!r}: the thousands are not in groups of three.")
    return whole.replace(",", "")
