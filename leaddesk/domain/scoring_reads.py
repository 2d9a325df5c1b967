"""What a set of rules reads of a lead, so a rescore of 100,000 leads fetches only that:
the timeline kinds its behaviour and engagement rules look at (the handbook's rules
look at the lead's actions only, a small part of a timeline) and the fields its fit
rules test. A rule sees only the events of its own kinds, so leaving the others out
changes no score."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from leaddesk.domain.activities import CONTACT_KINDS, ActivityKind
from leaddesk.domain.scoring import Engagement, RuleGroup, ScoreRule

# every kind scoring can read: contacts either way, and the lead's own actions
SCORED_KINDS = frozenset({*CONTACT_KINDS, ActivityKind.EVENT})
ENGAGEMENT_KINDS = {
    Engagement.REPLIED: CONTACT_KINDS,
    Engagement.NO_ANSWER: CONTACT_KINDS,
    Engagement.MEETING_HELD: frozenset({ActivityKind.MEETING}),
    Engagement.POSITIVE_CALL: frozenset({ActivityKind.CALL}),
}


@dataclass(frozen=True)
class Reads:
    kinds: frozenset[ActivityKind]  # timeline entries of these kinds
    fields: frozenset[str]  # lead fields by the names fit rules give ("custom:KEY"…)

    @property
    def custom(self) -> bool:
        return any(f.startswith("custom:") for f in self.fields)


def reads(rules: Iterable[ScoreRule]) -> Reads:
    kinds: set[ActivityKind] = set()
    fields: set[str] = set()
    for rule in rules:
        if rule.group is RuleGroup.FIT:
            fields.add(rule.field or "")
        elif rule.group is RuleGroup.BEHAVIOUR:
            kinds |= {rule.activity_kind} if rule.activity_kind else SCORED_KINDS
        elif rule.engagement is not None:
            kinds |= ENGAGEMENT_KINDS.get(rule.engagement, frozenset())
    return Reads(frozenset(kinds & SCORED_KINDS), frozenset(fields))
