"""New lead: the few fields a rep types during a call, checked as they are typed,
with a warning (and a way to open it instead) when the email or number is already a
lead's. The team's custom fields are here too (a budget asked on the phone is typed
now, not forgotten). The full record is one click away: Create and open.

The lists follow the owner: a source or field added while the form is open appears
in it, keeping what was typed."""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.stages import STAGE_ORDER, Stage
from leaddesk.domain.validation import clean_lead
from leaddesk.errors import LeadDeskError, ValidationError
from leaddesk.services.records import Changes, ContactMatch, UserRecord
from leaddesk.services.workspace import Workspace
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.issues import issue_text
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.names.stages import stage_label
from leaddesk.ui.widgets.banner import error_banner, notice_banner
from leaddesk.ui.widgets.checked_field import checked_field
from leaddesk.ui.widgets.custom_fields_box import CustomFieldsBox

LOOKUP_MS = 250  # after the last key, the contacts are looked up
FIELDS = ("first_name", "last_name", "company", "phone", "email", "country")
LEFT_TO_RIGHT = ("phone", "email", "country")


class NewLeadDialog(QDialog):
    created = Signal(object, object, bool)  # LeadRecord, Changes, open it in its window
    openExisting = Signal(object)  # the id of a lead that has the typed contact already

    def __init__(
        self,
        workspace: Workspace,
        me: uuid.UUID | None,
        users: tuple[UserRecord, ...],
        stage: Stage = Stage.OPEN,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newLeadDialog")
        self.setWindowTitle(self.tr("New lead"))
        self.setMinimumWidth(460)
        self.ws, self.me = workspace, me
        self.editors: dict[str, QLineEdit] = {}
        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, label in (
            ("first_name", self.tr("First name")),
            ("last_name", self.tr("Last name")),
            ("company", self.tr("Company")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("Email")),
            ("country", self.tr("Country (two letters)")),
        ):
            editor = QLineEdit()
            holder, error = checked_field(name, editor, left_to_right=name in LEFT_TO_RIGHT)
            form.addRow(label, holder)
            self.editors[name], self._errors[name] = editor, error
        self.editors["country"].setText(workspace.ctx.default_region)
        self.editors["country"].setMaxLength(2)
        self.source = QComboBox()
        self.source.setObjectName("source")
        form.addRow(self.tr("Source"), self.source)
        self.stage = QComboBox()
        self.stage.setObjectName("stage")
        for step in STAGE_ORDER:
            if not step.is_closed:  # an inquiry is not won or lost as it comes in
                self.stage.addItem(stage_label(step), step.value)
        self.stage.setCurrentIndex(max(0, self.stage.findData(stage.value)))
        form.addRow(self.tr("Stage"), self.stage)
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        if me is not None:
            self.owner.addItem(self.tr("Me"), str(me))
        self.owner.addItem(self.tr("The pool (nobody yet)"), None)
        for user in users:
            if user.id != me:
                self.owner.addItem(user.name, str(user.id))
        form.addRow(self.tr("Owner"), self.owner)

        self.message = error_banner("newLeadMessage")
        self.custom = CustomFieldsBox(self.tr("Custom fields"), lambda *_: self._check(), self)
        self._fill_choices()

        self.duplicates = notice_banner("duplicateWarning")
        self.duplicates.setTextFormat(Qt.TextFormat.RichText)
        self.duplicates.linkActivated.connect(self._open_existing)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setObjectName("createLead")
        self.create_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Create and open"))
        self.open_button.setObjectName("createAndOpen")
        for button in (self.create_button, self.open_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.clicked.connect(lambda: self.save(open_it=False))
        self.open_button.clicked.connect(lambda: self.save(open_it=True))
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.custom)
        lay.addWidget(self.duplicates)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self._lookup = QTimer(self, singleShot=True, interval=LOOKUP_MS)
        self._lookup.timeout.connect(self.look_up)
        self.matches: list[ContactMatch] = []
        for editor in self.editors.values():
            editor.textChanged.connect(self._typed)
        for combo in (self.source, self.stage, self.owner):
            combo.currentIndexChanged.connect(self._check)
        self._check()

    def _fill_choices(self) -> None:
        """The sources and custom fields there are now, keeping what is picked and typed."""
        try:
            choices = self.ws.leads.form_choices()
        except LeadDeskError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        keep = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("(none)"), None)
        for key, name in choices.sources:
            self.source.addItem(source_label(key, name), key)
        self.source.setCurrentIndex(max(0, self.source.findData(keep)) if keep else 0)
        self.source.blockSignals(False)
        self.custom.set_fields(choices.custom_fields)
        self._errors = {n: e for n, e in self._errors.items() if "." not in n}
        self._errors |= self.custom.errors

    def note_changes(self, changes: Changes) -> None:
        if changes.reference:
            self._fill_choices()
            self._check()

    # checking as the rep types ---------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {n: e.text() for n, e in self.editors.items()}
        out["custom_fields"] = self.custom.values()
        out["source"] = self.source.currentData()
        out["stage"] = self.stage.currentData()
        owner = self.owner.currentData()
        out["owner_id"] = uuid.UUID(owner) if owner else None
        return out

    def _typed(self) -> None:
        self._check()
        self._lookup.start()

    def _check(self) -> bool:
        """Each field's problem beside it; Create waits until there are none."""
        values = self.values()
        try:
            clean_lead(values, default_region=self.ws.ctx.default_region)
            issues = {}
        except ValidationError as exc:
            issues = {i.field: i for i in exc.issues}
        issues |= {i.field: i for i in self.custom.issues()}
        for name, error in self._errors.items():
            issue = issues.get(name)
            # a name is required, but saying so before anything is typed only nags
            shown = issue is not None and (name != "first_name" or bool(self.editors[name].text()))
            error.setText(issue_text(issue) if issue is not None else "")
            error.setVisible(shown)
        for button in (self.create_button, self.open_button):
            button.setEnabled(not issues)
        return not issues

    def look_up(self) -> None:
        """Leads that have the typed email or number already: open one instead?"""
        values = self.values()
        try:
            self.matches = self.ws.leads.same_contact(
                email=values["email"], phones=[values["phone"]], country=values["country"]
            )
        except LeadDeskError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        if not self.matches:
            self.duplicates.hide()
            return
        lines = [
            self.tr("%1 %2 (%3) has this %4 already: <a href='%5'>open it instead</a>")
            .replace("%1", html.escape(m.number))
            # the name in its own direction: an Arabic name in an English line (and the
            # other way round) does not carry the number or the brackets with it
            .replace("%2", f"\u2068{html.escape(m.name)}\u2069")
            .replace("%3", html.escape(stage_label(m.stage)))
            .replace("%4", self._fields_text(m.fields))
            .replace("%5", str(m.id))
            for m in self.matches
        ]
        self.duplicates.setText("<br>".join(lines))
        self.duplicates.show()

    def _fields_text(self, fields: tuple[str, ...]) -> str:
        if fields == ("email",):
            return self.tr("email")
        if fields == ("phone",):
            return self.tr("number")
        return self.tr("email and number")

    def _open_existing(self, link: str) -> None:
        self.openExisting.emit(uuid.UUID(link))
        self.reject()

    # saving -----------------------------------------------------------------------------
    def save(self, *, open_it: bool) -> bool:
        if not self._check():
            return False
        try:
            result = self.ws.leads.create(self.values(), user_id=self.me)
        except ValidationError as exc:
            self.message.setText("; ".join(issue_text(i) for i in exc.issues))
            self.message.show()
            return False
        except LeadDeskError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self.created.emit(result.value, result.changes, open_it)
        self.accept()
        return True
