"""Assignment rules: every condition operator on lead fields and custom fields, the
first matching rule in order deciding, inactive rules passed over, the default at
the end, and a decision kept as plain data for the timeline."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import (
    DEFAULT_RULE,
    AssignmentRule,
    Condition,
    Decision,
    PoolReason,
    Target,
    first_match,
)
from leaddesk.domain.rotation import AbsenceKind, Skip, SkipReason

LEAD = {
    "source": "web_form",
    "campaign": "Winter Fair 2026",
    "country": "PL",
    "city": "Kraków",
    "product": ("CRM Pro", "Support"),
    "deal_value": Decimal("12500.00"),
    "score": 80,
    "qualification": "sql",
    "web_form": "Polish contact form",
    "custom:Territory": "Małopolska",
    "custom:Employees": "250",
    "custom:Existing customer": True,
    "custom:Notes": None,
}


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (Condition("source", Operator.EQUALS, ("web_form",)), True),
        (Condition("source", Operator.EQUALS, ("phone",)), False),
        (Condition("country", Operator.ONE_OF, ("DE", "pl")), True),  # case folded
        (Condition("city", Operator.EQUALS, (" KRAKÓW ",)), True),  # case and spaces folded
        (Condition("campaign", Operator.CONTAINS, ("winter",)), True),
        (Condition("product", Operator.ONE_OF, ("support",)), True),  # any product
        (Condition("product", Operator.EQUALS, ("Training",)), False),
        (Condition("deal_value", Operator.RANGE, ("10000", "")), True),
        (Condition("deal_value", Operator.RANGE, ("", "10000")), False),
        (Condition("score", Operator.RANGE, ("75", "100")), True),
        (Condition("qualification", Operator.EQUALS, ("sql",)), True),
        (Condition("web_form", Operator.EQUALS, ("Polish contact form",)), True),
        (Condition("custom:Territory", Operator.ONE_OF, ("małopolska", "Śląsk")), True),
        (Condition("custom:Employees", Operator.RANGE, ("100", "500")), True),
        (Condition("custom:Existing customer", Operator.EQUALS, ("yes",)), True),
        (Condition("custom:Notes", Operator.IS_EMPTY), True),
        (Condition("custom:Missing", Operator.IS_EMPTY), True),
        (Condition("custom:Territory", Operator.IS_GIVEN), True),
        (Condition("custom:Missing", Operator.RANGE, ("1", "")), False),
    ],
)
def test_each_operator_on_lead_and_custom_fields(condition: Condition, expected: bool) -> None:
    assert condition.holds(LEAD) is expected


def test_the_first_matching_rule_decides_in_order_and_the_default_ends_the_list() -> None:
    polish = AssignmentRule("pl", "Polish web forms", Target.TEAM, "team-pl", (
        Condition("source", Operator.EQUALS, ("web_form",)),
        Condition("country", Operator.EQUALS, ("PL",)),
    ))  # fmt: skip
    big = AssignmentRule("big", "Big deals", Target.REP, "anna",
                         (Condition("deal_value", Operator.RANGE, ("10000", "")),))  # fmt: skip
    off = AssignmentRule("off", "Switched off", Target.PARTNER, "p1", active=False)
    default = AssignmentRule("d", "Everyone else", Target.TEAM, "team-all")
    assert first_match([off, polish, big], LEAD, default) is polish
    assert first_match([off, big, polish], LEAD, default) is big
    german = {**LEAD, "country": "DE", "deal_value": None}
    assert first_match([off, polish, big], german, default) is default
    assert first_match([polish], german) is DEFAULT_RULE
    assert DEFAULT_RULE.target is Target.POOL
    # no conditions: every lead
    assert first_match([AssignmentRule("all", "All", Target.NOBODY)], {}).id == "all"


def test_a_decision_is_kept_as_plain_data() -> None:
    decision = Decision(
        "pl", "Polish web forms", Target.TEAM, "Poland", owner_id="anna", owner_name="Anna",
        skipped=(("Tomasz Lis", Skip(SkipReason.ABSENT, dt.date(2026, 12, 12),
                                     AbsenceKind.HOLIDAY)),),
    )  # fmt: skip
    assert decision.to_dict() == {
        "rule_id": "pl", "rule": "Polish web forms", "target": "team", "target_name": "Poland",
        "owner_id": "anna", "owner": "Anna", "partner_id": None,
        "skipped": [{"name": "Tomasz Lis", "reason": "absent", "until": "2026-12-12",
                     "kind": "holiday", "limit": None}],
        "pool_reason": None,
    }  # fmt: skip
    pooled = Decision("pl", "Polish web forms", Target.TEAM, "Poland",
                      pool_reason=PoolReason.EVERYONE_AWAY)  # fmt: skip
    assert pooled.to_dict()["pool_reason"] == "everyone_away"
