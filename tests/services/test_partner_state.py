"""``PartnerService.state_of`` on every backend: what the lead window's bar tells:
waiting for the partner (with the answer's due time), taken by it, or nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.services.partners import PartnerService
from leaddesk.services.workspace import Workspace


def _setup(ws: Workspace) -> tuple[uuid.UUID, uuid.UUID]:
    partner = ws.distribution.add_partner("ACME Distribution", "distributor", response_hours=48)
    ewa = ws.users.create("Ewa", "ewa@example.com").id
    ws.distribution.save_rules([
        AssignmentRule("p", "Kraków to ACME", Target.PARTNER, str(partner),
                       (Condition("city", Operator.EQUALS, ("Kraków",)),)),
        AssignmentRule("e", "Everyone else to Ewa", Target.REP, str(ewa)),
    ])  # fmt: skip
    return partner, ewa


def test_waiting_then_accepted(ws: Workspace) -> None:
    clock = {"now": dt.datetime.now(dt.UTC)}
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    partners = PartnerService(ctx)
    partner, _ewa = _setup(ws)
    lead = ws.leads.create({"first_name": "Jan", "city": "Kraków"}).value
    state = partners.state_of(lead.id)
    assert state is not None and state.waiting and state.partner == "ACME Distribution"
    assert state.partner_id == partner and state.answered_at is None
    assert state.due_at - state.pushed_at == dt.timedelta(hours=48)
    clock["now"] = state.pushed_at + dt.timedelta(hours=3)
    partners.accept(lead.id)
    after = partners.state_of(lead.id)
    assert after is not None and not after.waiting and after.state == "accepted"
    assert after.answered_at == clock["now"] and after.push_id == state.push_id


def test_returned_expired_or_never_pushed_has_none(ws: Workspace) -> None:
    _setup(ws)
    elsewhere = ws.leads.create({"first_name": "Ola", "city": "Gdańsk"}).value
    assert ws.partners.state_of(elsewhere.id) is None
    returned = ws.leads.create({"first_name": "Jan", "city": "Kraków"}).value
    ws.partners.give_back(returned.id, "Not ours")
    assert ws.partners.state_of(returned.id) is None
    late = ws.leads.create({"first_name": "Piotr", "city": "Kraków"}).value
    ctx = dataclasses.replace(ws.ctx, clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(days=3))
    PartnerService(ctx).expire_due()
    assert ws.partners.state_of(late.id) is None
    assert ws.partners.state_of(uuid.uuid4()) is None
