"""Importing a file of leads: preview, import in chunks (resumable, cancellable),
undo as a whole, and the history of imports.

Each chunk of rows is one transaction that also moves the batch's ``rows_read``, so
whatever stops an import (cancel, a crash, kill -9) leaves whole rows of whole chunks
and a batch that says where to go on. Importing the same file again resumes an
unfinished batch, and is refused once the file was imported in full (unless asked).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import time
import uuid
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.duplicates import DEFAULT_NAME_THRESHOLD, MatchIndex
from leaddesk.domain.import_files import RowSource, open_rows
from leaddesk.domain.import_mapping import ImportMapping, auto_mapping
from leaddesk.domain.import_rows import RowContext, convert_row
from leaddesk.domain.stages import Stage
from leaddesk.errors import NotFound, RuleViolation
from leaddesk.services.context import ServiceContext
from leaddesk.services.import_codec import from_json
from leaddesk.services.import_plan import ON_DUPLICATE, Lookups, decide
from leaddesk.services.import_sample import SampleRow, original_cells, shown_values
from leaddesk.services.import_writes import ChunkWriter, Reject, Tally, count
from leaddesk.services.leads import refresh_search_text
from leaddesk.services.records import Changes
from leaddesk.store import backup
from leaddesk.store import imports as q
from leaddesk.store import leads as lq
from leaddesk.store.models import Campaign, ImportBatch, Product, Segment
from leaddesk.store.session import retried, transaction

CHUNK = 10_000  # rows per transaction (and per progress step and cancel check)
_DONE: Future[None] = Future()
_DONE.set_result(None)


@dataclass(frozen=True)
class ImportOptions:
    mapping: ImportMapping | None = None  # None: recognised headers, the rest ignored
    on_duplicate: str = "skip"  # skip | update (empty fields) | overwrite | create
    threshold: int = DEFAULT_NAME_THRESHOLD
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    dry_run: bool = False
    again: bool = False  # import a file imported in full before
    zone: dt.tzinfo = dt.UTC  # of times the file gives without a zone
    # custom field keys the wizard creates when the import starts: a dry run (the
    # preview) reads their cells as these kinds; a defined field's own kind wins
    new_fields: dict[str, FieldKind] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportReport:
    batch_id: uuid.UUID | None
    file_kind: str
    headers: tuple[str, ...]
    mapping: ImportMapping
    rows: int
    created: int
    updated: int
    duplicates: int
    rejected: int
    rejects: tuple[Reject, ...]
    warnings: tuple[Reject, ...]
    resumed_after: int  # file rows a previous, interrupted run had done
    cancelled: bool
    seconds: float
    changes: Changes = field(default_factory=Changes)

    def as_json(self) -> dict[str, Any]:
        return {
            "batch": str(self.batch_id) if self.batch_id else None,
            "kind": self.file_kind,
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "rejects": [{"row": r.row, "reason": r.reason} for r in self.rejects],
            "resumed_after": self.resumed_after,
            "cancelled": self.cancelled,
            "seconds": round(self.seconds, 2),
        }


Progress = Callable[[float], None]


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
    return h.hexdigest()


class ImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._writer = ChunkWriter(ctx)

    def run(
        self,
        path: Path,
        options: ImportOptions = ImportOptions(),
        *,
        user_id: uuid.UUID | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import ``path``; with ``dry_run`` decide every row and write nothing."""
        if options.on_duplicate not in ON_DUPLICATE:
            raise RuleViolation(
                f"--on-duplicate: {options.on_duplicate!r} is not one of "
                f"{', '.join(ON_DUPLICATE)}.",
                code="bad_choice",
            )
        started = time.perf_counter()
        sha = file_sha256(path)
        with open_rows(
            path, encoding=options.encoding, delimiter=options.delimiter, sheet=options.sheet
        ) as source:
            mapping = options.mapping or auto_mapping(source.headers)
            if options.mapping is not None:
                mapping = auto_mapping(source.headers, options.mapping)
            batch_id, resumed_after = (None, 0)
            if not options.dry_run:
                batch_id, resumed_after = self._batch(path, sha, source, mapping, options, user_id)
                if resumed_after == 0:
                    backup.take(self.ctx.db, "import")
            tally = Tally()
            stopped = self._rows(
                source, mapping, options, batch_id, resumed_after, user_id, tally,
                progress, cancelled,
            )  # fmt: skip
            if batch_id is not None:
                self._finish(batch_id, "cancelled" if stopped else "done")
            for p in source.problems:
                tally.warnings.append(Reject(p.row, p.message))
        changes = Changes(
            leads=frozenset(tally.leads),
            stages=frozenset(tally.stages),
            timelines=frozenset(tally.leads),
        )
        return ImportReport(
            batch_id, source.kind, source.headers, mapping, tally.rows, tally.created,
            tally.updated, tally.duplicates, tally.rejected, tuple(tally.rejects),
            tuple(tally.warnings), resumed_after, stopped, time.perf_counter() - started,
            changes,
        )  # fmt: skip

    def preview(self, path: Path, options: ImportOptions, *, rows: int = 50) -> ImportReport:
        """A dry run of the whole file (counts) keeping the first ``rows`` rows'
        problems; the wizard shows it before anything is written."""
        return self.run(path, replace(options, dry_run=True))

    def sample(self, path: Path, options: ImportOptions, *, rows: int = 50) -> list[SampleRow]:
        """The first ``rows`` rows as the import would save them: each mapped column's
        converted value, the cells' problems and what becomes of the row (nothing is
        written; rows are decided against the leads there are, and each other)."""
        with open_rows(
            path, encoding=options.encoding, delimiter=options.delimiter, sheet=options.sheet
        ) as source:
            mapping = auto_mapping(source.headers, options.mapping)
            look, index, kinds = self._lookups()
            index.threshold = options.threshold
            kinds = {**options.new_fields, **kinds}
            ctx = RowContext(self.ctx.default_region, self.ctx.currency, options.zone, kinds)
            chunk = list(itertools.islice(source.rows(), rows))
            converted = [
                convert_row(r.number, source.headers, r.cells, mapping, ctx) for r in chunk
            ]
            numbers = [c.lead_number for c in converted if c.lead_number is not None]
            if numbers:
                look = replace(look, numbers=self._numbers(numbers))
            out = []
            for c, r in zip(converted, chunk, strict=True):
                d = decide(c, index, look, options.on_duplicate, uuid.uuid4())
                values = shown_values(c, source.headers, r.cells, mapping)
                out.append(SampleRow(c.number, d.action, values, tuple(c.problems)))
            return out

    def original_rows(
        self, path: Path, options: ImportOptions, rows: Collection[int]
    ) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
        """The file's headers and the cells of the rows numbered in ``rows`` (for the
        rejected-rows file: the user corrects those cells and imports them again)."""
        with open_rows(
            path, encoding=options.encoding, delimiter=options.delimiter, sheet=options.sheet
        ) as source:
            return source.headers, original_cells(source.headers, rows, source.rows())

    # --- the batch ---------------------------------------------------------------
    @retried
    def _batch(
        self,
        path: Path,
        sha: str,
        source: RowSource,
        mapping: ImportMapping,
        options: ImportOptions,
        user_id: uuid.UUID | None,
    ) -> tuple[uuid.UUID, int]:
        with transaction(self.ctx.db) as s:
            if (open_batch := q.unfinished(s, sha)) is not None:
                return open_batch.id, open_batch.rows_read
            done = q.finished(s, sha)
            if done is not None and not options.again:
                raise RuleViolation(
                    f"{path.name} was imported in full on {done.created_at:%Y-%m-%d %H:%M} "
                    f"({done.created} created, {done.updated} updated); importing it again "
                    "would find only duplicates. Undo that import first, or import it again "
                    "on purpose (--again).",
                    code="already_imported",
                    params={"file": path.name},
                )
            batch = ImportBatch(
                file_name=path.name[:255],
                file_sha256=sha,
                file_size=path.stat().st_size,
                kind=source.kind,
                settings={
                    "mapping": mapping.to_json(),
                    "on_duplicate": options.on_duplicate,
                    "threshold": options.threshold,
                },
                user_id=user_id,
                status="running",
            )
            s.add(batch)
            s.flush()
            return batch.id, 0

    @retried
    def _finish(self, batch_id: uuid.UUID, status: str) -> None:
        with transaction(self.ctx.db) as s:
            batch = s.get(ImportBatch, batch_id)
            if batch is not None:
                batch.status = status
                batch.finished_at = self.ctx.clock()

    # --- the rows ----------------------------------------------------------------
    def _lookups(self) -> tuple[Lookups, MatchIndex, dict[str, FieldKind]]:
        with transaction(self.ctx.db, write=False) as s:
            look = Lookups(
                people=q.people(s),
                campaigns=q.names(s, Campaign),
                segments=q.names(s, Segment),
                products=q.names(s, Product),
                sources=q.source_keys(s),
                numbers={},
            )
            index = MatchIndex()
            for c in q.known_contacts(s):
                index.add(c)
            kinds = {k: FieldKind(d.kind) for k, d in q.custom_fields(s).items()}
        return look, index, kinds

    def _rows(
        self,
        source: RowSource,
        mapping: ImportMapping,
        options: ImportOptions,
        batch_id: uuid.UUID | None,
        resume_after: int,
        user_id: uuid.UUID | None,
        tally: Tally,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> bool:
        look, index, kinds = self._lookups()
        index.threshold = options.threshold
        kinds = {**options.new_fields, **kinds}
        ctx = RowContext(self.ctx.default_region, self.ctx.currency, options.zone, kinds)
        rows = (r for r in source.rows() if r.number > resume_after)
        # write-behind: a chunk is written in a thread of its own while the next one is
        # read, converted and checked; at most one write is in flight, so each chunk is
        # still one transaction that moves the batch's resume point, in file order
        with ThreadPoolExecutor(1, thread_name_prefix="import-write") as writer:
            pending: tuple[Future[None], float] | None = None
            for chunk in _chunks(rows, CHUNK):
                converted = [
                    convert_row(r.number, source.headers, r.cells, mapping, ctx) for r in chunk
                ]
                numbers = [c.lead_number for c in converted if c.lead_number is not None]
                if numbers:
                    look = replace(look, numbers=self._numbers(numbers))
                ids = [uuid.uuid4() for _ in converted]
                decisions = [
                    decide(c, index, look, options.on_duplicate, i)
                    for c, i in zip(converted, ids, strict=True)
                ]
                if pending is not None and self._written(pending, progress, cancelled):
                    return True
                at = source.progress()
                if batch_id is None:
                    count(decisions, tally)
                    pending = (_DONE, at)
                    continue
                last = chunk[-1].number
                future = writer.submit(
                    self._writer.write, batch_id, decisions, ids, last, user_id, options, tally
                )
                pending = (future, at)
            if pending is not None:
                self._written(pending, progress, None)
        return False

    @staticmethod
    def _written(
        pending: tuple[Future[None], float],
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> bool:
        """Wait for the chunk in flight (its failure raised here, after which nothing
        more is written), show how far the import is and say whether to stop."""
        future, at = pending
        future.result()
        if progress is not None:
            progress(at)
        return cancelled is not None and cancelled()

    def _numbers(self, numbers: list[int]) -> dict[int, uuid.UUID]:
        with transaction(self.ctx.db, write=False) as s:
            return q.ids_by_number(s, numbers)

    # --- undo and history --------------------------------------------------------
    @retried
    def undo(self, batch_id: uuid.UUID, *, user_id: uuid.UUID | None = None) -> Changes:
        """Take an import back: its new leads go to the deleted ones (restorable like
        any deleted lead), the leads it updated get their fields back where nobody has
        changed them since."""
        with transaction(self.ctx.db) as s:
            batch = s.get(ImportBatch, batch_id, with_for_update=True)
            if batch is None:
                raise NotFound(f"There is no import {batch_id}.", code="missing")
            if batch.undone_at is not None:
                raise RuleViolation(
                    f"The import of {batch.file_name} was undone already "
                    f"({batch.undone_at:%Y-%m-%d %H:%M}).",
                    code="already_undone",
                )
            now = self.ctx.clock()
            created = q.created_by(s, batch_id)
            q.soft_delete(s, created, now)
            restored: set[uuid.UUID] = set()
            changes = q.changes_of(s, batch_id)
            leads = lq.lock_leads(s, [c.lead_id for c in changes])
            for change in changes:
                lead = leads.get(change.lead_id)
                if lead is None:
                    continue
                after = from_json(change.after)
                for name, value in from_json(change.before).items():
                    if getattr(lead, name) == after.get(name):  # nobody changed it since
                        setattr(lead, name, value)
                        restored.add(lead.id)
                refresh_search_text(lead)
            batch.status = "undone"
            batch.undone_at = now
            ids = frozenset(created) | frozenset(restored)
            return Changes(leads=ids, stages=frozenset(Stage), timelines=ids)

    def history(self, *, limit: int = 50) -> list[dict[str, Any]]:
        with transaction(self.ctx.db, write=False) as s:
            return [
                {
                    "id": b.id,
                    "file": b.file_name,
                    "kind": b.kind,
                    "status": b.status,
                    "created_at": b.created_at,
                    "rows_read": b.rows_read,
                    "created": b.created,
                    "updated": b.updated,
                    "duplicates": b.duplicates,
                    "rejected": b.rejected,
                    "undone_at": b.undone_at,
                    "user_id": b.user_id,
                }
                for b in q.batches(s, limit)
            ]

    def rejects(self, batch_id: uuid.UUID) -> list[Reject]:
        with transaction(self.ctx.db, write=False) as s:
            return [
                Reject(r.row, p["message"], p["column"], p["code"])
                for r in q.rejects_of(s, batch_id)
                for p in r.problems
            ]


def _chunks(rows: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while chunk := list(itertools.islice(rows, size)):
        yield chunk
