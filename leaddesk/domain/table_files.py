"""CSV and Excel files other programs and people wrote, read as a header and rows.

``sniff`` guesses the format (shown in the import wizard, each choice changeable),
``open_table`` reads it. A CSV streams: the file is read in 256 KB pieces, decoded
incrementally and split into lines here (at CR, LF and CRLF only, as editors count
them), so a 200 MB export takes a few megabytes of memory and every row knows the
line it starts on.

Bytes the chosen encoding cannot read do not stop the import: they are shown as
U+FFFD and the row is flagged ("line 90000: bytes that are not valid cp1250"), so
the rows before and after still import and the wizard can suggest another
encoding. A row that is wrong in itself (ragged, an over-long cell) is kept and
flagged the same way; only a file that is not a table at all raises
:class:`TableFileError`.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Protocol

from leaddesk.domain.table_sniff import FileFormat, TableFileError, sniff, table_error

MAX_COLUMNS = 500
MAX_CELL = 100_000
# csv's own limit stops a quote that is never closed from swallowing the whole file;
# past our MAX_CELL so that a long cell is still read and flagged, not lost
CSV_FIELD_LIMIT = 1_000_000
CHUNK = 262_144
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)")
# a lone surrogate is a byte the codec could not read (see _ESCAPE); NUL is binary
_BAD = re.compile("[\x00\ud800-\udfff]")
_ESCAPE = "leaddesk-table-bytes"


def _escape_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Each unreadable byte as a lone surrogate, as ``surrogateescape`` does but for
    every byte (UTF-16's bad pairs include ASCII bytes): a valid decoding never yields
    one, so finding one marks the line."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(0xDC00 + b) for b in exc.object[exc.start : exc.end]), exc.end


codecs.register_error(_ESCAPE, _escape_bytes)
if csv.field_size_limit() < CSV_FIELD_LIMIT:
    csv.field_size_limit(CSV_FIELD_LIMIT)


@dataclass(frozen=True, slots=True)
class SourceRow:
    number: int  # CSV: the 1-based line the row starts on; xlsx: the row number
    cells: tuple[object, ...]  # str for CSV; openpyxl's values for xlsx
    problem: str | None  # kept, but flagged: the caller shows it and may skip the row


class _Reader(Protocol):
    def header_and_rows(self) -> Iterator[tuple[int, tuple[object, ...], str | None]]: ...
    def progress(self) -> float: ...
    def close(self) -> None: ...


def clean_headers(cells: tuple[object, ...]) -> tuple[str, ...]:
    """Trimmed; a blank one is "Column 3"; a repeated one (ignoring case) gets " (2)".

    Trailing blank cells are no columns (Excel writes empty cells to the width of
    the sheet's used range).
    """
    texts = ["" if c is None else str(c).replace("\ufeff", "").strip() for c in cells]
    while texts and not texts[-1]:
        texts.pop()
    seen: set[str] = set()
    headers: list[str] = []
    for number, text in enumerate(texts, 1):
        name = text or f"Column {number}"
        base, n = name, 1
        while name.casefold() in seen:
            n += 1
            name = f"{base} ({n})"
        seen.add(name.casefold())
        headers.append(name)
    return tuple(headers)


class Table:
    """An open table file: ``headers`` at once, ``rows()`` streamed; close it (``with``)."""

    def __init__(self, path: Path, fmt: FileFormat, reader: _Reader) -> None:
        self.path, self.format, self._reader = path, fmt, reader
        try:
            header = next(reader.header_and_rows(), None)
            if header is None or not clean_headers(header[1]):
                raise table_error(
                    "no_header", path, f"line {fmt.header_row}: the header row is empty"
                )
            self.headers = clean_headers(header[1])
            if len(self.headers) > MAX_COLUMNS:
                raise table_error(
                    "too_many_columns",
                    path,
                    f"the header has {len(self.headers)} columns, at most {MAX_COLUMNS} "
                    "can be imported (is the delimiter right?)",
                    columns=len(self.headers),
                )
        except BaseException:
            reader.close()
            raise

    def rows(self) -> Iterator[SourceRow]:
        """The rows under the header, blank ones skipped; each call reads from the start.

        A row with more cells than the header is cut, one with fewer is padded with
        "" (xlsx: None), and either is flagged; extra cells that are empty are not.
        """
        width = len(self.headers)
        csv_file = self.format.kind == "csv"
        pad: object = "" if csv_file else None
        rows = self._reader.header_and_rows()
        next(rows, None)
        for number, cells, problem in rows:
            if problem is None and _blank(cells):  # a row csv could not read is not blank
                continue
            n = len(cells)
            if n != width:
                if n > width:
                    extra = cells[width:]
                    cells = cells[:width]
                    if not _blank(extra) and problem is None:
                        problem = f"row has {n} cells, the header has {width}"
                else:
                    cells = cells + (pad,) * (width - n)
                    if csv_file and problem is None:  # xlsx: empty cells are just empty
                        problem = f"row has {n} cells, the header has {width}"
            yield SourceRow(number, cells, problem)

    def progress(self) -> float:
        """How much of the file has been read, 0..1 (bytes for CSV, rows for xlsx)."""
        return self._reader.progress()

    def close(self) -> None:
        self._reader.close()

    def __enter__(self) -> Table:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_table(path: Path, fmt: FileFormat) -> Table:
    """Open ``path`` as ``fmt`` says (usually what :func:`sniff` gave, maybe changed)."""
    if fmt.kind == "xlsx":
        from leaddesk.domain.table_xlsx import XlsxReader  # openpyxl only when needed

        return Table(path, fmt, XlsxReader(path, fmt))
    return Table(path, fmt, _CsvReader(path, fmt))


def _blank(cells: tuple[object, ...]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


class _CsvReader:
    def __init__(self, path: Path, fmt: FileFormat) -> None:
        self.path, self.fmt = path, fmt
        self._file: BinaryIO = path.open("rb")
        self._size = max(path.stat().st_size, 1)
        self._bad_lines: set[int] = set()

    def _lines(self) -> Iterator[str]:
        """Physical lines with their line break, from line 1; bad lines noted by number."""
        self._file.seek(0)
        self._bad_lines.clear()
        decoder = codecs.getincrementaldecoder(self.fmt.encoding or "utf-8")(errors=_ESCAPE)
        number, rest = 0, ""
        while True:
            chunk = self._file.read(CHUNK)
            final = not chunk
            text = rest + decoder.decode(chunk, final=final)
            # only up to the last line break: a regex looking for one in a long line
            # without any would start again at every character (quadratic)
            cut = max(text.rfind("\n"), text.rfind("\r")) + 1
            lines, rest = _LINES.findall(text, 0, cut), text[cut:]
            if final and rest:
                lines.append(rest)  # the last line, without a line break
            elif not final and lines and not rest and text.endswith("\r"):
                rest = lines.pop()  # its LF may be in the next read: one CRLF, not two lines
            if _BAD.search(text):
                self._bad_lines.update(
                    i for i, line in enumerate(lines, number + 1) if _BAD.search(line)
                )
            number += len(lines)
            yield from lines
            if final:
                return

    def header_and_rows(self) -> Iterator[tuple[int, tuple[object, ...], str | None]]:
        lines = self._lines()
        skip = self.fmt.header_row - 1
        for _ in range(skip):
            next(lines, None)
        reader = csv.reader(
            lines,
            delimiter=self.fmt.delimiter or ",",
            quotechar=self.fmt.quotechar or '"',
            doublequote=True,
            strict=False,
        )
        end = skip
        while True:
            start = end + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                end = skip + reader.line_num
                yield start, ("",), f"line {start}: {exc} (a quote that is never closed?)"
                continue
            end = skip + reader.line_num
            problem = None
            if self._bad_lines and not self._bad_lines.isdisjoint(range(start, end + 1)):
                cells, problem = self._unreadable(cells, start)
            if cells and max(map(len, cells)) > MAX_CELL:
                longest = max(map(len, cells))
                cells = [c[:MAX_CELL] for c in cells]
                problem = problem or (
                    f"a cell has {longest:,} characters, more than {MAX_CELL:,}; cut"
                )
            yield start, tuple(cells), problem

    def _unreadable(self, cells: list[str], start: int) -> tuple[list[str], str]:
        if any("\x00" in c for c in cells):
            what = "a NUL byte (binary data?)"
        else:
            what = f"bytes that are not valid {self.fmt.encoding}"
        fixed = [_BAD.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", c) for c in cells]
        return fixed, f"line {start}: {what}, shown as \ufffd (try another encoding)"

    def progress(self) -> float:
        return 1.0 if self._file.closed else min(self._file.tell() / self._size, 1.0)

    def close(self) -> None:
        self._file.close()


__all__ = [
    "FileFormat",
    "SourceRow",
    "Table",
    "TableFileError",
    "open_table",
    "sniff",
]
