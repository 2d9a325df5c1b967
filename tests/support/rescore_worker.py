"""A process that rescores every out-of-date lead once told to go (see
tests/services/test_rescore_processes.py): prints "ready", waits for "go" on stdin,
then one JSON line with what it rescored or the error it met."""

from __future__ import annotations

import json
import sys

from leaddesk.errors import LeadDeskError
from leaddesk.services.workspace import open_workspace


def main() -> None:
    ws = open_workspace(sys.argv[1], upgrade=False)
    print("ready", flush=True)
    sys.stdin.readline()
    done, error = 0, None
    try:
        while True:
            step = ws.scoring.rescore_due(limit=50)
            done += step.done
            if not step.done:
                break
    except LeadDeskError as exc:
        error = f"{type(exc).__name__}: {exc}"
    print(json.dumps({"done": done, "error": error}), flush=True)


if __name__ == "__main__":
    main()
