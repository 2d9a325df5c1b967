"""Suite `shell`: from process start to the main window painted on the demo data.

startup_ms: the median of 7 starts, until the app says it has painted and saved its window
(`--screenshot`); startup_and_exit_ms: until the process has ended as well. `--db FILE`
on an existing database with that many leads skips seeding.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.seeding import ensure_seeded
from leaddesk.services.workspace import open_workspace

RUNS = 7


def run(url: str, leads: int) -> dict[str, Any]:
    ensure_seeded(url, leads)
    ws = open_workspace(url)
    backend = ws.backend
    ws.close()
    times, whole = [], []
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=tmp)
        for i in range(RUNS):
            command = [sys.executable, "-m", "leaddesk", "--db", url]
            command += ["--screenshot", str(Path(tmp) / f"s{i}.png")]
            t = time.perf_counter()
            with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as child:
                assert child.stdout is not None
                for line in child.stdout:  # the app says so once the window is painted
                    if "after start" in line:
                        times.append((time.perf_counter() - t) * 1000)
                        break
                child.stdout.read()
            whole.append((time.perf_counter() - t) * 1000)
            if child.returncode != 0 or len(times) != i + 1:
                raise RuntimeError(f"leaddesk did not paint its window (exit {child.returncode})")
    return {
        "backend": backend,
        "leads": leads,
        "startup_ms": round(statistics.median(times), 1),
        "startup_and_exit_ms": round(statistics.median(whole), 1),
    }
