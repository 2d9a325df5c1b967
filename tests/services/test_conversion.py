"""The conversion model on a real database: trained from leads imported the way an
owner imports an export (a CSV of generated leads, model_sample, its columns as custom
fields and its outcome as the stage), kept as plain data, read back after a restart to
the same probabilities, written on the open leads and refreshed for one lead; refusals
name the counts and keep the model in use; leaky and excluded fields stay out."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from leaddesk.cli import main
from leaddesk.domain import model_sample as ms
from leaddesk.domain.custom_fields import field_key
from leaddesk.domain.model_inputs import row_of
from leaddesk.domain.model_train import ModelFailedCheck, TooLittleHistory
from leaddesk.domain.stages import Stage
from leaddesk.services.conversion import ConversionService, clear_model_cache, probability_in
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.store import conversion as q
from leaddesk.store.models import Lead
from leaddesk.store.session import transaction
from tests.support.conversion_leads import import_sample

NOW = dt.datetime(2025, 6, 2, 9, 0, tzinfo=dt.UTC)
OPEN = 40  # rows of the file with no outcome: open leads


def _column(name: str) -> str:
    return "job_title" if name == "Job Title" else f"custom:{field_key(name)}"


def _import(ws: Workspace, tmp_path: Path, n: int, seed: int, *, leaky: bool = False) -> ms.Sample:
    return import_sample(ws, tmp_path, n, seed, leaky=leaky, open_rows=OPEN)


def _service(ws: Workspace) -> ConversionService:
    return ConversionService(dataclasses.replace(ws.ctx, clock=lambda: NOW))


def _probabilities(ws: Workspace) -> dict[object, float | None]:
    with transaction(ws.ctx.db, write=False) as s:
        return {i: p for i, p in s.execute(select(Lead.id, Lead.probability))}


def _stages(ws: Workspace) -> dict[object, Stage]:
    with transaction(ws.ctx.db, write=False) as s:
        return {i: st for i, st in s.execute(select(Lead.id, Lead.stage))}


def test_trained_from_an_import_it_scores_the_open_leads_and_reads_back_the_same(
    ws: Workspace, tmp_path: Path, db_url: str
) -> None:
    _import(ws, tmp_path, 1000, seed=2)
    report = _service(ws).train()
    assert report is not None
    m = report.metrics
    assert (m["n_train"], m["n_test"], report.rows_used) == (750, 250, 1000)
    assert report.auc >= 0.85 and report.brier < 0.6 * m["brier_base_rate"]  # 750 to learn from
    assert report.trained_at == NOW and m["trained_at"] == NOW.isoformat()
    assert "custom:total_time_spent_on_website" in report.features
    assert report.scored == OPEN
    stages, written = _stages(ws), _probabilities(ws)
    open_ids = [i for i, st in stages.items() if not st.is_closed]
    assert len(open_ids) == OPEN
    assert all(0.0 < (written[i] or 0) < 1.0 for i in open_ids)
    assert all(written[i] is None for i, st in stages.items() if st.is_closed)

    # restarted: the model read back from the database scores exactly the same
    clear_model_cache()
    again = open_workspace(db_url)
    try:
        service = _service(again)
        back = service.report()
        assert back is not None and back.model_id == report.model_id
        assert back.as_json() | {"scored": 0} == report.as_json() | {"scored": 0}
        with transaction(again.ctx.db) as s:  # forget them, then score again
            q.write_probabilities(s, [(i, None) for i in open_ids])
        assert service.score_open() == OPEN
        assert _probabilities(again) == written
    finally:
        again.close()

    # one lead's field changes: its probability follows in the caller's transaction
    lead = min(open_ids)
    record = ws.leads.get(lead)
    custom = dict(record.custom_fields)
    custom["total_time_spent_on_website"] = 1800
    custom["what_is_your_current_occupation"] = "Working Professional"
    saved = ws.leads.update(lead, {"custom_fields": custom}, expected_version=record.version)
    assert lead in saved.changes.leads  # the edit rescored it (rescore_in calls probability_in)
    ctx = dataclasses.replace(ws.ctx, clock=lambda: NOW)
    with transaction(ws.ctx.db) as s:
        assert probability_in(s, ctx, [lead]).leads == frozenset()  # nothing changed since
    after = _probabilities(ws)
    assert after[lead] is not None and after[lead] > (written[lead] or 0)
    assert {i: p for i, p in after.items() if i != lead} == {
        i: p for i, p in written.items() if i != lead
    }
    explained = _service(ws).explain(lead)
    assert explained is not None
    assert explained.probability == pytest.approx(after[lead], abs=1e-6)  # MariaDB: FLOAT
    assert len(explained.raising) == 3 and len(explained.lowering) == 3
    assert all(f.percent > 0 for f in explained.raising)
    assert all(f.percent < 0 for f in explained.lowering)
    raised = {f.column: f.value for f in explained.raising}
    assert raised.get("custom:total_time_spent_on_website") == "1800"


def test_too_little_history_is_refused_with_the_counts(
    ws: Workspace, tmp_path: Path, db_url: str
) -> None:
    _import(ws, tmp_path, 150, seed=5)
    service = _service(ws)
    with pytest.raises(TooLittleHistory) as caught:
        service.train()
    assert caught.value.params["closed"] == 150 and "150 closed leads" in caught.value.message
    assert service.report() is None
    refusal = service.last_refusal()
    assert refusal is not None and refusal["code"] == "model_too_little_history"
    assert not service.retrain_due(NOW + dt.timedelta(days=6))  # the refusal counts
    assert service.retrain_due(NOW + dt.timedelta(days=7))
    assert all(p is None for p in _probabilities(ws).values())

    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        assert main(["model", "train", "--db", db_url, "--json"]) == 1
        assert main(["model", "report", "--db", db_url]) == 1
    assert "150 closed leads" in err.getvalue() and "at least 200" in err.getvalue()
    refused = json.loads(out.getvalue().strip().splitlines()[-1])
    assert refused["refused"] == "model_too_little_history" and refused["closed"] == 150


def test_an_export_of_thousands_reaches_the_quality_bar_and_a_failed_model_is_not_used(
    sqlite_url: str, tmp_path: Path
) -> None:
    ws = open_workspace(sqlite_url)
    try:
        _import(ws, tmp_path, 3000, seed=3)
    finally:
        ws.close()
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(["model", "train", "--db", sqlite_url, "--json"]) == 0
    trained = json.loads(out.getvalue().strip().splitlines()[-1])
    assert trained["auc"] >= 0.91 and trained["brier"] <= 0.12, trained
    assert (trained["n_train"], trained["n_test"]) == (2250, 750)
    assert 0.5 <= trained["accuracy"] <= 1 and trained["trained_at"]
    assert "custom:what_is_your_current_occupation" in trained["features"]
    assert trained["scored"] == OPEN

    ws = open_workspace(sqlite_url)
    try:
        before = _probabilities(ws)
        service = ConversionService(ws.ctx)  # the clock the command line trained with
        useful = [c for c in ms.generate(1).rows[0] if c not in (*ms.NOISE, "Prospect ID")]
        service.set_excluded([_column(c) for c in useful])  # the owner leaves only noise
        with pytest.raises(ModelFailedCheck, match="not kept"):
            service.train()
        report = service.report()
        assert report is not None and str(report.model_id) == trained["model"]
        assert report.refused is not None and report.refused["code"] == "model_failed_check"
        assert _probabilities(ws) == before  # still the model that passed
    finally:
        ws.close()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["model", "report", "--db", sqlite_url, "--json"]) == 0
    shown = json.loads(out.getvalue().strip().splitlines()[-1])
    assert shown["auc"] == trained["auc"] and shown["refused"]["code"] == "model_failed_check"


def test_a_field_filled_after_the_outcome_and_an_excluded_one_are_left_out(
    sqlite_url: str, tmp_path: Path
) -> None:
    ws = open_workspace(sqlite_url)
    try:
        _import(ws, tmp_path, 800, seed=4, leaky=True)
        service = _service(ws)
        assert ("custom:lead_origin", "category") in service.columns()
        service.set_excluded(["custom:lead_origin"])
        assert service.excluded() == ["custom:lead_origin"]
        report = service.train()
    finally:
        ws.close()
    assert report is not None
    why = {d["column"]: d for d in report.dropped}
    for leak in ms.LEAKY:
        assert why[_column(leak)]["why"] == "leak"
        assert _column(leak) in why[_column(leak)]["reason"]
        assert _column(leak) not in report.features
    assert why["custom:lead_origin"]["why"] == "excluded"
    assert "custom:lead_origin" not in report.features
    assert all(c["column"] != "custom:lead_origin" for c in report.strongest)
    assert report.auc < 0.97  # it did not learn the answer


def test_a_closed_lead_counts_only_what_happened_before_it_closed(ws: Workspace) -> None:
    lead = ws.leads.create({"first_name": "Ada", "last_name": "Lovelace"}).value
    now = ws.ctx.clock()
    ws.activities.log(
        lead.id, "email", direction="outbound", occurred_at=now - dt.timedelta(days=3)
    )
    ws.activities.log(lead.id, "email", direction="inbound", occurred_at=now - dt.timedelta(days=2))
    ws.pipeline.move(lead.id, Stage.DISQUALIFIED, reason="no budget")
    later = ws.ctx.clock() + dt.timedelta(hours=1)
    ws.activities.log(lead.id, "call", direction="outbound", occurred_at=later)
    ws.activities.log(lead.id, "email", direction="outbound", occurred_at=later)
    with transaction(ws.ctx.db, write=False) as s:
        ((inputs, _),) = q.leads(s, [lead.id])
    from leaddesk.domain.model_inputs import InputShape, closed_at, outcome

    assert outcome(inputs) == 0
    closed = closed_at(inputs)
    assert closed is not None and now <= closed < later
    row = row_of(inputs, InputShape(), later + dt.timedelta(days=30))
    assert (row["activity:email"], row["activity:email:inbound"], row["activity:call"]) == (2, 1, 0)
    assert row["unanswered"] == 0  # the lead had answered; the call came after the close
    assert row["days_since:email"] == pytest.approx(
        (closed - now).total_seconds() / 86400 + 2, abs=0.01
    )


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    from leaddesk.store import schema
    from leaddesk.store.engine import open_database

    url = f"sqlite:///{tmp_path / 'model.sqlite'}"
    db = open_database(url)
    schema.upgrade(db)
    db.dispose()
    return url
