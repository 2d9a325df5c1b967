"""The command line's import, export and lead commands, through the app's services."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import uuid
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leaddesk.errors import LeadDeskError

if TYPE_CHECKING:
    from leaddesk.services.workspace import Workspace


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    imp = sub.add_parser("import", parents=[common], help="import leads from a file")
    imp.add_argument("file", type=Path, help="CSV, TSV, Excel .xlsx or vCard .vcf")
    imp.add_argument(
        "--mapping",
        metavar="NAME_OR_FILE.json",
        type=Path,
        help="a mapping saved in the wizard, or a JSON file of columns and values",
    )
    imp.add_argument(
        "--on-duplicate", choices=("skip", "update", "overwrite", "create"), default="skip"
    )
    imp.add_argument("--threshold", type=int, default=90, help="name similarity 0-100")
    imp.add_argument("--encoding", help="the file's encoding, when not the detected one")
    imp.add_argument("--delimiter", help="the CSV's delimiter, when not the detected one")
    imp.add_argument("--sheet", help="the Excel sheet (default: the first with data)")
    imp.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    imp.add_argument("--again", action="store_true", help="import a file imported before")
    imp.add_argument("--json", action="store_true", help="one JSON object as the last line")
    imp.add_argument(
        "--progress", action="store_true", help="a line on stderr as each chunk is saved"
    )

    imports = sub.add_parser("imports", help="past imports")
    imports_sub = imports.add_subparsers(dest="imports_command", metavar="ACTION", required=True)
    imports_sub.add_parser("list", parents=[common], help="the latest imports")
    undo = imports_sub.add_parser("undo", parents=[common], help="take an import back")
    undo.add_argument("batch", help="the import's id (from `imports list`)")

    exp = sub.add_parser("export", parents=[common], help="export every lead")
    exp.add_argument("--format", choices=("csv", "xlsx", "vcf"), default="csv")
    exp.add_argument("--out", type=Path, metavar="FILE", help="default: standard output")

    lead = sub.add_parser("lead", help="one lead")
    lead_sub = lead.add_subparsers(dest="lead_command", metavar="ACTION", required=True)
    show = lead_sub.add_parser("show", parents=[common], help="a lead's fields")
    show.add_argument("number", help="L-000123 or 123")
    show.add_argument("--json", action="store_true")
    setter = lead_sub.add_parser("set", parents=[common], help="change fields")
    setter.add_argument("number")
    setter.add_argument("values", nargs="+", metavar="FIELD=VALUE")
    move = lead_sub.add_parser("move", parents=[common], help="move to a stage")
    move.add_argument("number")
    move.add_argument("stage")
    move.add_argument("--reason")
    log = lead_sub.add_parser(
        "log", parents=[common], help="log a call, message, meeting, note or the lead's action"
    )
    log.add_argument("number")
    log.add_argument("kind", help="call, email, whatsapp, sms, meeting, note or event")
    log.add_argument("--tag", help="for an event: what the lead did (webinar, quote_request…)")
    log.add_argument("--subject")
    log.add_argument("--body")
    log.add_argument("--direction", choices=("inbound", "outbound"))
    log.add_argument("--outcome", help="for a call: no_answer, left_message, talked…")
    log.add_argument("--at", help="when it happened (ISO 8601; default: now)")


def run(args: argparse.Namespace, ws: Workspace) -> int:
    if args.command == "import":
        return _import(args, ws)
    if args.command == "imports":
        return _imports(args, ws)
    if args.command == "export":
        n = ws.exports.export(args.format, args.out, sys.stdout)
        if args.out:
            print(f"{n} leads written to {args.out}", file=sys.stderr)
        return 0
    return _lead(args, ws)


def _import(args: argparse.Namespace, ws: Workspace) -> int:
    from leaddesk.domain.import_mapping import ImportMapping
    from leaddesk.services.imports import ImportOptions

    mapping = None
    if args.mapping is not None and not args.mapping.is_file():
        if args.mapping.suffix.lower() == ".json":
            raise LeadDeskError(f"--mapping {args.mapping}: there is no such file.")
        mapping = ws.mappings.get(str(args.mapping))
    elif args.mapping is not None:
        try:
            mapping = ImportMapping.from_json(json.loads(args.mapping.read_text("utf-8")))
        except (OSError, ValueError) as exc:
            raise LeadDeskError(f"--mapping {args.mapping}: {exc}") from None
    if not args.file.is_file():
        raise LeadDeskError(f"{args.file}: there is no such file.")
    options = ImportOptions(
        mapping=mapping,
        on_duplicate=args.on_duplicate,
        threshold=args.threshold,
        encoding=args.encoding,
        delimiter=args.delimiter,
        sheet=args.sheet,
        dry_run=args.dry_run,
        again=args.again,
    )

    def progress(done: float) -> None:
        print(f"progress {done:.3f}", file=sys.stderr, flush=True)

    report = ws.imports.run(args.file, options, progress=progress if args.progress else None)
    if not args.json:
        verb = "would be" if args.dry_run else "were"
        print(
            f"{args.file.name}: {report.rows} rows; {report.created} {verb} created, "
            f"{report.updated} updated, {report.duplicates} skipped as duplicates, "
            f"{report.rejected} rejected"
        )
        for r in report.rejects[:50]:
            where = f" ({r.column})" if r.column else ""
            print(f"  row {r.row}{where}: {r.reason}")
        if len(report.rejects) > 50:
            print(f"  … and {len(report.rejects) - 50} more")
    else:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    return 0


def _imports(args: argparse.Namespace, ws: Workspace) -> int:
    if args.imports_command == "list":
        for b in ws.imports.history():
            print(
                f"{b['id']}  {b['created_at']:%Y-%m-%d %H:%M}  {b['status']:9} {b['file']}: "
                f"{b['created']} created, {b['updated']} updated, {b['duplicates']} "
                f"duplicates, {b['rejected']} rejected"
            )
        return 0
    try:
        batch = uuid.UUID(args.batch)
    except ValueError:
        raise LeadDeskError(f"{args.batch!r} is not an import's id.") from None
    changes = ws.imports.undo(batch)
    print(f"import undone: {len(changes.leads)} leads taken back")
    return 0


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _lead(args: argparse.Namespace, ws: Workspace) -> int:
    record = ws.leads.by_number(args.number)
    if args.lead_command == "show":
        fields = {k: _plain(v) for k, v in dataclasses.asdict(record).items()}
        if args.json:
            print(json.dumps(fields, ensure_ascii=False))
        else:
            for k, v in fields.items():
                if v not in (None, "", [], {}, False):
                    print(f"{k}: {v}")
        return 0
    if args.lead_command == "log":
        at = dt.datetime.fromisoformat(args.at) if args.at else None
        if at is not None and at.tzinfo is None:
            at = at.astimezone()  # the computer's time zone, as people write times
        ws.activities.log(
            record.id, args.kind, tag=args.tag, subject=args.subject, body=args.body,
            direction=args.direction, outcome=args.outcome, occurred_at=at,
        )  # fmt: skip
        scored = ws.leads.get(record.id)
        print(f"{record.number}: {args.kind} logged; score {scored.score} ({scored.qualification})")
        return 0
    if args.lead_command == "move":
        ws.pipeline.move(record.id, args.stage, reason=args.reason, expected_version=record.version)
        print(f"{record.number} moved to {args.stage}")
        return 0
    values: dict[str, Any] = {}
    for pair in args.values:
        name, sep, value = pair.partition("=")
        if not sep:
            raise LeadDeskError(f"{pair!r}: give FIELD=VALUE.")
        values[name.strip()] = _typed(name.strip(), value)
    ws.leads.update(record.id, values, expected_version=record.version)
    print(f"{record.number} saved")
    return 0


def _typed(name: str, value: str) -> Any:
    """A command-line value as the service takes it for ``name``."""
    if name.startswith("dnc_"):
        from leaddesk.domain.import_values import parse_yes_no

        try:
            return bool(parse_yes_no(value))
        except ValueError:
            raise LeadDeskError(f"{name}: {value!r} is neither yes nor no.") from None
    if name == "tags":
        return [t.strip() for t in value.split(",") if t.strip()]
    return value or None
