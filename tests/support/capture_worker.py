"""A process that creates leads once told to go (see
tests/services/test_distribution_processes.py): prints "ready", waits for "go" on
stdin, creates N leads (each distributed by the rules in its own transaction), then
prints one JSON line: the owners it saw and the error it met."""

from __future__ import annotations

import json
import sys

from leaddesk.errors import LeadDeskError
from leaddesk.services.workspace import open_workspace


def main() -> None:
    ws = open_workspace(sys.argv[1], upgrade=False)
    count = int(sys.argv[2])
    print("ready", flush=True)
    sys.stdin.readline()
    owners: list[str | None] = []
    error = None
    try:
        for n in range(count):
            lead = ws.leads.create({"first_name": f"Race {n}", "country": "PL"}).value
            owners.append(str(lead.owner_id) if lead.owner_id else None)
    except LeadDeskError as exc:
        error = f"{type(exc).__name__}: {exc}"
    finally:
        ws.close()
    print(json.dumps({"owners": owners, "error": error}), flush=True)


if __name__ == "__main__":
    main()
