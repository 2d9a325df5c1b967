"""Settings ▸ Web forms: the forms the team's site posts to ``leaddesk capture serve``,
each with its secret and the HTML snippet to paste into the site."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leaddesk.config.settings import Settings
from leaddesk.errors import LeadDeskError
from leaddesk.services.web_forms import WebFormRecord
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import left_to_right
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.settings.web_form_editor import WebFormEditor
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.widgets.record_table import record_table
from leaddesk.ui.widgets.record_table_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class WebFormModel(RecordTableModel[WebFormRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Name"), self.tr("Address"), self.tr("State")], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self.record(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            state = self.tr("Retired") if f.retired else self.tr("Taking submissions")
            return (f.name, left_to_right(f"/f/{f.key}"), state)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and f.retired:
            return QColor("#95A5A6")
        return None


class WebFormsPanel(QWidget):
    def __init__(
        self,
        workspace: Callable[[], Workspace],
        prefs: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("webFormsPanel")
        self._ws = workspace
        self.prefs = prefs
        self.model = WebFormModel(self)
        self.table = record_table(self.model, "webFormsTable")
        self.new_button = push_button(self.tr("New form"), "newWebForm", self.new_form)
        self.retire_button = push_button(self.tr("Retire"), "retireWebForm", self.toggle_retired)
        self.base_url = QLineEdit(prefs.capture_base_url)
        self.base_url.setObjectName("captureBaseUrl")
        self.base_url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.base_url.setToolTip(
            self.tr("Where the web site reaches `leaddesk capture serve`: the snippets post here.")
        )
        self.base_url.editingFinished.connect(self._base_url_changed)
        self.message = error_banner("webFormsMessage")
        self.editor = WebFormEditor()
        self.editor.save_requested.connect(self.save)
        self.editor.token_requested.connect(self.renew_token)
        note = QLabel(
            self.tr(
                "Run `leaddesk capture serve` where the web site can reach it. A retired "
                "form refuses new submissions; its leads stay."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        listing = QWidget()
        left = QVBoxLayout(listing)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(buttons)
        left.addWidget(self.table, 1)
        split = QSplitter()
        split.addWidget(listing)
        split.addWidget(self.editor)
        split.setStretchFactor(1, 2)
        base = QFormLayout()
        base.addRow(self.tr("Address of the capture service"), self.base_url)
        lay = QVBoxLayout(self)
        lay.addLayout(base)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)
        lay.addWidget(note)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.reload()

    def reload(self) -> None:
        kept = self.selected()
        try:
            ws = self._ws()
            forms = ws.web_forms.list()
            self.editor.set_choices(ws.leads.form_choices())
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return
        self.model.reset(forms)
        self.select(kept.id if kept is not None else None)
        self._selection()

    def select(self, form_id: object) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == form_id:
                # by the model's rows: selectRow() goes by the header's columns, which a
                # table not laid out yet (or mirrored before its first show) may lack
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return
        self.table.clearSelection()

    def selected(self) -> WebFormRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection(self) -> None:
        form = self.selected()
        self.retire_button.setEnabled(form is not None)
        self.retire_button.setText(
            self.tr("Bring back") if form is not None and form.retired else self.tr("Retire")
        )
        if form is not None and form is not self.editor.form:
            self.editor.show_form(form, self._snippet(form))
        elif form is None and self.editor.form is not None:
            self.editor.show_form(None, "")

    def _snippet(self, form: WebFormRecord) -> str:
        try:
            return self._ws().web_forms.snippet(form.id, self.prefs.capture_base_url)
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return ""

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def new_form(self) -> None:
        self.table.clearSelection()
        self.editor.show_form(None, "")
        self.editor.name.setFocus()

    def save(self) -> None:
        """Create or update what the editor shows; a refusal stays beside the form."""
        v = self.editor.values()
        current = self.editor.form
        try:
            ws = self._ws()
            if current is None:
                saved = ws.web_forms.create(
                    v.name, v.fields, v.source, v.campaign_id, v.redirect_url, v.event_tag
                )
            else:
                saved = ws.web_forms.update(
                    current.id,
                    name=v.name,
                    fields=v.fields,
                    source=v.source,
                    campaign_id=v.campaign_id,
                    redirect_url=v.redirect_url,
                    event_tag=v.event_tag,
                )
        except LeadDeskError as exc:
            self.editor.show_problem(error_text(exc))
            return
        self.message.hide()
        self.editor.form = None  # shown again from the saved record
        self.reload()
        self.select(saved.id)

    def renew_token(self) -> None:
        form = self.editor.form
        if form is None:
            return
        try:
            self._ws().web_forms.new_token(form.id)
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
            return
        self.editor.form = None
        self.reload()

    def toggle_retired(self) -> None:
        form = self.selected()
        if form is None:
            return
        try:
            self._ws().web_forms.retire(form.id, retired=not form.retired)
        except LeadDeskError as exc:
            self.show_error(error_text(exc))
        self.editor.form = None
        self.reload()

    def _base_url_changed(self) -> None:
        url = self.base_url.text().strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            self.show_error(self.tr("The address starts with http:// or https://."))
            return
        self.message.hide()
        if url != self.prefs.capture_base_url:
            self.prefs.capture_base_url = url
            self.prefs.save()
            form = self.editor.form
            if form is not None:
                self.editor.show_form(form, self._snippet(form))
