"""One file row into a lead's checked values, with every cell's problem by column.

The same checks as the lead form (``clean_lead``), after the values of other programs
are read as LeadDesk's: statuses as stages, "Yes" as a flag, "15 Apr, 2021 00:03:00"
as a time, "1.234,50" as an amount, "Polska" as PL. Names of people, companies,
campaigns and owners are passed on as text for the import to look up.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from leaddesk.domain.custom_fields import FieldKind, JsonValue, convert, field_key
from leaddesk.domain.import_headers import EVENT
from leaddesk.domain.import_mapping import IGNORE, ImportMapping, custom_name, event_of
from leaddesk.domain.import_values import (
    country_code,
    parse_amount_any,
    parse_moment,
    parse_yes_no,
    split_full_name,
    stage_of,
    tidy_name,
)
from leaddesk.domain.leads import DO_NOT_CONTACT_FIELDS, SOURCE_KEY, Source, source_key
from leaddesk.domain.stages import Stage
from leaddesk.domain.validation import clean_lead
from leaddesk.errors import ValidationError

#: a spreadsheet would run these as formulas; LeadDesk's export writes them after an
#: apostrophe, which the import takes off again
FORMULA_START = ("=", "+", "-", "@")
_NUMBER = re.compile(r"\s*(?:L-)?0*(\d{1,9})\s*", re.IGNORECASE)
_LIST = re.compile(r"\s*[,;|]\s*")
PLAIN = ("company", "job_title", "city", "website", "notes", "reason", "currency", "external_id")
REFS = ("owner", "campaign", "segment", "product")


@dataclass(frozen=True)
class CellProblem:
    column: str  # the file's header ("" for the row as a whole)
    field: str
    code: str
    message: str
    fatal: bool = True  # the row is not saved (else saved without that value)


@dataclass(frozen=True)
class RowContext:
    default_region: str = "US"
    currency: str = "USD"
    zone: dt.tzinfo = dt.UTC
    custom_kinds: Mapping[str, FieldKind] = field(default_factory=dict)  # key → kind
    date_orders: Mapping[str, str | None] = field(default_factory=dict)  # header → order


@dataclass
class ConvertedRow:
    number: int  # where the row is in the file
    values: dict[str, Any] = field(default_factory=dict)  # checked, as clean_lead returns
    refs: dict[str, str] = field(default_factory=dict)  # owner, campaign... by name
    new_source: str | None = None  # a source named in the file the list does not have yet
    custom: dict[str, JsonValue] = field(default_factory=dict)
    created_at: dt.datetime | None = None
    lead_number: int | None = None  # LeadDesk's own number, from its export
    # behaviour events (tag, when; None: at the lead's created time), any column's
    events: list[tuple[str, dt.datetime | None]] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)

    @property
    def rejected(self) -> bool:
        return any(p.fatal for p in self.problems)


_DEFAULT_NAMES = {
    "web form": Source.WEB_FORM,
    "social media": Source.SOCIAL,
    "walk in": Source.WALK_IN,
    **{s.value.replace("_", " "): s for s in Source},
}


def default_source(value: str) -> str | None:
    """LeadDesk's own source a file names by key or English name ("web_form", "Web
    form", "Call"), as its export writes them."""
    folded = " ".join(value.replace("_", " ").replace("-", " ").casefold().split())
    found = _DEFAULT_NAMES.get(folded)
    return found.value if found else None


def unformula(value: str) -> str:
    """A cell LeadDesk's export protected ("'=A1" → "=A1"), as it was."""
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_START:
        return value[1:]
    return value


def _text(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))  # a phone number or id typed into Excel
    return unformula(str(raw).strip())


def convert_row(
    number: int,
    headers: Sequence[str],
    cells: Sequence[object],
    mapping: ImportMapping,
    ctx: RowContext,
) -> ConvertedRow:
    row = ConvertedRow(number)
    raw: dict[str, tuple[str, object]] = {}  # target → (header, first non-empty cell)
    notes: list[str] = []
    events: list[tuple[str, str, object]] = []
    for header, cell in zip(headers, cells, strict=False):
        target = mapping.target(header)
        if target == IGNORE or cell is None or _text(cell) == "":
            continue
        if (tag := event_of(target)) is not None:
            events.append((tag, header, cell))
        elif (name := custom_name(target)) is not None:
            _custom(row, header, field_key(name), cell, ctx)
        elif target == "notes":
            notes.append(_text(cell))
        else:
            raw.setdefault(target, (header, cell))
    if notes:
        raw["notes"] = ("", "\n".join(notes))
    values = _values(row, raw, mapping, ctx)
    for tag, header, cell in events:
        _event(row, tag, header, cell, ctx)
    column_of = {t: h for t, (h, _) in raw.items()}
    column_of |= {"first_name": column_of.get("full_name", column_of.get("first_name", ""))}
    column_of.setdefault("last_name", column_of.get("full_name", ""))
    for name in ("phone", "whatsapp"):
        column_of.setdefault(name, column_of.get("mobile", ""))
    try:
        # partial: a row without a name may still update the lead it duplicates; a
        # new lead's name is checked when the row is found to be new (import_plan)
        row.values = clean_lead(
            values, default_region=ctx.default_region, currency=ctx.currency, partial=True
        )
    except ValidationError as exc:
        row.problems += [
            CellProblem(column_of.get(i.field, ""), i.field, i.code, i.message) for i in exc.issues
        ]
    return row


