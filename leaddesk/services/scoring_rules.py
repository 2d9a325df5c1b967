"""The owner's point rules as the rules screen saves them: checked (each problem named
by the rule's place and field) and stored as the list it edited, in its order.

A rule that leaves the list is retired, not deleted, so a rescore or a timeline entry
that names it still reads; one that comes back with its id is the same rule.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from leaddesk.domain.scoring import Engagement, FitOperator, RuleGroup, ScoreRule, Thresholds
from leaddesk.errors import FieldIssue, ValidationError
from leaddesk.store import scoring as q
from leaddesk.store.models_scoring import ScoreRuleRow

MAX_POINTS = 1000
MAX_THRESHOLD = 10_000
MAX_HALF_LIFE = 3650.0
NEEDS_VALUES = frozenset({FitOperator.EQUALS, FitOperator.ONE_OF, FitOperator.CONTAINS})


def _rule_issues(i: int, rule: ScoreRule) -> list[FieldIssue]:
    where = f"rules[{i}]"
    found = []

    def issue(field: str, code: str, text: str) -> None:
        found.append(FieldIssue(f"{where}.{field}", code, f"Rule {i + 1} ({rule.name!r}): {text}"))

    if not rule.name.strip() or len(rule.name) > 120:
        issue("name", "rule_name", "a rule needs a name of 1 to 120 characters.")
    if not -MAX_POINTS <= rule.points <= MAX_POINTS or rule.points == 0:
        issue(
            "points",
            "rule_points",
            f"points must be between -{MAX_POINTS} and {MAX_POINTS}, not 0.",
        )
    if rule.group is RuleGroup.FIT:
        if not rule.field or rule.operator is None:
            issue("field", "rule_condition", "a fit rule needs a field and an operator.")
        elif rule.operator in NEEDS_VALUES and not any(v.strip() for v in rule.values):
            issue("values", "rule_values", "this operator needs at least one value.")
        elif rule.operator is FitOperator.RANGE and not any(v.strip() for v in rule.values[:2]):
            issue("values", "rule_values", "a range needs a lowest or a highest value.")
    elif rule.group is RuleGroup.BEHAVIOUR:
        if rule.activity_kind is None and not rule.tag:
            issue("tag", "rule_condition", "a behaviour rule needs a kind of activity or a tag.")
    elif rule.engagement is None:
        issue("engagement", "rule_condition", "an engagement rule needs what it counts.")
    elif rule.engagement is Engagement.NO_ANSWER and not 1 <= rule.last_n <= 20:
        issue("last_n", "rule_last_n", "the number of contacts must be between 1 and 20.")
    if rule.half_life_days is not None and not 0 < rule.half_life_days <= MAX_HALF_LIFE:
        issue("half_life_days", "rule_half_life", f"a half-life is 1 to {MAX_HALF_LIFE:g} days.")
    if rule.cap is not None and rule.cap <= 0:
        issue("cap", "rule_cap", "a cap must be more than 0 points.")
    return found


def check_rules(rules: Sequence[ScoreRule], thresholds: Thresholds) -> None:
    issues = [i for n, r in enumerate(rules) for i in _rule_issues(n, r)]
    if not 0 < thresholds.mql < thresholds.sql <= MAX_THRESHOLD:
        issues.append(
            FieldIssue(
                "thresholds",
                "thresholds_order",
                f"The MQL threshold ({thresholds.mql}) must be above 0 and below the SQL one "
                f"({thresholds.sql}), which is at most {MAX_THRESHOLD}.",
            )
        )
    if issues:
        raise ValidationError(issues)


def _fill(row: ScoreRuleRow, rule: ScoreRule, position: int) -> None:
    row.position, row.name, row.rule_group = position, rule.name.strip(), rule.group.value
    row.points, row.field = rule.points, rule.field if rule.group is RuleGroup.FIT else None
    row.operator = rule.operator.value if rule.operator and rule.group is RuleGroup.FIT else None
    row.rule_values = [v.strip() for v in rule.values] if rule.group is RuleGroup.FIT else []
    behaviour = rule.group is RuleGroup.BEHAVIOUR
    row.activity_kind = rule.activity_kind.value if rule.activity_kind and behaviour else None
    row.tag = (rule.tag or "").strip() or None if behaviour else None
    row.engagement = rule.engagement.value if rule.engagement and not behaviour else None
    row.last_n, row.per_occurrence, row.cap = rule.last_n, rule.per_occurrence, rule.cap
    row.half_life_days = rule.half_life_days if rule.group is not RuleGroup.FIT else None
    row.retired_at = None


def store_rules(s: Session, rules: Sequence[ScoreRule]) -> None:
    """Make the stored list ``rules``: known ids updated, new ones added, the rest retired."""
    existing = {str(r.id): r for r in q.all_rule_rows(s)}
    kept = set()
    for position, rule in enumerate(rules):
        row = existing.get(rule.id)
        if row is None:
            row = ScoreRuleRow(id=_new_id(rule.id))
            s.add(row)
        _fill(row, rule, position)
        kept.add(str(row.id))
    now = dt.datetime.now(dt.UTC)
    for rule_id, row in existing.items():
        if rule_id not in kept and row.retired_at is None:
            row.retired_at = now
    s.flush()


def _new_id(given: str) -> uuid.UUID:
    try:
        return uuid.UUID(given)
    except ValueError:  # a rule made on the screen, not yet stored
        return uuid.uuid4()
