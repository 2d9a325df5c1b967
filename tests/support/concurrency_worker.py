"""One rep's app in a real OS process: moves several cards at once and edits leads as
fast as it can, and reports every success (with the version it produced) and every
refusal, so the test can check that the database adds up afterwards.

Run as ``python -m tests.support.concurrency_worker URL SEED OPS ID...``; it prints
``ready``, starts when a line arrives on stdin (so all workers start together) and ends
with one JSON line.
"""

from __future__ import annotations

import json
import random
import sys
import traceback
import uuid
from collections import Counter

from leaddesk.errors import LeadDeskError
from leaddesk.services.workspace import open_workspace

STAGES = ["open", "contacted", "nurturing", "qualified", "negotiation"]


def main(argv: list[str]) -> int:
    url, seed, ops = argv[0], int(argv[1]), int(argv[2])
    ids = [uuid.UUID(i) for i in argv[3:]]
    ws = open_workspace(url, upgrade=False)
    rng = random.Random(seed)
    done: list[dict[str, object]] = []
    refused: Counter[str] = Counter()
    raw: list[str] = []
    print("ready", flush=True)
    sys.stdin.readline()
    for i in range(ops):
        try:
            if rng.random() < 0.7:
                chosen = rng.sample(ids, rng.randint(2, 4))
                moved = ws.pipeline.move_many([(c, None) for c in chosen], rng.choice(STAGES))
                done.append(
                    {
                        str(m.lead.id): [m.lead.version, m.from_stage != m.lead.stage, None]
                        for m in moved
                    }
                )
            else:
                chosen_id, title = rng.choice(ids), f"w{seed}-{i}"
                saved = ws.leads.update(chosen_id, {"job_title": title}, expected_version=None)
                done.append({str(chosen_id): [saved.value.version, False, title]})
        except LeadDeskError as exc:
            refused[exc.code] += 1
        except Exception:  # what the test exists to catch: reported, not hidden
            raw.append(traceback.format_exc())
    ws.close()
    print(json.dumps({"done": done, "refused": dict(refused), "raw": raw}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
