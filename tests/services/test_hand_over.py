"""Holiday hand-over on every backend: an absent rep's open leads with follow-ups due
while away go to a colleague (follow-ups with them) or where the rules send them
(the rep counted as away before the absence begins), and back afterwards when the
stand-in still has them; all of it on the timeline, nothing handed twice."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import select

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.distribution import AssignmentRule, Target
from leaddesk.services.distribution_setup import MemberWeight
from leaddesk.services.hand_over import HandOverService
from leaddesk.services.workspace import Workspace
from leaddesk.store.models import FollowUp
from leaddesk.store.session import transaction

NOW = dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.UTC)


def _rep(ws: Workspace, name: str) -> uuid.UUID:
    return ws.users.create(name, f"{name.lower()}@example.com").id


def _lead(ws: Workspace, owner: uuid.UUID, due: dt.datetime | None) -> uuid.UUID:
    lead = ws.leads.create({"first_name": f"Lead {due}", "owner_id": owner}).value.id
    if due is not None:
        ws.follow_ups.schedule(lead, due, "Call back")
    return lead


def _assignee(ws: Workspace, lead_id: uuid.UUID) -> uuid.UUID | None:
    with transaction(ws.ctx.db, write=False) as s:
        return s.scalar(select(FollowUp.assignee_id).where(FollowUp.lead_id == lead_id))


def _texts(ws: Workspace, lead_id: uuid.UUID) -> list[str]:
    return [str(a.details["why"]["target"]) for a in ws.activities.timeline(lead_id)
            if a.kind is ActivityKind.ASSIGNMENT]  # fmt: skip


def test_a_colleague_takes_the_leads_due_during_the_holiday_and_gives_them_back(
    ws: Workspace,
) -> None:
    clock = {"now": NOW}
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    tomasz, anna = _rep(ws, "Tomasz"), _rep(ws, "Anna")
    during = _lead(ws, tomasz, dt.datetime(2026, 12, 11, 10, tzinfo=dt.UTC))
    after = _lead(ws, tomasz, dt.datetime(2026, 12, 20, 10, tzinfo=dt.UTC))
    idle = _lead(ws, tomasz, None)
    absence = ws.distribution.add_absence(tomasz, dt.date(2026, 12, 10), dt.date(2026, 12, 12))
    hand = HandOverService(ctx)
    plan = hand.plan(absence)
    assert plan.lead_ids == (during,) and plan.rep_name == "Tomasz"
    done = hand.hand_over(absence, to=anna, give_back=True)
    assert (done.moved, done.kept) == (1, 0) and during in done.changes.leads
    assert ws.leads.get(during).owner_id == anna and _assignee(ws, during) == anna
    assert ws.leads.get(after).owner_id == tomasz and ws.leads.get(idle).owner_id == tomasz
    assert hand.plan(absence).lead_ids == ()  # handed already: not twice
    assert hand.hand_over(absence, to=anna).moved == 0
    clock["now"] = dt.datetime(2026, 12, 12, 23, 0, tzinfo=dt.UTC)
    assert hand.give_back_due().empty  # the last day is still away
    clock["now"] = dt.datetime(2026, 12, 13, 0, 1, tzinfo=dt.UTC)
    back = hand.give_back_due()
    assert back.leads == {during}
    assert ws.leads.get(during).owner_id == tomasz and _assignee(ws, during) == tomasz
    assert sorted(_texts(ws, during)) == ["hand_back", "hand_over"]
    assert hand.give_back_due().empty  # once


def test_a_lead_the_stand_in_passed_on_stays_where_it_went(ws: Workspace) -> None:
    clock = {"now": NOW}
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    tomasz, anna, ewa = _rep(ws, "Tomasz"), _rep(ws, "Anna"), _rep(ws, "Ewa")
    lead = _lead(ws, tomasz, dt.datetime(2026, 12, 9, 10, tzinfo=dt.UTC))
    absence = ws.distribution.add_absence(tomasz, dt.date(2026, 12, 8), dt.date(2026, 12, 9))
    hand = HandOverService(ctx)
    hand.hand_over(absence, to=anna)
    ws.pipeline.assign(lead, ewa, expected_version=ws.leads.get(lead).version)
    clock["now"] = dt.datetime(2026, 12, 11, 9, tzinfo=dt.UTC)
    assert hand.give_back_due().empty
    assert ws.leads.get(lead).owner_id == ewa


def test_by_the_rules_the_absent_rep_is_skipped_before_the_holiday_begins(
    ws: Workspace,
) -> None:
    clock = {"now": NOW}
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    tomasz, anna = _rep(ws, "Tomasz"), _rep(ws, "Anna")
    team = ws.distribution.create_team("Poland", [MemberWeight(tomasz), MemberWeight(anna)])
    ws.distribution.save_rules([], AssignmentRule("d", "Everyone", Target.TEAM, str(team)))
    lead = _lead(ws, tomasz, dt.datetime(2026, 12, 15, 10, tzinfo=dt.UTC))
    absence = ws.distribution.add_absence(tomasz, dt.date(2026, 12, 14), dt.date(2026, 12, 18))
    done = HandOverService(ctx).hand_over(absence, give_back=False)
    assert done.moved == 1 and ws.leads.get(lead).owner_id == anna
    assert _assignee(ws, lead) == anna
    why = next(a.details["why"] for a in ws.activities.timeline(lead)
           if a.kind is ActivityKind.ASSIGNMENT)  # fmt: skip
    assert why["owner"] == "Anna"
    assert why["skipped"] == [{"name": "Tomasz", "reason": "absent", "kind": "holiday",
                               "until": "2026-12-18", "limit": None}]  # fmt: skip
    clock["now"] = dt.datetime(2026, 12, 20, tzinfo=dt.UTC)
    assert HandOverService(ctx).give_back_due().empty  # not to go back
