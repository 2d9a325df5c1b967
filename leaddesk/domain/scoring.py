"""Lead scoring by point rules: who the lead is (fit), what they did (behaviour) and how
they engage, with behaviour points that fade, and the MQL and SQL thresholds.

A lead's score is worked out from plain facts (its fields and its timeline's events)
and the rules; nothing here reads a database or a clock, so the same function scores
one lead inside a logged activity's transaction and 100,000 leads in a rescore.

Fading: each occurrence's points halve every ``half_life_days`` after it happened. A
score is therefore true at a moment; ``Score.valid_until`` says until when its rounded
total cannot change by fading (a conservative bound from the fastest possible fall),
so a store can keep the number (to sort and filter by it in SQL) and rescore only the
leads whose moment has passed, instead of a nightly job over every lead.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from leaddesk.domain.activities import CONTACT_KINDS, ActivityKind, Direction
from leaddesk.domain.conditions import Operator, holds

# a score kept in the store is re-read at the latest this long after it was worked out,
# and not sooner than the shortest wait (a bound that small is rounding noise)
LONGEST_VALID = dt.timedelta(days=30)
SHORTEST_VALID = dt.timedelta(minutes=15)
POSITIVE_CALLS = frozenset({"talked", "meeting_booked"})


class RuleGroup(StrEnum):
    FIT = "fit"
    BEHAVIOUR = "behaviour"
    ENGAGEMENT = "engagement"


# a fit rule's operator (domain.conditions, shared with distribution rules)
FitOperator = Operator


class Engagement(StrEnum):
    REPLIED = "replied"  # a message from the lead
    MEETING_HELD = "meeting_held"
    POSITIVE_CALL = "positive_call"  # a call where the lead talked or booked a meeting
    NO_ANSWER = "no_answer"  # the last N contacts were all ours, none answered


class Qualification(StrEnum):
    NONE = "none"
    MQL = "mql"  # interested: needs nurturing and more information
    SQL = "sql"  # ready to buy: needs a rep


@dataclass(frozen=True)
class ScoreRule:
    """One rule. ``points`` may be negative; ``per_occurrence`` counts every matching
    event (up to ``cap`` points in all), otherwise the rule counts once."""

    id: str
    name: str
    group: RuleGroup
    points: int
    field: str | None = None  # fit: a lead field, "product", or "custom:KEY"
    operator: FitOperator | None = None
    values: tuple[str, ...] = ()
    activity_kind: ActivityKind | None = None  # behaviour: the event's kind and tag
    tag: str | None = None
    engagement: Engagement | None = None
    last_n: int = 3  # no answer to the last N contacts
    per_occurrence: bool = False
    cap: int | None = None
    half_life_days: float | None = None  # behaviour and engagement points fade


@dataclass(frozen=True)
class Thresholds:
    mql: int = 30
    sql: int = 75

    def qualification(self, total: int) -> Qualification:
        if total >= self.sql:
            return Qualification.SQL
        if total >= self.mql:
            return Qualification.MQL
        return Qualification.NONE


class Event(NamedTuple):
    """A timeline entry as scoring reads it (a tuple: a rescore reads 800,000 of them,
    and a frozen dataclass costs several times as much to make)."""

    kind: ActivityKind
    at: dt.datetime
    direction: Direction | None = None
    tag: str | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class LeadFacts:
    """``fields``: the lead's values by name (``product`` a tuple of product names,
    ``custom:KEY`` its custom fields); ``events`` its timeline, any order."""

    fields: Mapping[str, object]
    events: Sequence[Event] = ()


@dataclass(frozen=True)
class Part:
    """What one rule gave: ``points`` today, ``full`` before fading."""

    rule_id: str
    name: str
    group: RuleGroup
    occurrences: int
    points: float
    full: int

    @property
    def faded(self) -> float:
        return self.full - self.points


@dataclass(frozen=True)
class Score:
    total: int
    parts: tuple[Part, ...] = ()
    valid_until: dt.datetime | None = None  # None: fading cannot change it
    exact: float = 0.0

    def qualification(self, thresholds: Thresholds) -> Qualification:
        return thresholds.qualification(self.total)


@dataclass
class _Term:
    """One occurrence's points and how fast they fade (for the validity bound)."""

    points: float
    rate: float = 0.0  # |d points / d day| now


@dataclass
class _Rule:
    terms: list[_Term] = field(default_factory=list)


