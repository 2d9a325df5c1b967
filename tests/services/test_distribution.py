"""Push distribution on every backend: the first matching rule sends a new lead to a
rep or a team's rotation (2:1 weights, reps away or at capacity skipped, everyone
away: the pool with the reason), every decision logged and on the timeline with
why; no rules, nothing changes; "Distribute now" decides again; rules are checked."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.errors import ValidationError
from leaddesk.services.distribution_setup import MemberWeight
from leaddesk.services.workspace import Workspace
from leaddesk.store.models import Lead
from leaddesk.store.models_distribution import AssignmentLog
from leaddesk.store.session import transaction


def _team(ws: Workspace, *weights: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    reps = [ws.users.create(f"Rep {i}", f"rep{i}@example.com").id for i in range(len(weights))]
    team = ws.distribution.create_team(
        "Poland", [MemberWeight(r, w) for r, w in zip(reps, weights, strict=True)]
    )
    return team, reps


def _why(ws: Workspace, lead_id: uuid.UUID) -> dict[str, object]:
    entries = [a for a in ws.activities.timeline(lead_id) if a.kind is ActivityKind.ASSIGNMENT]
    assert len(entries) == 1
    why = entries[0].details["why"]
    assert isinstance(why, dict)
    return why


def test_without_rules_a_new_lead_stays_as_it_came(ws: Workspace) -> None:
    lead = ws.leads.create({"first_name": "Ada"}).value
    assert lead.owner_id is None
    assert not [a for a in ws.activities.timeline(lead.id) if a.kind is ActivityKind.ASSIGNMENT]


def test_a_team_rotation_gives_two_for_one_and_logs_why(ws: Workspace) -> None:
    team, (senior, junior) = _team(ws, 2, 1)
    polish = AssignmentRule("pl", "Polish leads", Target.TEAM, str(team),
                            (Condition("country", Operator.EQUALS, ("PL",)),))  # fmt: skip
    ws.distribution.save_rules([polish])
    owners = [ws.leads.create({"first_name": f"L{i}", "country": "PL"}).value.owner_id
              for i in range(30)]  # fmt: skip
    assert Counter(owners) == {senior: 20, junior: 10}
    assert owners[:3] == [senior, junior, senior]  # interleaved, not in bursts
    german = ws.leads.create({"first_name": "Hans", "country": "DE"}).value
    assert german.owner_id is None  # no rule matched: the default is the pool
    assert _why(ws, german.id)["pool_reason"] == "rule"
    why = _why(ws, ws.leads.create({"first_name": "Ola", "country": "PL"}).value.id)
    assert (why["rule"], why["target"], why["target_name"]) == ("Polish leads", "team", "Poland")
    with transaction(ws.ctx.db, write=False) as s:
        logged = s.scalars(select(AssignmentLog)).all()
    assert len(logged) == 32 and sum(r.user_id == senior for r in logged) == 21


def test_reps_away_or_full_are_skipped_and_everyone_away_sends_to_the_pool(
    ws: Workspace,
) -> None:
    team, (anna, tomasz) = _team(ws, 1, 1)
    today = ws.ctx.clock().date()
    ws.distribution.add_absence(tomasz, today - dt.timedelta(days=1), today + dt.timedelta(days=5))
    ws.distribution.set_working(anna, max_new_per_day=2)
    ws.distribution.save_rules([], AssignmentRule("d", "Everyone", Target.TEAM, str(team)))
    first, second, third = (ws.leads.create({"first_name": f"L{i}"}).value for i in range(3))
    assert (first.owner_id, second.owner_id, third.owner_id) == (anna, anna, None)
    why = _why(ws, first.id)
    assert why["owner"] == "Rep 0"
    assert why["skipped"] == [{"name": "Rep 1", "reason": "absent", "kind": "holiday",
                               "until": (today + dt.timedelta(days=5)).isoformat(),
                               "limit": None}]  # fmt: skip
    pooled = _why(ws, third.id)
    assert pooled["pool_reason"] == "everyone_away"
    assert {s["reason"] for s in pooled["skipped"]} == {"absent", "full_today"}  # type: ignore[union-attr,index]


def test_a_rule_for_one_rep_and_distribute_now_for_leads_already_in(ws: Workspace) -> None:
    ewa = ws.users.create("Ewa", "ewa@example.com").id
    before = ws.leads.create({"first_name": "Before", "source": "call"}).value
    rule = AssignmentRule("ph", "Phone calls", Target.REP, str(ewa),
                          (Condition("source", Operator.EQUALS, ("call",)),))  # fmt: skip
    ws.distribution.save_rules([rule])
    changes = ws.distribution.distribute([before.id])
    assert before.id in changes.leads and ws.leads.get(before.id).owner_id == ewa
    ws.users.set_active(ewa, False)
    later = ws.leads.create({"first_name": "Later", "source": "call"}).value
    assert later.owner_id is None
    assert _why(ws, later.id)["skipped"][0]["reason"] == "inactive"  # type: ignore[index]


def test_rules_are_checked_naming_the_rule(ws: Workspace) -> None:
    bad = [
        AssignmentRule("a", " ", Target.POOL),
        AssignmentRule("b", "To nobody's team", Target.TEAM, str(uuid.uuid4())),
        AssignmentRule(
            "c", "Half a condition", Target.POOL, conditions=(Condition("source", Operator.EQUALS),)
        ),
    ]
    with pytest.raises(ValidationError) as refused:
        ws.distribution.save_rules(bad)
    assert [i.field for i in refused.value.issues] == [
        "rules[0].name", "rules[1].target_id", "rules[2].conditions",
    ]  # fmt: skip
    assert "To nobody's team" in str(refused.value)
    assert ws.distribution.rules() == ([], None)  # nothing saved


def test_imported_open_leads_are_sent_on_by_the_rules(ws: Workspace, tmp_path: Path) -> None:
    team, (anna, tomasz) = _team(ws, 1, 1)
    ws.distribution.save_rules([], AssignmentRule("d", "Everyone", Target.TEAM, str(team)))
    path = tmp_path / "leads.csv"
    path.write_text(
        "First Name,Last Name,Email,Country\r\n"
        "Ewa,Nowak,ewa@initech.pl,PL\r\nJan,Kowal,jan@acme.pl,PL\r\n",
        encoding="utf-8",
    )
    report = ws.imports.run(path)
    assert report.created == 2
    with transaction(ws.ctx.db, write=False) as s:
        owners = Counter(s.scalars(select(Lead.owner_id)))
        logged = s.scalars(select(AssignmentLog.target)).all()
    assert owners == {anna: 1, tomasz: 1} and logged == ["team", "team"]


def test_a_condition_on_a_field_rules_cannot_read_is_refused(ws: Workspace) -> None:
    by_email = Condition("email", Operator.CONTAINS, ("@acme",))
    odd = AssignmentRule("x", "By e-mail", Target.POOL, conditions=(by_email,))
    with pytest.raises(ValidationError) as refused:
        ws.distribution.save_rules([odd])
    assert [i.code for i in refused.value.issues] == ["rule_field"]
    territory = Condition("custom:Territory", Operator.IS_GIVEN)
    fine = AssignmentRule("y", "By territory", Target.POOL, conditions=(territory,))
    ws.distribution.save_rules([fine])


def test_a_lead_created_closed_is_not_sent_on(ws: Workspace) -> None:
    ewa = ws.users.create("Ewa", "ewa@example.com").id
    ws.distribution.save_rules([], AssignmentRule("d", "Everyone", Target.REP, str(ewa)))
    won = ws.leads.create({"first_name": "Old", "stage": "customer", "deal_value": "100"}).value
    assert won.owner_id is None
    assert ws.leads.create({"first_name": "New"}).value.owner_id == ewa
