"""The editor's right half: the chosen variant rendered for a lead (a sample one, or any
lead found by typing its name) and a product, as the recipient will read it."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from leaddesk.domain.activities import Channel
from leaddesk.domain.templates import CompiledTemplate, MessageContext, TemplateProblems
from leaddesk.errors import LeadDeskError
from leaddesk.services.message_records import VariantDraft
from leaddesk.services.workspace import Workspace
from leaddesk.ui.messaging.preview import LeadPicker, TemplatePreview, lead_search, sample_context
from leaddesk.ui.names.errors import error_text


class PreviewPanel(QWidget):
    changed = Signal()  # another lead or product was picked: render again

    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.me: uuid.UUID | None = None
        self.me_name = ""
        self._context: MessageContext | None = None  # None: the sample lead
        self.picker = LeadPicker(lead_search(workspace))
        self.picker.picked.connect(self._lead_picked)
        self.product = QComboBox()
        self.product.setObjectName("previewProduct")
        self.product.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.preview = TemplatePreview()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(self.tr("<b>Preview</b>")))
        pick = QFormLayout()
        pick.addRow(self.tr("With"), self.picker)
        pick.addRow(self.tr("Product"), self.product)
        lay.addLayout(pick)
        lay.addWidget(self.preview, 1)

    def set_products(self, products: tuple[tuple[uuid.UUID, str], ...]) -> None:
        self.product.blockSignals(True)
        self.product.clear()
        self.product.addItem(self.tr("The lead's own"), None)
        for product_id, name in products:
            self.product.addItem(name, product_id)
        self.product.blockSignals(False)

    def _lead_picked(self, lead_id: object) -> None:
        self._context = None
        if isinstance(lead_id, uuid.UUID):
            try:
                self._context = self._ws().templates.context(
                    lead_id, user_id=self.me, product_id=self.product.currentData()
                )
            except LeadDeskError as exc:
                self.preview.show_problem(error_text(exc))
        self.changed.emit()

    def render_variant(self, v: VariantDraft, channel: Channel, language: str) -> None:
        product = self.product.currentText() if self.product.currentData() else ""
        ctx = self._context or sample_context(language, self.me_name or "Maria", product)
        if self._context is not None and product:
            ctx = MessageContext(ctx.lead, ctx.user, product)
        try:
            rendered = CompiledTemplate(v.subject, v.body, v.html, shown=True).render(ctx)
        except TemplateProblems as exc:
            self.preview.show_problem(error_text(exc))
            return
        self.preview.show_rendered(rendered, channel, language)
