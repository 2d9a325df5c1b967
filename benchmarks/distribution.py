"""Suite `distribution`: push and pull on the demo database (benchmarks/seeding.py).

assign_p50_ms: ``distribute_in`` for one new, unassigned lead inside a transaction,
the lead in the session as at its capture (50 rules tried in order, the first 49 of
which do not match, then a team's rotation turn taken with its row held and the
credits written, the lead assigned, logged and put on its timeline), the median of
300. rotation_max_deviation: over 10,000 such assignments to a team weighted 3:2:1:1,
the largest gap between a rep's count and their weight's share. claim_p50_ms:
``ClaimService.claim`` of one pool lead (the whole use case, its transaction
included), the median of 300.
claim_race_double: leads claimed twice when 20 processes (4 on SQLite) claim every
lead of a pool of 200 at once (must be 0). expire_100k_s: the sweep over 100,000
claimed leads of which 1 % have run out with no contact (1,000 leads back to the pool,
each with a timeline entry) and the rest are still in their window;
expire_10k_released_s: the same with 10 % run out (10,000 back to the pool: most of it
is rewriting those leads' index entries, owner_id being in 13 of them);
expire_unsettled_100k_s: 10 % run out and the other 90 % run out too but contacted,
their claims left for the sweep to drop (contacts that did not come through the app,
which settles a claim at the contact).
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from benchmarks.seeding import ensure_seeded
from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.services.distribution import distribute_in
from leaddesk.services.distribution_setup import MemberWeight
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.store.models import Lead, User
from leaddesk.store.models_distribution import AssignmentLog, LeadClaim
from leaddesk.store.session import transaction
from tests.support.workers import run_together

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = (3, 2, 1, 1)
ONE = 300
ROTATION = 10_000
POOL = 200


def _new_leads(ws: Workspace, n: int, tag: str, country: str = "PL") -> list[uuid.UUID]:
    """New leads; unassigned when made before the rules, or from a country no rule
    names (the default: the pool)."""
    return [ws.leads.create({"first_name": f"{tag} {i}", "country": country}).value.id
            for i in range(n)]  # fmt: skip


def _rules(ws: Workspace, team: uuid.UUID) -> None:
    misses = [AssignmentRule(f"r{n}", f"Country {n}", Target.POOL,
                             conditions=(Condition("country", Operator.EQUALS, (f"X{n}",)),
                                         Condition("source", Operator.EQUALS, ("call",))))
              for n in range(49)]  # fmt: skip
    polish = AssignmentRule("pl", "Polish leads", Target.TEAM, str(team),
                            (Condition("country", Operator.EQUALS, ("PL",)),))  # fmt: skip
    ws.distribution.save_rules([*misses, polish])


def _assign(ws: Workspace, leads: list[uuid.UUID]) -> list[float]:
    took = []
    for lead_id in leads:
        with transaction(ws.ctx.db) as s:
            lead = s.get(Lead, lead_id)  # as at its capture: the new lead is in the session
            assert lead is not None
            t = time.perf_counter()
            distribute_in(s, ws.ctx, [lead_id], captured=True)
            took.append(time.perf_counter() - t)
    return took


def _deviation(ws: Workspace, team_reps: list[uuid.UUID], leads: list[uuid.UUID]) -> float:
    for start in range(0, len(leads), 500):
        ws.distribution.distribute(leads[start : start + 500])
    with transaction(ws.ctx.db, write=False) as s:
        got = Counter(s.scalars(select(Lead.owner_id).where(Lead.id.in_(leads))))
    total = sum(WEIGHTS)
    return max(
        abs(got[r] - len(leads) * w / total) for r, w in zip(team_reps, WEIGHTS, strict=True)
    )


def _race(url: str, ws: Workspace, backend: str) -> int:
    count = 4 if backend == "sqlite" else 20
    reps = [ws.users.create(f"Racer {n}", f"racer{n}@example.com").id for n in range(count)]
    with transaction(ws.ctx.db) as s:  # a fresh pool: every lead owned but these
        s.execute(update(Lead).values(owner_id=reps[0]))
    pool = set(_new_leads(ws, POOL, "Pool", "DE"))
    reports = run_together(
        [["tests.support.claim_worker", url, str(rep), str(n)] for n, rep in enumerate(reps)],
        timeout=900,
    )
    won: Counter[str] = Counter(lead for r in reports for lead in r["won"])
    with transaction(ws.ctx.db, write=False) as s:
        logged = Counter(s.scalars(select(AssignmentLog.lead_id).where(
            AssignmentLog.target == "claim", AssignmentLog.lead_id.in_(pool))))  # fmt: skip
    assert set(won) == {str(i) for i in pool}, "a pool lead nobody claimed"
    return sum(n > 1 for n in won.values()) + sum(n > 1 for n in logged.values())


def _expire(ws: Workspace, *, due_every: int, settled: bool) -> tuple[float, int]:
    """100,000 claimed leads; every ``due_every``-th claim's window has closed with
    no contact since (its lead goes back to the pool with a timeline entry). The
    others: with ``settled``, still in their window (claimed an hour ago) as a sweep
    finds most claims; without, closed too but contacted, their claims still there
    for the sweep to drop (contacts that did not come through the app, which settles
    a claim at the contact)."""
    now = ws.ctx.clock()
    with transaction(ws.ctx.db) as s:
        s.execute(delete(LeadClaim))  # the race's, the timed claims', a run before
        rep = s.scalars(select(User.id).limit(1)).one()
        ids = list(s.scalars(select(Lead.id).where(Lead.deleted_at.is_(None)).limit(100_000)))
        s.execute(update(Lead).values(owner_id=rep, last_contacted_at=now - dt.timedelta(hours=1)))
        idle = set(ids[::due_every])
        listed = sorted(idle)
        for start in range(0, len(listed), 5000):
            s.execute(update(Lead).where(Lead.id.in_(listed[start : start + 5000]))
                      .values(last_contacted_at=None))  # fmt: skip
        closed, open_ = now - dt.timedelta(hours=25), now - dt.timedelta(hours=1)
        rows = []
        for i in ids:
            at = closed if i in idle or not settled else open_
            rows.append({"lead_id": i, "user_id": rep, "claimed_at": at,
                         "expires_at": at + dt.timedelta(hours=24), "warned_at": at})  # fmt: skip
        s.execute(insert(LeadClaim), rows)
    t = time.perf_counter()
    done = ws.claims.expire_due()
    took = time.perf_counter() - t
    with transaction(ws.ctx.db, write=False) as s:
        left = s.execute(select(func.count()).select_from(LeadClaim)).scalar_one()
    expected_left = len(ids) - len(idle) if settled else 0
    assert (left, done.released) == (expected_left, len(idle)), (left, done.released)
    return took, done.released


def run(url: str, leads: int) -> dict[str, Any]:
    ensure_seeded(url, leads)
    ws = open_workspace(url)
    try:
        reps = [ws.users.create(f"Team rep {n}", f"team{n}@example.com").id for n in range(4)]
        team = ws.distribution.create_team(
            "Bench", [MemberWeight(r, w) for r, w in zip(reps, WEIGHTS, strict=True)]
        )
        one, rotation = _new_leads(ws, ONE, "One"), _new_leads(ws, ROTATION, "Turn")
        _rules(ws, team)
        print("assigning…", file=sys.stderr)
        assign = _assign(ws, one)
        deviation = _deviation(ws, reps, rotation)
        print("claiming…", file=sys.stderr)
        pool = _new_leads(ws, ONE, "Claim", "DE")
        claim = []
        for lead_id in pool:
            t = time.perf_counter()
            got = ws.claims.claim([lead_id], reps[0])
            claim.append(time.perf_counter() - t)
            assert got.won == (lead_id,)
        double = _race(url, ws, ws.backend)
        print("expiring…", file=sys.stderr)
        expire_s, released = _expire(ws, due_every=100, settled=True)
        heavy_s, heavy = _expire(ws, due_every=10, settled=True)
        unsettled_s, _ = _expire(ws, due_every=10, settled=False)
        return {
            "backend": ws.backend,
            "leads": leads,
            "assign_p50_ms": round(1000 * statistics.median(assign), 3),
            "rotation_max_deviation": round(deviation, 2),
            "claim_p50_ms": round(1000 * statistics.median(claim), 3),
            "claim_race_double": double,
            "expire_100k_s": round(expire_s, 2),
            "expire_released": released,
            "expire_10k_released_s": round(heavy_s, 2),
            "expire_10k_released": heavy,
            "expire_unsettled_100k_s": round(unsettled_s, 2),
        }
    finally:
        ws.close()
