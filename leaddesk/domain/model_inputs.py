"""A lead as the conversion model reads it: its outcome, when it closed, and its input
row, built only from what was known before the outcome.

The store hands over each lead's fields, custom values, products and timeline
(``LeadInputs``); this module decides, in pure Python, what the model sees:

- the outcome: Customer is a success, Disqualified a failure, Inactive a success only
  if the lead was ever a customer (``won_at`` set); open leads have none;
- the moment it closed: ``won_at`` for a success, else when it entered the stage it
  closed in. Activities after that moment, a first response after it and dates after
  it are what the team did once the answer was known: counting them would teach the
  model the answer (a customer gets onboarding calls), so a closed lead is read as it
  stood when it closed, and an open lead as it stands now;
- the columns (``specs``): the lead's fields, every custom field by its kind, each
  product as yes/no, activity counts by kind and by event tag with the days since the
  last of each, replies outstanding, and the first response time. Stage-derived fields,
  the score, the probability and the close reason are never inputs.

Column names are stable keys the UI can phrase: ``source``, ``custom:KEY``,
``product:NAME``, ``activity:KIND``, ``activity:KIND:inbound``, ``days_since:KIND``,
``event:TAG``, ``days_since:event:TAG``, ``unanswered``, ``first_response_s``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from leaddesk.domain.activities import ActivityKind, Direction
from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.model_features import FeatureKind, FeatureSpec
from leaddesk.domain.stages import Stage

K = FeatureKind
CLOSED = (Stage.CUSTOMER, Stage.INACTIVE, Stage.DISQUALIFIED)
#: timeline kinds counted (contacts either way, notes, the lead's own actions)
COUNTED_KINDS = (
    ActivityKind.CALL, ActivityKind.EMAIL, ActivityKind.WHATSAPP, ActivityKind.SMS,
    ActivityKind.MEETING, ActivityKind.NOTE, ActivityKind.EVENT,
)  # fmt: skip
#: kinds counted by kind (events are counted by tag instead)
BY_KIND = tuple(k for k in COUNTED_KINDS if k is not ActivityKind.EVENT)
#: kinds whose inbound entries (the lead writing or calling back) are counted apart
REPLY_KINDS = (ActivityKind.CALL, ActivityKind.EMAIL, ActivityKind.WHATSAPP, ActivityKind.SMS)
MAX_TAGS = 40  # the most common event tags get columns; the rest are too rare to learn
LEAD_SPECS = (
    FeatureSpec("source", K.CATEGORY), FeatureSpec("campaign", K.CATEGORY),
    FeatureSpec("segment", K.CATEGORY), FeatureSpec("country", K.CATEGORY),
    FeatureSpec("job_title", K.WORDS), FeatureSpec("deal_value", K.NUMBER),
    FeatureSpec("company", K.YES_NO),
)  # fmt: skip
_CUSTOM_KINDS = {
    FieldKind.NUMBER: K.NUMBER,
    FieldKind.YES_NO: K.YES_NO,
    FieldKind.DATE: K.COUNT,  # days before the close (or before now, for an open lead)
    FieldKind.CHOICE: K.CATEGORY,
    FieldKind.TEXT: K.CATEGORY,
}
_DAY = 86400.0


@dataclass(frozen=True)
class Entry:
    """One timeline entry as the model counts it."""

    kind: ActivityKind
    direction: Direction | None
    tag: str | None
    at: dt.datetime


@dataclass(frozen=True)
class LeadInputs:
    id: uuid.UUID
    stage: Stage
    won_at: dt.datetime | None
    stage_entered_at: dt.datetime  # when it entered the stage it is in
    fields: Mapping[str, object]  # source, campaign, segment, country, job_title...
    custom: Mapping[str, object]  # custom values by key, as kept
    products: tuple[str, ...] = ()
    first_response_at: dt.datetime | None = None
    first_response_s: int | None = None
    entries: tuple[Entry, ...] = field(default_factory=tuple)
    number: int = 0  # the lead's number (pages and the split follow it)


@dataclass(frozen=True)
class InputShape:
    """What a row is built with beyond the lead itself: the custom fields that are
    dates (read as days), the products and event tags that have columns. Stored with a
    model, so a lead is read the way the model was trained."""

    dates: frozenset[str] = frozenset()
    products: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, list[str]]:
        return {
            "dates": sorted(self.dates),
            "products": list(self.products),
            "tags": list(self.tags),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, object]) -> InputShape:
        def names(key: str) -> tuple[str, ...]:
            value = d.get(key) or ()
            return tuple(str(v) for v in value) if isinstance(value, list | tuple) else ()

        return cls(frozenset(names("dates")), names("products"), names("tags"))


def outcome(lead: LeadInputs) -> int | None:
    """1 became a customer, 0 did not, None still open."""
    if lead.stage is Stage.CUSTOMER:
        return 1
    if lead.stage is Stage.INACTIVE:
        return 1 if lead.won_at is not None else 0
    if lead.stage is Stage.DISQUALIFIED:
        return 0
    return None


def closed_at(lead: LeadInputs) -> dt.datetime | None:
    """When the outcome became known; None for an open lead."""
    result = outcome(lead)
    if result is None:
        return None
    if result == 1 and lead.won_at is not None:
        return lead.won_at
    return lead.stage_entered_at


def as_of(lead: LeadInputs, now: dt.datetime) -> dt.datetime:
    """The moment the lead is read at: its close, or now while it is open."""
    return closed_at(lead) or now


def custom_specs(fields: Iterable[tuple[str, FieldKind]]) -> list[FeatureSpec]:
    return [FeatureSpec(f"custom:{key}", _CUSTOM_KINDS[kind]) for key, kind in fields]


def specs(custom: Iterable[tuple[str, FieldKind]], shape: InputShape) -> list[FeatureSpec]:
    """Every input column for these custom fields (key, kind), products and tags."""
    found = [*LEAD_SPECS, *custom_specs(custom)]
    found += [FeatureSpec(f"product:{p}", K.YES_NO) for p in shape.products]
    for kind in BY_KIND:
        found.append(FeatureSpec(f"activity:{kind.value}", K.COUNT))
        if kind in REPLY_KINDS:
            found.append(FeatureSpec(f"activity:{kind.value}:inbound", K.COUNT))
        found.append(FeatureSpec(f"days_since:{kind.value}", K.COUNT))
    for tag in shape.tags:
        found.append(FeatureSpec(f"event:{tag}", K.COUNT))
        found.append(FeatureSpec(f"days_since:event:{tag}", K.COUNT))
    found.append(FeatureSpec("unanswered", K.COUNT))
    found.append(FeatureSpec("first_response_s", K.COUNT))
    return found


#: columns worked out from the timeline (a model without any needs no timeline read)
TIMELINE_COLUMNS = ("activity:", "days_since:", "event:", "unanswered", "first_response_s")


def reads_timeline(columns: Iterable[str]) -> bool:
    return any(c.startswith(TIMELINE_COLUMNS) for c in columns)


def reads_products(columns: Iterable[str]) -> bool:
    return any(c.startswith("product:") for c in columns)


def excluded_columns(columns: Iterable[str], excluded: Iterable[str]) -> list[str]:
    """The columns the owner's list leaves out: a name leaves out that column and the
    columns under it ("product" every product, "custom:size" that field)."""
    names = set(excluded)
    return [c for c in columns if c in names or any(c.startswith(f"{n}:") for n in names)]


def _days(later: dt.datetime, earlier: dt.datetime) -> float:
    return round((later - earlier).total_seconds() / _DAY, 2)


def _date_days(value: object, moment: dt.datetime) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return float((moment.date() - day).days)


def row_of(lead: LeadInputs, shape: InputShape, now: dt.datetime) -> dict[str, object]:
    """The lead's input row as it stood at its close (or now, while open)."""
    moment = as_of(lead, now)
    row: dict[str, object] = dict(lead.fields)
    company = lead.fields.get("company")
    row["company"] = bool(company and str(company).strip())
    for key, value in lead.custom.items():
        row[f"custom:{key}"] = _date_days(value, moment) if key in shape.dates else value
    held = set(lead.products)
    for product in shape.products:
        row[f"product:{product}"] = product in held
    counts: Counter[str] = Counter()
    last: dict[str, dt.datetime] = {}
    unanswered = 0
    for e in sorted((e for e in lead.entries if e.at <= moment), key=lambda e: e.at):
        if e.kind is ActivityKind.EVENT:
            name = f"event:{e.tag}" if e.tag else ""
        else:
            name = f"activity:{e.kind.value}"
            if e.kind in REPLY_KINDS and e.direction is Direction.INBOUND:
                counts[f"{name}:inbound"] += 1
        if name:
            counts[name] += 1
            last[name] = e.at
        if e.direction is Direction.INBOUND:
            unanswered = 0
        elif e.direction is Direction.OUTBOUND:
            unanswered += 1
    for kind in BY_KIND:
        name = f"activity:{kind.value}"
        row[name] = counts[name]
        if kind in REPLY_KINDS:
            row[f"{name}:inbound"] = counts[f"{name}:inbound"]
        row[f"days_since:{kind.value}"] = _days(moment, last[name]) if name in last else None
    for tag in shape.tags:
        name = f"event:{tag}"
        row[name] = counts[name]
        row[f"days_since:{name}"] = _days(moment, last[name]) if name in last else None
    row["unanswered"] = unanswered
    known = lead.first_response_at is not None and lead.first_response_at <= moment
    row["first_response_s"] = lead.first_response_s if known else None
    return row


def shape_for(
    custom: Sequence[tuple[str, FieldKind]], products: Sequence[str], tags: Sequence[str]
) -> InputShape:
    dates = frozenset(key for key, kind in custom if kind is FieldKind.DATE)
    return InputShape(dates, tuple(products), tuple(tags))
