"""The Templates screen: the team's templates by channel, language and category;
editing them with a live preview, and how their variants compare."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QSettings,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.activities import Channel
from leaddesk.domain.outbox import LANGUAGES
from leaddesk.domain.templates import TemplateProblems
from leaddesk.errors import ConflictError, LeadDeskError, ValidationError
from leaddesk.services.message_records import TemplateRecord
from leaddesk.services.records import Changes, Result
from leaddesk.services.workspace import Workspace
from leaddesk.ui.messaging.editor import TemplateEditor
from leaddesk.ui.messaging.report_view import VariantReportView
from leaddesk.ui.messaging.template_list import TemplateListModel
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.messages import channel_label, language_label
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import menu_button, push_button

SPLIT_KEY = "templates/split"


class TemplatesScreen(QWidget):
    changed = Signal(object)  # Changes
    me: uuid.UUID | None

    def __init__(
        self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templatesScreen")
        self.ws, self._settings, self.me = workspace, settings, None
        self._stale = True
        head = QLabel(self.tr("Templates"))
        head.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.new_button = menu_button(self.tr("New"), "newTemplate")
        for channel in Channel:
            self.new_button.menu().addAction(
                channel_label(channel), partial(self.new_template, channel)
            ).setObjectName(f"new_{channel.value}")
        self.duplicate_button = push_button(
            self.tr("Duplicate"), "duplicateTemplate", self.duplicate
        )
        self.retire_button = push_button(self.tr("Retire"), "retireTemplate", self.toggle_retired)
        self.channel_filter = QComboBox()
        self.channel_filter.setObjectName("channelFilter")
        self.channel_filter.addItem(self.tr("All channels"), None)
        for channel in Channel:
            self.channel_filter.addItem(channel_label(channel), channel.value)
        self.language_filter = QComboBox()
        self.language_filter.setObjectName("languageFilter")
        self.language_filter.addItem(self.tr("All languages"), None)
        for code in LANGUAGES:
            self.language_filter.addItem(language_label(code), code)
        self.show_retired = QCheckBox(self.tr("Show retired"))
        self.show_retired.setObjectName("showRetired")
        tools = QHBoxLayout()
        tools.addWidget(head)
        tools.addStretch(1)
        for w in (
            self.channel_filter,
            self.language_filter,
            self.show_retired,
            self.new_button,
            self.duplicate_button,
            self.retire_button,
        ):
            tools.addWidget(w)

        self.model = TemplateListModel(self)
        self.list = QTableView()
        self.list.setObjectName("templateList")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.setWordWrap(False)
        self.list.setMinimumWidth(260)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.editor = TemplateEditor(lambda: self.ws)
        self.editor.edited.connect(self._update_buttons)
        self.editor.translations.linkActivated.connect(self._open_translation)
        self.report = VariantReportView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("templateTabs")
        self.tabs.addTab(self.editor, self.tr("Wording"))
        self.tabs.addTab(self.report, self.tr("Results"))
        self.tabs.currentChanged.connect(lambda _i: self._show_report())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Discard
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.revert_button = self.buttons.button(QDialogButtonBox.StandardButton.Discard)
        self.revert_button.setText(self.tr("Revert"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.message = error_banner("templatesMessage")
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(self.message)
        rlay.addWidget(self.tabs, 1)
        rlay.addWidget(self.buttons)
        self.split = QSplitter()
        self.split.addWidget(self.list)
        self.split.addWidget(right)
        self.split.setStretchFactor(1, 1)
        state = settings.value(SPLIT_KEY)
        if state is not None:
            self.split.restoreState(state)
        else:
            self.split.setSizes([400, 10_000])  # the editor takes the rest
        self.split.splitterMoved.connect(
            lambda *_: self._settings.setValue(SPLIT_KEY, self.split.saveState())
        )
        lay = QVBoxLayout(self)
        lay.addLayout(tools)
        lay.addWidget(self.split, 1)
        for combo in (self.channel_filter, self.language_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.show_retired.toggled.connect(lambda _on: self.reload())
        self._update_buttons()

    # loading ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.note_changes()

    def set_user(self, me: uuid.UUID | None, name: str = "") -> None:
        self.me = me
        self.editor.set_user(me, name)

    def note_changes(self, changes: Changes | None = None) -> None:
        if changes is not None and not (changes.templates or changes.outbox):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        channel = self.channel_filter.currentData()
        try:
            rows = self.ws.templates.list(
                channel=Channel(channel) if channel else None,
                language=self.language_filter.currentData(),
                include_retired=self.show_retired.isChecked(),
            )
            self.editor.set_products(self.ws.leads.form_choices().products)
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self._stale = False
        keep = select or (self.editor.record.id if self.editor.record else None)
        self.model.reset(rows)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and rows and (self.editor.record is not None or not self.editor.dirty):
            row = self._first_in_own_language(rows)
        if row >= 0:
            self.list.selectRow(row)
            self._show(self.model.record(row))
        self._update_buttons()

    @staticmethod
    def _first_in_own_language(rows: Sequence[TemplateRecord]) -> int:
        """The row to open with: the first template in the interface's language (a
        Polish user starts on a Polish template, not on the Arabic one sorted first)."""
        own = QLocale().name().split("_")[0]
        return next((n for n, r in enumerate(rows) if r.language == own), 0)

    def _row_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        record = self.model.record(current.row())
        if self.editor.record is not None and record.id == self.editor.record.id:
            return
        if not self.leave_ok():
            self.list.selectionModel().blockSignals(True)
            self.list.selectRow(previous.row())
            self.list.selectionModel().blockSignals(False)
            return
        self._show(record)

    def _show(self, record: TemplateRecord) -> None:
        self.message.hide()
        self.editor.load(record)
        self._show_translations(record)
        self._show_report()
        self._update_buttons()

    def _show_translations(self, record: TemplateRecord | None) -> None:
        """The same message in the other languages: links to them, and the languages
        it can still be translated into."""
        editor = self.editor
        menu = editor.translate_button.menu()
        menu.clear()
        if record is None:
            editor.translations.setText(self.tr("Save the template first."))
            editor.translate_button.setEnabled(False)
            return
        try:
            family = self.ws.templates.translations(record.id)
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        links = []
        for t in family:
            label = html.escape(language_label(t.language))
            links.append(
                f"<b>{label}</b>" if t.id == record.id else f'<a href="{t.id}">{label}</a>'
            )
        editor.translations.setText(" · ".join(links))
        editor.translations.setToolTip(
            "\n".join(f"{language_label(t.language)}: {t.name}" for t in family)
        )
        have = {t.language for t in family if not t.retired}
        for code in LANGUAGES:
            if code not in have:
                menu.addAction(
                    language_label(code), partial(self.translate_into, code)
                ).setObjectName(f"translate_{code}")
        editor.translate_button.setEnabled(not menu.isEmpty())

    def _open_translation(self, link: str) -> None:
        if not self.leave_ok():
            return
        self.reload(select=uuid.UUID(link))

    def translate_into(self, language: str) -> None:
        """A copy of this template in ``language``, linked to it, ready to be reworded."""
        record = self.editor.record
        if record is None or not self.leave_ok():
            return
        try:
            result = self.ws.templates.duplicate(
                record.id, record.name, language=language, translation=True
            )
        except ValidationError as exc:
            self.show_error(error_text(exc))
            return
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self.reload(select=result.value.id)
        self.tabs.setCurrentWidget(self.editor)
        self.editor.body.setFocus()
        self.changed.emit(result.changes)

    def _show_report(self) -> None:
        if self.tabs.currentWidget() is not self.report:
            return
        record = self.editor.record
        try:
            self.report.show_report(self.ws.templates.report(record.id) if record else None, record)
        except LeadDeskError as exc:
            self.show_error(exc)

    def leave_ok(self) -> bool:
        """Unsaved edits: save, discard or stay."""
        if not self.editor.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved template"),
            self.tr("Save the changes to %1?").replace(
                "%1", self.editor.name.text() or self.tr("the new template")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # actions ------------------------------------------------------------------------------
    def new_template(self, channel: Channel) -> None:
        if not self.leave_ok():
            return
        self.list.clearSelection()
        self.editor.load(None, channel=channel)
        self._show_translations(None)
        self.tabs.setCurrentWidget(self.editor)
        self.editor.name.setFocus()
        self._update_buttons()

    def save(self, *, overwrite: bool = False) -> bool:
        record = self.editor.record
        try:
            result = self.ws.templates.save(
                self.editor.draft(),
                template_id=record.id if record else None,
                expected_version=None if overwrite or record is None else record.version,
            )
        except ConflictError:
            return self._conflict()
        except TemplateProblems:
            self.show_error(
                self.tr("The template has problems (listed under the text); fix them first.")
            )
            return False
        except ValidationError as exc:
            self.show_error(error_text(exc))
            return False
        except LeadDeskError as exc:
            self.show_error(exc)
            return False
        self.message.hide()
        self.editor.mark_saved(result.value)
        self.reload(select=result.value.id)
        self.changed.emit(result.changes)
        return True

    def _conflict(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Changed meanwhile"),
            self.tr(
                "Someone else saved this template after you opened it. Keep your version "
                "(theirs is replaced) or load theirs (your edits are dropped)?"
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save(overwrite=True)
        if self.editor.record is not None:
            self._show(self.ws.templates.get(self.editor.record.id))
        return False

    def revert(self) -> None:
        record = self.editor.record
        self.editor.load(record, channel=self.editor.channel_value)
        self._update_buttons()

    def duplicate(self) -> None:
        record = self.editor.record
        if record is None or not self.leave_ok():
            return
        name = self.tr("%1 (copy)").replace("%1", record.name)
        self._apply(lambda: self.ws.templates.duplicate(record.id, name))

    def toggle_retired(self) -> None:
        record = self.editor.record
        if record is not None:
            self._apply(
                lambda: self.ws.templates.set_retired(
                    record.id, not record.retired, expected_version=record.version
                )
            )

    def _apply(self, act: Callable[[], Result[TemplateRecord]]) -> None:
        """Run a write and show the template it leaves."""
        try:
            result = act()
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self.editor.load(result.value)
        self.reload(select=result.value.id)
        self.changed.emit(result.changes)

    def _update_buttons(self) -> None:
        record = self.editor.record
        dirty = self.editor.dirty
        self.save_button.setEnabled(dirty or record is None)
        self.revert_button.setEnabled(dirty)
        self.duplicate_button.setEnabled(record is not None and not dirty)
        self.retire_button.setEnabled(record is not None and not dirty)
        self.retire_button.setText(
            self.tr("Restore") if record is not None and record.retired else self.tr("Retire")
        )

    def show_error(self, exc: LeadDeskError | str) -> None:
        self.message.setText(error_text(exc))
        self.message.show()
