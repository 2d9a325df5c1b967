"""Custom field definitions: the fields a team adds to every lead (name, kind,
choices), used by the form, the filters, the leads table, imports and later scoring.

Values live in ``leads.custom_fields`` under the definition's key, so renaming a field
touches one row; changing its kind is refused while leads hold values the new kind
cannot read (they would silently stop counting in filters and scores).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from leaddesk.domain.custom_fields import MAX_CHOICES, FieldKind, convert, field_key, infer_kind
from leaddesk.errors import ConflictError, FieldIssue, NotFound, RuleViolation, ValidationError
from leaddesk.services.context import ServiceContext, check_version
from leaddesk.services.records import Changes
from leaddesk.store import reference as q
from leaddesk.store.models import CustomFieldDef
from leaddesk.store.session import transaction

MAX_NAME = 80
REFERENCE = Changes(reference=True)


@dataclass(frozen=True)
class CustomFieldRecord:
    id: uuid.UUID
    key: str
    name: str
    kind: FieldKind
    choices: tuple[str, ...]
    retired: bool
    version: int


def _record(row: CustomFieldDef) -> CustomFieldRecord:
    return CustomFieldRecord(
        row.id,
        row.key,
        row.name,
        FieldKind(row.kind),
        tuple(row.choices or ()),
        row.retired_at is not None,
        row.version,
    )


def _clean(name: str, kind: FieldKind, choices: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    text = " ".join(name.split())
    if not text or not field_key(text):
        raise ValidationError([FieldIssue("name", "required", "a field needs a name.")])
    if len(text) > MAX_NAME:
        raise ValidationError(
            [FieldIssue("name", "too_long", f"at most {MAX_NAME} characters.", {"max": MAX_NAME})]
        )
    picked = tuple(dict.fromkeys(c.strip() for c in choices if c.strip()))
    if kind is FieldKind.CHOICE and not picked:
        raise ValidationError(
            [FieldIssue("choices", "no_choices", "a choice field needs its choices.")]
        )
    if len(picked) > MAX_CHOICES:
        raise ValidationError(
            [
                FieldIssue(
                    "choices",
                    "too_many_choices",
                    f"at most {MAX_CHOICES} choices.",
                    {"max": MAX_CHOICES},
                )
            ]
        )
    return text, picked if kind is FieldKind.CHOICE else ()


def field_records(s: Session, *, retired: bool = False) -> tuple[CustomFieldRecord, ...]:
    """The fields in the owner's order (the active ones unless ``retired``)."""
    return tuple(_record(r) for r in q.custom_fields(s) if retired or r.retired_at is None)


class CustomFieldService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def all(self, *, retired: bool = False) -> list[CustomFieldRecord]:
        with transaction(self.ctx.db, write=False) as s:
            return list(field_records(s, retired=retired))

    @staticmethod
    def suggest(samples: Iterable[object]) -> tuple[FieldKind, tuple[str, ...]]:
        """The kind (and choices) a column of values most likely has."""
        return infer_kind(samples)

    def create(
        self, name: str, kind: FieldKind, choices: Sequence[str] = ()
    ) -> tuple[CustomFieldRecord, Changes]:
        text, picked = _clean(name, kind, choices)
        key = field_key(text)
        with transaction(self.ctx.db) as s:
            row = q.custom_field(s, key)
            if row is not None and row.retired_at is None:
                raise ConflictError(
                    f"name: there is a field {row.name!r} already.",
                    code="field_exists",
                    params={"name": row.name},
                )
            if row is None:
                row = CustomFieldDef(key=key, position=q.next_field_position(s))
                s.add(row)
            row.name, row.kind, row.choices, row.retired_at = text, kind.value, list(picked), None
            s.flush()
            return _record(row), REFERENCE

    def update(
        self,
        field_id: uuid.UUID,
        *,
        name: str,
        kind: FieldKind,
        choices: Sequence[str] = (),
        version: int,
    ) -> tuple[CustomFieldRecord, Changes]:
        text, picked = _clean(name, kind, choices)
        with transaction(self.ctx.db) as s:
            row = self._row(s, field_id)
            check_version("Custom field", row.id, version, row.version, label=row.name)
            if kind.value != row.kind or (
                kind is FieldKind.CHOICE and picked != tuple(row.choices)
            ):
                self._check_values(s, row.key, kind, picked, text)
            row.name, row.kind, row.choices = text, kind.value, list(picked)
            s.flush()
            return _record(row), REFERENCE

    def retire(self, field_id: uuid.UUID, retired: bool = True) -> Changes:
        """Hidden from the form and filters; the values stay on the leads."""
        with transaction(self.ctx.db) as s:
            row = self._row(s, field_id)
            row.retired_at = dt.datetime.now(dt.UTC) if retired else None
        return REFERENCE

    @staticmethod
    def _check_values(
        s: Session, key: str, kind: FieldKind, choices: tuple[str, ...], name: str
    ) -> None:
        for number, value in q.custom_values(s, key):
            try:
                converted = convert(kind, value)
                ok = kind is not FieldKind.CHOICE or converted in choices
            except (ValueError, ArithmeticError):
                ok = False
            if not ok:
                raise RuleViolation(
                    f"{name}: lead L-{number:06d} holds {value!r}, which a field of "
                    f"this kind cannot hold.",
                    code="field_values_misfit",
                    params={"field": name, "label": f"L-{number:06d}", "value": str(value)},
                )

    @staticmethod
    def _row(s: Session, field_id: uuid.UUID) -> CustomFieldDef:
        row = s.get(CustomFieldDef, field_id, with_for_update=True)
        if row is None:
            raise NotFound(f"There is no custom field {field_id}.", code="no_such_field")
        return row


_MISFIT_CODES = {
    FieldKind.NUMBER: "not_a_number",
    FieldKind.YES_NO: "not_yes_no",
    FieldKind.DATE: "date_invalid",
    FieldKind.CHOICE: "not_a_choice",
    FieldKind.TEXT: "too_long",
}


def checked_values(s: Session, values: dict[str, object]) -> dict[str, object]:
    """A lead's custom values as their fields' kinds keep them (a number as a number, a
    date as YYYY-MM-DD, a choice only among its choices); empty ones dropped. Keys no
    field defines are kept as given (imports may hold them until a field is made)."""
    fields = {f.key: f for f in q.custom_fields(s)}
    out: dict[str, object] = {}
    issues: list[FieldIssue] = []
    for key, raw in values.items():
        field = fields.get(key)
        if field is None:
            if raw is not None:
                out[key] = raw
            continue
        kind = FieldKind(field.kind)
        try:
            value = convert(kind, raw)
            if kind is FieldKind.CHOICE and value is not None and value not in field.choices:
                raise ValueError(f"{value!r} is not one of {field.name}'s choices.")
        except (ValueError, ArithmeticError) as exc:
            issues.append(FieldIssue(f"custom_fields.{field.name}", _MISFIT_CODES[kind], str(exc)))
            continue
        if value is not None:
            out[key] = value
    if issues:
        raise ValidationError(issues)
    return out
