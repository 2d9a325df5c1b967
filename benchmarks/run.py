"""Benchmarks: `python -m benchmarks.run SUITE [--leads N] [--db URL]`.

Prints progress on stderr and one JSON object of figures as the last line
of stdout. A server URL names a server: the suite works in a scratch
database it creates there and drops afterwards.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import (
    board,
    capture,
    distribution,
    foundation,
    imports,
    insights,
    lead,
    messaging,
    rescore,
    scoring,
    shell,
    vcard,
)
from benchmarks.scratch import scratch_database

SUITES = {
    "board": board.run,
    "capture": capture.run,
    "distribution": distribution.run,
    "foundation": foundation.run,
    "import": imports.run,
    "insights": insights.run,
    "lead": lead.run,
    "messaging": messaging.run,
    "rescore": rescore.run,
    "scoring": scoring.run,
    "shell": shell.run,
    "vcard": vcard.run,
}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("suite", choices=sorted(SUITES))
    p.add_argument("--leads", type=int, default=100_000)
    p.add_argument("--db", default=None, help="database URL (default: a temporary SQLite file)")
    args = p.parse_args()
    with scratch_database(args.db) as url:
        figures = SUITES[args.suite](url, args.leads)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
