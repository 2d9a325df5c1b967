"""``leaddesk score rescore`` on every backend: after a rules change it rescores every
lead, shows its progress on stderr and says how many are MQL and SQL."""

from __future__ import annotations

import contextlib
import io
import json

from leaddesk.cli import main
from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.scoring import FitOperator, Qualification, RuleGroup, ScoreRule
from leaddesk.services.workspace import Workspace


def _run(db_url: str, *extra: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["score", "rescore", "--db", db_url, *extra])
    return code, out.getvalue(), err.getvalue()


def test_rescore_after_a_rules_change_counts_mql_and_sql(ws: Workspace, db_url: str) -> None:
    leads = [ws.leads.create({"first_name": f"L{i}", "company": "Acme" if i % 2 else None}).value
             for i in range(6)]  # fmt: skip
    for lead in leads[:2]:  # 50 each: MQL
        ws.activities.log(lead.id, ActivityKind.EVENT, tag="quote_request")
    rules, thresholds = ws.scoring.rules()
    company = ScoreRule("c", "Company given", RuleGroup.FIT, 30, field="company",
                        operator=FitOperator.IS_GIVEN)  # fmt: skip
    ws.scoring.save([*rules, company], thresholds)

    code, out, err = _run(db_url, "--json")
    assert code == 0
    # Acme: 1, 3, 5 -> 30 (MQL); 1 with a quote -> 80 (SQL); 0 with a quote -> 50 (MQL)
    assert json.loads(out.strip().splitlines()[-1]) == {
        "rescored": 6, "leads": 6, "mql": 3, "sql": 1,
    }  # fmt: skip
    assert "rescored 6 of 6" in err
    assert [ws.leads.get(x.id).qualification for x in leads] == [
        Qualification.MQL, Qualification.SQL, Qualification.NONE,
        Qualification.MQL, Qualification.NONE, Qualification.MQL,
    ]  # fmt: skip

    code, out, _err = _run(db_url)  # nothing left to do
    assert code == 0
    assert out.strip() == "Rescored 0 leads; of 6 leads, 3 are MQL and 1 SQL."
