"""Editing one template: its fields, its variants' wording, problems as you type
(with line and column, a click away), and a live preview."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.activities import Channel
from leaddesk.domain.bidi import shown_position
from leaddesk.domain.outbox import LANGUAGES, next_variant_label
from leaddesk.domain.templates import (
    CATEGORIES,
    PLACEHOLDERS,
    Problem,
    check_template,
)
from leaddesk.services.message_records import TemplateDraft, TemplateRecord, VariantDraft
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import number
from leaddesk.ui.messaging.code_isolation import place_cursor, show_text, stored_text, tidy
from leaddesk.ui.messaging.highlighter import TemplateHighlighter
from leaddesk.ui.messaging.preview_panel import PreviewPanel
from leaddesk.ui.names.messages import (
    category_label,
    channel_label,
    language_label,
    text_direction,
)
from leaddesk.ui.widgets.buttons import menu_button, push_button
from leaddesk.ui.widgets.flow_layout import FlowLayout, row_of

CHECK_MS = 120
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


def part_label(part: str) -> str:
    labels = {
        "subject": QCoreApplication.translate("TemplateEditor", "Subject"),
        "body": QCoreApplication.translate("TemplateEditor", "Text"),
        "html": QCoreApplication.translate("TemplateEditor", "HTML"),
    }
    return labels.get(part, part)


class TemplateEditor(QWidget):
    edited = Signal()  # something typed; dirtiness may have changed

    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self._ws = workspace
        self.record: TemplateRecord | None = None
        self._saved: TemplateDraft | None = None
        self._texts: dict[str, VariantDraft] = {}
        self._current = "A"
        self._loading = False

        self.name = QLineEdit()
        self.name.setObjectName("templateName")
        self.channel = QComboBox()
        self.channel.setObjectName("templateChannel")
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.language = QComboBox()
        self.language.setObjectName("templateLanguage")
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.category = QComboBox()
        self.category.setObjectName("templateCategory")
        self.category.setEditable(True)
        for key in CATEGORIES:
            self.category.addItem(category_label(key), key)
        self.translations = QLabel()
        self.translations.setObjectName("translations")
        self.translations.setTextFormat(Qt.TextFormat.RichText)
        self.translations.setWordWrap(True)
        self.translate_button = menu_button(self.tr("Add translation"), "addTranslation")
        translations_row = QHBoxLayout()
        translations_row.addWidget(self.translations, 1)
        translations_row.addWidget(self.translate_button)
        fields = QFormLayout()
        fields.addRow(self.tr("Name"), self.name)
        row = FlowLayout()  # wraps rather than widening a laptop's window
        for label, w in (
            (self.tr("Channel"), self.channel),
            (self.tr("Language"), self.language),
            (self.tr("Category"), self.category),
        ):
            row.add(row_of(QLabel(label), w))
        fields.addRow(row)
        fields.addRow(self.tr("Translations"), translations_row)

        self.variants = QTabBar()
        self.variants.setObjectName("variantTabs")
        self.variants.setExpanding(False)
        self.variants.currentChanged.connect(self._variant_chosen)
        self.add_variant_button = push_button(
            self.tr("Add variant"), "addVariant", self.add_variant
        )
        self.remove_variant_button = push_button(
            self.tr("Remove variant"), "removeVariant", self.remove_variant
        )
        self.insert_button = menu_button(self.tr("Insert placeholder"), "insertPlaceholder")
        for placeholder in PLACEHOLDERS:
            self.insert_button.menu().addAction(
                placeholder, partial(self.insert, f"{{{{ {placeholder} }}}}")
            )
        self.variants.setUsesScrollButtons(False)
        tabs_row = QHBoxLayout()
        tabs_row.addWidget(self.variants)
        tabs_row.addStretch(1)
        tabs_row.addWidget(self.add_variant_button)
        tabs_row.addWidget(self.remove_variant_button)
        insert_row = QHBoxLayout()
        insert_row.addStretch(1)
        insert_row.addWidget(self.insert_button)

        self.subject = QLineEdit()
        self.subject.setObjectName("variantSubject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("variantBody")
        self.with_html = QCheckBox(self.tr("Also send an HTML version"))
        self.with_html.setObjectName("withHtml")
        self.html = QPlainTextEdit()
        self.html.setObjectName("variantHtml")
        self.html.setPlaceholderText(self.tr("<p>Hello {{ lead.first_name }},</p>"))
        self._highlighters = [TemplateHighlighter(e.document()) for e in (self.body, self.html)]
        self.subject_label = QLabel(self.tr("Subject"))
        text = QFormLayout()
        text.addRow(self.subject_label, self.subject)
        text.addRow(self.tr("Text"), self.body)
        text.addRow(self.with_html)
        text.addRow(self.html)
        self._last_text: QLineEdit | QPlainTextEdit = self.body

        self.problems = QListWidget()
        self.problems.setObjectName("templateProblems")
        self.problems.setMaximumHeight(90)
        self.problems.setStyleSheet("color: #C0392B;")
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.problems.hide()

        left = QWidget()
        llay = QVBoxLayout(left)
        llay.setContentsMargins(0, 0, 0, 0)
        llay.addLayout(fields)
        llay.addLayout(tabs_row)
        llay.addLayout(insert_row)
        llay.addLayout(text, 1)
        llay.addWidget(self.problems)

        self.preview_panel = PreviewPanel(self._ws)
        self.preview_panel.changed.connect(self.refresh)
        self.picker, self.product = self.preview_panel.picker, self.preview_panel.product
        self.preview = self.preview_panel.preview
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.preview_panel)
        split.setSizes([3000, 2000])  # scaled to the room there is
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.refresh)
        for signal in (
            self.name.textEdited,
            self.subject.textEdited,
            self.body.textChanged,
            self.html.textChanged,
            self.category.currentTextChanged,
        ):
            signal.connect(self._typed)
        for combo in (self.channel, self.language):
            combo.currentIndexChanged.connect(self._typed)
        self.with_html.toggled.connect(self._typed)
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.html.installEventFilter(self)
        self.load(None)

    # filling --------------------------------------------------------------------------
    def set_user(self, me: uuid.UUID | None, name: str) -> None:
        """Who sends: the preview's {{ user.name }} and the lead it is rendered for."""
        self.preview_panel.me, self.preview_panel.me_name = me, name

    def set_products(self, products: tuple[tuple[uuid.UUID, str], ...]) -> None:
        self.preview_panel.set_products(products)

    def load(self, record: TemplateRecord | None, *, channel: Channel = Channel.EMAIL) -> None:
        """Show a saved template, or a new empty one of ``channel``."""
        self._loading = True
        self.record = record
        if record is None:
            texts = {"A": VariantDraft("A", "", "" if channel is Channel.EMAIL else None)}
            name, language, category = "", self._ui_language(), CATEGORIES[0]
        else:
            texts = {
                v.label: VariantDraft(v.label, v.body, v.subject, v.html) for v in record.variants
            }
            channel, name = record.channel, record.name
            language, category = record.language, record.category
        self.name.setText(name)
        self.channel.setCurrentIndex(self.channel.findData(channel.value))
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        index = self.category.findData(category)
        if index >= 0:
            self.category.setCurrentIndex(index)
        else:
            self.category.setEditText(category)
        self._texts = texts
        while self.variants.count():
            self.variants.removeTab(0)
        for label in sorted(texts):
            self.variants.addTab(self.tr("Variant %1").replace("%1", label))
        self._current = sorted(texts)[0]
        self._show_variant(self._current)
        self.channel.setEnabled(record is None)  # a template keeps its channel
        self._loading = False
        self._saved = self.draft()
        self.refresh()

    def _ui_language(self) -> str:
        code = self.locale().name().split("_")[0]
        return code if code in LANGUAGES else "en"

    def _show_variant(self, label: str) -> None:
        v = self._texts[label]
        was, self._loading = self._loading, True
        show_text(self.subject, v.subject or "")
        self.subject.setCursorPosition(0)
        show_text(self.body, v.body)
        self.with_html.setChecked(bool(v.html))
        self.html.setPlainText(v.html or "")
        self._loading = was
        self._update_fields()

    # reading --------------------------------------------------------------------------
    @property
    def channel_value(self) -> Channel:
        return Channel(self.channel.currentData())

    def _category_value(self) -> str:
        text = self.category.currentText().strip()
        index = self.category.findText(text)
        return str(self.category.itemData(index)) if index >= 0 else text

    def _keep_current(self) -> None:
        email = self.channel_value is Channel.EMAIL
        self._texts[self._current] = VariantDraft(
            self._current,
            stored_text(self.body),
            stored_text(self.subject) if email else None,
            self.html.toPlainText() if email and self.with_html.isChecked() else None,
        )

    def draft(self) -> TemplateDraft:
        self._keep_current()
        return TemplateDraft(
            name=self.name.text(),
            channel=self.channel_value,
            language=str(self.language.currentData()),
            category=self._category_value(),
            variants=tuple(self._texts[label] for label in sorted(self._texts)),
        )

    @property
    def dirty(self) -> bool:
        return self._saved is not None and self.draft() != self._saved

    def mark_saved(self, record: TemplateRecord) -> None:
        self.load(record)

    # variants ---------------------------------------------------------------------------
    def _variant_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self._keep_current()
        self._current = sorted(self._texts)[index]
        self._show_variant(self._current)
        self.refresh()

    def add_variant(self) -> None:
        """A new variant starts as a copy of the one shown, to be reworded."""
        self._keep_current()
        label = next_variant_label(list(self._texts))
        shown = self._texts[self._current]
        self._texts[label] = VariantDraft(label, shown.body, shown.subject, shown.html)
        self._loading = True
        self.variants.addTab(self.tr("Variant %1").replace("%1", label))
        self._loading = False
        self.variants.setCurrentIndex(sorted(self._texts).index(label))
        self._typed()

    def remove_variant(self) -> None:
        if len(self._texts) == 1:
            return
        index = sorted(self._texts).index(self._current)
        del self._texts[self._current]
        self._loading = True
        self.variants.removeTab(index)
        for i, label in enumerate(sorted(self._texts)):
            self.variants.setTabText(i, self.tr("Variant %1").replace("%1", label))
        self._loading = False
        self._current = sorted(self._texts)[self.variants.currentIndex()]
        self._show_variant(self._current)
        self._typed()

    # typing -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.subject, self.body, self.html):
            self._last_text = watched
        return super().eventFilter(watched, event)

    def insert(self, text: str) -> None:
        target = self._last_text
        if target is self.html and not self.with_html.isChecked():
            target = self.body
        if isinstance(target, QLineEdit):
            target.insert(text)
        else:
            target.insertPlainText(text)
        target.setFocus()

    def _typed(self) -> None:
        if self._loading:
            return
        self._update_fields()
        self._timer.start()
        self.edited.emit()

    def _update_fields(self) -> None:
        email = self.channel_value is Channel.EMAIL
        for w in (self.subject, self.subject_label, self.with_html):
            w.setVisible(email)
        self.html.setVisible(email and self.with_html.isChecked())
        self.remove_variant_button.setEnabled(len(self._texts) > 1)
        direction = text_direction(str(self.language.currentData()))
        for edit in (self.subject, self.body):
            edit.setLayoutDirection(direction)

    # checking and preview ---------------------------------------------------------------
    def current_problems(self) -> list[Problem]:
        v = self._texts.get(self._current)
        if v is None:
            return []
        return check_template(v.subject, v.body, v.html)

    def refresh(self) -> None:
        """Check the variant shown and render it for the chosen lead."""
        for edit in (self.subject, self.body):  # placeholders left-to-right in Arabic
            tidy(edit)
        self._keep_current()
        found = self.current_problems()
        self.problems.clear()
        for p in found:
            item = QListWidgetItem(
                self.tr("%1, line %2, column %3: %4")
                .replace("%1", part_label(p.part))
                .replace("%2", number(p.line))
                .replace("%3", number(p.column))
                .replace("%4", p.message)
            )
            item.setData(PROBLEM_ROLE, p)
            self.problems.addItem(item)
        self.problems.setVisible(bool(found))
        if found:
            self.preview.show_problem(self.tr("Fix the problems above to see the preview."))
            return
        language = str(self.language.currentData())
        self.preview_panel.render_variant(self._texts[self._current], self.channel_value, language)

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        p: Problem = item.data(PROBLEM_ROLE)
        if p.part == "subject":
            self.subject.setFocus()
            self.subject.setCursorPosition(shown_position(self.subject.text(), p.column - 1))
            return
        editor = self.html if p.part == "html" else self.body
        place_cursor(editor, p.line, p.column)
        editor.setFocus()
