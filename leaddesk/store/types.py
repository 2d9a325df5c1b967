"""Column types that behave the same on SQLite, PostgreSQL and MariaDB."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, String
from sqlalchemy.dialects import mysql, postgresql
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, microseconds kept.

    PostgreSQL stores timestamptz; SQLite and MariaDB store naive UTC
    (MariaDB with DATETIME(6), since its DATETIME drops fractions).
    """

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.TIMESTAMP(timezone=True))
        if dialect.name in ("mysql", "mariadb"):
            return dialect.type_descriptor(mysql.DATETIME(fsp=6))
        return dialect.type_descriptor(DateTime())

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: LeadDesk stores aware UTC times")
        value = value.astimezone(dt.UTC)
        if dialect.name != "postgresql":
            value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        # what the driver hands back: a datetime, or its ISO text
        when: dt.datetime = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
        if when.tzinfo is None:
            return when.replace(tzinfo=dt.UTC)
        return when.astimezone(dt.UTC)


def order_key_type(length: int = 64) -> TypeEngine[str]:
    """Order keys compare byte by byte on every backend (no locale collation)."""
    return (
        String(length)
        .with_variant(String(length, collation="C"), "postgresql")
        .with_variant(
            mysql.VARCHAR(length, charset="ascii", collation="ascii_bin"), "mysql", "mariadb"
        )
    )
