"""Leads for the conversion model, brought in as an owner would: the generated export
(leaddesk.domain.model_sample) written as a CSV and imported with a mapping file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from leaddesk.domain import model_sample as ms
from leaddesk.domain.import_mapping import ImportMapping
from leaddesk.services.imports import ImportOptions
from leaddesk.services.workspace import Workspace


def import_sample(
    ws: Workspace, tmp_path: Path, n: int, seed: int, *, leaky: bool = False, open_rows: int = 40
) -> ms.Sample:
    """``n`` closed leads and ``open_rows`` open ones, through the import as an owner would: the
    custom fields made with the kinds the wizard suggests, a mapping file."""
    sample = ms.generate(n + open_rows, seed=seed, leaky=leaky)
    columns = [c for c in sample.rows[0] if c not in ("Prospect ID", "Job Title")]
    path = tmp_path / "lead_scoring.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Prospect ID", "Job Title", *columns, "Converted"])
        for i, (row, y) in enumerate(zip(sample.rows, sample.outcomes, strict=True)):
            cells = [
                "" if row[c] is None else row[c] for c in ("Prospect ID", "Job Title", *columns)
            ]
            out.writerow([*cells, y if i < n else ""])
    for c in columns:
        kind, choices = ws.custom_fields.suggest(r[c] for r in sample.rows)
        ws.custom_fields.create(c, kind, choices)
    mapping_file = tmp_path / "mapping.json"
    mapping_file.write_text(
        json.dumps(
            {
                "columns": {
                    "Prospect ID": "last_name",
                    "Job Title": "job_title",
                    "Converted": "stage",
                    **{c: f"custom:{c}" for c in columns},
                },
                "values": {"stage": {"1": "customer", "0": "disqualified"}},
            }
        ),
        encoding="utf-8",
    )
    mapping = ImportMapping.from_json(json.loads(mapping_file.read_text("utf-8")))
    report = ws.imports.run(path, ImportOptions(mapping=mapping, on_duplicate="create"))
    assert (report.created, report.rejected) == (n + open_rows, 0), report.rejects[:3]
    return sample
