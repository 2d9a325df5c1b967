"""What kind of table file this is, and how to read it: the import wizard shows the
guesses (encoding, delimiter, sheet) so the user can correct any of them.

Only the first megabyte of a CSV is looked at, so sniffing a 200 MB export is instant;
:mod:`leaddesk.domain.table_files` reads the rest.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from leaddesk.domain.table_encoding import UndecodableSample, guess_encoding
from leaddesk.errors import LeadDeskError

SAMPLE_BYTES = 1_048_576
DELIMITERS = (",", ";", "\t", "|")
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003, and any password-protected .xlsx
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SEP_HINT = re.compile(r'^"?sep=(.)"?\s*$', re.IGNORECASE)


class TableFileError(LeadDeskError, ValueError):
    """The file cannot be read as a table; the message names the file and what/where.

    ``code`` says which refusal ("empty_file", "not_a_table", "no_header",
    "xlsx_unreadable", "too_many_columns", "no_sheet"), ``params`` the file and, where
    there is one, the line or row, for the UI to say it in the user's language.
    """

    code = "table_file"


def table_error(code: str, path: Path, what: str, **params: object) -> TableFileError:
    return TableFileError(f"{path.name}: {what}", code=code, params={"file": path.name, **params})


@dataclass(frozen=True)
class FileFormat:
    kind: str  # "csv" (any delimiter) or "xlsx"
    encoding: str | None  # a Python codec name; None for xlsx
    encoding_candidates: tuple[str, ...]  # the chosen one first, then the alternatives
    delimiter: str | None
    quotechar: str | None
    has_bom: bool
    sheet: str | None  # xlsx: the chosen sheet
    sheets: tuple[str, ...]  # xlsx: every sheet, in the workbook's order
    header_row: int  # 1-based line (CSV) or row (xlsx) of the header


def sniff(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> FileFormat:
    """Guess how to read ``path``; an override fixes that choice and the rest is guessed.

    The kind comes from the content (an .xlsx is a zip; a workbook renamed .csv is still
    one), the name only where the content cannot tell (.tsv suggests tabs).
    """
    with path.open("rb") as f:
        sample = f.read(SAMPLE_BYTES)
        complete = not f.read(1)
    if sample.startswith(_OLE2):
        raise table_error(
            "xlsx_unreadable",
            path,
            "the workbook is password-protected or an Excel 97-2003 .xls file; "
            "save it without a password as .xlsx or CSV",
        )
    if sample.startswith(_ZIP) or path.suffix.lower() in (".xlsx", ".xlsm"):
        from leaddesk.domain.table_xlsx import sniff_xlsx  # openpyxl only when needed

        return sniff_xlsx(path, sheet=sheet)
    if sheet is not None:
        raise table_error("no_sheet", path, "a CSV file has no sheets", sheet=sheet)
    return _sniff_text(path, sample, complete, encoding=encoding, delimiter=delimiter)


def _sniff_text(
    path: Path, sample: bytes, complete: bool, *, encoding: str | None, delimiter: str | None
) -> FileFormat:
    if not sample.strip(b" \t\r\n\x00\xff\xfe\xef\xbb\xbf"):
        raise table_error("empty_file", path, "the file is empty")
    try:
        guess = guess_encoding(sample, complete=complete)
    except UndecodableSample:
        raise table_error(
            "not_a_table", path, "the file has NUL bytes: it is not text (a binary file?)"
        ) from None
    chosen = encoding or guess.encoding
    candidates = (chosen, *(c for c in guess.candidates if c != chosen))
    text = _decode_sample(sample, chosen, complete=complete)
    if "\x00" in text:
        raise table_error("not_a_table", path, f"the file has NUL bytes under {chosen}")
    lines = _LINE_BREAK.split(text)  # the reader's line breaks, so the numbers agree
    if not complete and len(lines) > 1:
        lines.pop()  # may be cut in the middle
    header_row = 1
    hint: str | None = None
    for line in lines:
        match = _SEP_HINT.match(line)
        if not line.strip(" \t,;|\"'"):  # blank, or the empty cells of blank spreadsheet rows
            header_row += 1
        elif match and hint is None:
            hint = match.group(1)
            header_row += 1
        else:
            break
    else:
        if complete:
            raise table_error("empty_file", path, "the file has no text, only blank lines")
        raise table_error("no_header", path, "no header in the first megabyte, only blank lines")
    body = "\n".join(lines[header_row - 1 : header_row + 49])
    quotechar = _quotechar(body)
    chosen_delimiter = delimiter or hint or _delimiter(body, quotechar, path.suffix.lower())
    return FileFormat(
        kind="csv",
        encoding=chosen,
        encoding_candidates=candidates,
        delimiter=chosen_delimiter,
        quotechar=quotechar,
        has_bom=guess.has_bom,
        sheet=None,
        sheets=(),
        header_row=header_row,
    )


def _decode_sample(sample: bytes, encoding: str, *, complete: bool) -> str:
    """The sample as text; bytes the chosen codec cannot read become U+FFFD here (the
    reader reports them per row), so a wrong override still shows a preview."""
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(sample, final=complete)
    return text.removeprefix("\ufeff")


def _quotechar(body: str) -> str:
    """'"' unless single quotes, and not double ones, wrap whole cells."""
    pattern = r"(?:^|[,;\t|]){q}[^{q}\n]*{q}(?=[,;\t|]|$)"
    doubles = len(re.findall(pattern.format(q='"'), body, re.MULTILINE))
    singles = len(re.findall(pattern.format(q="'"), body, re.MULTILINE))
    return "'" if singles > doubles and singles >= 2 else '"'


def _delimiter(body: str, quotechar: str, suffix: str) -> str:
    """The candidate found the same non-zero number of times outside quotes on most records.

    csv.Sniffer guesses wrong on short samples and on Polish decimal commas ("12,50" in
    a ";" file); counting per record is steadier. Ties go to more cells, then to the
    order of :data:`DELIMITERS`; a .tsv prefers tabs when tabs are there at all.
    """
    counts = _counts_per_record(body, quotechar)
    if not counts:
        return "\t" if suffix == ".tsv" else ","
    best: tuple[float, int, int] | None = None
    chosen = ","
    for index, d in enumerate(DELIMITERS):
        per_record = [c[d] for c in counts]
        mode, times = Counter(per_record).most_common(1)[0]
        if mode == 0:
            nonzero = [n for n in per_record if n]
            if not nonzero:
                continue
            mode, times = Counter(nonzero).most_common(1)[0]
        key = (times / len(per_record), mode, -index)
        if d == "\t" and suffix == ".tsv":
            key = (2.0, mode, 0)
        if best is None or key > best:
            best, chosen = key, d
    return chosen


def _counts_per_record(body: str, quotechar: str) -> list[Counter[str]]:
    """Delimiter counts for each record, outside quotes (a quoted cell may span lines)."""
    records: list[Counter[str]] = []
    current: Counter[str] = Counter()
    quoted = False
    for ch in body:
        if ch == quotechar:
            quoted = not quoted  # a doubled quote toggles twice
        elif quoted:
            continue
        elif ch == "\n":
            records.append(current)
            current = Counter()
        elif ch in DELIMITERS:
            current[ch] += 1
    if current or not records:
        records.append(current)
    return records
