"""A lead's detail form: three sections and custom fields, checked as the user types.

Checking uses the domain's own cleaning (the same rules the save applies), so
the form never accepts what the service would refuse. A bad value stays in its
field with the reason beside it; only the Save button waits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from decimal import Decimal
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.leads import BASIC_FIELDS, DO_NOT_CONTACT_FIELDS
from leaddesk.domain.validation import clean_lead, format_phone
from leaddesk.errors import FieldIssue, ValidationError
from leaddesk.services.custom_fields import CustomFieldRecord
from leaddesk.services.leads import FormChoices
from leaddesk.services.records import LeadRecord
from leaddesk.ui.formatting import amount, read_amount
from leaddesk.ui.names.issues import issue_text
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.widgets.checked_field import checked_field
from leaddesk.ui.widgets.custom_fields_box import CustomFieldsBox

TEXT_FIELDS = (*BASIC_FIELDS, "deal_value", "currency", "website", "birthday")
CHOICE_FIELDS = ("source", "campaign_id", "segment_id")
PHONES = ("phone", "whatsapp")
LEFT_TO_RIGHT = (*PHONES, "email", "website", "birthday", "deal_value", "currency")


def _shown(record: LeadRecord, name: str) -> str:
    value = getattr(record, name)
    if value is None:
        return ""
    if name in PHONES:
        return format_phone(value, record.country)
    if name == "birthday":
        return cast(dt.date, value).isoformat()
    if name == "deal_value":
        # as the service takes it, without trailing zeros (as typed text is read back);
        # put() shows it as the locale writes it
        return f"{cast(Decimal, value).normalize():f}"
    return str(value)


def _typed_amount(text: str) -> str:
    """The deal value as typed in the user's locale (1 500,50), as the service takes it
    (1500.50); text that is no amount goes as typed, for the service to name."""
    try:
        return f"{read_amount(text):f}"
    except ValueError:
        return text


def values_of(record: LeadRecord) -> dict[str, Any]:
    """A record's fields in the shape ``LeadForm.raw_values`` has, for comparing."""
    out: dict[str, Any] = {name: _shown(record, name) or None for name in TEXT_FIELDS}
    out["notes"] = (record.notes or "").strip() or None
    out["source"] = record.source or None
    out["campaign_id"] = record.campaign_id
    out["segment_id"] = record.segment_id
    out["product_ids"] = tuple(sorted(record.product_ids))
    out["tags"] = tuple(sorted(set(record.tags)))
    out["custom_fields"] = {str(k): v for k, v in record.custom_fields.items() if v is not None}
    for name in DO_NOT_CONTACT_FIELDS:
        out[name] = bool(getattr(record, name))
    return out


