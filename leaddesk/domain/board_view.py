"""What a board shows: the filter a rep sets, the order within columns, saved views."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import asdict, dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.leads import search_text, typed_text

MIN_SEARCH_WORD = 3


class OwnerScope(StrEnum):
    EVERYONE = "everyone"
    MINE = "mine"
    POOL = "pool"  # unassigned, waiting to be claimed


class FollowUpDue(StrEnum):
    ANY = "any"
    OVERDUE = "overdue"
    TODAY = "today"
    WEEK = "week"  # within the next seven days
    NONE = "none"  # nothing planned


class QualifiedFilter(StrEnum):
    """Leads by the scoring thresholds they have reached now."""

    ANY = "any"
    MQL = "mql"  # marketing-qualified, not (yet) sales-qualified
    SQL = "sql"
    EITHER = "either"  # MQL or SQL


class CardSort(StrEnum):
    MANUAL = "manual"
    SCORE = "score"
    DEAL_VALUE = "deal_value"
    FOLLOW_UP = "follow_up"
    AGE = "age"  # longest in the stage first
    PROBABILITY = "probability"  # most likely to become a customer first


@dataclass(frozen=True)
class BoardFilter:
    text: str = ""
    owner: OwnerScope = OwnerScope.EVERYONE
    source: str | None = None  # a source key
    campaign_id: uuid.UUID | None = None
    product_id: uuid.UUID | None = None
    tag: str | None = None
    score_min: int | None = None
    score_max: int | None = None
    follow_up: FollowUpDue = FollowUpDue.ANY
    qualified: QualifiedFilter = QualifiedFilter.ANY
    # a custom field: its key, its kind (a FieldKind value) and what is wanted: for a
    # choice one of the choices, for yes/no "yes" or "no", for text what it contains;
    # for a number or a date the range, either end open (a number's text "2.5", an
    # ISO date "2026-11-30"), both ends included
    field_key: str | None = None
    field_kind: str | None = None
    field_value: str | None = None
    field_min: str | None = None
    field_max: str | None = None

    @property
    def terms(self) -> list[str]:
        """What the search box holds, as the casefolded words search matches.

        Searching starts at a word of three characters: shorter ones match
        most of the pipeline, and no index can answer them, so typing the
        first letters does not stall the board on a scan.
        """
        words = search_text(self.text).split()
        return words if any(len(w) >= MIN_SEARCH_WORD for w in words) else []

    @property
    def contains(self) -> str:
        """For a text field: what its value must contain, as a query may carry it."""
        return typed_text(self.field_value or "") if self.field_kind == FieldKind.TEXT else ""

    @property
    def number_range(self) -> tuple[Decimal | None, Decimal | None]:
        """For a number field: the bounds set (a bound that is not a number is none)."""
        if self.field_kind != FieldKind.NUMBER:
            return None, None
        return number_bound(self.field_min), number_bound(self.field_max)

    @property
    def date_range(self) -> tuple[dt.date | None, dt.date | None]:
        """For a date field: the first and last day wanted (a bad bound is none)."""
        if self.field_kind != FieldKind.DATE:
            return None, None
        return date_bound(self.field_min), date_bound(self.field_max)

    @property
    def narrows_by_field(self) -> bool:
        """A custom field is picked and something is asked of it (a number field picked
        with both ends empty does not narrow the board)."""
        if not self.field_key:
            return False
        if self.field_kind == FieldKind.TEXT:
            return bool(self.contains)
        if self.field_kind == FieldKind.NUMBER:
            return self.number_range != (None, None)
        if self.field_kind == FieldKind.DATE:
            return self.date_range != (None, None)
        return self.field_value is not None

    @property
    def active(self) -> bool:
        plain = self.with_(text=" ".join(self.terms))
        if not self.narrows_by_field:
            plain = plain.with_(**dict.fromkeys(_FIELD_PARTS))
        return plain != BoardFilter()

    def with_(self, **changes: Any) -> BoardFilter:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        return {k: (str(v) if isinstance(v, uuid.UUID) else v) for k, v in asdict(self).items()}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> BoardFilter:
        """Tolerates views saved by other versions: unknown keys and bad values are dropped."""
        out: dict[str, Any] = {}
        kinds = {
            "owner": OwnerScope,
            "source": str,
            "follow_up": FollowUpDue,
            "qualified": QualifiedFilter,
            "campaign_id": uuid.UUID,
            "product_id": uuid.UUID,
        }
        for f in fields(cls):
            value = raw.get(f.name)
            if value is None or isinstance(value, dict | list):
                continue
            try:
                if f.name in kinds:
                    value = kinds[f.name](value)
                elif f.name in ("score_min", "score_max"):
                    value = int(value)
                else:
                    value = str(value)
            except (TypeError, ValueError):
                continue
            out[f.name] = value
        return cls(**_readable_field(out))


_FIELD_PARTS = ("field_key", "field_kind", "field_value", "field_min", "field_max")
_KINDS = {k.value for k in FieldKind}


def _readable_field(out: dict[str, Any]) -> dict[str, Any]:
    """The custom field part of a saved filter as this version reads it: without a key,
    or of a kind it does not know, the whole part is dropped; a range end the field's
    kind cannot read is dropped alone."""
    kind = out.get("field_kind")
    if not out.get("field_key") or (kind is not None and kind not in _KINDS):
        return {k: v for k, v in out.items() if k not in _FIELD_PARTS}
    read = _BOUNDS.get(kind)  # none for the other kinds and for no kind
    for end in ("field_min", "field_max"):
        if end in out and (read is None or read(out[end]) is None):
            del out[end]
    return out


def number_bound(text: str | None) -> Decimal | None:
    """A range end of a number field, as kept ("9", "-2.5"); None for blank or not a number."""
    if text is None or not text.strip():
        return None
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        return None
    # a float on the way to SQL: beyond its range it would be "inf", which MariaDB refuses
    return value if value.is_finite() and math.isfinite(float(value)) else None


def date_bound(text: str | None) -> dt.date | None:
    """A range end of a date field, as kept ("2026-11-30"); None for blank or not a date."""
    if text is None or not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


_BOUNDS: dict[str | None, Any] = {"number": number_bound, "date": date_bound}


@dataclass(frozen=True)
class SavedView:
    name: str
    filter: BoardFilter
    sort: CardSort = CardSort.MANUAL


def views_from_json(raw: dict[str, Any]) -> dict[str, SavedView]:
    out = {}
    for name, body in raw.items():
        if not isinstance(body, dict):
            continue
        try:
            sort = CardSort(body.get("sort", CardSort.MANUAL))
        except ValueError:
            sort = CardSort.MANUAL
        out[name] = SavedView(name, BoardFilter.from_json(body.get("filter") or {}), sort)
    return out


def views_to_json(views: dict[str, SavedView]) -> dict[str, Any]:
    return {n: {"filter": v.filter.to_json(), "sort": v.sort.value} for n, v in views.items()}


def due_window(due: FollowUpDue, now: dt.datetime) -> tuple[dt.datetime, dt.datetime] | None:
    """The span a follow-up must fall in, for the time-bound choices.

    ``now`` is aware and in the user's own time zone, so "today" is their day.
    """
    start_of_day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if due is FollowUpDue.OVERDUE:
        return (dt.datetime.min.replace(tzinfo=dt.UTC), now)
    if due is FollowUpDue.TODAY:
        return (start_of_day, start_of_day + dt.timedelta(days=1))
    if due is FollowUpDue.WEEK:
        return (now, now + dt.timedelta(days=7))
    return None
