"""Excel workbooks (.xlsx) read row by row, in openpyxl's read-only mode.

Formulas: Excel and LibreOffice save each formula's last result, which ``data_only``
returns. A workbook written by a program (openpyxl, many web exports) has no saved
results, so ``data_only`` gives None: the reader then gives the formula text
("=B2*2") and flags the row, instead of an empty cell the user would never notice.
To know which cells are formulas the sheet is read a second time, alongside,
without ``data_only``; that costs time only for workbooks, which Excel caps at
about a million rows anyway.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

# no types shipped (nor a stubs package among the dependencies): its calls are Any here
import openpyxl  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from leaddesk.domain.table_sniff import FileFormat, TableFileError, table_error

Cells = tuple[object, ...]


class _Book:
    """A read-only workbook and the file under it, both closed by close().

    openpyxl gets an open file, not the path: given a path it refuses any name not
    ending in .xlsx, and a workbook renamed .csv is still a workbook. Read-only mode
    keeps the zip open while rows are read.
    """

    def __init__(self, path: Path, *, data_only: bool) -> None:
        self.file = path.open("rb")
        try:
            self.wb: Any = openpyxl.load_workbook(self.file, read_only=True, data_only=data_only)
        except Exception as exc:  # a broken zip or XML fails anywhere inside openpyxl
            self.file.close()
            raise table_error(
                "xlsx_unreadable",
                path,
                f"not a readable Excel workbook ({type(exc).__name__}: {exc}); "
                "open it in Excel and save it again as .xlsx or CSV",
            ) from exc

    def close(self) -> None:
        self.wb.close()
        self.file.close()


def is_blank(cells: Cells) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _first_row(ws: Any) -> int | None:
    for number, cells in enumerate(ws.iter_rows(values_only=True), 1):
        if not is_blank(cells):
            return number
    return None


def sniff_xlsx(path: Path, *, sheet: str | None) -> FileFormat:
    """The given sheet, or the first sheet with data, and the number of its first row."""
    book = _Book(path, data_only=True)
    wb = book.wb
    try:
        names = tuple(wb.sheetnames)
        if sheet is not None and sheet not in names:
            raise table_error("no_sheet", path, f"no sheet named {sheet!r}", sheet=sheet)
        header_row = None
        for name in [sheet] if sheet is not None else names:
            header_row = _first_row(wb[name])
            if header_row is not None:
                chosen = name
                break
        if header_row is None:
            what = f"sheet {sheet!r} is empty" if sheet else "every sheet is empty"
            raise table_error("empty_file", path, what)
    finally:
        book.close()
    return FileFormat(
        kind="xlsx",
        encoding=None,
        encoding_candidates=(),
        delimiter=None,
        quotechar=None,
        has_bom=False,
        sheet=chosen,
        sheets=names,
        header_row=header_row,
    )


class XlsxReader:
    """Rows of one sheet from the header on; both workbooks stay open until close()."""

    def __init__(self, path: Path, fmt: FileFormat) -> None:
        self.path, self.fmt = path, fmt
        self._values = _Book(path, data_only=True)
        try:
            self._formulas = _Book(path, data_only=False)
        except TableFileError:
            self._values.close()
            raise
        self._rows_read = 0
        try:
            ws = self._values.wb[fmt.sheet]
        except KeyError:
            self.close()
            raise table_error("no_sheet", path, f"no sheet named {fmt.sheet!r}") from None
        self.max_row: int = ws.max_row or 0

    def header_and_rows(self) -> Iterator[tuple[int, Cells, str | None]]:
        """(row number, cells, problem) from the header row on; blank rows included."""
        self._rows_read = 0
        start = self.fmt.header_row
        values = self._values.wb[self.fmt.sheet].iter_rows(min_row=start, values_only=True)
        formulas = self._formulas.wb[self.fmt.sheet].iter_rows(min_row=start, values_only=True)
        for number, (cells, texts) in enumerate(zip(values, formulas, strict=False), start):
            self._rows_read = number
            problem = None
            if None in cells:
                missing = [
                    i
                    for i, (v, t) in enumerate(zip(cells, texts, strict=False))
                    if v is None and isinstance(t, str) and t.startswith("=")
                ]
                if missing:
                    cells = tuple(texts[i] if i in missing else v for i, v in enumerate(cells))
                    where = ", ".join(f"{get_column_letter(i + 1)}{number}" for i in missing)
                    problem = (
                        f"formula without a saved result in {where} (given as the formula; "
                        "open and save the file in Excel to get the values)"
                    )
            yield number, cells, problem

    def progress(self) -> float:
        return min(self._rows_read / self.max_row, 1.0) if self.max_row else 0.0

    def close(self) -> None:
        self._values.close()
        self._formulas.close()


__all__ = ["TableFileError", "XlsxReader", "is_blank", "sniff_xlsx"]
