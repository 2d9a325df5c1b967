"""Any file the import reads, as headers and numbered rows: CSV/TSV and Excel through
``table_files``, vCards through ``vcard`` (a card becomes a row under LeadDesk's own
export headers, so the same mapping reads both)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from leaddesk.domain.import_headers import LEADDESK_HEADERS
from leaddesk.domain.table_files import FileFormat, SourceRow, Table, open_table, sniff
from leaddesk.domain.table_sniff import table_error
from leaddesk.domain.vcard import Contact, looks_like_vcard, read_vcards

MAX_VCARD_BYTES = 200 * 1024 * 1024
VCARD_TARGETS = (
    "first_name", "last_name", "company", "job_title", "email", "phone", "mobile",
    "address", "postal_code", "region", "city", "country", "website", "birthday", "notes",
    "number",
)  # fmt: skip
# LeadDesk's own vCards begin their note with the lead's number
_NUMBER_NOTE = re.compile(r"(L-\d{6,})(?:\n|$)")


@dataclass(frozen=True)
class FileProblem:
    """A part of the file that could not be read (a card, a ragged row)."""

    row: int  # line (CSV), row (Excel) or card number (vCard)
    message: str


def _vcard_row(c: Contact) -> tuple[object, ...]:
    # the card's first (preferred) number is the lead's phone; a mobile beside it is
    # passed on as the mobile (which the import keeps as the WhatsApp number)
    numbers = [(kind, p) for kind, p in c.phones if kind != "fax"]
    phone = numbers[0][1] if numbers else None
    mobile = next((p for kind, p in numbers[1:] if kind == "cell"), None)
    values = {
        "first_name": c.first_name,
        "last_name": c.last_name,
        "company": c.company,
        "job_title": c.job_title,
        "email": c.emails[0] if c.emails else None,
        "phone": phone,
        "mobile": mobile,
        "address": c.address,
        "postal_code": c.postal_code,
        "region": c.region,
        "city": c.city,
        "country": c.country,
        "website": c.website,
        "birthday": c.birthday,
        "notes": c.notes,
        "number": None,
    }
    if c.notes and (m := _NUMBER_NOTE.match(c.notes)):
        values["number"] = m.group(1)
        values["notes"] = c.notes[m.end() :] or None
    return tuple(values[t] or "" for t in VCARD_TARGETS)


class RowSource:
    """An opened file: ``headers``, ``rows()``, ``progress()`` and what could not be
    read; a context manager."""

    def __init__(self, path: Path, fmt: FileFormat | None, table: Table | None) -> None:
        self.path = path
        self.format = fmt
        self._table = table
        self._cards: list[SourceRow] = []
        self.problems: list[FileProblem] = []
        self.charset: str | None = None
        self.photos: dict[int, tuple[str, bytes]] = {}  # row number → (media type, bytes)
        if table is not None:
            self.headers: tuple[str, ...] = table.headers
        else:
            self.headers = tuple(LEADDESK_HEADERS.get(t, t) for t in VCARD_TARGETS)
        self._done = 0

    @property
    def kind(self) -> str:
        return self.format.kind if self.format is not None else "vcf"

    def rows(self) -> Iterator[SourceRow]:
        if self._table is None:
            for i, row in enumerate(self._cards, start=1):
                self._done = i
                yield row
            return
        for row in self._table.rows():
            if row.problem:
                self.problems.append(FileProblem(row.number, row.problem))
            yield row

    def progress(self) -> float:
        if self._table is not None:
            return self._table.progress()
        return self._done / len(self._cards) if self._cards else 1.0

    def close(self) -> None:
        if self._table is not None:
            self._table.close()

    def __enter__(self) -> RowSource:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def open_rows(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> RowSource:
    """Open ``path`` by what it holds (not only its name); raises TableFileError (a
    ValueError) naming what cannot be read."""
    with path.open("rb") as f:
        head = f.read(4096)
    if path.suffix.lower() in (".vcf", ".vcard") or looks_like_vcard(head):
        return _vcards(path, encoding)
    fmt = sniff(path, encoding=encoding, delimiter=delimiter, sheet=sheet)
    return RowSource(path, fmt, open_table(path, fmt))


def _vcards(path: Path, charset: str | None) -> RowSource:
    size = path.stat().st_size
    if size > MAX_VCARD_BYTES:
        raise table_error(
            "too_big",
            path,
            f"{size // 2**20} MB is more than a contacts file holds "
            f"({MAX_VCARD_BYTES // 2**20} MB at most).",
        )
    read = read_vcards(path.read_bytes(), charset=charset)
    source = RowSource(path, None, None)
    source.charset = read.charset_guess
    source._cards = [SourceRow(c.card, _vcard_row(c), None) for c in read.contacts]
    source.photos = {
        c.card: (c.photo.media_type, c.photo.data) for c in read.contacts if c.photo is not None
    }
    source.problems = [FileProblem(p.card, p.message) for p in read.problems]
    return source
