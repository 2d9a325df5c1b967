"""The assignment rules as distribution reads them: the ordered rules and their
default, with the sources' first-contact targets, kept per state of their tables
(every capture reads them, and loading 50 rules costs more than the rest of an
assignment)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import String, func, select
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.store.models import LeadSource
from leaddesk.store.models_distribution import AssignmentRuleRow


def rule_of(row: AssignmentRuleRow) -> AssignmentRule:
    return AssignmentRule(
        id=str(row.id),
        name=row.name,
        target=Target(row.target),
        target_id=str(row.target_id) if row.target_id else None,
        conditions=tuple(
            Condition(c["field"], Operator(c["operator"]), tuple(c.get("values") or ()))
            for c in row.conditions or ()
        ),
        active=row.active,
        response_minutes=row.response_minutes,
    )


def rule_rows(s: Session, *, retired: bool = False) -> list[AssignmentRuleRow]:
    stmt = select(AssignmentRuleRow).order_by(AssignmentRuleRow.position, AssignmentRuleRow.id)
    if not retired:
        stmt = stmt.where(AssignmentRuleRow.retired_at.is_(None))
    return list(s.scalars(stmt))


Rules = tuple[list[AssignmentRule], AssignmentRule | None]


@dataclass(frozen=True)
class Setup:
    """What a capture's distribution reads: the ordered rules, their default (None:
    the pool) and each source's first-contact target in minutes (those that set one)."""

    rules: list[AssignmentRule]
    default: AssignmentRule | None
    source_minutes: Mapping[str, int]


_SETUPS: dict[tuple[object, ...], Setup] = {}
NO_SETUP = Setup([], None, {})


def setup(s: Session) -> Setup:
    """The rules and the sources' targets, kept per state of their tables: every
    capture reads them, and loading 50 rules costs more than the rest of an
    assignment. The state is the rules' count, the sum of their versions (every
    change of a row raises its version) and their extreme ids (another database's
    rules are other rows), and the sources' version sum: one small aggregate, no clock."""
    sources = select(func.coalesce(func.sum(LeadSource.version), 0)).scalar_subquery()
    state = s.execute(
        select(
            func.count(),
            func.coalesce(func.sum(AssignmentRuleRow.version), 0),
            func.min(sql_cast(AssignmentRuleRow.id, String)),
            func.max(sql_cast(AssignmentRuleRow.id, String)),
            sources,
        )
    ).one()
    key = (str(s.get_bind().engine.url), *state)
    found = _SETUPS.get(key)
    if found is None:
        rows = rule_rows(s) if state[0] else []
        default = next((r for r in rows if r.is_default), None)
        rules = [rule_of(r) for r in rows if not r.is_default]
        minutes = {
            key: int(m)
            for key, m in s.execute(
                select(LeadSource.key, LeadSource.response_minutes).where(
                    LeadSource.response_minutes.is_not(None), LeadSource.retired_at.is_(None)
                )
            )
            if m
        }
        if len(_SETUPS) > 32:
            _SETUPS.clear()
        found = _SETUPS[key] = Setup(
            rules, rule_of(default) if default is not None else None, minutes
        )
    return found


def active_rules(s: Session) -> Rules:
    """The ordered rules and the default that ends them (None: the pool)."""
    found = setup(s)
    return list(found.rules), found.default
