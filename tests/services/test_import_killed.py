"""kill -9 in the middle of a 100,000-row import: the database opens clean, holds whole
chunks only, and the same command run again completes the import without duplicates."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
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
        [
            sys.executable,
            "-m",
            "leaddesk",
            "import",
            str(path),
            "--db",
            url,
            "--json",
            "--progress",
        ],
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
    assert first.stderr is not None
    said = first.stderr.readline().decode()  # the first chunk is saved
    assert said.startswith("progress "), said + first.stderr.read().decode()
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
