"""Captures at the same moment into one rotation (real OS processes on the real
servers, 20 of them; 4 on one SQLite file): no lead is lost, none is given twice,
and each rep's count matches the weights within one lead."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.services.distribution_setup import MemberWeight
from leaddesk.services.workspace import Workspace
from leaddesk.store.models import Lead
from leaddesk.store.models_distribution import AssignmentLog, TeamMember
from leaddesk.store.session import transaction
from tests.support.workers import run_together

EACH = 100
WEIGHTS = (3, 2, 1)


def test_processes_capturing_at_once_take_fair_turns(
    ws: Workspace, db_url: str, backend: str
) -> None:
    reps = [ws.users.create(f"Rep {w}", f"rep{i}@example.com").id for i, w in enumerate(WEIGHTS)]
    team = ws.distribution.create_team(
        "Poland", [MemberWeight(r, w) for r, w in zip(reps, WEIGHTS, strict=True)]
    )
    polish = AssignmentRule("pl", "Polish leads", Target.TEAM, str(team),
                            (Condition("country", Operator.EQUALS, ("PL",)),))  # fmt: skip
    ws.distribution.save_rules([polish])
    count = 4 if backend == "sqlite" else 20
    reports = run_together(
        [["tests.support.capture_worker", db_url, str(EACH)] for _ in range(count)]
    )
    assert [r["error"] for r in reports] == [None] * count
    total = count * EACH
    seen = Counter(o for r in reports for o in r["owners"])
    with transaction(ws.ctx.db, write=False) as s:
        stored = dict(s.execute(select(Lead.owner_id, func.count()).group_by(Lead.owner_id)).all())
        logged = s.execute(select(func.count(func.distinct(AssignmentLog.lead_id)))).scalar_one()
        rows = s.execute(select(func.count()).select_from(AssignmentLog)).scalar_one()
        credits = s.scalars(select(TeamMember.credit).where(TeamMember.team_id == team)).all()
    assert sum(stored.values()) == total and None not in stored  # every lead went to a rep
    assert (logged, rows) == (total, total)  # each lead decided once
    assert {str(k): v for k, v in stored.items()} == dict(seen)
    for rep, weight in zip(reps, WEIGHTS, strict=True):
        assert abs(stored[rep] - total * weight / sum(WEIGHTS)) <= 1, stored
    assert sum(credits) == 0  # no turn lost: the credits still balance
