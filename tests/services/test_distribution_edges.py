"""Edges found in review, on every backend: an absence removed early gives its leads
back at the next sweep; a lead the rules left out of the pool comes back into it when
a person assigns it or returns it to the pool; a reply link cannot accept a lead after
the partner's time ran out."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.errors import NotFound
from leaddesk.services.hand_over import HandOverService
from leaddesk.services.partners import PartnerService
from leaddesk.services.workspace import Workspace
from tests.services.test_distribution_targets import _pool

NOW = dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.UTC)


def test_an_absence_removed_early_gives_its_leads_back_at_once(ws: Workspace) -> None:
    clock = {"now": NOW}
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    tomasz = ws.users.create("Tomasz", "tomasz@example.com").id
    anna = ws.users.create("Anna", "anna@example.com").id
    lead = ws.leads.create({"first_name": "Due", "owner_id": tomasz}).value.id
    ws.follow_ups.schedule(lead, dt.datetime(2026, 12, 10, 10, tzinfo=dt.UTC), "Call")
    absence = ws.distribution.add_absence(tomasz, dt.date(2026, 12, 9), dt.date(2026, 12, 20))
    hand = HandOverService(ctx)
    assert hand.hand_over(absence, to=anna).moved == 1
    clock["now"] += dt.timedelta(days=1)
    assert hand.give_back_due().empty
    ws.distribution.remove_absence(absence)  # back early
    assert hand.give_back_due().leads == {lead}
    assert ws.leads.get(lead).owner_id == tomasz


def test_a_lead_left_out_of_the_pool_comes_in_when_a_person_decides(ws: Workspace) -> None:
    rep = ws.users.create("Rita", "rita@example.com").id
    vips = (Condition("company", Operator.EQUALS, ("Big Co",)),)
    ws.distribution.save_rules([AssignmentRule("v", "VIPs", Target.NOBODY, None, vips)])
    first = ws.leads.create({"first_name": "Vera", "company": "Big Co"}).value.id
    second = ws.leads.create({"first_name": "Vic", "company": "Big Co"}).value.id
    assert _pool(ws) == set()
    ws.pipeline.assign(first, rep, expected_version=ws.leads.get(first).version)
    ws.pipeline.assign(first, None, expected_version=ws.leads.get(first).version)
    ws.claims.return_to_pool([second])
    assert _pool(ws) == {first, second}


def test_a_reply_link_cannot_accept_after_the_partners_time_ran_out(ws: Workspace) -> None:
    clock = {"now": NOW}
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    partner = ws.distribution.add_partner("Nord", "distributor", response_hours=48)
    ws.distribution.save_rules([AssignmentRule("p", "All to Nord", Target.PARTNER, str(partner))])
    lead = ws.leads.create({"first_name": "Pushed"}).value.id
    state = ws.partners.state_of(lead)
    assert state is not None
    late = PartnerService(dataclasses.replace(ctx, clock=lambda: state.due_at))
    with pytest.raises(NotFound, match="run out"):
        late.accept(lead, push_id=state.push_id)
    late.accept(lead)  # the owner may still record a late yes
    accepted = ws.partners.state_of(lead)
    assert accepted is not None and accepted.state == "accepted"
