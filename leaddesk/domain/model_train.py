"""Training the conversion model from a team's closed leads.

``train(specs, rows, outcomes, trained_at=...)`` gives a ConversionModel (plain data,
model_scoring) or raises a ModelRefused saying why. The steps, and why each:

1. Enough history: at least 200 closed leads and 30 of each outcome, or TooLittleHistory
   with the counts (a model from 40 leads would rank by chance and look confident).
2. A stratified, seeded hold-out split (25 % by default): the same leads give the same
   split, and both parts keep the base rate. Everything below learns from the training
   part only; the held-out part is touched once, to measure.
3. Encoders fitted on the training part (model_features); columns the owner excluded,
   columns that are the same for every lead and columns that give the answer away
   (model_leakage) left out, each with its reason.
4. L2 logistic regression (scikit-learn, lbfgs on a sparse matrix) with C chosen by
   stratified 4-fold cross-validation on the training part, by out-of-fold log loss
   over a short grid, each fold warm-started along the grid.
5. Platt calibration fitted on the chosen C's out-of-fold log-odds (not on the final
   model's own training fit, which is over-confident on leads it has seen); the cut-off
   is the out-of-fold accuracy's best.
6. The final fit on the whole training part, measured on the held-out part: ROC AUC,
   Brier, log loss, accuracy at the cut-off, the reliability curve. A model whose AUC is
   not above ``auc_floor`` or whose Brier is not below always saying the base rate is
   refused (ModelFailedCheck): the caller keeps the model it had.

scikit-learn is imported inside ``train`` only: the app's start and scoring never load it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from leaddesk.domain import model_metrics as mm
from leaddesk.domain.model_features import Encoder, FeatureSpec, fit_encoder
from leaddesk.domain.model_leakage import leaks
from leaddesk.domain.model_scoring import ConversionModel
from leaddesk.errors import LeadDeskError

MIN_CLOSED = 200
MIN_EACH = 30
AUC_FLOOR = 0.6
C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
FOLDS = 4

Progress = Callable[[str, float], None]  # (step, fraction done 0..1)


class ModelRefused(LeadDeskError):
    """No model came out of training; the one in use (if any) stays."""

    code = "model_refused"


class TooLittleHistory(ModelRefused):
    code = "model_too_little_history"


class ModelFailedCheck(ModelRefused):
    code = "model_failed_check"


def _check_history(y: NDArray[np.float64]) -> None:
    closed, customers = len(y), int(y.sum())
    others = closed - customers
    if closed >= MIN_CLOSED and min(customers, others) >= MIN_EACH:
        return
    raise TooLittleHistory(
        f"Too little history to learn from: {closed} closed leads ({customers} customers, "
        f"{others} not), and the model needs at least {MIN_CLOSED} closed leads with at "
        f"least {MIN_EACH} of each outcome.",
        params={"closed": closed, "customers": customers, "others": others,
                "need_closed": MIN_CLOSED, "need_each": MIN_EACH},
    )  # fmt: skip


def split(y: NDArray[np.float64], share: float, seed: int) -> tuple[NDArray[Any], NDArray[Any]]:
    """Stratified, seeded: the indices of the training and of the held-out part."""
    rng = np.random.default_rng(seed)
    test: list[NDArray[Any]] = []
    for outcome in (0.0, 1.0):
        members = rng.permutation(np.flatnonzero(y == outcome))
        test.append(members[: round(share * len(members))])
    held = np.sort(np.concatenate(test))
    mask = np.zeros(len(y), dtype=bool)
    mask[held] = True
    return np.flatnonzero(~mask), held


def _matrix(encoders: Sequence[Encoder], columns: Sequence[Sequence[object]], n: int) -> Any:
    from scipy import sparse

    blocks_r, blocks_c, blocks_x, offset = [], [], [], 0
    for enc, values in zip(encoders, columns, strict=True):
        r, c, x = enc.batch(values)
        blocks_r.append(r)
        blocks_c.append(c + offset)
        blocks_x.append(x)
        offset += enc.width
    rows, cols, data = (np.concatenate(b) for b in (blocks_r, blocks_c, blocks_x))
    return sparse.csr_matrix((data, (rows, cols)), shape=(n, offset))


def _platt(z: NDArray[np.float64], y: NDArray[np.float64]) -> tuple[float, float]:
    """slope, shift of the logistic fit of y on z (Newton's method, two parameters)."""
    a, b = 1.0, 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(a * z + b)))
        g = np.array([np.sum((p - y) * z), np.sum(p - y)])
        w = p * (1 - p)
        h = np.array([[np.sum(w * z * z), np.sum(w * z)], [np.sum(w * z), np.sum(w)]])
        step = np.linalg.solve(h + 1e-9 * np.eye(2), g)
        a, b = a - float(step[0]), b - float(step[1])
        if np.max(np.abs(step)) < 1e-10:
            break
    return a, b


