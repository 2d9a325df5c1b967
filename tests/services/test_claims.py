"""The pool on every backend: a claim is the rep's, the next rep is told who has it;
limits stop claims (untouched ones held, claims a day); a claim with no contact in
its window goes back to the pool on the timeline, one with a contact is kept (and
settled at the contact); the rep is told before it runs out."""

from __future__ import annotations

import dataclasses
import datetime as dt

from leaddesk.domain.activities import ActivityKind, Direction
from leaddesk.domain.claims import Refusal
from leaddesk.services.activities import ActivityService
from leaddesk.services.claims import ClaimService, Lost
from leaddesk.services.workspace import Workspace


def test_one_rep_wins_a_lead_and_the_next_is_told_who_has_it(ws: Workspace) -> None:
    anna = ws.users.create("Anna Kowalska", "anna@example.com").id
    tomasz = ws.users.create("Tomasz Lis", "tomasz@example.com").id
    lead = ws.leads.create({"first_name": "Pool"}).value
    got = ws.claims.claim([lead.id], anna)
    assert got.won == (lead.id,) and got.lost == () and lead.id in got.changes.leads
    assert ws.leads.get(lead.id).owner_id == anna
    again = ws.claims.claim([lead.id], tomasz)
    assert again.won == () and again.lost == (Lost(lead.id, Refusal.TAKEN, "Anna Kowalska"),)
    entries = [a for a in ws.activities.timeline(lead.id) if a.kind is ActivityKind.ASSIGNMENT]
    assert [(e.details["to"], e.details["why"]["target"]) for e in entries] == [
        (str(anna), "claim")
    ]
    ws.leads.delete(lead.id)
    assert ws.claims.claim([lead.id], tomasz).lost == (Lost(lead.id, Refusal.GONE),)


def test_limits_stop_claims_with_the_reason(ws: Workspace) -> None:
    ewa = ws.users.create("Ewa", "ewa@example.com").id
    leads = [ws.leads.create({"first_name": f"P{i}"}).value.id for i in range(5)]
    ws.distribution.set_claim_limits(ewa, untouched=2)
    got = ws.claims.claim(leads[:3], ewa)
    assert len(got.won) == 2 and [x.reason for x in got.lost] == [Refusal.LIMIT_OPEN]
    ws.activities.log(got.won[0], ActivityKind.CALL, direction=Direction.OUTBOUND, user_id=ewa)
    ws.distribution.set_claim_limits(ewa, untouched=5, per_day=3)
    third = ws.claims.claim(leads[3:], ewa)  # two claimed today: room for a third
    assert len(third.won) == 1 and [x.reason for x in third.lost] == [Refusal.LIMIT_TODAY]


def test_claims_run_out_back_to_the_pool_unless_contacted(ws: Workspace) -> None:
    clock = {"now": dt.datetime(2026, 12, 9, 9, tzinfo=dt.UTC)}
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    claims, activities = ClaimService(ctx), ActivityService(ctx)
    rep = ws.users.create("Rep", "rep@example.com").id
    idle, called = (ws.leads.create({"first_name": n}).value.id for n in ("Idle", "Called"))
    claims.claim([idle, called], rep)
    clock["now"] += dt.timedelta(hours=1)
    activities.log(called, ActivityKind.CALL, direction=Direction.OUTBOUND, user_id=rep)
    assert claims.expire_due().released == 0  # nothing ran out yet
    clock["now"] += dt.timedelta(hours=22)  # 23 h: two hours' notice
    soon = claims.expire_due()
    # the call kept its claim: only the idle one is left to run out
    assert soon.released == 0 and [w[0] for w in soon.warned] == [idle]
    assert claims.expire_due().warned == ()  # told once
    clock["now"] += dt.timedelta(hours=2)
    done = claims.expire_due()
    assert done.released == 1 and done.changes.leads == {idle}
    assert ws.leads.get(idle).owner_id is None and ws.leads.get(called).owner_id == rep
    back = next(a for a in ws.activities.timeline(idle) if a.kind is ActivityKind.ASSIGNMENT)
    assert back.details["why"]["pool_reason"] == "claim_expired" and back.details["to"] is None
    assert claims.expire_due().released == 0  # expired once
    assert ws.claims.claim([idle], rep).won == (idle,)  # in the pool again


def test_a_manager_releases_a_reps_untouched_claims_or_returns_any_lead(ws: Workspace) -> None:
    boss = ws.users.create("Boss", "boss@example.com", "manager").id
    rep = ws.users.create("Rep", "rep2@example.com").id
    idle, called, owned = (ws.leads.create({"first_name": n}).value.id for n in ("I", "C", "O"))
    ws.claims.claim([idle, called], rep)
    ws.activities.log(called, ActivityKind.CALL, direction=Direction.OUTBOUND, user_id=rep)
    released = ws.claims.release_all(rep, user_id=boss)
    assert released.leads == {idle}  # the called one is the rep's own now
    assert ws.leads.get(idle).owner_id is None and ws.leads.get(called).owner_id == rep
    why = next(a for a in ws.activities.timeline(idle) if a.kind is ActivityKind.ASSIGNMENT)
    assert (why.details["why"]["pool_reason"], why.details["why"]["by"]) == ("released", "Boss")
    ws.pipeline.assign(owned, rep)
    back = ws.claims.return_to_pool([called, owned, idle], user_id=boss)
    assert back.leads == {called, owned}  # the idle one was in the pool already
    assert {ws.leads.get(i).owner_id for i in (called, owned)} == {None}
    assert ws.claims.claim([owned], rep).won == (owned,)  # claimable again
