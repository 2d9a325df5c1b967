"""The custom fields of a lead as one section of a form: an editor per active field in
the owner's order, each with its problem beside it. The lead form and the quick
new-lead dialog both show it, so a field is entered the same way in both.

Values of fields the section does not show (retired ones, keys an import left) are
kept as they were and handed back with the rest: saving never drops them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from leaddesk.domain.custom_fields import FieldKind, convert
from leaddesk.errors import FieldIssue
from leaddesk.services.custom_fields import CustomFieldRecord
from leaddesk.ui.widgets.checked_field import checked_field
from leaddesk.ui.widgets.custom_editors import CustomEditor, connect_edits, editor_for


class CustomFieldsBox(QGroupBox):
    def __init__(
        self, title: str, changed: Callable[..., object], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName("section_custom")
        self._changed = changed
        self._quiet = False  # putting back values is not the user editing
        self._form = QFormLayout(self)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, CustomEditor] = {}
        # each field's problem label, by the issue's field name ("custom_fields.KEY")
        self.errors: dict[str, QLabel] = {}
        self._other: dict[str, Any] = {}  # values of fields not shown

    def set_fields(self, fields: tuple[CustomFieldRecord, ...]) -> None:
        """One editor per field (again when the owner changes the list: what the
        editors held is put back where the field is still there)."""
        held = self.values()
        while self._form.rowCount():
            self._form.removeRow(0)
        self.editors, self.errors = {}, {}
        for field in fields:
            editor = editor_for(field)
            holder, error = checked_field(
                f"custom_{field.key}", editor.widget, left_to_right=field.kind is FieldKind.NUMBER
            )
            self._form.addRow(field.name, holder)
            connect_edits(editor, self._edited)
            self.editors[field.key] = editor
            self.errors[f"custom_fields.{field.key}"] = error
        self.setVisible(bool(fields))
        self._quiet = True
        try:
            self.put(held)
        finally:
            self._quiet = False

    def _edited(self, *args: object) -> None:
        if not self._quiet:
            self._changed(*args)

    def put(self, values: Mapping[str, Any]) -> None:
        self._other = {k: v for k, v in values.items() if k not in self.editors}
        for key, editor in self.editors.items():
            editor.put(values.get(key))

    def values(self) -> dict[str, Any]:
        """The values to save: the editors' (unset ones left out) and the others, untouched."""
        out = dict(self._other)
        for key, editor in self.editors.items():
            value = editor.raw()
            if value is not None:
                out[key] = value
        return out

    def issues(self) -> list[FieldIssue]:
        """Values their field's kind cannot hold, as the save would refuse them."""
        found = []
        for key, editor in self.editors.items():
            kind, raw = editor.field.kind, editor.raw()
            try:
                convert(kind, raw)
            except (ValueError, ArithmeticError) as exc:
                code = "not_a_number" if kind is FieldKind.NUMBER else "not_text"
                found.append(FieldIssue(f"custom_fields.{key}", code, str(exc)))
        return found