class LeadForm(QWidget):
    """Edits one lead; ``changes()`` are the fields that differ from what was loaded."""

    edited = Signal()  # any field changed (validity and dirtiness may have too)

    def __init__(
        self,
        choices: FormChoices,
        default_region: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._region = default_region
        self._loaded: dict[str, Any] = {}
        self._loading = False
        self._dirty = False
        self.issues: dict[str, FieldIssue] = {}
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}  # field -> its label, as the form shows it
        self._errors: dict[str, QLabel] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)

        basic = self._section(self.tr("Basic information"), "basic")
        for name, label in (
            ("first_name", self.tr("First name")),
            ("last_name", self.tr("Last name")),
            ("company", self.tr("Company")),
            ("job_title", self.tr("Job title")),
            ("email", self.tr("Email")),
            ("phone", self.tr("Phone")),
            ("whatsapp", self.tr("WhatsApp")),
            ("address", self.tr("Address")),
            ("city", self.tr("City")),
            ("country", self.tr("Country (two letters)")),
        ):
            self._add(basic, name, label, QLineEdit())
        qualifiers = self._section(self.tr("Qualifiers"), "qualifiers")
        self._add(qualifiers, "deal_value", self.tr("Deal value"), QLineEdit())
        self._add(qualifiers, "currency", self.tr("Currency"), QLineEdit())
        source = QComboBox()
        source.addItem(self.tr("(none)"), None)
        for key, name in choices.sources:
            source.addItem(source_label(key, name), key)
        self._add(qualifiers, "source", self.tr("Source"), source)
        self._add(qualifiers, "campaign_id", self.tr("Campaign"), self._combo(choices.campaigns))
        self._add(qualifiers, "segment_id", self.tr("Segment"), self._combo(choices.segments))
        products = QListWidget()
        products.setObjectName("products")
        products.setMaximumHeight(96)
        for pid, pname in choices.products:
            item = QListWidgetItem(pname)
            item.setData(Qt.ItemDataRole.UserRole, str(pid))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            products.addItem(item)
        products.itemChanged.connect(self._changed)
        self._add(qualifiers, "product_ids", self.tr("Products"), products)
        tags = QLineEdit()
        tags.setPlaceholderText(self.tr("comma-separated"))
        self._add(qualifiers, "tags", self.tr("Tags"), tags)
        more = self._section(self.tr("Supplementary"), "supplementary")
        self._add(more, "website", self.tr("Website"), QLineEdit())
        birthday = QLineEdit()
        birthday.setPlaceholderText("YYYY-MM-DD")
        self._add(more, "birthday", self.tr("Birthday"), birthday)
        notes = QPlainTextEdit()
        notes.setMaximumHeight(120)
        self._add(more, "notes", self.tr("Notes"), notes)
        dnc = self._section(self.tr("Do not contact"), "dnc")
        for name, label in (
            ("dnc_email", self.tr("Email")),
            ("dnc_phone", self.tr("Phone calls")),
            ("dnc_whatsapp", self.tr("WhatsApp")),
            ("dnc_sms", self.tr("SMS")),
        ):
            self._add(dnc, name, "", QCheckBox(label))
            self.labels[name] = self.tr("Do not contact: %1").replace("%1", label)
        self._custom_box = CustomFieldsBox(self.tr("Custom fields"), self._changed, self)
        self.labels["custom_fields"] = self._custom_box.title()
        self.set_fields(choices.custom_fields)
        for box in (basic, qualifiers, dnc, more):
            section = box.parentWidget()
            assert section is not None  # _section made the layout its group box's
            lay.addWidget(section)
        lay.addWidget(self._custom_box)
        lay.addStretch(1)

    # building ---------------------------------------------------------------
    def _section(self, title: str, name: str) -> QFormLayout:
        box = QGroupBox(title, self)  # owned by the form from the start
        box.setObjectName(f"section_{name}")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    @staticmethod
    def _combo(items: tuple[tuple[uuid.UUID, str], ...]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(QCoreApplication.translate("LeadForm", "(none)"), None)
        for item_id, name in items:
            combo.addItem(name, str(item_id))
        return combo

    def _add(self, form: QFormLayout, name: str, label: str, editor: QWidget) -> None:
        holder, error = checked_field(name, editor, left_to_right=name in LEFT_TO_RIGHT)
        form.addRow(label, holder)
        self.editors[name] = editor
        self.labels[name] = label
        self._errors[name] = error
        if isinstance(editor, QLineEdit | QPlainTextEdit):
            editor.textChanged.connect(self._changed)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(self._changed)
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(self._changed)

    def set_fields(self, fields: tuple[CustomFieldRecord, ...]) -> None:
        """One editor per active custom field, in the owner's order (again when the
        owner changes the list; load the record afterwards)."""
        for name in [n for n in self._errors if n.startswith("custom_fields.")]:
            del self._errors[name]
        self._custom_box.set_fields(fields)
        self._errors |= self._custom_box.errors

    # loading and reading ------------------------------------------------------
    def load(self, record: LeadRecord) -> None:
        """Show ``record``; what it holds becomes the unchanged state."""
        self._loading = True
        try:
            self.put(values_of(record))
        finally:
            self._loading = False
        self._loaded = self.raw_values()
        self._check()

    def put(self, values: dict[str, Any]) -> None:
        """Fill the editors from values shaped as ``raw_values`` returns them."""
        for name in TEXT_FIELDS:
            if name in values:
                self._line(name).setText(values[name] or "")
        if values.get("deal_value"):
            # the amount as the user's locale writes it; text that is no amount stays
            with contextlib.suppress(ArithmeticError):
                self._line("deal_value").setText(amount(Decimal(values["deal_value"])))
        if "notes" in values:
            notes = self.editors["notes"]
            assert isinstance(notes, QPlainTextEdit)
            notes.setPlainText(values["notes"] or "")
        for name in CHOICE_FIELDS:
            if name in values:
                combo = self.editors[name]
                assert isinstance(combo, QComboBox)
                value = values[name]
                combo.setCurrentIndex(max(0, combo.findData(str(value) if value else None)))
        if "product_ids" in values:
            wanted = {str(p) for p in values["product_ids"]}
            products = self._products()
            for i in range(products.count()):
                item = products.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if "tags" in values:
            self._line("tags").setText(", ".join(values["tags"]))
        if "custom_fields" in values:
            self._custom_box.put(values["custom_fields"])
        for name in DO_NOT_CONTACT_FIELDS:
            if name in values:
                box = self.editors[name]
                assert isinstance(box, QCheckBox)
                box.setChecked(bool(values[name]))

    def _line(self, name: str) -> QLineEdit:
        editor = self.editors[name]
        assert isinstance(editor, QLineEdit)
        return editor

    def _products(self) -> QListWidget:
        products = self.editors["product_ids"]
        assert isinstance(products, QListWidget)
        return products

    def raw_values(self) -> dict[str, Any]:
        """What the form holds, as the service takes it (unchecked)."""
        out: dict[str, Any] = {
            name: self._line(name).text().strip() or None for name in TEXT_FIELDS
        }
        if out["deal_value"]:
            out["deal_value"] = _typed_amount(out["deal_value"])
        notes = self.editors["notes"]
        assert isinstance(notes, QPlainTextEdit)
        out["notes"] = notes.toPlainText().strip() or None
        for name in CHOICE_FIELDS:
            combo = self.editors[name]
            assert isinstance(combo, QComboBox)
            data = combo.currentData()
            out[name] = uuid.UUID(data) if data and name != "source" else data
        products = self._products()
        out["product_ids"] = tuple(
            sorted(
                uuid.UUID(products.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(products.count())
                if products.item(i).checkState() == Qt.CheckState.Checked
            )
        )
        tags = self._line("tags").text().split(",")
        out["tags"] = tuple(sorted({t.strip() for t in tags if t.strip()}))
        out["custom_fields"] = self._custom_box.values()
        for name in DO_NOT_CONTACT_FIELDS:
            box = self.editors[name]
            assert isinstance(box, QCheckBox)
            out[name] = box.isChecked()
        return out

    def changes(self) -> dict[str, Any]:
        """Fields the user changed since loading, as entered."""
        now = self.raw_values()
        return {k: v for k, v in now.items() if self._loaded.get(k) != v}

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def valid(self) -> bool:
        return not self.issues

    # checking -----------------------------------------------------------------
    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        self._check()
        self.edited.emit()

    def _check(self) -> None:
        """Check what changed (and the name, which must never end up empty)."""
        now = self.raw_values()
        values = {k: v for k, v in now.items() if self._loaded.get(k) != v}
        self._dirty = bool(values)
        values.setdefault("first_name", now["first_name"])
        values.setdefault("last_name", now["last_name"])
        try:
            # numbers are read with the country the form shows, as the save reads them
            country = {"country": now.get("country")}
            clean_lead({**values, **country}, default_region=self._region, partial=True)
            found: list[FieldIssue] = []
        except ValidationError as exc:
            found = list(exc.issues)
        found += self._custom_box.issues()
        self.issues = {i.field: i for i in found}
        for name, label in self._errors.items():
            issue = self.issues.get(name)
            label.setText(issue_text(issue) if issue else "")
            label.setVisible(issue is not None)
