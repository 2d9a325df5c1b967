"""The demo database a suite measures, seeded in a process of its own.

A user's app opens a database somebody filled before; it never holds the demo
generator's rows in memory. So the suites that time or weigh the app seed in a
child process (`leaddesk demo`), and measure in a process that only opened the
database and the screen, as the app does.
"""

from __future__ import annotations

import subprocess
import sys
import time

from leaddesk.services.workspace import open_workspace


def lead_count(url: str) -> int:
    ws = open_workspace(url)
    try:
        return sum(t.count for t in ws.board.totals().values())
    finally:
        ws.close()


def ensure_seeded(url: str, leads: int) -> float | None:
    """Seed ``leads`` demo leads (seed 1) unless the database has that many already;
    the seconds it took, or None when the database was reused."""
    if lead_count(url) == leads:
        return None
    print(f"seeding {leads} leads in a separate process…", file=sys.stderr)
    t = time.perf_counter()
    command = [sys.executable, "-m", "leaddesk", "demo", "--leads", str(leads), "--seed", "1"]
    subprocess.run(
        [*command, "--db", url, "--replace"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - t
