"""Suite `rescore`: keeping 100,000 scores true after the owner changed the rules.

rescore_100k_s: ``ScoringService.rescore_all`` after a rules change (every lead out of
date), on the demo database (benchmarks/seeding.py) with its timelines.
rescore_again_s: the same right after, for another change that moves no lead's score
(what is left is reading and comparing). score_one_ms: ``rescore_in`` for one lead
inside a transaction, as logging an activity pays it, the median of 300 leads.
mql, sql: the leads at each level after the rescore.
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import time
from typing import Any

from sqlalchemy import func, select

from benchmarks.seeding import ensure_seeded
from leaddesk.services.scoring import ScoringService, rescore_in
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.store.models import Lead
from leaddesk.store.session import transaction

ONE = 300


def _change(ws: Workspace, service: ScoringService, extra: int) -> None:
    """Save the rules with the webinar's points moved by ``extra`` (a new rules version)."""
    rules, thresholds = service.rules()
    changed = [
        dataclasses.replace(r, points=r.points + extra) if r.tag == "webinar" else r for r in rules
    ]
    service.save(changed, thresholds)


def _levels(ws: Workspace) -> dict[str, int]:
    with transaction(ws.ctx.db, write=False) as s:
        rows = s.execute(select(Lead.qualification, func.count()).group_by(Lead.qualification))
        return {str(k): int(n) for k, n in rows}


def _rescore(ws: Workspace, service: ScoringService) -> float:
    shown = [0.0]

    def progress(done: int, total: int) -> None:
        if time.perf_counter() - shown[0] > 2:
            shown[0] = time.perf_counter()
            print(f"  {done}/{total}", file=sys.stderr)

    t = time.perf_counter()
    service.rescore_all(progress=progress)
    return time.perf_counter() - t


def run(url: str, leads: int) -> dict[str, Any]:
    ensure_seeded(url, leads)
    ws = open_workspace(url)
    try:
        service = ScoringService(ws.ctx)
        _change(ws, service, 5)
        print("rescoring every lead after a rules change…", file=sys.stderr)
        full = _rescore(ws, service)
        levels = _levels(ws)
        _change(ws, service, 0)  # a save with the same points: a new version, same scores
        again = _rescore(ws, service)
        with transaction(ws.ctx.db, write=False) as s:
            ids = list(s.scalars(select(Lead.id).order_by(Lead.number).limit(ONE)))
        took = []
        for lead_id in ids:
            with transaction(ws.ctx.db) as s:
                t = time.perf_counter()
                rescore_in(s, ws.ctx, [lead_id])
                took.append(time.perf_counter() - t)
        return {
            "backend": ws.backend,
            "leads": leads,
            "rescore_100k_s": round(full, 2),
            "rescore_again_s": round(again, 2),
            "score_one_ms": round(1000 * statistics.median(took), 3),
            "mql": levels.get("mql", 0),
            "sql": levels.get("sql", 0),
        }
    finally:
        ws.close()
