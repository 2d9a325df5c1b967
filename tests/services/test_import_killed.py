"""kill -9 in the middle of a 100,000-row import: the database opens clean, holds whole
chunks only, and the same command run again completes the import without duplicates."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROWS = 100_000


def _write(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["First Name", "Last Name", "Company", "Email", "Phone", "Lead Status"])
        for i in range(ROWS):
            w.writerow([f"Anna{i}", "Kowalska", f"Firma {i}", f"a{i}@example.pl",
                        f"+4822{i:07d}", "Contacted"])  # fmt: skip


def _import(url: str, path: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "leaddesk", "import", str(path), "--db", url, "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9")
def test_killed_import_leaves_whole_chunks_and_resumes(tmp_path: Path) -> None:
    db = tmp_path / "leads.sqlite"
    url = f"sqlite:///{db}"
    subprocess.run([sys.executable, "-m", "leaddesk", "db", "upgrade", "--db", url], check=True)
    path = tmp_path / "big.csv"
    _write(path)
    first = _import(url, path)
    deadline = time.monotonic() + 120
    done = 0
    while time.monotonic() < deadline and first.poll() is None:
        with sqlite3.connect(db, timeout=30) as c:
            row = c.execute("SELECT rows_read FROM import_batches").fetchone()
        done = row[0] if row else 0
        if done > 0:
            break
        time.sleep(0.05)  # polling the other process's progress, not waiting for a result
    assert first.poll() is None, first.communicate()
    assert done > 0, "no chunk was written in time"
    first.send_signal(signal.SIGKILL)
    first.wait(10)

    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        status, rows_read, created = c.execute(
            "SELECT status, rows_read, created FROM import_batches"
        ).fetchone()
        leads = c.execute("SELECT count(*) FROM leads").fetchone()[0]
    assert status == "running" and 0 < rows_read < ROWS + 1
    assert leads == created == rows_read - 1  # whole chunks: every row read is a lead

    again = _import(url, path)
    _out, err = again.communicate(timeout=600)
    assert again.returncode == 0, err.decode()
    with sqlite3.connect(db) as c:
        total, emails = c.execute("SELECT count(*), count(DISTINCT email) FROM leads").fetchone()
        status = c.execute("SELECT status FROM import_batches").fetchone()[0]
    assert (total, emails, status) == (ROWS, ROWS, "done")
