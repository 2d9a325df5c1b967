"""Exporting leads as CSV, Excel or vCard, in a form LeadDesk's import reads back as
the same leads (by their numbers) and a spreadsheet never runs as formulas."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from leaddesk.domain.import_headers import LEADDESK_HEADERS
from leaddesk.domain.import_rows import FORMULA_START
from leaddesk.domain.leads import format_number
from leaddesk.services.context import ServiceContext
from leaddesk.store import exports as q
from leaddesk.store.session import transaction

FORMATS = ("csv", "xlsx", "vcf")
COLUMNS = (
    "number", "first_name", "last_name", "company", "job_title", "email", "phone",
    "whatsapp", "address", "city", "country", "website", "source", "campaign", "stage",
    "owner", "deal_value", "currency", "tags", "segment", "birthday", "created_at",
    "reason", "score", "notes", "dnc_email", "dnc_phone", "dnc_whatsapp", "dnc_sms",
)  # fmt: skip


def safe_cell(value: str) -> str:
    """Text a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1-555", "@SUM")
    written after an apostrophe, which spreadsheets show as text and LeadDesk's import
    takes off again."""
    return "'" + value if value[:1] in FORMULA_START else value


def _cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name == "number":
        return format_number(value)
    if name.startswith("dnc_"):
        return "yes" if value else "no"
    if name == "tags":
        return ", ".join(value)
    if name == "created_at":
        return str(value.isoformat(timespec="seconds"))
    if hasattr(value, "value"):  # a stage
        return str(value.value)
    return safe_cell(str(value))


class ExportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _rows(self) -> Iterator[dict[str, Any]]:
        with transaction(self.ctx.db, write=False) as s:
            yield from q.export_rows(s)

    def export(self, fmt: str, out: Path | None, stream: TextIO | None = None) -> int:
        """Write every live lead to ``out`` (or ``stream`` for CSV/vCard); returns how
        many."""
        if fmt not in FORMATS:
            raise ValueError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}.")
        if fmt == "xlsx":
            if out is None:
                raise ValueError("--out is needed for an Excel file.")
            return self._xlsx(out)
        target: TextIO
        with out.open("w", encoding="utf-8", newline="") if out else _nothing(stream) as target:
            return self._csv(target) if fmt == "csv" else self._vcf(target)

    def _csv(self, f: TextIO) -> int:
        w = csv.writer(f)
        w.writerow([LEADDESK_HEADERS[c] for c in COLUMNS])
        n = 0
        for row in self._rows():
            w.writerow([_cell(c, row.get(c)) for c in COLUMNS])
            n += 1
        return n

    def _xlsx(self, out: Path) -> int:
        from openpyxl import Workbook  # type: ignore[import-untyped]

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Leads")
        ws.append([LEADDESK_HEADERS[c] for c in COLUMNS])
        n = 0
        for row in self._rows():
            ws.append([_cell(c, row.get(c)) for c in COLUMNS])
            n += 1
        wb.save(out)
        return n

    def _vcf(self, f: TextIO) -> int:
        n = 0
        for row in self._rows():
            f.write(_vcard(row))
            n += 1
        return n


def _esc(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _vcard(row: dict[str, Any]) -> str:
    """vCard 3.0, which every phone and mail program reads."""
    first, last = row.get("first_name") or "", row.get("last_name") or ""
    full = " ".join(p for p in (first, last) if p) or row.get("company") or ""
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_esc(last)};{_esc(first)};;;",
        f"FN:{_esc(full)}",
        f"UID:urn:uuid:{row['id']}",
    ]
    if row.get("company"):
        lines.append(f"ORG:{_esc(row['company'])}")
    if row.get("job_title"):
        lines.append(f"TITLE:{_esc(row['job_title'])}")
    if row.get("email"):
        lines.append(f"EMAIL;TYPE=INTERNET:{row['email']}")
    if row.get("phone"):
        lines.append(f"TEL;TYPE=WORK,VOICE:{row['phone']}")
    if row.get("whatsapp"):
        lines.append(f"TEL;TYPE=CELL:{row['whatsapp']}")
    if row.get("address") or row.get("city") or row.get("country"):
        lines.append(
            f"ADR;TYPE=WORK:;;{_esc(row.get('address'))};{_esc(row.get('city'))};;;"
            f"{_esc(row.get('country'))}"
        )
    if row.get("website"):
        lines.append(f"URL:{_esc(row['website'])}")
    if row.get("birthday"):
        lines.append(f"BDAY:{row['birthday'].isoformat()}")
    note = f"{format_number(row['number'])}" + (f"\n{row['notes']}" if row.get("notes") else "")
    lines.append(f"NOTE:{_esc(note)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


class _nothing:
    """A stream the caller owns, as a context manager that does not close it."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream if stream is not None else io.StringIO()

    def __enter__(self) -> TextIO:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        return None
