"""Worker processes started together (the race tests): each is ``python -m MODULE
ARGS…`` from the project root, prints "ready" once connected, waits for "go" on
stdin, and ends by printing one JSON line; all are told "go" at the same moment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def run_together(commands: Sequence[Sequence[str]], *, timeout: float = 600) -> list[Any]:
    """Start a worker per command (module and its arguments), let them all go at
    once, and return each one's last line, read as JSON, in the order given."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", *command],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]
    for p in procs:  # every one connected and waiting: then all start at once
        assert p.stdout is not None and p.stdout.readline().strip() == "ready", p.stderr
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    reports = []
    for p in procs:
        out, err = p.communicate(timeout=timeout)
        assert p.returncode == 0, err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    return reports
