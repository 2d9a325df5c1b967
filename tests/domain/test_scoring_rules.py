"""Point rules: each group and operator, once or per occurrence up to a cap, fading
with a fixed clock, the thresholds, and the moment a kept score must be re-read."""

from __future__ import annotations

import datetime as dt

import pytest

from leaddesk.domain.activities import ActivityKind, Direction
from leaddesk.domain.scoring import (
    Engagement,
    Event,
    FitOperator,
    LeadFacts,
    Qualification,
    RuleGroup,
    ScoreRule,
    Thresholds,
    crossed,
    default_rules,
    fits,
    score,
)

NOW = dt.datetime(2026, 12, 7, 12, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


def _fit(field: str, op: FitOperator, *values: str, points: int = 10) -> ScoreRule:
    return ScoreRule("r", "rule", RuleGroup.FIT, points, field=field, operator=op, values=values)


@pytest.mark.parametrize(
    ("rule", "fields", "expected"),
    [
        (_fit("segment", FitOperator.EQUALS, "Enterprise"), {"segment": "enterprise"}, True),
        (_fit("segment", FitOperator.EQUALS, "Enterprise"), {"segment": "SMB"}, False),
        (_fit("country", FitOperator.ONE_OF, "PL", "SA"), {"country": "SA"}, True),
        (_fit("country", FitOperator.ONE_OF, "PL", "SA"), {"country": "DE"}, False),
        (
            _fit("job_title", FitOperator.CONTAINS, "director"),
            {"job_title": "Sales Director"},
            True,
        ),
        (
            _fit("job_title", FitOperator.CONTAINS, "dyrektor"),
            {"job_title": "DYREKTOR handlowy"},
            True,
        ),
        (_fit("job_title", FitOperator.CONTAINS, "مدير"), {"job_title": "مدير المبيعات"}, True),
        (_fit("company", FitOperator.IS_GIVEN), {"company": "Acme"}, True),
        (_fit("company", FitOperator.IS_GIVEN), {"company": "  "}, False),
        (_fit("company", FitOperator.IS_EMPTY), {}, True),
        (_fit("deal_value", FitOperator.RANGE, "10000", ""), {"deal_value": "12500.50"}, True),
        (_fit("deal_value", FitOperator.RANGE, "10000", "20000"), {"deal_value": 9999}, False),
        (_fit("deal_value", FitOperator.RANGE, "", "20000"), {"deal_value": 20000}, True),
        (_fit("deal_value", FitOperator.RANGE, "1", ""), {"deal_value": None}, False),
        (_fit("product", FitOperator.ONE_OF, "Solar", "Wind"), {"product": ("Heat", "Wind")}, True),
        (_fit("custom:visited", FitOperator.EQUALS, "yes"), {"custom:visited": True}, True),
        (_fit("custom:visited", FitOperator.EQUALS, "yes"), {"custom:visited": False}, False),
        (_fit("custom:employees", FitOperator.RANGE, "50", "500"), {"custom:employees": 120}, True),
    ],
)
def test_fit_operators(rule: ScoreRule, fields: dict, expected: bool) -> None:  # type: ignore[type-arg]
    assert fits(rule, fields) is expected


def _event(tag: str, days_ago: float, kind: ActivityKind = ActivityKind.EVENT) -> Event:
    return Event(kind, NOW - days_ago * DAY, tag=tag)


def test_the_worked_example_reaches_sql_and_names_its_parts() -> None:
    facts = LeadFacts({}, [_event("webinar", 0), _event("quote_request", 0),
                           _event("user_guide", 0), _event("solutions_page", 0)])  # fmt: skip
    result = score(facts, default_rules(), NOW)
    assert result.total == 85
    assert result.qualification(Thresholds()) is Qualification.SQL
    assert {p.name: p.points for p in result.parts} == {
        "Visited the solutions page": 5,
        "Downloaded the user guide": 10,
        "Attended a webinar": 20,
        "Requested a quote": 50,
    }
    assert (
        score(LeadFacts({}, [_event("webinar", 0)]), default_rules(), NOW).qualification(
            Thresholds(mql=20)
        )
        is Qualification.MQL
    )


def test_behaviour_fades_by_half_life_and_counts_once_unless_per_occurrence() -> None:
    rule = ScoreRule("w", "Webinar", RuleGroup.BEHAVIOUR, 20, activity_kind=ActivityKind.EVENT,
                     tag="webinar", half_life_days=30)  # fmt: skip
    month_old = LeadFacts({}, [_event("webinar", 30)])
    assert score(month_old, [rule], NOW).parts[0].points == pytest.approx(10)
    assert score(month_old, [rule], NOW).parts[0].faded == pytest.approx(10)
    two_years = LeadFacts({}, [_event("webinar", 730)])
    assert score(two_years, [rule], NOW).total == 0  # a webinar two years ago is not yesterday's
    # once: the latest counts; per occurrence: each, up to the cap
    three = LeadFacts({}, [_event("webinar", 0), _event("webinar", 30), _event("webinar", 60)])
    assert score(three, [rule], NOW).total == 20
    each = ScoreRule(**{**rule.__dict__, "per_occurrence": True})
    assert score(three, [each], NOW).total == 35  # 20 + 10 + 5
    capped = ScoreRule(**{**each.__dict__, "cap": 25})
    result = score(three, [capped], NOW)
    assert result.total == 25 and result.parts[0].occurrences == 3 and result.parts[0].full == 25
    # an event of another tag or kind does not count
    assert score(LeadFacts({}, [_event("pricing_page", 0)]), [rule], NOW).parts == ()


def test_engagement_rules() -> None:
    replied = ScoreRule("r", "Replied", RuleGroup.ENGAGEMENT, 15, engagement=Engagement.REPLIED)
    meeting = ScoreRule("m", "Meeting", RuleGroup.ENGAGEMENT, 25,
                        engagement=Engagement.MEETING_HELD)  # fmt: skip
    call = ScoreRule("c", "Good call", RuleGroup.ENGAGEMENT, 10,
                     engagement=Engagement.POSITIVE_CALL)  # fmt: skip
    silent = ScoreRule("n", "No answer", RuleGroup.ENGAGEMENT, -20,
                       engagement=Engagement.NO_ANSWER, last_n=3)  # fmt: skip
    rules = [replied, meeting, call, silent]
    out = Direction.OUTBOUND
    unanswered = [Event(ActivityKind.EMAIL, NOW - d * DAY, out) for d in (9, 6, 3)]
    assert score(LeadFacts({}, unanswered), rules, NOW).total == -20
    answered = [*unanswered[:2], Event(ActivityKind.EMAIL, NOW - 4 * DAY, Direction.INBOUND),
                Event(ActivityKind.CALL, NOW - 2 * DAY, out, outcome="talked")]  # fmt: skip
    result = score(LeadFacts({}, answered), rules, NOW)
    assert {p.rule_id for p in result.parts} == {"r", "c"} and result.total == 25
    planned = [Event(ActivityKind.MEETING, NOW + DAY)]  # tomorrow's meeting is not held yet
    assert score(LeadFacts({}, planned), rules, NOW).total == 0
    assert score(LeadFacts({}, [Event(ActivityKind.MEETING, NOW - DAY)]), rules, NOW).total == 25
    two_only = unanswered[1:]
    assert score(LeadFacts({}, two_only), rules, NOW).total == 0  # fewer contacts than N


def test_a_kept_score_is_valid_until_fading_could_change_it() -> None:
    rule = ScoreRule("w", "Webinar", RuleGroup.BEHAVIOUR, 20, activity_kind=ActivityKind.EVENT,
                     tag="webinar", half_life_days=30)  # fmt: skip
    facts = LeadFacts({}, [_event("webinar", 3)])
    first = score(facts, [rule], NOW)
    assert first.valid_until is not None and first.valid_until > NOW
    # never late: just before the moment the rounded total is the same
    moment = first.valid_until - dt.timedelta(seconds=1)
    assert score(facts, [rule], moment).total == first.total
    # and it does move, eventually, at a later re-read
    later = score(facts, [rule], NOW + 10 * DAY)
    assert later.total < first.total
    fixed = score(LeadFacts({"company": "Acme"}, []), [_fit("company", FitOperator.IS_GIVEN)], NOW)
    assert fixed.total == 10 and fixed.valid_until is None  # fit points never fade


def test_crossing_a_threshold_is_upwards_only() -> None:
    assert crossed(Qualification.NONE, Qualification.MQL) is Qualification.MQL
    assert crossed(Qualification.MQL, Qualification.SQL) is Qualification.SQL
    assert crossed(Qualification.NONE, Qualification.SQL) is Qualification.SQL
    assert crossed(Qualification.SQL, Qualification.MQL) is None
    assert crossed(Qualification.MQL, Qualification.MQL) is None
