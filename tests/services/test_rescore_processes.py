"""Several apps catching up scores on one database at once (real OS processes): they
share the work, every lead ends with its score, and each crossing is on its timeline
exactly once."""

from __future__ import annotations

from sqlalchemy import select

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.scoring import FitOperator, RuleGroup, ScoreRule
from leaddesk.services.workspace import Workspace
from leaddesk.store.models import Activity
from leaddesk.store.session import transaction
from tests.support.workers import run_together

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
    reports = run_together([["tests.support.rescore_worker", db_url] for _ in range(count)])
    assert [r["error"] for r in reports] == [None] * count
    assert sum(r["done"] for r in reports) >= LEADS  # all of it, between them
    assert {ws.leads.get(i).score for i in ids} == {40}
    with transaction(ws.ctx.db, write=False) as s:
        entries = s.scalars(select(Activity).where(Activity.kind == ActivityKind.SYSTEM)).all()
    crossings = [a.lead_id for a in entries if (a.details or {}).get("event") == "qualified"]
    assert sorted(crossings) == sorted(ids)  # one "Became MQL" per lead, none twice
