"""What the user chose in the wizard so far, kept apart from the pages so each page
reads and writes one object and the import's options are built in one place."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

from leaddesk.domain.custom_fields import FieldKind, field_key
from leaddesk.domain.duplicates import DEFAULT_NAME_THRESHOLD
from leaddesk.domain.import_files import open_rows
from leaddesk.domain.import_mapping import CUSTOM, IGNORE, ImportMapping, auto_mapping
from leaddesk.errors import LeadDeskError
from leaddesk.services.imports import ImportOptions

SAMPLE_ROWS = 300  # read for the kinds of new fields and the sample values
SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".vcf")
NEW_FIELD = "new:"  # a column's target while its new custom field is not created yet


@dataclass(frozen=True)
class FilePeek:
    """The file as read with the current choices: its headers and first rows."""

    kind: str  # csv, xlsx, vcf
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    encoding: str | None
    encodings: tuple[str, ...]
    delimiter: str | None
    sheet: str | None
    sheets: tuple[str, ...]


@dataclass
class NewField:
    name: str
    kind: FieldKind
    choices: tuple[str, ...] = ()


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def peek(path: Path, *, encoding: str | None, delimiter: str | None, sheet: str | None) -> FilePeek:
    """Raises LeadDeskError (TableFileError, or file_unreadable) naming the file."""
    try:
        with open_rows(path, encoding=encoding, delimiter=delimiter, sheet=sheet) as source:
            rows = tuple(
                tuple(_text(c) for c in r.cells)
                for r in itertools.islice(source.rows(), SAMPLE_ROWS)
            )
            fmt = source.format
            return FilePeek(
                source.kind,
                source.headers,
                rows,
                fmt.encoding if fmt else source.charset,
                fmt.encoding_candidates if fmt else (),
                fmt.delimiter if fmt else None,
                fmt.sheet if fmt else None,
                fmt.sheets if fmt else (),
            )
    except (OSError, UnicodeError) as exc:
        raise LeadDeskError(
            f"{path.name}: cannot be read ({exc})",
            code="file_unreadable",
            params={"file": path.name},
        ) from exc


@dataclass
class WizardState:
    path: Path | None = None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    file: FilePeek | None = None
    columns: dict[str, str] = field(default_factory=dict)  # header → target
    new_fields: dict[str, NewField] = field(default_factory=dict)  # header → field
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # a saved mapping's
    on_duplicate: str = "skip"
    threshold: int = DEFAULT_NAME_THRESHOLD
    again: bool = False

    def read(self) -> FilePeek:
        assert self.path is not None
        self.file = peek(
            self.path, encoding=self.encoding, delimiter=self.delimiter, sheet=self.sheet
        )
        if tuple(self.columns) != self.file.headers:
            self.columns = dict(auto_mapping(self.file.headers).columns)
            self.new_fields = {}
        return self.file

    def samples(self, header: str) -> list[str]:
        """The column's non-empty values among the first rows read."""
        assert self.file is not None
        i = self.file.headers.index(header)
        return [r[i] for r in self.file.rows if i < len(r) and r[i].strip()]

    def apply(self, saved: ImportMapping, known_keys: set[str]) -> None:
        """A saved mapping's choices for the headers it names; a custom field it names
        that does not exist (yet) becomes a new one of the kind its values suggest."""
        for header, target in auto_mapping(tuple(self.columns), saved).columns.items():
            self.columns[header] = target
            self.new_fields.pop(header, None)
            if target.startswith(CUSTOM):
                key = field_key(target[len(CUSTOM) :])
                self.columns[header] = CUSTOM + key
                if key not in known_keys:
                    self.columns[header] = NEW_FIELD + header
                    self.new_fields[header] = NewField(target[len(CUSTOM) :], FieldKind.TEXT)
        self.values = dict(saved.values)

    def mapping(self) -> ImportMapping:
        """The columns as the import reads them: a new field's column goes to its key."""
        columns = {}
        for header, target in self.columns.items():
            if target.startswith(NEW_FIELD):
                made = self.new_fields.get(header)
                target = CUSTOM + field_key(made.name) if made and made.name.strip() else IGNORE
            columns[header] = target
        return ImportMapping(columns, self.values)

    def options(self, *, dry_run: bool = False) -> ImportOptions:
        kinds = {
            field_key(f.name): f.kind
            for h, f in self.new_fields.items()
            if self.columns.get(h, "").startswith(NEW_FIELD) and f.name.strip()
        }
        return ImportOptions(
            mapping=self.mapping(),
            on_duplicate=self.on_duplicate,
            threshold=self.threshold,
            encoding=self.encoding,
            delimiter=self.delimiter,
            sheet=self.sheet,
            dry_run=dry_run,
            again=self.again,
            new_fields=kinds,
        )

    def fields_to_create(self) -> list[NewField]:
        return [
            f
            for h, f in self.new_fields.items()
            if self.columns.get(h, "").startswith(NEW_FIELD) and f.name.strip()
        ]
