"""Suite `scoring`: the conversion model trained through the service on a database of
generated leads (leaddesk/domain/model_sample.py, 35 columns shaped like a real
marketing export), imported the way an owner imports an export: a CSV whose columns
become custom fields (of the kinds the import wizard suggests) and whose outcome
column becomes the stage (1 Customer, 0 Disqualified); a further 1 % of rows have no
outcome and stay open.

import_s: that import (not part of training). train_s: ``ConversionService.train`` on
the N closed leads: reading them from the database a page at a time, the split,
encoders, leakage guard, cross-validated C, calibration, the final fit and held-out
measurement (scikit-learn's import included, as a first Train now pays it), storing
the model and writing the open leads' probabilities; read_s, fit_s and score_open_s
are its parts. auc, brier, accuracy, n_train, n_test: on the held-out quarter.
bayes_auc, bayes_brier: what the generator's true probabilities score on the same
leads, the best any model can do. probability_in_ms: ``probability_in`` for one open
lead inside a transaction (the cached model, the lead read, its probability written),
the median of 200. predict_100k_s: probabilities of 100,000 leads from the model read
back from the database; probability_one_ms: one lead's probability and explanation
(pure Python), the median of 1,000.

rescore_100k_s, rescore_again_s, score_one_ms: the rules' part (suite ``rescore``,
benchmarks/rescore.py, in a process of its own) on a demo database of the same
number of leads with their timelines, made beside this one (the model's leads have
no actions to score).
"""

from __future__ import annotations

import csv
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.scratch import scratch_database
from leaddesk.domain import model_metrics as mm
from leaddesk.domain import model_sample
from leaddesk.domain.import_mapping import ImportMapping
from leaddesk.domain.model_inputs import InputShape, row_of
from leaddesk.domain.model_scoring import ConversionModel
from leaddesk.services.conversion import ConversionService, probability_in
from leaddesk.services.imports import ImportOptions
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.store import conversion as q
from leaddesk.store.engine import normalize_url
from leaddesk.store.session import transaction

OPEN_SHARE = 0.01


def import_export(ws: Workspace, sample: model_sample.Sample, closed: int, folder: Path) -> None:
    """The first ``closed`` rows of ``sample`` as closed leads, the rest open."""
    columns = [c for c in sample.rows[0] if c not in ("Prospect ID", "Job Title")]
    path = folder / "lead_scoring.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Prospect ID", "Job Title", *columns, "Converted"])
        for i, (row, y) in enumerate(zip(sample.rows, sample.outcomes, strict=True)):
            cells = [row[c] for c in ("Prospect ID", "Job Title", *columns)]
            out.writerow([*("" if v is None else v for v in cells), y if i < closed else ""])
    for c in columns:
        kind, choices = ws.custom_fields.suggest(r[c] for r in sample.rows[:5000])
        ws.custom_fields.create(c, kind, choices)
    mapping = ImportMapping.from_json(
        {
            "columns": {
                "Prospect ID": "last_name",
                "Job Title": "job_title",
                "Converted": "stage",
                **{c: f"custom:{c}" for c in columns},
            },
            "values": {"stage": {"1": "customer", "0": "disqualified"}},
        }
    )
    report = ws.imports.run(path, ImportOptions(mapping=mapping, on_duplicate="create"))
    if report.rejected:
        raise SystemExit(f"the import rejected {report.rejected} rows: {report.rejects[:3]}")


def run(url: str, leads: int) -> dict[str, Any]:
    opened = max(1, round(OPEN_SHARE * leads))
    print(f"generating {leads} closed and {opened} open leads…", file=sys.stderr)
    sample = model_sample.generate(leads + opened, seed=11)
    ws = open_workspace(url)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            print("importing them…", file=sys.stderr)
            t = time.perf_counter()
            import_export(ws, sample, leads, Path(tmp))
            import_s = time.perf_counter() - t
        figures = _train(ws)
    finally:
        ws.close()
    y = np.array(sample.outcomes[:leads])
    truth = sample.truth[:leads]
    return {
        "leads": leads,
        "columns": len(model_sample.specs()),
        "import_s": round(import_s, 1),
        **figures,
        "bayes_auc": round(mm.auc(y, truth), 4),
        "bayes_brier": round(mm.brier(y, truth), 4),
        **_predict(url),
        **_rules(url, leads),
    }


