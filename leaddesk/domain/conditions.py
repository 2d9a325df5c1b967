"""A condition on one of a lead's values, as the owner writes it in a rule: a scoring
rule's fit ("country is one of PL, DE") and a distribution rule's conditions
("source equals web form", "deal value is between 5,000 and"), read the same way.

Texts compare as the search folds them (case and spacing), numbers as
decimals whether they came typed or as text with a comma, a yes/no value as "yes" or
"no", and a list value (a lead's products) holds when any of its items does.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from leaddesk.domain.leads import search_text


class Operator(StrEnum):
    EQUALS = "equals"
    ONE_OF = "one_of"
    CONTAINS = "contains"
    RANGE = "range"  # values: (lowest, highest), either "" for no bound
    IS_EMPTY = "is_empty"
    IS_GIVEN = "is_given"


def number(value: object) -> Decimal | None:
    """``value`` as a decimal (None when it is not one)."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        return Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        return None


def texts(value: object) -> list[str]:
    """``value`` (or each of its items) folded as the search folds it; blanks left out."""
    if value is None or value == "":
        return []
    items = value if isinstance(value, list | tuple | set | frozenset) else [value]
    return [search_text(str(v)) for v in items if v is not None and str(v).strip()]


def holds(operator: Operator | None, wanted: Sequence[str], value: object) -> bool:
    """Whether ``value`` meets ``operator`` with the rule's ``wanted`` values."""
    return holds_folded(operator, wanted, folded(wanted), value, texts(value))


def folded(wanted: Sequence[str]) -> list[str]:
    """A rule's values as ``holds_folded`` compares them (made once per rule)."""
    return [search_text(v) for v in wanted if v.strip()]


def holds_folded(
    operator: Operator | None,
    wanted: Sequence[str],
    wanted_folded: Sequence[str],
    value: object,
    found: list[str],
) -> bool:
    """``holds`` with the rule's values and the lead's value already folded (a lead
    read against 50 rules folds each of its values once)."""
    if operator is Operator.IS_EMPTY:
        return not found
    if operator is Operator.IS_GIVEN:
        return bool(found)
    if operator is Operator.RANGE:
        amount = number(value)
        if amount is None:
            return False
        low, high = (*wanted, "", "")[:2]
        low_n, high_n = number(low) if low else None, number(high) if high else None
        return (low_n is None or amount >= low_n) and (high_n is None or amount <= high_n)
    if operator is Operator.CONTAINS:
        return any(w in t for t in found for w in wanted_folded)
    if operator in (Operator.EQUALS, Operator.ONE_OF):
        if isinstance(value, bool):  # a yes/no field: "yes" / "no" in any of its spellings
            found = ["yes" if value else "no"]
        return any(t in wanted_folded for t in found)
    return False
