"""Suite `import`: a 100,000-row CSV imported into a database that already holds
100,000 leads, with every row checked and looked up for duplicates.

import_100k_s: the whole import (reading, checking, duplicates, writing in chunks, the
backup before it). dedupe_100k_s: of that work, the duplicate look-ups alone: the
index of the leads in the database built and every row of the file matched against it.
duplicates_scan_s: the Duplicates screen's scan of the database's 100,000 leads before
the import (duplicates_scan_after_s: of the 200,000 or so after it). capture_p50_ms:
the median web-form submission to the real capture service (``benchmarks/capture.py``),
sent to the database as the import left it. The file is written
in the format a Zoho export has, with a tenth of its rows duplicates of leads in the
database and a fiftieth broken. The database is seeded in another process first
(benchmarks/seeding.py).
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.capture import measure_capture
from benchmarks.seeding import ensure_seeded
from leaddesk.domain.duplicates import Contact, MatchIndex
from leaddesk.services.workspace import open_workspace
from leaddesk.store import imports as q
from leaddesk.store.session import transaction

HEADERS = (
    "Record Id", "First Name", "Last Name", "Company", "Email", "Phone", "Lead Source",
    "Lead Status", "Created Time", "Annual Revenue", "Country", "Email Opt Out",
)  # fmt: skip
FIRST = ("Anna", "Jan", "Maria", "Piotr", "John", "Sarah", "محمد", "فاطمة", "Ewa", "Tomasz")
LAST = ("Kowalska", "Nowak", "Smith", "Brown", "العتيبي", "Wiśniewski", "Lewandowska", "Jones")
STATUS = ("Not Contacted", "Contacted", "Attempted to Contact", "Pre-Qualified", "Lost Lead")
SOURCE = ("Web Download", "Trade Show", "Cold Call", "Partner Referral", "Advertisement")


def write_file(path: Path, rows: int, existing: list[tuple[str | None, str | None]]) -> None:
    rnd = random.Random(5)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        for i in range(rows):
            email, phone = f"lead{i}@import{i % 997}.example.com", f"+4822{i:07d}"
            if i % 10 == 0 and existing:  # a tenth are leads the database has
                email, phone = rnd.choice(existing)
            if i % 50 == 7:
                email = f"broken{i}@"  # a fiftieth cannot be saved
            w.writerow(
                [
                    f"zcrm_{i}",
                    rnd.choice(FIRST),
                    rnd.choice(LAST),
                    f"Company {i % 5000}",
                    email or "",
                    phone or "",
                    rnd.choice(SOURCE),
                    rnd.choice(STATUS),
                    f"{rnd.randint(1, 28)} Apr, 2021 00:03:00",
                    f"{rnd.randint(0, 99999)},{rnd.randint(0, 99):02d}",
                    rnd.choice(("Polska", "Poland", "PL", "Saudi Arabia", "USA")),
                    rnd.choice(("true", "false")),
                ]
            )


def run(url: str, leads: int) -> dict[str, Any]:
    ensure_seeded(url, leads)
    ws = open_workspace(url, default_region="PL")
    try:
        with transaction(ws.ctx.db, write=False) as s:
            sample = [(c.email, c.phones[0] if c.phones else None) for c in q.known_contacts(s)]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "zoho_leads.csv"
            write_file(path, leads, sample[: max(1, len(sample))])
            size_mb = path.stat().st_size / 2**20
            print(f"importing {leads} rows ({size_mb:.1f} MB)…", file=sys.stderr)

            t = time.perf_counter()
            with transaction(ws.ctx.db, write=False) as s:
                index = MatchIndex()
                for c in q.known_contacts(s):
                    index.add(c)
            rnd = random.Random(3)
            for i in range(leads):
                email, phone = rnd.choice(sample) if i % 10 == 0 else (f"x{i}@y.com", None)
                index.match(Contact(uuid.uuid4(), email, (phone,) if phone else (),
                                    "Anna", "Kowalska", f"Company {i % 5000}"))  # fmt: skip
            dedupe_s = time.perf_counter() - t

            t = time.perf_counter()
            scan_before = ws.duplicates.scan()
            scan_100k_s = time.perf_counter() - t

            t = time.perf_counter()
            report = ws.imports.run(path)
            import_s = time.perf_counter() - t
        t = time.perf_counter()
        groups = ws.duplicates.scan()
        scan_s = time.perf_counter() - t
        # web-form submissions to the real capture service, on the database as it is now
        capture = measure_capture(url)
        return {
            "backend": ws.backend,
            "leads_before": len(sample),
            "rows": report.rows,
            "created": report.created,
            "duplicates": report.duplicates,
            "rejected": report.rejected,
            "import_100k_s": round(import_s, 2),
            "rows_per_s": round(report.rows / import_s),
            "dedupe_100k_s": round(dedupe_s, 2),
            "duplicates_scan_s": round(scan_100k_s, 2),
            "duplicate_groups_before": len(scan_before),
            "duplicates_scan_after_s": round(scan_s, 2),
            "duplicate_groups_after": len(groups),
            **capture,
        }
    finally:
        ws.close()