def _fade(points: int, at: dt.datetime, now: dt.datetime, half_life: float | None) -> _Term:
    if not half_life or half_life <= 0:
        return _Term(float(points))
    age = max(0.0, (now - at).total_seconds() / 86_400)
    value = points * 0.5 ** (age / half_life)
    return _Term(value, abs(value) * math.log(2) / half_life)


def fits(rule: ScoreRule, fields: Mapping[str, object]) -> bool:
    """Whether a fit rule's condition holds for the lead's ``fields``."""
    return holds(rule.operator, rule.values, fields.get(rule.field or ""))


def _matches(rule: ScoreRule, event: Event) -> bool:
    if rule.group is RuleGroup.BEHAVIOUR:
        if rule.activity_kind is not None and event.kind is not rule.activity_kind:
            return False
        return rule.tag is None or (event.tag or "").casefold() == rule.tag.casefold()
    kind = rule.engagement
    if kind is Engagement.REPLIED:
        return event.kind in CONTACT_KINDS and event.direction is Direction.INBOUND
    if kind is Engagement.MEETING_HELD:
        return event.kind is ActivityKind.MEETING
    if kind is Engagement.POSITIVE_CALL:
        return event.kind is ActivityKind.CALL and event.outcome in POSITIVE_CALLS
    return False


def _unanswered_since(rule: ScoreRule, events: Sequence[Event]) -> dt.datetime | None:
    """When the last ``last_n`` contacts began, if all were ours and none answered."""
    contacts = sorted((e for e in events if e.kind in CONTACT_KINDS), key=lambda e: e.at)
    if rule.last_n < 1 or len(contacts) < rule.last_n:
        return None
    last = contacts[-rule.last_n :]
    if any(e.direction is Direction.INBOUND for e in last):
        return None
    if any(e.kind is ActivityKind.CALL and e.outcome in POSITIVE_CALLS for e in last):
        return None
    return last[-1].at


def _terms(rule: ScoreRule, facts: LeadFacts, now: dt.datetime) -> list[_Term]:
    if rule.group is RuleGroup.FIT:
        return [_Term(float(rule.points))] if fits(rule, facts.fields) else []
    if rule.engagement is Engagement.NO_ANSWER:
        since = _unanswered_since(rule, facts.events)
        return [] if since is None else [_fade(rule.points, since, now, rule.half_life_days)]
    # a meeting planned for tomorrow is not held
    if rule.group is RuleGroup.BEHAVIOUR:
        kind, tag = rule.activity_kind, rule.tag.casefold() if rule.tag is not None else None
        hits = [
            e.at
            for e in facts.events
            if (kind is None or e.kind is kind)
            and (tag is None or e.tag == tag or (e.tag or "").casefold() == tag)
            and e.at <= now
        ]
    else:
        hits = [e.at for e in facts.events if e.at <= now and _matches(rule, e)]
    return _occurrences(rule, hits, now)


def _occurrences(rule: ScoreRule, hits: list[dt.datetime], now: dt.datetime) -> list[_Term]:
    """The terms of an event rule's matching events (in timeline order)."""
    if not hits:
        return []
    if not rule.per_occurrence:  # once: the latest, the least faded
        return [_fade(rule.points, max(hits), now, rule.half_life_days)]
    return [_fade(rule.points, at, now, rule.half_life_days) for at in sorted(hits)]


def _tagged(
    events: Sequence[Event], now: dt.datetime
) -> dict[tuple[ActivityKind, str], list[dt.datetime]]:
    """The lead's past tagged events by kind and tag (casefolded once per event, not
    once per rule and event: a rescore scores 100,000 leads)."""
    found: dict[tuple[ActivityKind, str], list[dt.datetime]] = {}
    for e in events:
        if e.tag is not None and e.at <= now:
            found.setdefault((e.kind, e.tag.casefold()), []).append(e.at)
    return found


