"""Reading one value of a lead for the conversion model: what counts as missing, a number,
a yes/no, a category level and the words of a job title.

Real exports fill empty fields with placeholders ("Select", "N/A", "-", "unknown"): read
as values they would become a category of their own in every column and teach the model
that "Select" is a specialisation. They are missing here, and missing is a value the
model sees (its own flag or level), because in real data a blank often says something.

Every reader is pure and total: a value it cannot read is missing, never an error, so
one odd cell in an import does not stop training or scoring.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import lru_cache

from leaddesk.domain.import_keys import fold
from leaddesk.domain.import_values import parse_amount_any, parse_yes_no

#: placeholders real exports write for "nothing chosen", compared folded (case, marks,
#: spaces and punctuation ignored); a value that folds to nothing ("-", "?", "--") is
#: missing as well
PLACEHOLDERS = frozenset(
    fold(w)
    for w in (
        "select", "n/a", "na", "none", "null", "nil", "nan", "unknown", "not provided",
        "not specified", "not available", "undefined", "not applicable", "tbd", "other/none",
        "brak", "nie dotyczy", "nieznany", "wybierz",
        "غير معروف", "غير متوفر", "لا يوجد", "اختر",
    )
)  # fmt: skip

#: words of a job title that say nothing about the person
STOP_WORDS = frozenset(
    ("of", "and", "the", "for", "to", "in", "at", "a", "an", "i", "w", "ds", "do", "و", "في")
)

_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """The folded form of a non-empty text ("" when it is a placeholder)."""
    folded = fold(text)
    return "" if folded in PLACEHOLDERS else folded


def is_missing(value: object) -> bool:
    """None, an empty text, a placeholder, or a number that is not finite."""
    if value is None:
        return True
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, str):
        text = value.strip()
        return not text or not _key(text)
    return False


def category_key(value: object) -> str | None:
    """The level a value is counted under: folded, so "Google", "google " and "GOOGLE"
    are one source; None when missing. Yes/no and numbers are their text."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and not math.isfinite(value):
        return None
    text = str(value).strip()
    if not text:
        return None
    return _key(text) or None


def shown(value: object) -> str:
    """A value as the owner typed it, for an explanation ("Referral"); "" when missing."""
    return "" if is_missing(value) else str(value).strip()


@lru_cache(maxsize=65536)
def _number_text(text: str) -> float | None:
    try:
        number = float(text)  # the common case: "12", "1.5", "1e3"
    except ValueError:
        if not _key(text):
            return None
        try:
            # either decimal separator: "1,5", "1 234,5", "1.234,5", "1,234.5"; a lone
            # "1,234" reads as one thousand two hundred and thirty-four
            number = float(_amount(text))
        except (ValueError, ArithmeticError):
            return None
    return number if math.isfinite(number) else None


def _amount(text: str) -> Decimal:
    if text.count(",") == 1 and "." not in text:
        part = text.partition(",")[2]
        if len(part.strip()) != 3:
            return parse_amount_any(text, decimal=",")
    return parse_amount_any(text)


def number(value: object) -> float | None:
    """A number from a number or a text in either decimal writing; None when missing or
    not a number (a yes/no is not a number)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return float(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return float(value) if value.is_finite() else None
    if isinstance(value, str):
        text = value.strip()
        return _number_text(text) if text else None
    return None


@lru_cache(maxsize=4096)
def _yes_no_text(text: str) -> bool | None:
    if not _key(text):
        return None
    try:
        return parse_yes_no(text)
    except ValueError:
        return None


def yes_no(value: object) -> bool | None:
    """True/False from true/false, yes/no, tak/nie, نعم/لا, 1/0 (any case); None when
    missing or unreadable."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal):
        return bool(value) if value in (0, 1) else None
    text = str(value).strip()
    return _yes_no_text(text) if text else None


@lru_cache(maxsize=65536)
def _words_text(text: str) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for w in _WORD.findall(text.casefold()):
        key = fold(w)
        if len(key) > 1 and key not in STOP_WORDS and not key.isdigit():
            found[key] = None
    return tuple(found)


def words(value: object) -> tuple[str, ...]:
    """The distinct words of a text, folded, without stop words; () when missing."""
    if is_missing(value):
        return ()
    return _words_text(str(value).strip())
