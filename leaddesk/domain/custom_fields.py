"""Fields a team adds to every lead: their kinds, what a value of each kind is, and
the kind a column of imported values most likely has."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from enum import StrEnum

from leaddesk.domain.import_values import parse_amount_any, parse_moment, parse_yes_no
from leaddesk.domain.leads import source_key

MAX_CHOICES = 50  # more distinct values than this is text, not a choice
MAX_VALUE = 1000


class FieldKind(StrEnum):
    NUMBER = "number"
    YES_NO = "yes_no"
    DATE = "date"
    CHOICE = "choice"
    TEXT = "text"


def field_key(name: str) -> str:
    """The key a custom field named ``name`` is kept under in ``leads.custom_fields``."""
    return source_key(name)[:60]


JsonValue = str | int | float | bool | None


def convert(kind: FieldKind, raw: object) -> JsonValue:
    """``raw`` as the JSON value kept for a field of ``kind``; ValueError names it."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if kind is FieldKind.NUMBER:
        amount = raw if isinstance(raw, int | float) else parse_amount_any(raw)
        if isinstance(amount, bool):
            raise ValueError(f"{raw!r} is not a number.")
        number = Decimal(str(amount))
        return int(number) if number == number.to_integral_value() else float(number)
    if kind is FieldKind.YES_NO:
        return parse_yes_no(raw)
    if kind is FieldKind.DATE:
        moment = raw if isinstance(raw, dt.date) else parse_moment(raw)
        day = moment.date() if isinstance(moment, dt.datetime) else moment
        return day.isoformat()
    text = str(raw).strip()
    if len(text) > MAX_VALUE:
        raise ValueError(f"{text[:20]!r}… is longer than {MAX_VALUE} characters.")
    return text


def _fits(kind: FieldKind, values: Sequence[object]) -> bool:
    try:
        for v in values:
            convert(kind, v)
    except (ValueError, ArithmeticError):
        return False
    return True


def infer_kind(samples: Iterable[object]) -> tuple[FieldKind, tuple[str, ...]]:
    """The narrowest kind every non-empty sample fits (yes/no, number, date, a choice
    of few repeated values, else text), and the choices for a choice."""
    values = [v for v in samples if v is not None and str(v).strip()]
    if not values:
        return FieldKind.TEXT, ()
    for kind in (FieldKind.YES_NO, FieldKind.NUMBER, FieldKind.DATE):
        if _fits(kind, values):
            return kind, ()
    distinct = list(dict.fromkeys(str(v).strip() for v in values))
    if len(distinct) <= min(MAX_CHOICES, max(2, len(values) // 3)):
        return FieldKind.CHOICE, tuple(sorted(distinct, key=str.casefold))
    return FieldKind.TEXT, ()
