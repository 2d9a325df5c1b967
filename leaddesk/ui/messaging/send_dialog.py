"""Choosing what to send to one lead or many: the template, the product it names,
each lead's own language, with a preview of the first message."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.activities import Channel
from leaddesk.domain.outbox import MANUAL_CHANNELS, language_for_country
from leaddesk.domain.templates import CompiledTemplate, MessageContext, TemplateProblems
from leaddesk.errors import LeadDeskError
from leaddesk.services.message_records import TemplateRecord
from leaddesk.services.workspace import Workspace
from leaddesk.ui.messaging.preview import TemplatePreview
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.messages import category_label, language_label


class SendDialog(QDialog):
    def __init__(
        self,
        ws: Workspace,
        lead_ids: list[uuid.UUID],
        channel: Channel,
        *,
        me: uuid.UUID | None,
        email_ready: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendDialog")
        self.ws, self.lead_ids, self.channel, self.me = ws, lead_ids, channel, me
        n = len(lead_ids)
        titles = {
            Channel.EMAIL: self.tr("Send an email to %Ln lead(s)", "", n),
            Channel.WHATSAPP: self.tr("Send a WhatsApp message to %Ln lead(s)", "", n),
            Channel.SMS: self.tr("Send an SMS to %Ln lead(s)", "", n),
        }
        self.setWindowTitle(titles[channel])
        self.resize(640, 560)
        self.templates: list[TemplateRecord] = sorted(
            ws.templates.list(channel=channel),
            key=lambda t: (t.language != self._ui_language(), t.category, t.language, t.name),
        )
        self.template = QComboBox()
        self.template.setObjectName("sendTemplate")
        for t in self.templates:
            self.template.addItem(f"{t.name} · {language_label(t.language)}", t.id)
            self.template.setItemData(
                self.template.count() - 1, category_label(t.category), Qt.ItemDataRole.ToolTipRole
            )
        self.match_language = QCheckBox(self.tr("Write to each lead in their own language"))
        self.match_language.setObjectName("matchLanguage")
        self.match_language.setToolTip(
            self.tr(
                "Leads in Poland get the Polish template of the same kind, leads in Arabic-"
                "speaking countries the Arabic one, when there is one."
            )
        )
        self.match_language.setChecked(True)
        self.product = QComboBox()
        self.product.setObjectName("sendProduct")
        self.product.addItem(self.tr("Each lead's own product"), None)
        for product_id, name in ws.leads.form_choices().products:
            self.product.addItem(name, product_id)
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow("", self.match_language)
        form.addRow(self.tr("Product"), self.product)
        self.note = QLabel()
        self.note.setObjectName("sendNote")
        self.note.setWordWrap(True)
        self.skipped = QLabel()
        self.skipped.setObjectName("sendSkipped")
        self.skipped.setWordWrap(True)
        self.skipped.setStyleSheet("color: #C0392B;")
        try:
            skips = ws.messaging.do_not_contact(lead_ids, channel)
        except LeadDeskError as exc:
            skips = 0
            self.skipped.setText(error_text(exc))
        if skips:
            self.skipped.setText(
                self.tr(
                    "%Ln of the chosen leads asked not to be contacted this way; they are skipped.",
                    "",
                    skips,
                )
            )
        self.skipped.setVisible(bool(self.skipped.text()))
        self.preview = TemplatePreview()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(
            self.tr("Send") if channel not in MANUAL_CHANNELS else self.tr("Continue")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.skipped)
        lay.addWidget(QLabel(self.tr("<b>The first message</b>")))
        lay.addWidget(self.preview, 1)
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)
        if channel is Channel.EMAIL and not email_ready:
            self.note.setText(
                self.tr("Email is not set up yet: add your SMTP server and address in Settings.")
            )
            self.send_button.setEnabled(False)
        elif channel in MANUAL_CHANNELS:
            self.note.setText(
                self.tr(
                    "LeadDesk opens each message in the system's app for you to send, and logs "
                    "it when you confirm it went."
                )
            )
        if not self.templates:
            self.note.setText(self.tr("There is no template for this channel yet."))
            self.send_button.setEnabled(False)
        self._first: MessageContext | None = None
        try:
            if lead_ids:
                self._first = ws.templates.context(lead_ids[0], user_id=me)
        except LeadDeskError as exc:
            self.note.setText(error_text(exc))
        self.template.currentIndexChanged.connect(lambda _i: self._render())
        self.product.currentIndexChanged.connect(lambda _i: self._render())
        self.match_language.toggled.connect(lambda _on: self._render())
        self._render()

    def _ui_language(self) -> str:
        return self.locale().name().split("_")[0]

    def chosen(self) -> TemplateRecord | None:
        i = self.template.currentIndex()
        return self.templates[i] if 0 <= i < len(self.templates) else None

    @property
    def product_id(self) -> uuid.UUID | None:
        value = self.product.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def _for_first(self, chosen: TemplateRecord, ctx: MessageContext) -> TemplateRecord:
        """The template the first lead gets (its own language's, when asked for)."""
        if not self.match_language.isChecked():
            return chosen
        country = ctx.lead.get("country")
        wanted = language_for_country(str(country) if country else None, chosen.language)
        return next(
            (
                t
                for t in self.templates
                if t.category == chosen.category and t.language == wanted and t.variants
            ),
            chosen,
        )

    def _render(self) -> None:
        chosen = self.chosen()
        if chosen is None or self._first is None:
            return
        t = self._for_first(chosen, self._first)
        if not t.variants:
            return
        v = t.variants[0]
        ctx = self._first
        if self.product_id is not None:
            ctx = MessageContext(ctx.lead, ctx.user, self.product.currentText())
        try:
            rendered = CompiledTemplate(v.subject, v.body, v.html).render(ctx)
        except TemplateProblems as exc:
            self.preview.show_problem(error_text(exc))
            self.send_button.setEnabled(False)
            return
        self.preview.show_rendered(rendered, self.channel, t.language)
        if len(t.variants) > 1:
            self.preview.length.setText(
                self.preview.length.text()
                + " · "
                + self.tr("variants %1 are dealt out evenly at random").replace(
                    "%1", ", ".join(x.label for x in t.variants)
                )
            )
