"""The leads table's columns and order, and CSV cells a spreadsheet cannot run.

The fixed columns are ``Column``; each custom field the owner defines is one more,
a ``FieldColumn``, known only once the database is open. Both are named by an id
(``column_id``) wherever they are remembered, so a field added or retired never
shifts what the user arranged."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TextIO

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.stages import Stage


class Column(StrEnum):
    NUMBER = "number"
    NAME = "name"
    COMPANY = "company"
    EMAIL = "email"
    PHONE = "phone"
    CITY = "city"
    COUNTRY = "country"
    STAGE = "stage"
    OWNER = "owner"
    SOURCE = "source"
    CAMPAIGN = "campaign"
    DEAL_VALUE = "deal_value"
    SCORE = "score"
    QUALIFICATION = "qualification"  # MQL or SQL by the scoring thresholds
    PROBABILITY = "probability"  # the conversion model's
    TAGS = "tags"
    NEXT_FOLLOW_UP = "next_follow_up"
    STAGE_CHANGED = "stage_changed"
    CREATED = "created"


COLUMNS = tuple(Column)
# shown until the user picks others
DEFAULT_HIDDEN = frozenset({Column.COUNTRY, Column.CAMPAIGN, Column.CREATED})
# tags live in another table; one lead has several, so they do not sort
UNSORTABLE = frozenset({Column.TAGS})


FIELD_PREFIX = "field:"


@dataclass(frozen=True)
class FieldColumn:
    """A custom field as a column: its values live in ``leads.custom_fields[key]``.

    Two of them are the same column when key and kind agree (a renamed field keeps
    its place and its sort)."""

    key: str
    kind: FieldKind
    name: str = field(default="", compare=False)

    @property
    def id(self) -> str:
        return FIELD_PREFIX + self.key


AnyColumn = Column | FieldColumn


def column_id(column: AnyColumn) -> str:
    """What the column is remembered by (in settings, menus and tests)."""
    return column.id if isinstance(column, FieldColumn) else column.value


@dataclass(frozen=True)
class TableSort:
    column: AnyColumn = Column.NUMBER
    descending: bool = True  # newest leads first


@dataclass(frozen=True)
class TableScope:
    """Which stages the table shows (all when empty)."""

    stages: frozenset[Stage] = frozenset()


# A cell starting with one of these is a formula to a spreadsheet program.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Prefix a would-be formula with an apostrophe, so it shows as the text it is."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def write_csv(out: TextIO, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write a header and rows with every cell made safe; returns the rows written.

    ``out`` should be opened with encoding "utf-8-sig" and newline="" so spreadsheet
    programs read Arabic and Polish letters right (the byte-order mark tells them).
    """
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    n = 0
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
        n += 1
    return n