def score(facts: LeadFacts, rules: Iterable[ScoreRule], now: dt.datetime) -> Score:
    """The lead's score at ``now``, with every rule that gave points (or took them)."""
    parts: list[Part] = []
    exact, rate = 0.0, 0.0
    tagged: dict[tuple[ActivityKind, str], list[dt.datetime]] | None = None
    for rule in rules:
        if rule.group is RuleGroup.BEHAVIOUR and rule.activity_kind and rule.tag is not None:
            if tagged is None:
                tagged = _tagged(facts.events, now)
            hits = tagged.get((rule.activity_kind, rule.tag.casefold()))
            terms = _occurrences(rule, hits, now) if hits else []
        else:
            terms = _terms(rule, facts, now)
        if not terms:
            continue
        points = sum(t.points for t in terms)
        full = rule.points * len(terms)
        term_rate = sum(t.rate for t in terms)
        if rule.cap is not None and rule.per_occurrence:
            cap = abs(rule.cap)
            if abs(points) > cap:  # held at the cap: fading is felt only below it
                points, term_rate = math.copysign(cap, points), 0.0
            full = int(math.copysign(min(abs(full), cap), full))
        parts.append(Part(rule.id, rule.name, rule.group, len(terms), points, full))
        exact += points
        rate += term_rate
    total = round(exact)
    return Score(total, tuple(parts), _valid_until(exact, rate, now), exact)


def _valid_until(exact: float, rate: float, now: dt.datetime) -> dt.datetime | None:
    """The earliest moment fading could move the rounded total: the distance to the
    next rounding boundary at the fastest fall there can be (each term falls slower
    and slower, so today's speed bounds every later one)."""
    if rate <= 1e-12:
        return None
    nearest = round(exact)
    distance = min(exact - (nearest - 0.5), (nearest + 0.5) - exact)
    wait = dt.timedelta(days=distance / rate)
    return now + min(max(wait, SHORTEST_VALID), LONGEST_VALID)


@dataclass(frozen=True)
class Crossing:
    """The moment a lead's score first reached a threshold, and the score then."""

    level: Qualification
    at: dt.datetime
    score: Score


def history(
    facts: LeadFacts, rules: Sequence[ScoreRule], thresholds: Thresholds, now: dt.datetime
) -> tuple[Score, list[Crossing]]:
    """The score at ``now`` and when the timeline first took it to MQL and to SQL (as
    scores kept since the lead's start would have recorded; a lead that went straight
    to SQL crossed both at once). Points come only with events, and fade between them,
    so the first crossing is at an event: each event that a rule with points matches
    is tried, unless not even unfaded points could reach MQL. (A negative rule fading
    lifts a score between events; that rise is not looked for.)"""
    final = score(facts, rules, now)
    positive = [r for r in rules if r.points > 0 and r.group is not RuleGroup.FIT]
    ceiling = sum(p.full for p in final.parts if p.full > 0) + sum(
        r.points for r in positive if r.engagement is Engagement.NO_ANSWER
    )
    if ceiling < thresholds.mql and final.total < thresholds.mql:
        return final, []
    moments = sorted(
        {
            e.at
            for e in facts.events
            if e.at <= now
            and any(r.engagement is Engagement.NO_ANSWER or _matches(r, e) for r in positive)
        }
    )
    found: list[Crossing] = []
    level = Qualification.NONE
    for at in moments:
        then = LeadFacts(facts.fields, [e for e in facts.events if e.at <= at])
        result = score(then, rules, at)
        up = crossed(level, result.qualification(thresholds))
        if up is not None:
            found.append(Crossing(up, at, result))
            level = up
            if up is Qualification.SQL:
                break
    return final, found


def crossed(before: Qualification, after: Qualification) -> Qualification | None:
    """The threshold a change of score went over upwards, if any (SQL over MQL)."""
    return after if _ORDER[after] > _ORDER[before] else None


_ORDER = {level: n for n, level in enumerate(Qualification)}


def default_rules() -> list[ScoreRule]:
    """What a new database starts with: the worked example of the owner's handbook
    (solutions page 5, user guide 10, webinar 20, quote request 50; SQL at 75)."""
    behaviour = RuleGroup.BEHAVIOUR
    fade = 90.0  # a quarter of a year: last season's webinar counts half
    return [
        ScoreRule("visited-solutions", "Visited the solutions page", behaviour, 5,
                  activity_kind=ActivityKind.EVENT, tag="solutions_page", half_life_days=fade),
        ScoreRule("downloaded-guide", "Downloaded the user guide", behaviour, 10,
                  activity_kind=ActivityKind.EVENT, tag="user_guide", half_life_days=fade),
        ScoreRule("attended-webinar", "Attended a webinar", behaviour, 20,
                  activity_kind=ActivityKind.EVENT, tag="webinar", half_life_days=fade),
        ScoreRule("requested-quote", "Requested a quote", behaviour, 50,
                  activity_kind=ActivityKind.EVENT, tag="quote_request", half_life_days=fade),
    ]  # fmt: skip
