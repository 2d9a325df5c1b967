"""How a file's columns and values become a lead's: the mapping a user sees, saves
and reuses, and its JSON form for ``leaddesk import --mapping``.

JSON: ``{"columns": {"Header": "field" | "custom:Name" | "ignore"},
"values": {"field": {"value in file": "value in LeadDesk"}}}``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from leaddesk.domain.activities import event_tag
from leaddesk.domain.import_headers import EVENT, TARGETS, recognise_columns

IGNORE = "ignore"
CUSTOM = "custom:"
#: targets mappings saved before the rules scored imported leads: read as ignored
RETIRED = frozenset({"score"})
#: value maps the mapping may carry, by target
VALUE_MAPPED = ("stage", "source", "owner", "campaign", "segment", "product", "country")


@dataclass(frozen=True)
class ImportMapping:
    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    def target(self, header: str) -> str:
        return self.columns.get(header, IGNORE)

    def mapped_value(self, target: str, raw: str) -> str | None:
        """The user's own translation of a file value (matched ignoring case)."""
        table = self.values.get(target)
        if not table:
            return None
        if raw in table:
            return table[raw]
        folded = raw.strip().casefold()
        for k, v in table.items():
            if k.strip().casefold() == folded:
                return v
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "columns": dict(self.columns),
            "values": {k: dict(v) for k, v in self.values.items()},
        }

    @classmethod
    def from_json(cls, raw: object) -> ImportMapping:
        """Raises ValueError naming each part of ``raw`` that is not a mapping."""
        if not isinstance(raw, Mapping):
            raise ValueError('A mapping is a JSON object with "columns" and "values".')
        problems: list[str] = []
        unknown = set(raw) - {"columns", "values", "name"}
        if unknown:
            problems.append(f"unknown keys: {', '.join(sorted(map(str, unknown)))}")
        columns: dict[str, str] = {}
        given = raw.get("columns", {})
        if not isinstance(given, Mapping):
            problems.append('"columns" must be an object of header: field')
            given = {}
        for header, target in given.items():
            if target in RETIRED:
                columns[str(header)] = IGNORE
            elif not isinstance(target, str) or not valid_target(target):
                problems.append(
                    f'column "{header}": {target!r} is not a field '
                    f'(one of {", ".join(TARGETS)}, "custom:Name", "event:tag" or "ignore")'
                )
            else:
                columns[str(header)] = target
        values: dict[str, dict[str, str]] = {}
        given_values = raw.get("values", {})
        if not isinstance(given_values, Mapping):
            problems.append('"values" must be an object of field: {value in file: value}')
            given_values = {}
        for target, table in given_values.items():
            if not isinstance(table, Mapping) or not all(
                isinstance(v, str) for v in table.values()
            ):
                problems.append(f'values of "{target}" must map text to text')
                continue
            values[str(target)] = {str(k): str(v) for k, v in table.items()}
        if problems:
            raise ValueError("The mapping cannot be used: " + "; ".join(problems) + ".")
        return cls(columns, values)


def valid_target(target: str) -> bool:
    if target == IGNORE or target in TARGETS:
        return True
    if (tag := event_of(target)) is not None:
        return bool(tag) and event_tag(tag) == tag
    return target.startswith(CUSTOM) and 0 < len(target[len(CUSTOM) :].strip()) <= 80


def event_of(target: str) -> str | None:
    """The event tag an ``event:TAG`` target puts on the timeline."""
    return target[len(EVENT) :] if target.startswith(EVENT) else None


def auto_mapping(headers: Sequence[str], saved: ImportMapping | None = None) -> ImportMapping:
    """Recognised headers mapped, the rest ignored; a saved mapping's choices win for
    the headers it names."""
    found = recognise_columns(headers)
    columns = {h: found.get(i, IGNORE) for i, h in enumerate(headers)}
    if saved is not None:
        columns |= {h: t for h, t in saved.columns.items() if h in columns}
        return ImportMapping(columns, saved.values)
    return ImportMapping(columns)


def custom_name(target: str) -> str | None:
    return target[len(CUSTOM) :].strip() if target.startswith(CUSTOM) else None
