"""Partners on every backend: a rule pushes a lead to a partner, where it waits (not
claimable from the pool); the partner accepts it, or returns it and the next rule
decides, or does not answer in its response time and the next rule (or the pool)
takes it, each with the reason on the timeline; the partner report counts it all."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.claims import Refusal
from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.domain.stages import Stage
from leaddesk.errors import NotFound
from leaddesk.services.partners import PartnerService
from leaddesk.services.workspace import Workspace


def _setup(ws: Workspace) -> tuple[uuid.UUID, uuid.UUID]:
    partner = ws.distribution.add_partner("Kraków Resellers", "reseller", response_hours=48)
    ewa = ws.users.create("Ewa", "ewa@example.com").id
    to_partner = AssignmentRule("p", "Kraków to the reseller", Target.PARTNER, str(partner),
                                (Condition("city", Operator.EQUALS, ("Kraków",)),))  # fmt: skip
    to_ewa = AssignmentRule("e", "Everyone else to Ewa", Target.REP, str(ewa))
    ws.distribution.save_rules([to_partner, to_ewa])
    return partner, ewa


def _why(ws: Workspace, lead_id) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    """The lead's assignment entries by what they say happened (an answer and the
    decision after it share a moment, so their order is not the point)."""
    entries = [a for a in ws.activities.timeline(lead_id) if a.kind is ActivityKind.ASSIGNMENT]
    return {str(e.details["why"]["target"]): e.details["why"] for e in entries}


def test_a_pushed_lead_waits_for_the_partner_and_is_not_in_the_pool(ws: Workspace) -> None:
    partner, ewa = _setup(ws)
    lead = ws.leads.create({"first_name": "Jan", "city": "Kraków"}).value
    assert lead.owner_id is None
    assert _why(ws, lead.id)["partner"]["partner_id"] == str(partner)
    taken = ws.claims.claim([lead.id], ewa)
    assert taken.won == () and taken.lost[0].reason is Refusal.GONE
    ws.partners.accept(lead.id)
    assert set(_why(ws, lead.id)) == {"partner", "partner_accepted"}
    with pytest.raises(NotFound):
        ws.partners.accept(lead.id)  # answered once


def test_a_returned_lead_goes_to_the_next_rule_with_the_reason(ws: Workspace) -> None:
    _partner, ewa = _setup(ws)
    lead = ws.leads.create({"first_name": "Jan", "city": "Kraków"}).value
    ws.partners.give_back(lead.id, "Outside our territory")
    assert ws.leads.get(lead.id).owner_id == ewa
    why = _why(ws, lead.id)
    assert set(why) == {"partner", "partner_returned", "rep"}
    assert why["partner_returned"]["reason"] == "Outside our territory"
    assert why["rep"]["owner"] == "Ewa"


def test_no_answer_in_time_sends_the_lead_on_and_the_report_counts(ws: Workspace) -> None:
    clock = {"now": dt.datetime(2026, 12, 9, 9, tzinfo=dt.UTC)}
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    partners = PartnerService(ctx)
    _partner, ewa = _setup(ws)
    late, won = (ws.leads.create({"first_name": n, "city": "Kraków", "deal_value": "12000"}).value
                 for n in "AB")  # fmt: skip
    ws.partners.accept(won.id)
    ws.pipeline.move(won.id, Stage.CUSTOMER)
    assert partners.expire_due().leads == frozenset()  # not yet
    clock["now"] += dt.timedelta(days=30)  # well past the 48 hours
    moved = partners.expire_due()
    assert moved.leads == {late.id} and ws.leads.get(late.id).owner_id == ewa
    assert set(_why(ws, late.id)) == {"partner", "partner_expired", "rep"}
    (figures,) = ws.partners.report()
    assert (figures.name, figures.received, figures.accepted, figures.expired) == (
        "Kraków Resellers", 2, 1, 1,
    )  # fmt: skip
    assert figures.won == 1 and figures.conversion == 0.5 and figures.pending == 0
    assert figures.hours_to_accept is not None and figures.contacted == 0
    assert sum(figures.won_value.values()) == Decimal("12000")
