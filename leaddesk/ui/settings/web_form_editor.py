"""One web form's definition as the Settings ▸ Web forms page edits it: its name, the
lead fields it asks for, where its leads come from, the page a visitor is sent on to,
and its secret and snippet to paste into the site."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.activities import KNOWN_EVENT_TAGS
from leaddesk.domain.web_forms import WEB_FIELDS
from leaddesk.services.leads import FormChoices
from leaddesk.services.web_forms import WebFormRecord
from leaddesk.ui.names.activities import event_tag_label
from leaddesk.ui.names.issues import field_label
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button

FIELD_COLUMNS = 3
NEW_FORM_FIELDS = ("first_name", "last_name", "email", "phone", "notes")


@dataclass(frozen=True)
class FormValues:
    """What the editor shows, as the web form service takes it."""

    name: str
    fields: list[str]
    source: str | None
    campaign_id: uuid.UUID | None
    redirect_url: str | None
    event_tag: str | None = None


class WebFormEditor(QWidget):
    """Says ``save_requested`` / ``token_requested``; the page calls the services."""

    save_requested = Signal()
    token_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("webFormEditor")
        self.form: WebFormRecord | None = None
        self.name = QLineEdit()
        self.name.setObjectName("webFormName")
        self.name.setMaxLength(120)
        self.fields: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, name in enumerate(WEB_FIELDS):
            box = QCheckBox(field_label(name))
            box.setObjectName(f"webFormField_{name}")
            self.fields[name] = box
            grid.addWidget(box, i // FIELD_COLUMNS, i % FIELD_COLUMNS)
        asked = QGroupBox(self.tr("Fields the form asks for"))
        asked.setLayout(grid)
        self.source = QComboBox()
        self.source.setObjectName("webFormSource")
        self.campaign = QComboBox()
        self.campaign.setObjectName("webFormCampaign")
        self.redirect = QLineEdit()
        self.redirect.setObjectName("webFormRedirect")
        self.redirect.setPlaceholderText(self.tr("https://… (empty: a thank-you page)"))
        self.redirect.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an address
        self.key = QLineEdit()
        self.key.setObjectName("webFormKey")
        self.key.setReadOnly(True)
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.token = QLineEdit()
        self.token.setObjectName("webFormToken")
        self.token.setReadOnly(True)
        self.token.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.new_token_button = push_button(
            self.tr("New token"), "webFormNewToken", self.token_requested.emit
        )
        self.new_token_button.setToolTip(
            self.tr("The old token stops working at once: put the new snippet on the site.")
        )
        token_row = QHBoxLayout()
        token_row.addWidget(self.token, 1)
        token_row.addWidget(self.new_token_button)
        self.save_button = push_button(self.tr("Save"), "webFormSave", self.save_requested.emit)
        self.problem = error_banner("webFormProblem")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(asked)
        form.addRow(self.tr("Source of its leads"), self.source)
        form.addRow(self.tr("Campaign"), self.campaign)
        form.addRow(self.tr("Page after sending"), self.redirect)
        self.event_tag = QComboBox()
        self.event_tag.setObjectName("webFormEventTag")
        self.event_tag.setEditable(True)  # a team's own action too ("trial_signup")
        self.event_tag.addItem(self.tr("(nothing for scoring)"), None)
        for tag in KNOWN_EVENT_TAGS:
            self.event_tag.addItem(event_tag_label(tag), tag)
        self.event_tag.setToolTip(
            self.tr("Each submission is also this action of the lead's, which scoring counts.")
        )
        form.addRow(self.tr("Counts as"), self.event_tag)
        form.addRow(self.tr("Address key"), self.key)
        form.addRow(self.tr("Secret token"), token_row)
        self.snippet = QPlainTextEdit()
        self.snippet.setObjectName("webFormSnippet")
        self.snippet.setReadOnly(True)
        self.snippet.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # HTML reads LTR
        self.snippet.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.snippet.setPlaceholderText(self.tr("Save the form to get its HTML snippet."))
        self.copy_button: QPushButton = push_button(
            self.tr("Copy"), "webFormCopy", self.copy_snippet
        )
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        actions.addWidget(self.copy_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addLayout(actions)
        lay.addWidget(self.snippet, 1)
        self.show_form(None, "")

    def set_choices(self, choices: FormChoices) -> None:
        """The sources and campaigns a form's leads may be given (the lead form's)."""
        keep_source, keep_campaign = self.source.currentData(), self.campaign.currentData()
        self.source.clear()
        self.source.addItem(self.tr("(none)"), None)
        for key, name in choices.sources:
            self.source.addItem(name, key)
        self.campaign.clear()
        self.campaign.addItem(self.tr("(none)"), None)
        for campaign_id, name in choices.campaigns:
            self.campaign.addItem(name, campaign_id)
        self._pick(self.source, keep_source)
        self._pick(self.campaign, keep_campaign)

    @staticmethod
    def _pick(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def show_form(self, form: WebFormRecord | None, snippet: str) -> None:
        """``None``: a new form, with the usual fields ticked."""
        self.form = form
        self.problem.hide()
        self.name.setText(form.name if form else "")
        wanted = form.fields if form else NEW_FORM_FIELDS
        for name, box in self.fields.items():
            box.setChecked(name in wanted)
        self._pick(self.source, form.source if form else "web_form")
        self._pick(self.campaign, form.campaign_id if form else None)
        self.redirect.setText(form.redirect_url or "" if form else "")
        tag = form.event_tag if form else None
        if tag and self.event_tag.findData(tag) < 0:
            self.event_tag.addItem(event_tag_label(tag), tag)
        self.event_tag.setCurrentIndex(max(0, self.event_tag.findData(tag)) if tag else 0)
        self.key.setText(form.key if form else "")
        self.token.setText(form.token if form else "")
        self.new_token_button.setEnabled(form is not None and not form.retired)
        self.snippet.setPlainText(snippet)
        self.copy_button.setEnabled(bool(snippet))

    def values(self) -> FormValues:
        source = self.source.currentData()
        campaign = self.campaign.currentData()
        return FormValues(
            name=self.name.text(),
            fields=[n for n, box in self.fields.items() if box.isChecked()],
            source=source if isinstance(source, str) else None,
            campaign_id=campaign if isinstance(campaign, uuid.UUID) else None,
            redirect_url=self.redirect.text().strip() or None,
            event_tag=self._tag(),
        )

    def _tag(self) -> str | None:
        """The picked action, or the words typed for a team's own one."""
        index = self.event_tag.currentIndex()
        text = self.event_tag.currentText().strip()
        if index >= 0 and self.event_tag.itemText(index) == text:
            data = self.event_tag.itemData(index)
            return data if isinstance(data, str) else None
        return text or None

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def copy_snippet(self) -> None:
        QGuiApplication.clipboard().setText(self.snippet.toPlainText())