def _rules(url: str, leads: int) -> dict[str, Any]:
    """Suite ``rescore`` in a process of its own, as an app that opened the database
    would run it: this one holds the generated sample's millions of objects, which
    every full collection of Python's cycle collector walks (about 4 s of a rescore)."""
    command = [sys.executable, "-m", "benchmarks.run", "rescore", "--leads", str(leads)]
    server = normalize_url(url).get_backend_name() != "sqlite"
    # on a server the child makes (and drops) a database of its own
    with scratch_database(None if server else url, fresh=True) as beside:
        done = subprocess.run(
            [*command, "--db", url if server else beside],
            check=True,
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    keys = ("rescore_100k_s", "rescore_again_s", "score_one_ms", "mql", "sql")
    return {k: found[k] for k in keys}


def _train(ws: Workspace) -> dict[str, Any]:
    service = ConversionService(ws.ctx)
    marks: dict[str, float] = {}

    def progress(step: str, _fraction: float) -> None:
        marks.setdefault(step, time.perf_counter())

    print("training through the service…", file=sys.stderr)
    t = time.perf_counter()
    report = service.train(progress=progress)
    train_s = time.perf_counter() - t
    assert report is not None
    end = time.perf_counter()
    scoring = marks.get("scoring", marks.get("done", end))
    fitting = marks.get("training", scoring)
    m = report.metrics
    return {
        "train_s": round(train_s, 2),
        "read_s": round(fitting - t, 2),
        "fit_s": round(scoring - fitting, 2),
        "score_open_s": round(end - scoring, 2),
        "auc": m["auc"],
        "brier": m["brier"],
        "accuracy": m["accuracy"],
        "calibration_error": m["calibration_error"],
        "n_train": m["n_train"],
        "n_test": m["n_test"],
        "features": len(report.features),
        "open_scored": report.scored,
        "probability_in_ms": _probability_in_ms(ws),
    }


def _probability_in_ms(ws: Workspace) -> float:
    with transaction(ws.ctx.db, write=False) as s:
        found = q.page(s, closed=False, after=None, limit=200)
    took = []
    for lead, _ in found:
        with transaction(ws.ctx.db) as s:
            t = time.perf_counter()
            probability_in(s, ws.ctx, [lead.id])
            took.append(time.perf_counter() - t)
    return round(1000 * statistics.median(took), 3)


def _predict(url: str) -> dict[str, Any]:
    """The model and the open leads read back by a workspace of its own (as after a
    restart), the leads repeated to 100,000."""
    ws = open_workspace(url)
    try:
        with transaction(ws.ctx.db, write=False) as s:
            row = q.active_model(s)
            assert row is not None
            model = ConversionModel.from_dict(row.data)
            shape = InputShape.from_dict(row.data["inputs"])
            found = q.page(s, closed=False, after=None, limit=1000)
        rows = [row_of(lead, shape, ws.ctx.clock()) for lead, _ in found]
    finally:
        ws.close()
    many = (rows * (100_000 // len(rows) + 1))[:100_000]
    t = time.perf_counter()
    model.probabilities(many)
    predict_s = time.perf_counter() - t
    one = []
    for r in rows:
        t = time.perf_counter()
        model.probability(r)
        model.explain(r)
        one.append(time.perf_counter() - t)
    return {
        "predict_100k_s": round(predict_s, 2),
        "probability_one_ms": round(1000 * statistics.median(one), 3),
    }
