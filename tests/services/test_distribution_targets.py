"""Rules on the lead's language, stage and web form; "leave unassigned" keeps a lead
out of the pool (and out of reach of a claim); first-contact targets set by a rule or
a source at capture, counted in the owner's working hours, met by the first outbound
contact, flagged once when late, and a rule that asks for it sends a late lead on.
On every backend."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import select

from leaddesk.domain.activities import ActivityKind, Direction
from leaddesk.domain.board_view import BoardFilter, OwnerScope
from leaddesk.domain.claims import Refusal
from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.domain.insights import Bucket, InsightFilter, custom_period
from leaddesk.services.activities import ActivityService
from leaddesk.services.claims import ClaimService
from leaddesk.services.insights import InsightsService
from leaddesk.services.leads import LeadService
from leaddesk.services.response_targets import ResponseTargetService
from leaddesk.services.workspace import Workspace
from leaddesk.store.board import filter_conditions
from leaddesk.store.models import Lead
from leaddesk.store.models_distribution import ResponseTarget
from leaddesk.store.session import transaction

MONDAY_10 = dt.datetime(2026, 12, 7, 10, 0, tzinfo=dt.UTC)


def _rep(ws: Workspace, name: str) -> uuid.UUID:
    return ws.users.create(name, f"{name.lower()}@example.com").id


def _when(field: str, value: str) -> tuple[Condition, ...]:
    return (Condition(field, Operator.EQUALS, (value,)),)


def _pool(ws: Workspace) -> set[uuid.UUID]:
    with transaction(ws.ctx.db, write=False) as s:
        where = filter_conditions(s, BoardFilter(owner=OwnerScope.POOL), me=None, window=None)
        return set(s.scalars(select(Lead.id).where(Lead.deleted_at.is_(None), *where)))


def _target(ws: Workspace, lead_id: uuid.UUID) -> ResponseTarget | None:
    with transaction(ws.ctx.db, write=False) as s:
        return s.get(ResponseTarget, lead_id)


def test_rules_read_language_stage_and_web_form(ws: Workspace) -> None:
    arabic, nurture, formed = _rep(ws, "Layla"), _rep(ws, "Nina"), _rep(ws, "Fred")
    ws.distribution.save_rules([
        AssignmentRule("ar", "Arabic readers", Target.REP, str(arabic), _when("language", "ar")),
        AssignmentRule("n", "Nurturing", Target.REP, str(nurture), _when("stage", "nurturing")),
        AssignmentRule("f", "Demo form", Target.REP, str(formed),
                       _when("web_form", "Demo request")),
    ])  # fmt: skip
    assert ws.leads.create({"first_name": "Omar", "country": "AE"}).value.owner_id == arabic
    later = ws.leads.create({"first_name": "Nadia", "stage": "nurturing"}).value
    assert later.owner_id == nurture
    form = ws.web_forms.create("Demo request", ["first_name", "email"])
    got = ws.capture.submit(form.key, form.token, {"first_name": "Fay", "email": "f@x.example"})
    assert ws.leads.get(got.lead_id).owner_id == formed
    plain = ws.leads.create({"first_name": "Paul", "country": "PL"}).value
    assert plain.owner_id is None


def test_left_unassigned_stays_out_of_the_pool_and_cannot_be_claimed(ws: Workspace) -> None:
    rep = _rep(ws, "Rita")
    vips = _when("company", "Big Co")
    ws.distribution.save_rules([AssignmentRule("v", "VIPs", Target.NOBODY, None, vips)])
    vip = ws.leads.create({"first_name": "Vera", "company": "Big Co"}).value.id
    plain = ws.leads.create({"first_name": "Pia"}).value.id
    assert _pool(ws) == {plain}
    outcome = ws.claims.claim([vip], rep)
    assert not outcome.won and outcome.lost[0].reason is Refusal.GONE
    ws.distribution.save_rules([])  # no rule leaves it out any more
    ws.distribution.save_rules([], AssignmentRule("d", "Pool", Target.POOL))
    ws.distribution.distribute([vip])  # "Distribute now": the pool's again
    assert _pool(ws) == {plain, vip}
    assert ws.claims.claim([vip], rep).won == (vip,)


def test_a_rules_target_counts_in_the_owners_working_hours(ws: Workspace) -> None:
    clock = {"now": MONDAY_10.replace(hour=16, minute=30)}  # 16:30 UTC on a Monday
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    rep = _rep(ws, "Wiktor")
    ws.distribution.set_working(rep, days=range(5), starts=dt.time(9), ends=dt.time(17),
                                zone="UTC")  # fmt: skip
    rule = AssignmentRule("w", "Web forms to Wiktor", Target.REP, str(rep), response_minutes=60)
    ws.distribution.save_rules([rule])
    lead = LeadService(ctx).create({"first_name": "Late", "source": "web_form"}).value
    target = _target(ws, lead.id)
    assert target is not None and target.set_by == "rule" and target.minutes == 60
    assert target.due_at == dt.datetime(2026, 12, 8, 9, 30, tzinfo=dt.UTC)


def test_a_sources_target_is_met_by_the_first_outbound_contact(ws: Workspace) -> None:
    clock = {"now": MONDAY_10}
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    ws.sources.set_targets("call", response_minutes=30, claim_hours=None)
    lead = LeadService(ctx).create({"first_name": "Quick", "source": "call"}).value
    other = LeadService(ctx).create({"first_name": "No target", "source": "email"}).value
    assert _target(ws, other.id) is None
    target = _target(ws, lead.id)
    assert target is not None and target.set_by == "source"
    assert target.due_at == MONDAY_10 + dt.timedelta(minutes=30)
    clock["now"] += dt.timedelta(minutes=10)
    ActivityService(ctx).log(lead.id, ActivityKind.CALL, direction=Direction.OUTBOUND)
    met = _target(ws, lead.id)
    assert met is not None and met.met_at == clock["now"]
    clock["now"] += dt.timedelta(hours=2)
    assert ResponseTargetService(ctx).flag_late().flagged == ()  # met: never late


def test_a_late_lead_is_flagged_once_and_a_rule_sends_it_on(ws: Workspace) -> None:
    clock = {"now": MONDAY_10}
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    slow, backup = _rep(ws, "Slow"), _rep(ws, "Backup")
    ws.distribution.save_rules([
        AssignmentRule("late", "Overdue to Backup", Target.REP, str(backup),
                       _when("response", "overdue")),
        AssignmentRule("all", "Everyone to Slow", Target.REP, str(slow), response_minutes=15),
    ])  # fmt: skip
    lead = LeadService(ctx).create({"first_name": "Waiting"}).value
    assert lead.owner_id == slow  # the overdue rule does not take a new lead
    targets = ResponseTargetService(ctx)
    clock["now"] += dt.timedelta(minutes=14)
    assert targets.flag_late().flagged == ()
    clock["now"] += dt.timedelta(minutes=2)
    late = targets.flag_late()
    assert [r.lead_id for r in late.flagged] == [lead.id] and late.flagged[0].owner_id == slow
    assert lead.id in late.changes.leads
    assert ws.leads.get(lead.id).owner_id == backup
    assert targets.flag_late().flagged == ()  # once
    assert [r.lead_id for r in targets.late()] == [lead.id]
    assert targets.late(slow) == [] and [r.lead_id for r in targets.late(backup)] == [lead.id]
    events = [a.details.get("event") for a in ws.activities.timeline(lead.id)
              if a.kind is ActivityKind.SYSTEM]  # fmt: skip
    assert "response_late" in events


def test_a_sources_claim_window_is_its_own(ws: Workspace) -> None:
    clock = {"now": MONDAY_10}
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    ws.sources.set_targets("call", response_minutes=None, claim_hours=2)
    rep = _rep(ws, "Claire")
    short = ws.leads.create({"first_name": "Short", "source": "call"}).value.id
    usual = ws.leads.create({"first_name": "Usual", "source": "email"}).value.id
    claims = ClaimService(ctx)
    assert set(claims.claim([short, usual], rep).won) == {short, usual}
    clock["now"] += dt.timedelta(hours=3)
    assert claims.expire_due().released == 1
    assert ws.leads.get(short).owner_id is None and ws.leads.get(usual).owner_id == rep


def test_insights_count_the_share_contacted_within_target_per_rep_and_source(
    ws: Workspace,
) -> None:
    clock = {"now": MONDAY_10}
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    rep = _rep(ws, "Tess")
    ws.sources.set_targets("call", response_minutes=60, claim_hours=None)
    leads = LeadService(ctx)
    quick, slow, waiting = (
        leads.create({"first_name": n, "source": "call", "owner_id": rep}).value.id
        for n in ("Quick", "Slow", "Waiting")
    )
    activities = ActivityService(ctx)
    clock["now"] += dt.timedelta(minutes=20)
    activities.log(quick, ActivityKind.CALL, direction=Direction.OUTBOUND, user_id=rep)
    clock["now"] += dt.timedelta(minutes=70)  # 90 min: past the hour
    activities.log(slow, ActivityKind.CALL, direction=Direction.OUTBOUND, user_id=rep)
    period = custom_period(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    start, end = period.utc_range(dt.UTC)
    ctx_ws = dataclasses.replace(ws, insights=InsightsService(ctx))
    report = ctx_ws.insights.report(period, InsightFilter(start, end), bucket=Bucket.DAY,
                                    zone=dt.UTC)  # fmt: skip
    row = next(r for r in report.reps if r.owner_id == rep)
    assert (row.targeted, row.on_time) == (3, 1)  # the waiting one is late too by now
    source = next(r for r in report.loop_sources if r.key == "call")
    assert (source.targeted, source.on_time) == (3, 1)
    assert waiting  # created with no contact: counted as late once its hour passed
