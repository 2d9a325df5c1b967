"""Several apps catching up scores on one database at once (real OS processes): they
share the work, every lead ends with its score, and each crossing is on its timeline
exactly once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.scoring import FitOperator, RuleGroup, ScoreRule
from leaddesk.services.workspace import Workspace
from leaddesk.store.models import Activity
from leaddesk.store.session import transaction

ROOT = Path(__file__).resolve().parents[2]
LEADS = 120


def test_processes_rescoring_at_once_write_each_crossing_once(
    ws: Workspace, db_url: str, backend: str
) -> None:
    ids = [ws.leads.create({"first_name": f"P{n}", "company": "Acme"}).value.id
           for n in range(LEADS)]  # fmt: skip
    rules, thresholds = ws.scoring.rules()
    company = ScoreRule("c", "Company given", RuleGroup.FIT, 40, field="company",
                        operator=FitOperator.IS_GIVEN)  # fmt: skip
    ws.scoring.save([*rules, company], thresholds)
    count = 2 if backend == "sqlite" else 4
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.support.rescore_worker", db_url],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready", p.stderr
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    reports = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    assert [r["error"] for r in reports] == [None] * count
    assert sum(r["done"] for r in reports) >= LEADS  # all of it, between them
    assert {ws.leads.get(i).score for i in ids} == {40}
    with transaction(ws.ctx.db, write=False) as s:
        entries = s.scalars(select(Activity).where(Activity.kind == ActivityKind.SYSTEM)).all()
    crossings = [a.lead_id for a in entries if (a.details or {}).get("event") == "qualified"]
    assert sorted(crossings) == sorted(ids)  # one "Became MQL" per lead, none twice