def _values(
    row: ConvertedRow,
    raw: dict[str, tuple[str, object]],
    mapping: ImportMapping,
    ctx: RowContext,
) -> dict[str, Any]:
    out: dict[str, Any] = {}

    def problem(target: str, code: str, message: str, fatal: bool = True) -> None:
        row.problems.append(CellProblem(raw[target][0], target, code, message, fatal))

    def text(target: str) -> str | None:
        return _text(raw[target][1]) if target in raw else None

    if (full := text("full_name")) is not None:
        first, last = split_full_name(full)
        out["first_name"], out["last_name"] = first, last
    for name in ("first_name", "last_name"):
        if (given := text(name)) is not None:
            out[name] = given
    for name in ("first_name", "last_name"):
        if out.get(name):
            out[name] = tidy_name(out[name])
    for name in PLAIN:
        if (given := text(name)) is not None:
            out[name] = given
    if (email := text("email")) is not None:
        out["email"] = _LIST.split(email)[0]  # "a@x.pl; b@x.pl": the first is the lead's
    phone, mobile, whatsapp = text("phone"), text("mobile"), text("whatsapp")
    out |= {k: v for k, v in (("phone", phone or mobile), ("whatsapp", whatsapp)) if v}
    if phone and mobile and not whatsapp:
        out["whatsapp"] = mobile  # a mobile beside a desk phone is usually the WhatsApp one
    street = [p for p in (text("address"), text("postal_code"), text("region")) if p]
    if street:
        out["address"] = ", ".join(street)
    if (country := text("country")) is not None:
        code = mapping.mapped_value("country", country) or country_code(country)
        if code:
            out["country"] = code
        else:
            problem("country", "country_unknown", f"{country!r} is not a country LeadDesk knows.")
    if (stage := text("stage")) is not None:
        found = mapping.mapped_value("stage", stage) or stage_of(stage)
        try:
            out["stage"] = Stage(found) if found else None
        except ValueError:
            out["stage"] = None
        if out["stage"] is None:
            del out["stage"]
            problem("stage", "stage_unknown", f"{stage!r} is not a stage LeadDesk knows.")
        elif out["stage"].needs_reason and not out.get("reason"):
            out["reason"] = f"Imported with status {stage!r}"[:500]
    if (source := text("source")) is not None:
        # a default source by its key or English name; any other value is the team's
        # own category ("Trade Show" is not folded into Event: the reports by source
        # would lose it), which the mapping's values can send to an existing source
        key = mapping.mapped_value("source", source) or default_source(source)
        if key is None or not SOURCE_KEY.fullmatch(key):
            key, row.new_source = source_key(source), source[:80]
        out["source"] = key
    for name in REFS:
        if (given := text(name)) is not None:
            row.refs[name] = mapping.mapped_value(name, given) or given
    if (tags := text("tags")) is not None:
        out["tags"] = [t for t in _LIST.split(tags) if t]
    if "deal_value" in raw:
        try:
            cell = raw["deal_value"][1]
            out["deal_value"] = cell if isinstance(cell, int | float) else parse_amount_any(cell)
        except ValueError:
            problem("deal_value", "not_a_number", f"{text('deal_value')!r} is not an amount.")
    for name in DO_NOT_CONTACT_FIELDS:
        if name in raw:
            try:
                out[name] = bool(parse_yes_no(raw[name][1]))
            except ValueError:
                problem(name, "not_yes_no", f"{text(name)!r} is neither yes nor no.")
    for name in ("birthday", "created_at"):
        if name in raw:
            _moment(row, out, name, raw[name], ctx)
    if (lead_number := text("number")) is not None:
        if m := _NUMBER.fullmatch(lead_number):
            row.lead_number = int(m.group(1))
        else:
            problem("number", "not_a_number", f"{lead_number!r} is not a lead number.", False)
    return out


def _moment(
    row: ConvertedRow, out: dict[str, Any], name: str, cell: tuple[str, object], ctx: RowContext
) -> None:
    header, value = cell
    try:
        moment = parse_moment(value, order=ctx.date_orders.get(header))
    except ValueError:
        row.problems.append(
            CellProblem(header, name, "date_invalid", f"{_text(value)!r} is not a date.")
        )
        return
    if name == "birthday":
        out["birthday"] = moment.date() if isinstance(moment, dt.datetime) else moment
        return
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(12))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ctx.zone)
    row.created_at = moment.astimezone(dt.UTC)


def _event(row: ConvertedRow, tag: str, header: str, cell: object, ctx: RowContext) -> None:
    """A cell of an event column: yes (at the lead's created time), no (nothing) or the
    date it happened; anything else is a warning, and the row is saved without it."""
    try:
        if parse_yes_no(cell):
            row.events.append((tag, None))
        return
    except ValueError:
        pass
    try:
        moment = parse_moment(cell, order=ctx.date_orders.get(header))
    except ValueError:
        row.problems.append(
            CellProblem(
                header, EVENT + tag, "event_invalid",
                f"{_text(cell)!r} is neither a date nor yes or no; no event saved.", fatal=False,
            )
        )  # fmt: skip
        return
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(12))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ctx.zone)
    row.events.append((tag, moment.astimezone(dt.UTC)))


def _custom(row: ConvertedRow, header: str, key: str, cell: object, ctx: RowContext) -> None:
    kind = ctx.custom_kinds.get(key, FieldKind.TEXT)
    try:
        row.custom[key] = convert(kind, unformula(cell) if isinstance(cell, str) else cell)
    except (ValueError, ArithmeticError):
        row.problems.append(
            CellProblem(
                header, f"custom:{key}", "custom_invalid", f"{_text(cell)!r} is not a {kind.value}."
            )
        )
