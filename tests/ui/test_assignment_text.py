"""Why a lead went where it went, as the timeline says it: a rule's team rotation with
who was skipped and why, the pool with its reason, a claim, a claim run out; and
the same entry in Arabic, translated, the names kept whole."""

from __future__ import annotations

import datetime as dt
import uuid

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.bidi import without_isolates
from leaddesk.domain.distribution import Decision, PoolReason, Target
from leaddesk.domain.rotation import AbsenceKind, Skip, SkipReason
from leaddesk.services.distribution import assignment_row
from leaddesk.services.records import ActivityRecord
from leaddesk.ui.lead.timeline import full_text, headline
from leaddesk.ui.names.assignment import assignment_text

HOLIDAY = Skip(SkipReason.ABSENT, dt.date(2026, 12, 12), AbsenceKind.HOLIDAY)


def _text(why: dict[str, object]) -> str:
    return without_isolates(assignment_text(why))


def test_a_rotation_says_the_rule_the_team_who_got_it_and_who_was_skipped(english) -> None:  # type: ignore[no-untyped-def]
    why = Decision("pl", "Polish web forms", Target.TEAM, "Poland", "anna", "Anna Kowalska",
                   skipped=(("Tomasz Lis", HOLIDAY),
                            ("Ewa", Skip(SkipReason.FULL_TODAY, limit=5)))).to_dict()  # fmt: skip
    text = _text(why)
    assert text.startswith("Rule “Polish web forms” → team Poland (rotation) → Anna Kowalska")
    assert "Tomasz Lis skipped: on holiday until " in text and "12" in text
    assert text.endswith("Ewa skipped: at the limit of 5 new leads today")


def test_the_pool_says_why(english) -> None:  # type: ignore[no-untyped-def]
    away = Decision("pl", "Polish web forms", Target.TEAM, "Poland",
                    skipped=(("Tomasz Lis", Skip(SkipReason.INACTIVE)),),
                    pool_reason=PoolReason.EVERYONE_AWAY).to_dict()  # fmt: skip
    assert _text(away) == (
        "Rule “Polish web forms” → team Poland (rotation) → the pool (nobody could take it)"
        " · Tomasz Lis skipped: inactive"
    )
    rule = Decision("d", "Default", Target.POOL, pool_reason=PoolReason.RULE).to_dict()
    assert _text(rule) == "Rule “Default” → the pool"
    assert _text({"target": "claim", "owner": "Ewa"}) == "Claimed from the pool by Ewa"
    expired = {"target": "pool", "pool_reason": "claim_expired"}
    assert _text(expired) == "Back to the pool: no contact within the claim window"


def test_the_timeline_entry_reads_its_why_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    why = Decision("pl", "Polish web forms", Target.TEAM, "Poland", "anna", "Anna Kowalska",
                   skipped=(("Tomasz Lis", HOLIDAY),)).to_dict()  # fmt: skip
    now = dt.datetime(2026, 12, 9, 9, tzinfo=dt.UTC)
    lead = uuid.uuid4()
    details = assignment_row(lead, None, uuid.uuid4(), why, now, None)["details"]
    assert isinstance(details, dict)
    entry = ActivityRecord(uuid.uuid4(), lead, ActivityKind.ASSIGNMENT, None, None, None, now,
                           None, None, details)  # fmt: skip
    text = headline(entry)  # the first line; who was skipped is the second (and the tooltip)
    assert "Polish web forms" in text and "Anna Kowalska" in text and "Tomasz Lis" not in text
    assert "Rule" not in text  # translated around the names
    assert "←" in text and "→" not in text  # pointing the way Arabic is read
    whole = full_text(entry)
    assert "Tomasz Lis" in whole and "skipped" not in whole and text in whole


def test_a_partners_answer_says_who_and_why(english) -> None:  # type: ignore[no-untyped-def]
    base = {"partner": "Kraków Resellers", "partner_id": "p"}
    assert _text({**base, "target": "partner_accepted"}) == "Accepted by partner Kraków Resellers"
    returned = {**base, "target": "partner_returned", "reason": "Outside our territory"}
    assert _text(returned) == "Returned by partner Kraków Resellers: Outside our territory"
    late = {**base, "target": "partner_expired"}
    assert _text(late) == "Partner Kraków Resellers did not answer in time"
    pushed = Decision("p", "Kraków", Target.PARTNER, "Kraków Resellers", partner_id="p")
    assert _text(pushed.to_dict()) == (
        "Rule “Kraków” → partner Kraków Resellers (waiting for acceptance)"
    )


def test_a_managers_release_or_return_names_them(english) -> None:  # type: ignore[no-untyped-def]
    released = {"target": "pool", "pool_reason": "released", "by": "Boss"}
    assert _text(released) == "Back to the pool: claim released by Boss"
    returned = {"target": "pool", "pool_reason": "returned", "by": "Boss"}
    assert _text(returned) == "Returned to the pool by Boss"
    assert _text({"target": "pool", "pool_reason": "returned", "by": None}) == "Back to the pool"
