"""Suite `shell`: from process start to the main window painted on the demo data."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from leaddesk.services.workspace import open_workspace


def run(url: str, leads: int) -> dict[str, Any]:
    ws = open_workspace(url)
    backend = ws.backend
    ws.demo.populate(leads, seed=1, replace=True)
    ws.close()
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=tmp)
        for i in range(5):
            t = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "leaddesk",
                    "--db",
                    url,
                    "--screenshot",
                    str(Path(tmp) / f"s{i}.png"),
                ],
                check=True,
                env=env,
                capture_output=True,
            )
            times.append((time.perf_counter() - t) * 1000)
    return {"backend": backend, "leads": leads, "startup_ms": round(statistics.median(times), 1)}
