"""Suite `foundation`: seed, board listing, stage moves."""

from __future__ import annotations

import random
import statistics
import sys
import time
from typing import Any

from leaddesk.demo import populate
from leaddesk.domain.stages import STAGE_ORDER, Stage
from leaddesk.services.workspace import open_workspace


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def run(url: str, leads: int) -> dict[str, Any]:
    ws = open_workspace(url)
    try:
        print(f"seeding {leads} leads into {ws.title}…", file=sys.stderr)
        t0 = time.perf_counter()
        summary = populate(ws, leads, seed=1, replace=True)
        seed_s = time.perf_counter() - t0
        print(f"  {summary}", file=sys.stderr)

        board_times = []
        for _ in range(21):
            t = time.perf_counter()
            board = ws.board.board(per_column=50)
            board_times.append((time.perf_counter() - t) * 1000)
        board_ms = statistics.median(board_times[1:])

        # what a rep types: part of a surname, a whole name, digits of a phone, a number
        probes = ["kow", "nowak", "haddad", "smith", "ski", "4860", "l-0012", "anna k"]
        search_times = []
        for _ in range(3):
            for probe in probes:
                t = time.perf_counter()
                ws.leads.search(probe)
                search_times.append((time.perf_counter() - t) * 1000)
        search_ms = statistics.median(search_times)

        rng = random.Random(5)
        cards = [
            c
            for col in board.columns
            for c in col.cards
            if c.stage not in (Stage.INACTIVE, Stage.DISQUALIFIED)
        ]
        move_times = []
        for i in range(210):
            card = rng.choice(cards)
            lead = ws.leads.get(card.id)
            choices = [s for s in STAGE_ORDER[:6] if s is not lead.stage]
            target = rng.choice(choices)
            t = time.perf_counter()
            ws.pipeline.move(lead.id, target, expected_version=lead.version)
            elapsed = (time.perf_counter() - t) * 1000
            if i >= 10:  # warm-up
                move_times.append(elapsed)
        return {
            "backend": ws.backend,
            "leads": summary.leads,
            "activities": summary.activities,
            "seed_s": round(seed_s, 2),
            "board_ms": round(board_ms, 2),
            "move_p50_ms": round(statistics.median(move_times), 2),
            "move_p95_ms": round(_p(move_times, 0.95), 2),
            "search_ms": round(search_ms, 2),
            "search_p95_ms": round(_p(search_times, 0.95), 2),
        }
    finally:
        ws.close()
