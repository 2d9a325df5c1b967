"""What text LeadDesk stores: the characters, lines and lengths every backend keeps
exactly, checked before any database sees the value.

PostgreSQL refuses NUL in text; SQLite and MariaDB keep it and then other programs cut
the text there. A lone surrogate cannot be encoded at all. Other control characters are
invisible in every screen and break the headers and files built from the text. CR and LF
in a one-line field (a name, a subject) break those headers and exported rows. MariaDB's
TEXT holds 65,535 bytes, not characters: an emoji takes four.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from babel.numbers import get_currency_precision

from leaddesk.errors import FieldIssue

TEXT_BYTES = 65_535  # the smallest TEXT column of the three backends, in UTF-8 bytes
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls but tab, LF and CR; DEL; C1 controls
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile("[\r\n\u2028\u2029\x85]")
EARLIEST = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
#: what the services check, by table and column, beside the lead's own (validation.MAX_TEXT);
#: a test holds each to the column's length in the schema
LIMITS = {
    "activities.subject": 300,
    "activities.outcome": 40,
    "follow_ups.title": 200,
    "users.name": 120,
    "users.email": 254,
    "tags.name": 50,
}  # before the epoch nothing is a lead's


def text_issue(
    field: str, value: str, *, limit: int | None, multiline: bool = False
) -> FieldIssue | None:
    """Why ``value`` cannot be stored in ``field``, or None when it can."""
    if "\x00" in value:
        return FieldIssue(field, "nul_character", "Contains a NUL character, which is not text.")
    bad = _SURROGATE.search(value)
    if bad:
        return FieldIssue(
            field,
            "broken_character",
            f"Contains a broken character (a lone surrogate U+{ord(bad.group()):04X}) "
            f"at position {bad.start() + 1}.",
        )
    if not multiline:
        if _LINE_BREAK.search(value):
            return FieldIssue(field, "line_break", "Must be one line; it contains a line break.")
        if "\t" in value:
            return FieldIssue(field, "control_character", "Contains a tab; use spaces.")
    bad = _CONTROL.search(value)
    if bad:
        return FieldIssue(
            field,
            "control_character",
            f"Contains the invisible control character U+{ord(bad.group()):04X} "
            f"at position {bad.start() + 1}.",
        )
    if limit is not None and len(value) > limit:
        return FieldIssue(field, "too_long", f"At most {limit} characters (got {len(value)}).")
    if len(value) * 4 > TEXT_BYTES and len(value.encode("utf-8")) > TEXT_BYTES:
        return FieldIssue(
            field,
            "too_long",
            f"At most {TEXT_BYTES} bytes once encoded (got {len(value.encode('utf-8'))}).",
        )
    return None


def clean_text(
    issues: list[FieldIssue],
    field: str,
    value: object,
    *,
    limit: int | None,
    multiline: bool = False,
) -> str | None:
    """``value`` trimmed, or None when empty; a problem is added to ``issues``."""
    if value is None:
        return None
    if not isinstance(value, str):
        if isinstance(value, float | Decimal) and not _finite(value):
            issues.append(FieldIssue(field, "not_text", f"{value!r} is not text."))
            return None
        value = str(value)
    problem = text_issue(field, value, limit=limit, multiline=multiline)
    if problem is not None:
        issues.append(problem)
        return None
    return value.strip() or None


def _finite(value: float | Decimal) -> bool:
    return value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)


def currency_decimals(currency: str | None) -> int:
    """How many decimals amounts in ``currency`` have (2 when it is not known)."""
    if not currency:
        return 2
    try:
        return int(get_currency_precision(currency.upper()))
    except Exception:  # babel raises its own errors for unknown codes
        return 2


def clean_amount(
    issues: list[FieldIssue],
    field: str,
    raw: object,
    *,
    currency: str | None,
    maximum: Decimal,
) -> Decimal | None:
    """An amount that fits the column and the currency, else an issue naming the field.

    More decimals than the currency has (12.345 PLN) are refused, not rounded away.
    """
    try:
        if isinstance(raw, bool):
            raise ValueError
        value = raw if isinstance(raw, Decimal) else Decimal(str(raw))
    except (InvalidOperation, ValueError):
        issues.append(FieldIssue(field, "not_a_number", f"{raw!r} is not an amount."))
        return None
    if not value.is_finite():
        issues.append(FieldIssue(field, "not_a_number", f"{raw!r} is not an amount."))
        return None
    if value < 0:
        issues.append(FieldIssue(field, "negative", "The amount cannot be negative."))
        return None
    if value > maximum:
        issues.append(FieldIssue(field, "too_large", f"At most {maximum}."))
        return None
    places = currency_decimals(currency)
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        shown = (currency or "").upper() or "this currency"
        issues.append(
            FieldIssue(
                field,
                "too_many_decimals",
                f"{value.normalize()} has more decimals than {shown} has ({places}).",
            )
        )
        return None
    return value.quantize(Decimal(1).scaleb(-max(places, 0)))


def clean_id(issues: list[FieldIssue], field: str, raw: object) -> uuid.UUID | None:
    """A record's id from a form or an import: a UUID or its text."""
    if raw in (None, ""):
        return None
    if isinstance(raw, uuid.UUID):
        return raw
    try:
        return uuid.UUID(str(raw))
    except ValueError:
        issues.append(FieldIssue(field, "not_an_id", f"{raw!r} is not a record id."))
        return None


def clean_moment(
    issues: list[FieldIssue],
    field: str,
    value: dt.datetime,
    *,
    latest: dt.datetime,
) -> dt.datetime | None:
    """A time with its zone, between 1970 and ``latest``."""
    if value.tzinfo is None:
        issues.append(FieldIssue(field, "naive_time", "The time needs a time zone."))
        return None
    if not EARLIEST <= value <= latest:
        issues.append(
            FieldIssue(
                field,
                "date_out_of_range",
                f"{value.date().isoformat()} is outside the dates LeadDesk keeps "
                f"(1970 to {latest.date().isoformat()}).",
            )
        )
        return None
    return value


def clean_custom(issues: list[FieldIssue], field: str, raw: object) -> dict[str, object] | None:
    """Named values of a lead's own fields: short one-line names, values that are text,
    finite numbers, yes/no or lists of text, as JSON keeps them on every backend."""
    if not isinstance(raw, Mapping):
        issues.append(FieldIssue(field, "not_a_mapping", "Expected named values."))
        return None
    out: dict[str, object] = {}
    before = len(issues)
    for key, value in raw.items():
        name = clean_text(issues, f"{field}.{key}", key, limit=60)
        if name is None:
            if len(issues) == before:
                issues.append(FieldIssue(field, "name_required", "A field needs a name."))
            continue
        where = f"{field}.{name}"
        if value is None or isinstance(value, bool | int):
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2**53:
                issues.append(FieldIssue(where, "too_large", "The number is too large."))
            out[name] = value
        elif isinstance(value, float):
            if not math.isfinite(value):
                issues.append(FieldIssue(where, "not_a_number", f"{value!r} is not a number."))
            out[name] = value
        elif isinstance(value, str):
            out[name] = clean_text(issues, where, value, limit=2000, multiline=True) or ""
        elif isinstance(value, list | tuple):
            out[name] = [clean_text(issues, where, str(v), limit=200) or "" for v in value]
        else:
            issues.append(FieldIssue(where, "not_a_value", f"{value!r} cannot be kept."))
    return out if len(issues) == before else None
