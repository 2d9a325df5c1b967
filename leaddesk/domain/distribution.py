"""Push distribution: the owner's ordered assignment rules, the first that matches a
lead deciding where it goes (a rep, a team by rotation, a partner, the pool, or
nowhere), and the decision explained as it will be shown on the timeline and in a
card's tooltip.

A lead is read as a mapping of its values by name, as scoring reads it: the fields in
``RULE_FIELDS`` and ``custom:KEY`` for each custom field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from leaddesk.domain.conditions import Operator, folded, holds, holds_folded, texts
from leaddesk.domain.rotation import Skip

# what a rule's condition can name besides "custom:KEY"
RULE_FIELDS = ("source", "campaign", "segment", "product", "country", "city", "company",
               "job_title", "deal_value", "score", "qualification", "language", "stage",
               "web_form", "response")  # fmt: skip
# read besides the scored facts: the lead's stage, the language its country reads, the
# web form it came by (at capture), and "overdue" once past its first-contact target
EXTRA_FIELDS = frozenset({"language", "stage", "web_form", "response"})
OVERDUE = "overdue"


def readable(field: str) -> bool:
    """Whether a condition on ``field`` can ever be read of a lead."""
    return field in RULE_FIELDS or (field.startswith("custom:") and len(field) > 7)


class Target(StrEnum):
    REP = "rep"
    TEAM = "team"  # a rep of the team, by rotation
    PARTNER = "partner"  # waits for the partner to accept
    POOL = "pool"  # unassigned, for reps to claim
    NOBODY = "nobody"  # left unassigned, outside the pool


@dataclass(frozen=True)
class Condition:
    field: str
    operator: Operator
    values: tuple[str, ...] = ()

    @cached_property
    def _folded(self) -> list[str]:
        return folded(self.values)

    def holds(self, lead: Mapping[str, object], seen: dict[str, list[str]] | None = None) -> bool:
        """Whether the lead's value meets the condition (``seen``: the lead's values
        folded so far, shared by the conditions of every rule tried on it)."""
        value = lead.get(self.field)
        if seen is None:
            return holds(self.operator, self.values, value)
        found = seen.get(self.field)
        if found is None:
            found = seen[self.field] = texts(value)
        return holds_folded(self.operator, self.values, self._folded, value, found)


@dataclass(frozen=True)
class AssignmentRule:
    """All its conditions must hold (none: every lead); ``target_id`` names the rep,
    team or partner."""

    id: str
    name: str
    target: Target
    target_id: str | None = None
    conditions: tuple[Condition, ...] = ()
    active: bool = True
    # the first contact of the leads it decides is due within this many working
    # minutes (None: the source's target, if it has one)
    response_minutes: int | None = None

    def matches(self, lead: Mapping[str, object], seen: dict[str, list[str]] | None = None) -> bool:
        return self.active and all(c.holds(lead, seen) for c in self.conditions)


# where a lead goes when no rule matches and the owner set no default
DEFAULT_RULE = AssignmentRule("default", "Default", Target.POOL)


def first_match(
    rules: Sequence[AssignmentRule],
    lead: Mapping[str, object],
    default: AssignmentRule | None = None,
) -> AssignmentRule:
    """The first active rule whose conditions hold, else the default at the end."""
    seen: dict[str, list[str]] = {}
    for rule in rules:
        if rule.matches(lead, seen):
            return rule
    return default or DEFAULT_RULE


class PoolReason(StrEnum):
    """Why a lead meant for someone went to the pool instead."""

    RULE = "rule"  # the rule says the pool
    EVERYONE_AWAY = "everyone_away"  # every rep of the team was skipped
    EMPTY_TEAM = "empty_team"
    GONE = "gone"  # the rule's rep, team or partner no longer exists or is inactive


@dataclass(frozen=True)
class Decision:
    """Where a lead went and why: the rule, what it named, who got it, and who was
    skipped on the way (with why), or why it went to the pool."""

    rule_id: str
    rule_name: str
    target: Target
    target_name: str | None = None  # the rep, team or partner the rule named
    owner_id: str | None = None  # the rep who got it
    owner_name: str | None = None
    partner_id: str | None = None
    skipped: tuple[tuple[str, Skip], ...] = ()  # (rep's name, why)
    pool_reason: PoolReason | None = None

    def to_dict(self) -> dict[str, object]:
        """As a timeline entry keeps it (plain data, rendered in each reader's language)."""
        return {
            "rule_id": self.rule_id,
            "rule": self.rule_name,
            "target": self.target.value,
            "target_name": self.target_name,
            "owner_id": self.owner_id,
            "owner": self.owner_name,
            "partner_id": self.partner_id,
            "skipped": [
                {
                    "name": name,
                    "reason": s.reason.value,
                    "until": s.until.isoformat() if s.until else None,
                    "kind": s.kind.value if s.kind else None,
                    "limit": s.limit,
                }
                for name, s in self.skipped
            ],
            "pool_reason": self.pool_reason.value if self.pool_reason else None,
        }
