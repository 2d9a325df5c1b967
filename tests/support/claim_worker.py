"""A process that claims leads once told to go (see
tests/services/test_claim_processes.py): argv: database URL, the user to claim for,
a seed; prints "ready", waits for "go" on stdin, then claims every unassigned lead
one at a time in its own random order and prints one JSON line: what it won, and
for each lead it lost, who it was told had it."""

from __future__ import annotations

import json
import random
import sys
import uuid

from sqlalchemy import select

from leaddesk.errors import LeadDeskError
from leaddesk.services.workspace import open_workspace
from leaddesk.store.models import Lead
from leaddesk.store.session import transaction


def main() -> None:
    ws = open_workspace(sys.argv[1], upgrade=False)
    user = uuid.UUID(sys.argv[2])
    with transaction(ws.ctx.db, write=False) as s:
        pool = list(s.scalars(select(Lead.id).where(Lead.owner_id.is_(None))))
    random.Random(int(sys.argv[3])).shuffle(pool)
    print("ready", flush=True)
    sys.stdin.readline()
    won: list[str] = []
    lost: dict[str, str | None] = {}
    error = None
    try:
        for lead_id in pool:
            got = ws.claims.claim([lead_id], user)
            won += [str(i) for i in got.won]
            lost.update({str(x.lead_id): x.by for x in got.lost if x.reason == "taken"})
    except LeadDeskError as exc:
        error = f"{type(exc).__name__}: {exc}"
    finally:
        ws.close()
    print(json.dumps({"won": won, "lost": lost, "error": error}), flush=True)


if __name__ == "__main__":
    main()
