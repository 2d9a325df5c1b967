"""``leaddesk score rescore``: every out-of-date score worked out now, through the same
service the app's background rescore uses (after a rules change made on another
machine, or before a report that must not wait for the app).

Progress goes to stderr; the output says how many leads were rescored and how many
are MQL and SQL now. With ``--json`` the last line is one JSON object: rescored,
leads, mql, sql.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from leaddesk.config.settings import Settings


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    score = sub.add_parser("score", help="lead scoring")
    score_sub = score.add_subparsers(dest="score_command", metavar="ACTION", required=True)
    rescore = score_sub.add_parser(
        "rescore", parents=[common], help="rescore every lead whose score is out of date"
    )
    rescore.add_argument("--json", action="store_true", help="end with one JSON object")


def run(args: argparse.Namespace, url: str, settings: Settings) -> int:
    from leaddesk.services.workspace import open_workspace

    ws = open_workspace(url, default_region=settings.default_country, currency=settings.currency)
    try:
        done = [0]

        def progress(rescored: int, total: int) -> None:
            done[0] = rescored
            print(f"rescored {rescored} of {total}", file=sys.stderr, flush=True)

        ws.scoring.rescore_all(progress=progress)
        levels = ws.scoring.levels()
    finally:
        ws.close()
    figures = {"rescored": done[0], **levels}
    if args.json:
        print(json.dumps(figures))
    else:
        print(
            f"Rescored {figures['rescored']} leads; of {figures['leads']} leads, "
            f"{figures['mql']} are MQL and {figures['sql']} SQL."
        )
    return 0
