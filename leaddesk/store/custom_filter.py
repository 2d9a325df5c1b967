"""The board filter on one custom field, as SQL that reads ``leads.custom_fields`` alike
on SQLite (json_extract), PostgreSQL (->>, a JSON column) and MariaDB (JSON_EXTRACT).

Each comparison first asks the JSON type of the value: PostgreSQL's cast of a text to
float fails the whole query, MariaDB reads ``true`` and the JSON ``null`` as the
strings "true" and "null", and SQLite compares a number below every text. A lead
without the field, or with a value its kind cannot read, never matches.

Text "contains" is case-insensitive in every letter, not only ASCII: both sides are
lowered by the database, through a function that knows Unicode on each backend
(SQLite's lower() is ASCII-only, so engine.py gives each connection LeadDesk's own;
PostgreSQL's lower() follows the database's ctype, which may be "C", so ICU's root
collation is asked for where the server has ICU; MariaDB's LOWER() follows the
character set, and the comparison is then made bytewise).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, text
from sqlalchemy.orm import Session

from leaddesk.domain.board_view import BoardFilter
from leaddesk.domain.custom_fields import FieldKind
from leaddesk.store.engine import SQLITE_FOLD  # registered on every SQLite connection
from leaddesk.store.models import Lead

PG_UNICODE_COLLATION = "und-x-icu"

# the names each backend's JSON type function gives numbers and strings
_NUMBER_TYPES = {
    "sqlite": ("integer", "real"),
    "postgresql": ("number",),
    "mysql": ("INTEGER", "UNSIGNED INTEGER", "DOUBLE", "DECIMAL"),
}
_STRING_TYPES = {"sqlite": ("text",), "postgresql": ("string",), "mysql": ("STRING",)}


def _backend(session: Session) -> str:
    name = session.get_bind().dialect.name
    return name if name in ("sqlite", "postgresql") else "mysql"


def _path(key: str) -> str:
    return '$."' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _json_type(backend: str, key: str) -> ColumnElement[Any]:
    if backend == "sqlite":
        return func.json_type(Lead.custom_fields, _path(key))
    if backend == "postgresql":
        return func.json_typeof(Lead.custom_fields[key])
    return func.json_type(func.json_extract(Lead.custom_fields, _path(key)))


def _number(backend: str, key: str) -> ColumnElement[Any]:
    """The field as a float where it holds a JSON number, else NULL."""
    typed = _json_type(backend, key).in_(_NUMBER_TYPES[backend])
    return case((typed, Lead.custom_fields[key].as_float()))


def _string(backend: str, key: str) -> ColumnElement[Any]:
    """The field as text where it holds a JSON string, else NULL."""
    typed = _json_type(backend, key).in_(_STRING_TYPES[backend])
    return case((typed, Lead.custom_fields[key].as_string()))


def fold(session: Session, backend: str, text: ColumnElement[Any]) -> ColumnElement[Any]:
    """``text`` lowered in every alphabet (see the module's note)."""
    if backend == "sqlite":
        folded: ColumnElement[Any] = getattr(func, SQLITE_FOLD)(text)
        return folded
    if backend == "postgresql":
        return (
            func.lower(text.collate(PG_UNICODE_COLLATION))
            if _pg_has_icu(session)
            else func.lower(text)
        )
    return func.lower(text).collate("utf8mb4_bin")


def _pg_has_icu(session: Session) -> bool:
    """Whether the server has ICU's root collation: asked once per connection."""
    conn = session.connection()
    if "leaddesk_icu" not in conn.info:
        found = conn.execute(
            text(
                "SELECT EXISTS (SELECT 1 FROM pg_collation"
                " WHERE collname = :name AND collprovider = 'i')"
            ),
            {"name": PG_UNICODE_COLLATION},
        ).scalar()
        conn.info["leaddesk_icu"] = bool(found)
    return bool(conn.info["leaddesk_icu"])


def escape_like(term: str) -> str:
    """``term`` as a LIKE pattern matching itself: a typed % or _ is a character."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def custom_condition(session: Session, flt: BoardFilter) -> ColumnElement[bool] | None:
    """Leads whose custom field ``flt.field_key`` holds what the filter asks, or None
    when it asks nothing of it (a number field picked with both ends empty)."""
    key, kind = flt.field_key, flt.field_kind
    if not key or not flt.narrows_by_field:
        return None
    backend = _backend(session)
    held = Lead.custom_fields[key]
    if kind == FieldKind.NUMBER:
        value = _number(backend, key)
        low, high = flt.number_range
        return _between(
            value, None if low is None else float(low), None if high is None else float(high)
        )
    if kind == FieldKind.DATE:
        # ISO days compare as text, in a collation that orders bytes
        day = _string(backend, key)
        if backend == "postgresql":
            day = day.collate("C")
        first, last = flt.date_range
        within = _between(day, first and first.isoformat(), last and last.isoformat())
        return and_(day.like("____-__-__"), within)  # a day, not any text ("12" < "2026")
    if kind == FieldKind.TEXT:
        pattern = literal(f"%{escape_like(flt.contains)}%")
        found: ColumnElement[bool] = fold(session, backend, _string(backend, key)).like(
            fold(session, backend, pattern), escape="\\"
        )
        return found
    if kind == FieldKind.YES_NO:
        # MariaDB reads a missing key as false, not NULL: "no" must not find the unset
        return and_(held.as_string().is_not(None), held.as_boolean() == (flt.field_value == "yes"))
    matched: ColumnElement[bool] = held.as_string() == flt.field_value
    return matched


def _between(value: ColumnElement[Any], low: object, high: object) -> ColumnElement[bool]:
    """``value`` within both ends, each included, either open; a NULL never."""
    parts: list[ColumnElement[bool]] = [value.is_not(None)]
    if low is not None:
        parts.append(value >= low)
    if high is not None:
        parts.append(value <= high)
    return and_(*parts)
