"""``leaddesk model train`` and ``leaddesk model report``: the conversion model from the
command line, through the same service the app's Train now uses.

With ``--json`` the last line of the output is one JSON object: auc, brier, accuracy,
n_train, n_test (measured on the held-out part), features, trained_at and more. A
training that is refused (too little history, or a model that failed its held-out
check) prints why, with the counts, and exits with 1; the model in use stays.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from leaddesk.config.settings import Settings

if TYPE_CHECKING:
    from leaddesk.services.conversion import ConversionService, ModelReport

REFUSED = 1  # the exit status of a refused training, or of a report with no model


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    model = sub.add_parser("model", help="the conversion probability model")
    model_sub = model.add_subparsers(dest="model_command", metavar="ACTION", required=True)
    train = model_sub.add_parser(
        "train", parents=[common], help="train on the closed leads and score the open ones"
    )
    train.add_argument("--json", action="store_true", help="end with one JSON object")
    report = model_sub.add_parser("report", parents=[common], help="the model in use")
    report.add_argument("--json", action="store_true", help="end with one JSON object")


def run(args: argparse.Namespace, url: str, settings: Settings) -> int:
    from leaddesk.services.conversion import ConversionService
    from leaddesk.services.workspace import open_workspace

    ws = open_workspace(url, default_region=settings.default_country, currency=settings.currency)
    try:
        service = ConversionService(ws.ctx)
        if args.model_command == "train":
            return _train(service, args.json)
        return _report(service, args.json)
    finally:
        ws.close()


def _train(service: ConversionService, as_json: bool) -> int:
    from leaddesk.domain.model_train import ModelRefused

    def progress(step: str, fraction: float) -> None:
        print(f"{step}: {100 * fraction:.0f} %", file=sys.stderr, flush=True)

    try:
        report = service.train(progress=progress)
    except ModelRefused as exc:
        print(f"leaddesk: {exc.message}", file=sys.stderr)
        if as_json:
            print(json.dumps({"refused": exc.code, "message": exc.message, **_counts(exc)}))
        return REFUSED
    assert report is not None  # nothing cancels it here
    _show(report, as_json)
    return 0


def _counts(exc: Any) -> dict[str, Any]:
    keep = ("closed", "customers", "others", "need_closed", "need_each", "reason", "auc", "brier")
    return {k: v for k, v in exc.params.items() if k in keep}


def _report(service: ConversionService, as_json: bool) -> int:
    report = service.report()
    if report is None:
        refusal = service.last_refusal()
        why = f" The last training was refused: {refusal['message']}" if refusal else ""
        print(f"leaddesk: no conversion model has been trained yet.{why}", file=sys.stderr)
        if as_json:
            print(json.dumps({"model": None, "refused": refusal}))
        return REFUSED
    _show(report, as_json)
    return 0


def _show(report: ModelReport, as_json: bool) -> None:
    m = report.metrics
    print(
        f"Model of {report.trained_at:%Y-%m-%d %H:%M} on {m['n_train']} + {m['n_test']} "
        f"closed leads: held-out ROC AUC {m['auc']:.3f}, Brier {m['brier']:.4f} "
        f"(always the base rate: {m['brier_base_rate']:.4f}), accuracy {m['accuracy']:.3f} "
        f"at {m['cutoff']:.2f}; {len(report.features)} columns used"
        + (f", {report.scored} open leads scored." if report.scored else "."),
        file=sys.stderr if as_json else sys.stdout,
    )
    if not as_json:
        for c in report.strongest[:10]:
            print(f"  {c['column']} = {c['level']}: ×{c['odds_ratio']:.2f} odds")
        for d in report.dropped:
            if d.get("why") != "constant":
                print(f"  left out: {d['reason']}")
        if report.refused:
            print(f"  a later training was refused: {report.refused['message']}")
        return
    print(json.dumps(report.as_json(), ensure_ascii=False))
