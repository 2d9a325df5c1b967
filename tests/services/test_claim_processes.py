"""Reps claiming from one pool at the same moment (real OS processes on the real
servers: 20 of them and 200 leads; 4 on one SQLite file): every lead is claimed
exactly once, and every rep who lost one was told who has it."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from leaddesk.services.workspace import Workspace
from leaddesk.store.models import Lead
from leaddesk.store.models_distribution import LeadClaim
from leaddesk.store.session import transaction
from tests.support.workers import run_together

POOL = 200


def test_reps_claiming_at_once_each_lead_is_claimed_exactly_once(
    ws: Workspace, db_url: str, backend: str
) -> None:
    count = 4 if backend == "sqlite" else 20
    reps = {str(ws.users.create(f"Rep {n}", f"rep{n}@example.com").id): f"Rep {n}"
            for n in range(count)}  # fmt: skip
    leads = {str(ws.leads.create({"first_name": f"Pool {n}"}).value.id) for n in range(POOL)}
    found = run_together(
        [["tests.support.claim_worker", db_url, rep, str(n)] for n, rep in enumerate(reps)]
    )
    reports = dict(zip(reps, found, strict=True))
    assert [r["error"] for r in reports.values()] == [None] * count
    winner = {lead: rep for rep, r in reports.items() for lead in r["won"]}
    wins = Counter(lead for r in reports.values() for lead in r["won"])
    assert set(wins) == leads and set(wins.values()) == {1}  # each once, none twice
    for r in reports.values():  # every loser told, and told the truth
        assert set(r["lost"]) == leads - set(r["won"])
        assert all(by == reps[winner[lead]] for lead, by in r["lost"].items())
    with transaction(ws.ctx.db, write=False) as s:
        owners = dict(s.execute(select(Lead.id, Lead.owner_id)).all())
        claims = s.execute(select(func.count()).select_from(LeadClaim)).scalar_one()
    assert {str(k): str(v) for k, v in owners.items()} == winner
    assert claims == POOL
