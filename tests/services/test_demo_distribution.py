"""The demo's distribution on every backend: its rules, teams, partner and holiday
set up through the services, and today's arrivals sent where the rules say, with
the rep on holiday skipped."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from leaddesk.demo import populate
from leaddesk.demo.distribution import ARRIVALS, capture_arrivals, set_up_distribution
from leaddesk.services.workspace import Workspace
from leaddesk.store.models import Lead
from leaddesk.store.session import transaction

ANCHOR = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)


def test_the_demo_sends_todays_arrivals_by_its_rules(ws: Workspace) -> None:
    populate(ws, 40, seed=2, anchor=ANCHOR)
    set_up_distribution(ws, "en")
    assert capture_arrivals(ws) == len(ARRIVALS)
    with transaction(ws.ctx.db, write=False) as s:
        arrived = s.scalars(select(Lead).order_by(Lead.number.desc()).limit(len(ARRIVALS))).all()
        by_name = {lead.first_name: (lead.id, lead.owner_id, lead.outside_pool) for lead in arrived}
    names = {u.id: u.name for u in ws.users.list()}
    polish = {names.get(by_name[n][1]) for n in ("Agnieszka", "Piotr", "Joanna")}
    assert polish <= {"Kasia Wrona", "Marek Zieliński"} and None not in polish  # Tomasz is away
    arabic = {names.get(by_name[n][1]) for n in ("Khalid", "Fatima")}
    assert arabic == {"Omar Khalil", "Noura Saleh"}
    grace_id, grace_owner, left_out = by_name["Grace"]
    assert grace_owner is None and left_out  # a big deal: left for the owner, not the pool
    henrik = by_name["Henrik"][0]
    state = ws.partners.state_of(henrik)
    assert state is not None and (state.partner, state.state) == ("Nord Distribution", "pending")
    why = ws.assignments.why(by_name["Joanna"][0])
    assert why is not None and why["skipped"][0]["name"] == "Tomasz Lis"
    grace_why = ws.assignments.why(grace_id)
    assert grace_why is not None and grace_why["target"] == "nobody"
