"""The leads table to CSV: UTF-8 with a byte-order mark, formula-safe cells, written
to a side file and renamed, so a cancelled or failed export leaves nothing half-written."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.lead_table import AnyColumn, Column, FieldColumn, write_csv
from leaddesk.services.records import LeadRow
from leaddesk.ui.widgets.lead_columns import TIMES, cell_text, column_title
from leaddesk.ui.worker import Cancelled, Progress, Stopped

RowsOf = Callable[[Sequence[uuid.UUID]], Iterator[list[LeadRow]]]


def export_text(row: LeadRow, column: AnyColumn) -> str:
    """As data rather than display: plain amounts, E.164 phones, ISO times and dates,
    numbers as programs read them (yes/no in the user's words, which import reads)."""
    if isinstance(column, FieldColumn):
        value = row.custom.get(column.key)
        if column.kind in (FieldKind.NUMBER, FieldKind.DATE) and value is not None:
            return str(value)
        return cell_text(row, column)
    if column is Column.DEAL_VALUE:
        return "" if row.deal_value is None else f"{row.deal_value:f}"
    if column is Column.PHONE:
        return row.phone or ""
    if column is Column.SCORE:
        return str(row.score)  # 0-9 in every language: a file is read by programs too
    if column is Column.PROBABILITY:
        return "" if row.probability is None else f"{row.probability:.4f}"
    if column is Column.QUALIFICATION:
        return "" if row.qualification == "none" else row.qualification.upper()
    if column in TIMES:
        at = TIMES[column](row)
        return at.astimezone().strftime("%Y-%m-%d %H:%M") if at is not None else ""
    return cell_text(row, column)


def export_csv(
    path: Path,
    lead_ids: Sequence[uuid.UUID],
    columns: Sequence[AnyColumn],
    rows_of: RowsOf,
    progress: Progress,
    cancelled: Cancelled,
) -> int:
    """Write the leads in ``lead_ids`` order; returns how many rows were written."""
    header: list[str] = []
    for c in columns:
        header.append(column_title(c))
        if c is Column.DEAL_VALUE:
            header.append(QCoreApplication.translate("LeadsTable", "Currency"))
    total = len(lead_ids)

    def rows() -> Iterator[list[str]]:
        done = 0
        for batch in rows_of(lead_ids):
            if cancelled():
                raise Stopped
            for row in batch:
                cells: list[str] = []
                for c in columns:
                    cells.append(export_text(row, c))
                    if c is Column.DEAL_VALUE:
                        cells.append(row.currency or "" if row.deal_value is not None else "")
                yield cells
            done += len(batch)
            progress(done, total)

    side = path.with_name(path.name + ".part")
    try:
        with side.open("w", encoding="utf-8-sig", newline="") as out:
            written = write_csv(out, header, rows())
        os.replace(side, path)
    finally:
        side.unlink(missing_ok=True)
    return written
