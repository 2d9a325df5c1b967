"""Suite `capture`: web form submissions posted to the real `leaddesk capture serve`
process, over one keep-alive connection, into a database that already holds N leads.

capture_p50_ms / capture_p95_ms: from sending a request to having read the whole
response, for submissions half of which are new people and half repeats of people
already posted (the repeat goes to the lead's timeline; no lead is created). The
database is seeded in another process first (benchmarks/seeding.py).
"""

from __future__ import annotations

import http.client
import json
import os
import re
import selectors
import signal
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.seeding import ensure_seeded
from leaddesk.services.workspace import open_workspace

ROOT = Path(__file__).resolve().parent.parent
LISTENING = re.compile(r"listening on http://([\d.]+):(\d+)")


def _start(db_url: str) -> tuple[subprocess.Popen[str], str, int]:
    command = [sys.executable, "-m", "leaddesk", "capture", "serve", "--db", db_url]
    proc = subprocess.Popen(
        [*command, "--port", "0", "--rate-limit", "1000000"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and sel.select(timeout=deadline - time.monotonic()):
        line = proc.stdout.readline()
        if not line:
            break
        found = LISTENING.search(line)
        if found:
            return proc, found.group(1), int(found.group(2))
    proc.kill()
    raise RuntimeError("capture serve did not start")


def measure_capture(db_url: str, submissions: int = 300) -> dict[str, Any]:
    """Post ``submissions`` JSON submissions (half new people, half repeats) to a real
    capture service on ``db_url``; the median and 95th percentile in milliseconds."""
    ws = open_workspace(db_url)
    try:
        form = ws.web_forms.create(
            f"Benchmark {uuid.uuid4().hex[:6]}", ["first_name", "last_name", "email", "phone"]
        )
    finally:
        ws.close()
    proc, host, port = _start(db_url)
    run = uuid.uuid4().hex[:8]
    times: list[float] = []
    created = 0
    try:
        conn = http.client.HTTPConnection(host, port, timeout=30)
        for i in range(submissions):
            person = i // 2  # every second submission repeats the one before
            body = json.dumps(
                {
                    "first_name": "Bench",
                    "last_name": f"Person {person}",
                    "email": f"bench.{run}.{person}@capture.example",
                    "_token": form.token,
                }
            ).encode()
            t = time.perf_counter()
            conn.request("POST", f"/f/{form.key}", body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            data = response.read()
            times.append((time.perf_counter() - t) * 1000)
            if response.status != 201:
                raise RuntimeError(f"submission {i}: {response.status} {data[:200]!r}")
            created += bool(json.loads(data)["created"])
        conn.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    times.sort()
    return {
        "capture_p50_ms": round(statistics.median(times), 2),
        "capture_p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 2),
        "capture_submissions": submissions,
        "capture_created": created,
    }


def run(url: str, leads: int) -> dict[str, Any]:
    ensure_seeded(url, leads)
    ws = open_workspace(url)
    try:
        backend = ws.backend
    finally:
        ws.close()
    print(f"posting to capture serve on {backend} with {leads} leads…", file=sys.stderr)
    return {"backend": backend, "leads": leads, **measure_capture(url)}
