"""Suite `scoring`: the conversion model on generated closed leads
(leaddesk/domain/model_sample.py, 35 columns shaped like a real marketing export).

train_s: ``model_train.train`` on N leads (split, encoders, leakage guard, cross-validated
C, calibration, the final fit and the held-out measurement; scikit-learn's import
included, as a first Train now pays it). auc, brier, accuracy: on the held-out quarter.
bayes_auc, bayes_brier: what the generator's true probabilities score on the same
leads, the best any model can do. predict_100k_s: probabilities of 100,000 leads from
the model read back from its JSON; probability_one_ms: one lead's probability and
explanation (pure Python), the median of 1,000. The database is not used: the point
rules' figures (rescore_100k_s, score_one_ms) belong here once rules exist.
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import Any

import numpy as np

from leaddesk.domain import model_metrics as mm
from leaddesk.domain import model_sample
from leaddesk.domain.model_scoring import ConversionModel
from leaddesk.domain.model_train import train


def run(url: str, leads: int) -> dict[str, Any]:
    del url  # the model's maths needs no database
    print(f"generating {leads} closed leads…", file=sys.stderr)
    sample = model_sample.generate(leads, seed=11)
    print("training…", file=sys.stderr)
    t = time.perf_counter()
    model = train(
        model_sample.specs(), sample.rows, sample.outcomes, trained_at="2025-06-01T09:00:00"
    )
    train_s = time.perf_counter() - t

    stored = ConversionModel.from_json(model.to_json())
    many = (sample.rows * (100_000 // max(1, len(sample.rows)) + 1))[:100_000]
    t = time.perf_counter()
    stored.probabilities(many)
    predict_s = time.perf_counter() - t

    one = []
    for row in sample.rows[:1000]:
        t = time.perf_counter()
        stored.probability(row)
        stored.explain(row)
        one.append(time.perf_counter() - t)

    y = np.array(sample.outcomes)
    m = model.metrics
    return {
        "leads": leads,
        "columns": len(model_sample.specs()),
        "features": len(model.features),
        "train_s": round(train_s, 2),
        "auc": m["auc"],
        "brier": m["brier"],
        "accuracy": m["accuracy"],
        "calibration_error": m["calibration_error"],
        "n_train": m["n_train"],
        "n_test": m["n_test"],
        "bayes_auc": round(mm.auc(y, sample.truth), 4),
        "bayes_brier": round(mm.brier(y, sample.truth), 4),
        "predict_100k_s": round(predict_s, 2),
        "probability_one_ms": round(1000 * statistics.median(one), 3),
    }
