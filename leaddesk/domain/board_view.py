"""What a board shows: the filter a rep sets, the order within columns, saved views."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from typing import Any

from leaddesk.domain.leads import search_text

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


class CardSort(StrEnum):
    MANUAL = "manual"
    SCORE = "score"
    DEAL_VALUE = "deal_value"
    FOLLOW_UP = "follow_up"
    AGE = "age"  # longest in the stage first


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
    # a custom field: its key, its kind ("choice", "yes_no") and the value wanted (one
    # of the choices; "yes" or "no")
    field_key: str | None = None
    field_kind: str | None = None
    field_value: str | None = None

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
    def active(self) -> bool:
        return self.with_(text=" ".join(self.terms)) != BoardFilter()

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
            "campaign_id": uuid.UUID,
            "product_id": uuid.UUID,
        }
        for f in fields(cls):
            value = raw.get(f.name)
            if value is None:
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
        return cls(**out)


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
