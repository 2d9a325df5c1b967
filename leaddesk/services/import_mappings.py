"""Column mappings saved under a name, so the monthly export from the same program
imports with one choice (in the wizard, and ``leaddesk import --mapping NAME``)."""

from __future__ import annotations

from leaddesk.domain.import_mapping import ImportMapping
from leaddesk.errors import FieldIssue, NotFound, ValidationError
from leaddesk.services.context import ServiceContext
from leaddesk.store import reference as q
from leaddesk.store.models_capture import ImportMapping as SavedMapping
from leaddesk.store.session import transaction

MAX_NAME = 120


class ImportMappingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def names(self) -> list[str]:
        with transaction(self.ctx.db, write=False) as s:
            return q.mapping_names(s)

    def get(self, name: str) -> ImportMapping:
        with transaction(self.ctx.db, write=False) as s:
            row = q.mapping(s, name)
            if row is None:
                raise NotFound(
                    f"There is no saved mapping {name!r}.",
                    code="no_such_mapping",
                    params={"name": name},
                )
            return ImportMapping.from_json(row.mapping)

    def save(self, name: str, mapping: ImportMapping) -> None:
        """Under ``name``, replacing a mapping saved under it before."""
        text = " ".join(name.split())
        if not text:
            raise ValidationError([FieldIssue("name", "required", "a mapping needs a name.")])
        if len(text) > MAX_NAME:
            raise ValidationError(
                [
                    FieldIssue(
                        "name", "too_long", f"at most {MAX_NAME} characters.", {"max": MAX_NAME}
                    )
                ]
            )
        with transaction(self.ctx.db) as s:
            row = q.mapping(s, text)
            if row is None:
                s.add(SavedMapping(name=text, mapping=mapping.to_json()))
            else:
                row.mapping = mapping.to_json()

    def delete(self, name: str) -> None:
        with transaction(self.ctx.db) as s:
            row = q.mapping(s, name)
            if row is not None:
                s.delete(row)
