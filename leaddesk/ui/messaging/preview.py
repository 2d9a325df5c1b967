"""How a message will read: rendered for a chosen lead (or a sample one), right to
left for Arabic, with its length in SMS segments."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.activities import Channel
from leaddesk.domain.bidi import without_isolates
from leaddesk.domain.sms import Encoding, sms_length
from leaddesk.domain.templates import MessageContext, Rendered
from leaddesk.errors import LeadDeskError
from leaddesk.services.workspace import Workspace
from leaddesk.ui.names.messages import text_direction

SAMPLES = {
    "en": {"first_name": "Anna", "last_name": "Smith", "company": "Northwind Traders"},
    "ar": {"first_name": "ليلى", "last_name": "حداد", "company": "مؤسسة النخيل"},
    "pl": {"first_name": "Zofia", "last_name": "Wójcik", "company": "Kwiaty Sp. z o.o."},
}
SEARCH_MS = 200


def sample_context(language: str, user_name: str, product: str) -> MessageContext:
    person = SAMPLES.get(language, SAMPLES["en"])
    lead = dict(person, name=f"{person['first_name']} {person['last_name']}", number="L-000123")
    return MessageContext(lead=lead, user={"name": user_name}, product=product)


class LeadPicker(QComboBox):
    """Preview with a sample lead or any lead found by typing part of its name."""

    picked = Signal(object)  # a lead id, or None for the sample

    def __init__(
        self,
        search: Callable[[str], list[tuple[uuid.UUID, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewLead")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(14)
        line = self.lineEdit()
        assert line is not None  # setEditable(True) made it
        line.setPlaceholderText(self.tr("Type a lead's name to preview with it"))
        self._search = search
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_MS)
        self._timer.timeout.connect(self._find)
        self._reset()
        line.textEdited.connect(lambda _t: self._timer.start())
        self.activated.connect(lambda i: self.picked.emit(self.itemData(i)))

    def _reset(self) -> None:
        self.clear()
        self.addItem(self.tr("Sample lead"), None)

    def _find(self) -> None:
        line = self.lineEdit()
        assert line is not None  # editable from the start
        text = line.text().strip()
        if len(text) < 3:
            return
        found = self._search(text)
        self.blockSignals(True)
        self._reset()
        for lead_id, label in found:
            self.addItem(label, lead_id)
        self.setEditText(text)
        self.blockSignals(False)
        if found:
            self.showPopup()


class TemplatePreview(QWidget):
    """The rendered subject and text of one variant."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePreview")
        self.subject = QLabel()
        self.subject.setObjectName("previewSubject")
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet("font-weight: 600;")
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QTextBrowser()
        self.body.setObjectName("previewBody")
        self.body.setOpenLinks(False)
        self.length = QLabel()
        self.length.setObjectName("previewLength")
        self.length.setStyleSheet("color: palette(placeholder-text);")
        self.problem = QLabel()
        self.problem.setObjectName("previewProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #C0392B;")
        self.problem.hide()
        self.form = QFormLayout()
        self.subject_label = QLabel(self.tr("Subject"))
        self.form.addRow(self.subject_label, self.subject)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.form)
        lay.addWidget(self.body, 1)
        lay.addWidget(self.length)
        lay.addWidget(self.problem)

    def show_rendered(self, rendered: Rendered, channel: Channel, language: str) -> None:
        """Right to left for Arabic whatever the interface language is."""
        self.problem.hide()
        direction = text_direction(language)
        for w in (self.subject, self.body):
            w.setLayoutDirection(direction)
        self.subject.setAlignment(
            Qt.AlignmentFlag.AlignRight
            if direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        email = channel is Channel.EMAIL
        self.subject.setVisible(email)
        self.subject_label.setVisible(email)
        self.subject.setText(rendered.subject)
        option = QTextOption()
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document = self.body.document()
        document.setDefaultTextOption(option)
        if rendered.html:
            self.body.setHtml(rendered.html)
        else:
            self.body.setPlainText(rendered.body)
        self.length.setText(self.length_text(channel, without_isolates(rendered.body)))

    def length_text(self, channel: Channel, body: str) -> str:
        """SMS: segments and encoding; other channels: characters."""
        locale = QLocale()
        if channel is not Channel.SMS:
            return self.tr("%1 characters").replace("%1", locale.toString(len(body)))
        n = sms_length(body)
        encoding = self.tr("GSM-7") if n.encoding is Encoding.GSM7 else self.tr("Unicode (UCS-2)")
        left = (
            self.tr("%1 of %2 left in the last one")
            .replace("%1", locale.toString(n.left))
            .replace("%2", locale.toString(n.per_segment))
        )
        return " · ".join((self.tr("%Ln SMS segment(s)", "", n.segments), encoding, left))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def lead_search(ws: Callable[[], Workspace]) -> Callable[[str], list[tuple[uuid.UUID, str]]]:
    def search(text: str) -> list[tuple[uuid.UUID, str]]:
        try:
            cards = ws().leads.search(text, limit=20)
        except LeadDeskError:
            return []
        return [(c.id, f"{c.name} · {c.number}") for c in cards]

    return search