def _choose_c(x: Any, y: NDArray[np.float64], seed: int, report: Progress) -> tuple[float, Any]:
    """The C with the lowest out-of-fold log loss, and its out-of-fold log-odds."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    oof = np.zeros((len(C_GRID), len(y)))
    for k, (fit, held) in enumerate(folds.split(np.zeros(len(y)), y)):
        model = LogisticRegression(solver="lbfgs", max_iter=300, tol=1e-4, warm_start=True)
        for i, c in enumerate(C_GRID):
            model.set_params(C=c)
            model.fit(x[fit], y[fit])
            oof[i, held] = model.decision_function(x[held])
        report("cross-validation", (k + 1) / (FOLDS + 1))
    losses = [mm.log_loss(y, 1.0 / (1.0 + np.exp(-z))) for z in oof]
    best = int(np.argmin(losses))
    return C_GRID[best], oof[best]


def train(
    specs: Sequence[FeatureSpec],
    rows: Sequence[Mapping[str, object]],
    outcomes: Sequence[int | bool],
    *,
    trained_at: dt.datetime | str,
    exclude: Sequence[str] = (),
    seed: int = 0,
    test_share: float = 0.25,
    min_count: int | None = None,
    auc_floor: float = AUC_FLOOR,
    progress: Progress | None = None,
) -> ConversionModel:
    """A calibrated model of P(customer) from closed leads (outcome 1 = customer, 0 =
    not), or ModelRefused. ``trained_at`` is the caller's clock (no hidden now()).
    ``exclude`` names columns the owner left out; ``min_count`` is the least count of a
    category level or title word to get its own weight (default: 10, or 0.2 % of the
    training part on larger histories). ``progress`` hears (step, fraction)."""
    from sklearn.linear_model import LogisticRegression

    report: Progress = progress or (lambda _s, _f: None)
    if len(rows) != len(outcomes):
        raise ValueError(f"{len(rows)} rows but {len(outcomes)} outcomes.")
    y_all = np.array([1.0 if o else 0.0 for o in outcomes])
    _check_history(y_all)
    fit_idx, test_idx = split(y_all, test_share, seed)
    y, y_test = y_all[fit_idx], y_all[test_idx]
    fit_rows = [rows[i] for i in fit_idx]
    test_rows = [rows[i] for i in test_idx]
    floor = min_count if min_count is not None else max(10, round(0.002 * len(fit_idx)))
    report("encoding", 0.0)

    dropped: list[dict[str, Any]] = []
    wanted = []
    for spec in specs:
        if spec.column in exclude:
            dropped.append({"column": spec.column, "why": "excluded",
                            "reason": f"{spec.column} was excluded by the owner."})  # fmt: skip
        else:
            wanted.append(spec)
    encoders, columns = [], []
    for spec in wanted:
        values = [r.get(spec.column) for r in fit_rows]
        enc = fit_encoder(spec, values, min_count=floor)
        if _constant(enc, values):
            dropped.append({"column": spec.column, "why": "constant",
                            "reason": f"{spec.column} is the same for every lead."})  # fmt: skip
            continue
        encoders.append(enc)
        columns.append(values)
    for leak in leaks(encoders, columns, y):
        dropped.append({"column": leak.column, "why": "leak", "auc": leak.auc,
                        "reason": leak.reason})  # fmt: skip
        i = [e.column for e in encoders].index(leak.column)
        del encoders[i], columns[i]
    if not encoders:
        raise ModelFailedCheck(
            "No column is left to learn from.", params={"reason": "no_features", "dropped": dropped}
        )
    x = _matrix(encoders, columns, len(fit_idx))

    c, oof = _choose_c(x, y, seed, report)
    slope, shift = _platt(oof, y)
    cutoff = mm.best_cutoff(y, 1.0 / (1.0 + np.exp(-(slope * oof + shift))))
    final = LogisticRegression(C=c, solver="lbfgs", max_iter=500, tol=1e-5).fit(x, y)
    coef = final.coef_[0]
    report("measuring", FOLDS / (FOLDS + 1))

    weights, means, spreads, offset = [], [], [], 0
    for enc in encoders:
        w = coef[offset : offset + enc.width]
        part = x[:, offset : offset + enc.width] @ w
        weights.append(tuple(float(v) for v in w))
        means.append(float(part.mean()))
        spreads.append(float(part.std()))
        offset += enc.width
    model = ConversionModel(
        encoders=tuple(encoders),
        weights=tuple(weights),
        intercept=float(final.intercept_[0]),
        means=tuple(means),
        spreads=tuple(spreads),
        slope=slope,
        shift=shift,
        cutoff=cutoff,
        trained_at=trained_at.isoformat() if isinstance(trained_at, dt.datetime) else trained_at,
        dropped=tuple(dropped),
        settings={"C": c, "folds": FOLDS, "seed": seed, "test_share": test_share,
                  "min_count": floor, "auc_floor": auc_floor},
    )  # fmt: skip
    p_test = 1.0 / (1.0 + np.exp(-model.log_odds_many(test_rows)))
    metrics = _measured(model, y, y_test, p_test)
    model = _with_metrics(model, metrics)
    report("done", 1.0)
    _check_held_out(metrics, auc_floor)
    return model


def _constant(enc: Encoder, values: Sequence[object]) -> bool:
    _, c, x = enc.batch(values)
    n = len(values)
    if not n:
        return True
    dense = np.zeros((enc.width,))
    squares = np.zeros((enc.width,))
    np.add.at(dense, c, x)
    np.add.at(squares, c, x * x)
    variance = squares / n - (dense / n) ** 2
    return bool(np.all(variance < 1e-12))


def _measured(
    model: ConversionModel, y: NDArray[np.float64], y_test: NDArray[np.float64], p: Any
) -> dict[str, Any]:
    base = float(y.mean())
    curve = mm.reliability(y_test, p)
    return {
        "auc": round(mm.auc(y_test, p), 4),
        "brier": round(mm.brier(y_test, p), 4),
        "brier_base_rate": round(mm.brier(y_test, np.full(len(y_test), base)), 4),
        "log_loss": round(mm.log_loss(y_test, p), 4),
        "accuracy": round(mm.accuracy(y_test, p, model.cutoff), 4),
        "cutoff": model.cutoff,
        "reliability": curve,
        "calibration_error": round(mm.calibration_error(curve), 4),
        "base_rate": round(base, 4),
        "n_train": len(y),
        "n_test": len(y_test),
        "customers_train": int(y.sum()),
        "customers_test": int(y_test.sum()),
        "features": list(model.features),
        "trained_at": model.trained_at,
    }


def _with_metrics(model: ConversionModel, metrics: dict[str, Any]) -> ConversionModel:
    import dataclasses

    return dataclasses.replace(model, metrics=metrics)


def _check_held_out(metrics: dict[str, Any], auc_floor: float) -> None:
    auc, brier, base = metrics["auc"], metrics["brier"], metrics["brier_base_rate"]
    if auc <= auc_floor:
        reason, why = "auc", f"its held-out AUC {auc:.3f} is not above {auc_floor:.2f}"
    elif brier >= base:
        reason = "brier"
        why = f"its held-out Brier score {brier:.4f} is no better than the base rate's {base:.4f}"
    else:
        return
    raise ModelFailedCheck(
        f"The new model was not kept: {why}. The fields given do not predict who becomes "
        "a customer well enough; the model in use (if any) stays.",
        params={"reason": reason, "auc": auc, "brier": brier, "brier_base_rate": base,
                "auc_floor": auc_floor, "metrics": metrics},
    )  # fmt: skip
