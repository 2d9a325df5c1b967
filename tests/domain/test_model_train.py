"""The conversion model learnt from generated closed leads (model_sample): it finds the
effects the generator put in and ignores its noise, is about as good as the generator's
own true probabilities allow, stays calibrated, refuses too little history and models
that fail their held-out check, and leaves out fields filled in after the outcome."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from leaddesk.domain import model_sample as ms
from leaddesk.domain.model_metrics import auc, brier
from leaddesk.domain.model_scoring import ConversionModel
from leaddesk.domain.model_train import (
    MIN_CLOSED,
    MIN_EACH,
    ModelFailedCheck,
    TooLittleHistory,
    split,
    train,
)

WHEN = "2025-06-01T09:00:00+00:00"


@pytest.fixture(scope="module")
def sample() -> ms.Sample:
    return ms.generate(8000, seed=1)


@pytest.fixture(scope="module")
def model(sample: ms.Sample) -> ConversionModel:
    return train(ms.specs(), sample.rows, sample.outcomes, trained_at=WHEN, exclude=["Lead Number"])


def _weight(model: ConversionModel, column: str, level: str) -> float:
    i = model.features.index(column)
    return model.weights[i][model.encoders[i].labels().index(level)]


def test_the_generator_is_honest_not_perfect(sample: ms.Sample) -> None:
    y = np.array(sample.outcomes)
    assert 0.30 <= y.mean() <= 0.40
    assert 0.93 <= auc(y, sample.truth) <= 0.95  # the best any model can do
    assert ms.generate(50, seed=4).rows == ms.generate(50, seed=4).rows  # seeded


def test_held_out_quality_is_near_the_best_possible(model: ConversionModel) -> None:
    m = model.metrics
    assert m["auc"] >= 0.91 and m["brier"] <= 0.12
    assert m["brier"] < m["brier_base_rate"] / 2
    assert m["n_train"] == 6000 and m["n_test"] == 2000
    assert 0.35 <= m["cutoff"] <= 0.65 and m["accuracy"] >= 0.84
    assert m["trained_at"] == model.trained_at == WHEN
    assert "Lead Number" not in m["features"] and m["features"] == list(model.features)
    assert model.settings["C"] in (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)


def test_probabilities_are_calibrated(model: ConversionModel) -> None:
    curve = model.metrics["reliability"]
    assert sum(b["count"] for b in curve) == model.metrics["n_test"]
    for b in curve:
        p = b["mean_predicted"]
        assert b["lo"] <= p <= b["hi"]
        tolerance = 0.02 + 3 * math.sqrt(max(p * (1 - p), 0.01) / b["count"])
        assert abs(b["observed"] - p) <= tolerance, b
    assert model.metrics["calibration_error"] <= 0.035


def test_it_recovers_the_effects_the_generator_put_in(model: ConversionModel) -> None:
    w = _weight
    assert w(model, "What is your current occupation", "Working Professional") > 0.8
    assert w(model, "What is your current occupation", "(missing)") < 0  # blank and "Select"
    assert w(model, "Specialization", "(missing)") < 0
    assert w(model, "Lead Origin", "Lead Add Form") > 0.5
    assert w(model, "Lead Source", "Welingak Website") > 0.5
    assert w(model, "Last Activity", "SMS Sent") > 0 > w(model, "Last Activity", "Email Bounced")
    assert w(model, "Do Not Email", "yes") < -0.5
    assert w(model, "Total Time Spent on Website", "per standard deviation") > 0.5
    assert w(model, "Job Title", "manager") > 0 > w(model, "Job Title", "student")


def test_real_effects_outrank_every_noise_column(model: ConversionModel) -> None:
    importance = dict(model.importance())
    # TotalVisits' true effect is small and mostly shared with the time on the website
    strong = [importance[c] for c in ms.EFFECTS if c != "TotalVisits"]
    noise = [importance[c] for c in ms.NOISE if c in importance]
    assert min(strong) > max(noise)
    assert max(importance, key=importance.__getitem__) == "Total Time Spent on Website"
    top = {c.column for c in model.strongest(8)}
    assert top <= set(ms.EFFECTS), top


def test_stored_as_plain_data_it_scores_exactly_the_same(
    model: ConversionModel, sample: ms.Sample
) -> None:
    text = model.to_json()
    assert "pickle" not in text and text.startswith("{")
    again = ConversionModel.from_json(text)
    rows = sample.rows[:500]
    assert again.probabilities(rows) == model.probabilities(rows)
    assert [again.probability(r) for r in rows] == [model.probability(r) for r in rows]
    assert again.to_json() == text
    one = [model.probability(r) for r in rows]
    assert np.allclose(one, model.probabilities(rows), rtol=0, atol=1e-12)


def test_a_stored_model_from_elsewhere_is_refused() -> None:
    with pytest.raises(ValueError, match="Not a conversion model"):
        ConversionModel.from_dict({"format": "sklearn-pickle", "version": 1})


def test_an_explanation_sums_to_the_leads_log_odds(
    model: ConversionModel, sample: ms.Sample
) -> None:
    for row in sample.rows[:300]:
        e = model.explain(row)
        assert e.intercept + sum(f.log_odds for f in e.factors) == pytest.approx(e.log_odds)
        assert e.log_odds == pytest.approx(model.log_odds(row), abs=1e-9)
        assert e.probability == pytest.approx(model.probability(row), abs=1e-12)
        assert len(e.raising) <= 3 and len(e.lowering) <= 3
        assert all(f.log_odds > 0 and f.percent > 0 for f in e.raising)
        assert all(f.log_odds < 0 and f.percent < 0 for f in e.lowering)
        ups = [f.log_odds for f in e.raising]
        assert ups == sorted(ups, reverse=True)
        assert {f.column for f in e.factors} == set(model.features)


def test_a_working_professional_is_told_why(model: ConversionModel) -> None:
    lead = {"What is your current occupation": "Working Professional", "Do Not Email": "Yes",
            "Total Time Spent on Website": 1500, "Lead Source": "Google"}  # fmt: skip
    e = model.explain(lead)
    up = {f.column: f for f in e.raising}
    assert "What is your current occupation" in up
    assert up["What is your current occupation"].value == "Working Professional"
    assert 3 < up["What is your current occupation"].percent < 100  # percentage points
    down = {f.column: f for f in e.lowering}
    assert down["Do Not Email"].value == "Yes"


def test_placeholders_score_as_missing(model: ConversionModel, sample: ms.Sample) -> None:
    lead = dict(sample.rows[0])
    scores = set()
    for blank in (None, "", "Select", " select ", "N/A", "-", "unknown"):
        lead["Specialization"] = blank
        lead["What is your current occupation"] = blank
        scores.add(model.probability(lead))
    assert len(scores) == 1
    lead["Specialization"] = "Finance Management"
    assert model.probability(lead) not in scores


def test_scoring_one_lead_takes_well_under_a_millisecond(
    model: ConversionModel, sample: ms.Sample
) -> None:
    import time

    took = []
    for row in sample.rows[:200]:
        t = time.perf_counter()
        model.probability(row)
        took.append(time.perf_counter() - t)
    assert sorted(took)[100] < 0.001


def test_scoring_a_stored_model_loads_neither_scikit_learn_nor_at_import_numpy(
    model: ConversionModel, sample: ms.Sample, tmp_path: Path
) -> None:
    stored = tmp_path / "model.json"
    stored.write_text(model.to_json(), encoding="utf-8")
    probe = (
        "import json, sys\n"
        "from leaddesk.domain.model_scoring import ConversionModel\n"
        "early = 'numpy' in sys.modules\n"
        f"m = ConversionModel.from_json(open({str(stored)!r}, encoding='utf-8').read())\n"
        f"row = json.loads({json.dumps(json.dumps(sample.rows[3]))})\n"
        "print(json.dumps([early, m.probability(row), m.probabilities([row])[0],\n"
        "                  'sklearn' in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    early, one, many, sklearn = json.loads(out.stdout.strip().splitlines()[-1])
    assert not early and not sklearn
    assert one == model.probability(sample.rows[3])
    assert many == model.probabilities([sample.rows[3]])[0]


def test_too_little_history_is_refused_with_the_counts() -> None:
    s = ms.generate(150, seed=2)
    with pytest.raises(TooLittleHistory) as caught:
        train(ms.specs(), s.rows, s.outcomes, trained_at=WHEN)
    exc = caught.value
    assert exc.code == "model_too_little_history"
    assert exc.params["closed"] == 150 and exc.params["need_closed"] == MIN_CLOSED == 200
    assert "150 closed leads" in exc.message and "at least 200" in exc.message

    s = ms.generate(600, seed=2)
    outcomes = [0] * 580 + [1] * 20  # plenty of leads, too few customers
    with pytest.raises(TooLittleHistory) as caught:
        train(ms.specs(), s.rows, outcomes, trained_at=WHEN)
    assert caught.value.params["customers"] == 20 and caught.value.params["need_each"] == MIN_EACH
    assert "20 customers" in caught.value.message and f"{MIN_EACH} of each" in caught.value.message


def test_a_model_that_fails_its_held_out_check_is_refused() -> None:
    s = ms.generate(1200, seed=5)
    rng = np.random.default_rng(1005)  # not the generator's own stream
    coin = [int(v) for v in rng.random(1200) < 0.35]  # outcomes nothing predicts
    with pytest.raises(ModelFailedCheck) as caught:
        train(ms.specs(), s.rows, coin, trained_at=WHEN)
    exc = caught.value
    assert exc.params["reason"] in ("auc", "brier")
    held_out_auc = exc.params["auc"]
    assert isinstance(held_out_auc, float) and held_out_auc < 0.65
    assert "was not kept" in exc.message


def test_the_split_is_stratified_and_seeded() -> None:
    y = np.array([1.0] * 300 + [0.0] * 700)
    fit, held = split(y, 0.25, seed=3)
    assert len(held) == 250 and y[held].sum() == 75
    assert set(fit) | set(held) == set(range(1000)) and not set(fit) & set(held)
    again = split(y, 0.25, seed=3)
    assert (again[1] == held).all() and not (split(y, 0.25, seed=4)[1] == held).all()


def test_fields_filled_after_the_outcome_are_left_out_and_the_model_stays_good() -> None:
    s = ms.generate(6000, seed=2, leaky=True)
    m = train(ms.specs(leaky=True), s.rows, s.outcomes, trained_at=WHEN, exclude=["Campaign Code"])
    why = {d["column"]: d for d in m.dropped}
    assert why["Tags"]["why"] == "leak" and why["Amount Paid"]["why"] == "leak"
    assert "filled in after the outcome" in why["Tags"]["reason"]
    assert why["Campaign Code"]["why"] == "excluded"
    assert not {"Tags", "Amount Paid", "Campaign Code"} & set(m.features)
    assert m.metrics["auc"] >= 0.91 and m.metrics["brier"] <= 0.12
    assert len(m.features) == len(ms.specs()) - 1 - len(
        [d for d in m.dropped if d["why"] == "constant"]
    )
    y = np.array(s.outcomes)
    assert m.metrics["auc"] <= auc(y, s.truth) + 0.02  # it could not have seen the answer
    assert brier(y, s.truth) < 0.12
