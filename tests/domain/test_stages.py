import pytest

from leaddesk.domain.stages import FUNNEL, STAGE_ORDER, Stage, check_transition, parse_stage
from leaddesk.errors import RuleViolation


def test_eight_stages_in_pipeline_order() -> None:
    assert [s.value for s in STAGE_ORDER] == [
        "open",
        "contacted",
        "nurturing",
        "qualified",
        "negotiation",
        "customer",
        "inactive",
        "disqualified",
    ]
    assert [s.order for s in STAGE_ORDER] == list(range(8))
    assert FUNNEL[-1] is Stage.CUSTOMER


@pytest.mark.parametrize("target", [Stage.DISQUALIFIED, Stage.INACTIVE])
def test_closing_stages_need_a_reason(target: Stage) -> None:
    with pytest.raises(RuleViolation, match="needs a reason"):
        check_transition(Stage.CUSTOMER, target, "   ")
    assert check_transition(Stage.CUSTOMER, target, "  No budget ") == "No budget"


def test_only_customers_become_inactive() -> None:
    with pytest.raises(RuleViolation, match="Only a customer"):
        check_transition(Stage.QUALIFIED, Stage.INACTIVE, "gone quiet")


def test_reason_is_dropped_when_leaving_closed_stages() -> None:
    assert check_transition(Stage.DISQUALIFIED, Stage.OPEN, "old reason") is None


def test_unknown_stage_is_named() -> None:
    with pytest.raises(RuleViolation, match="'won'"):
        parse_stage("won")
    assert parse_stage(" Qualified ") is Stage.QUALIFIED
