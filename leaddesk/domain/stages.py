"""The eight stages a lead moves through, and the rules of moving."""

from __future__ import annotations

from enum import StrEnum

from leaddesk.errors import RuleViolation


class Stage(StrEnum):
    OPEN = "open"
    CONTACTED = "contacted"
    NURTURING = "nurturing"
    QUALIFIED = "qualified"
    NEGOTIATION = "negotiation"
    CUSTOMER = "customer"
    INACTIVE = "inactive"
    DISQUALIFIED = "disqualified"

    @property
    def order(self) -> int:
        """0 for Open ... 7 for Disqualified (``index`` is str's own method)."""
        return STAGE_ORDER.index(self)

    @property
    def needs_reason(self) -> bool:
        return self in (Stage.INACTIVE, Stage.DISQUALIFIED)

    @property
    def is_closed(self) -> bool:
        return self in (Stage.CUSTOMER, Stage.INACTIVE, Stage.DISQUALIFIED)


STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)

# The path an active lead normally walks; the funnel is measured along it.
FUNNEL: tuple[Stage, ...] = (
    Stage.OPEN,
    Stage.CONTACTED,
    Stage.NURTURING,
    Stage.QUALIFIED,
    Stage.NEGOTIATION,
    Stage.CUSTOMER,
)


def parse_stage(value: str | Stage) -> Stage:
    try:
        return Stage(str(value).strip().lower())
    except ValueError:
        names = ", ".join(s.value for s in Stage)
        raise RuleViolation(
            f"Unknown stage {value!r}; expected one of: {names}.",
            code="stage_unknown",
            params={"value": str(value)},
        ) from None


def check_transition(current: Stage, target: Stage, reason: str | None) -> str | None:
    """Return the cleaned reason, or refuse the move with a message saying why."""
    cleaned = (reason or "").strip() or None
    if current == target:
        return cleaned if target.needs_reason else None
    if target.needs_reason and not cleaned:
        raise RuleViolation(
            f"Moving a lead to {target.value.capitalize()} needs a reason.",
            code="reason_needed",
            params={"stage": target.value},
        )
    if target is Stage.INACTIVE and current is not Stage.CUSTOMER:
        raise RuleViolation(
            "Only a customer can become Inactive (a former customer); "
            f"this lead is {current.value.capitalize()}.",
            code="inactive_needs_customer",
            params={"stage": current.value},
        )
    return cleaned if target.needs_reason else None
