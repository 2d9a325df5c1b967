"""The rejected-rows file: each rejected row's own cells with its row number and why
it was rejected, in the user's language, as UTF-8 with a byte-order mark so Excel
reads Arabic and Polish letters; the user corrects the cells and imports it again."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from leaddesk.domain.lead_table import write_csv
from leaddesk.services.import_writes import Reject
from leaddesk.ui.imports.texts import problem_text


def reasons_by_row(rejects: Sequence[Reject], *, plain: bool = True) -> dict[int, str]:
    """Each rejected row's reasons in one text; ``plain`` for a file (no direction
    marks), else for a label."""
    found: dict[int, list[str]] = defaultdict(list)
    for r in rejects:
        found[r.row].append(problem_text(r.column, r.code, r.reason, plain=plain))
    return {row: "; ".join(texts) for row, texts in sorted(found.items())}


def write_rejects(
    path: Path,
    rejects: Sequence[Reject],
    headers: Sequence[str] = (),
    cells: dict[int, tuple[str, ...]] | None = None,
) -> int:
    """Write the file (to a side file, renamed at the end); returns the rows written.
    Without the original ``cells`` (the file is gone) only the row and reason."""
    reasons = reasons_by_row(rejects)
    own = cells or {}
    header = [
        QCoreApplication.translate("ImportRejects", "Row"),
        QCoreApplication.translate("ImportRejects", "Reason"),
        *headers,
    ]
    rows = (
        [str(row), reason, *own.get(row, ("",) * len(headers))] for row, reason in reasons.items()
    )
    side = path.with_name(path.name + ".part")
    with side.open("w", encoding="utf-8-sig", newline="") as out:
        n = write_csv(out, header, rows)
    os.replace(side, path)
    return n
