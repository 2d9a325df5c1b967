"""Settings ▸ First responses: which template answers a new lead from each source (or
web form), after how long, and from which mailbox."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.activities import Channel
from leaddesk.domain.mime import Mailbox
from leaddesk.errors import LeadDeskError
from leaddesk.services.first_response import MAX_DELAY_MINUTES, FirstResponseRuleRecord
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import left_to_right
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.messages import channel_label
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import push_button
from leaddesk.ui.widgets.record_table import record_table
from leaddesk.ui.widgets.record_table_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class FirstResponseRulesModel(RecordTableModel[FirstResponseRuleRecord]):
    def __init__(self, names: Callable[[], dict[str, str]], parent: QObject | None = None) -> None:
        super().__init__(
            [
                self.tr("New leads from"),
                self.tr("Template"),
                self.tr("Channel"),
                self.tr("After"),
                self.tr("From"),
            ],
            parent,
        )
        self._names = names

    def answers(self, r: FirstResponseRuleRecord) -> str:
        if r.web_form_name is not None:
            return self.tr("Web form %1").replace("%1", r.web_form_name)
        return source_label(r.source or "", self._names().get(r.source or ""))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.record(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            after = (
                self.tr("at once")
                if r.delay_minutes == 0
                else self.tr("%Ln min", "", r.delay_minutes)
            )
            sender = left_to_right(r.sender) if r.sender else "—"
            cells = (self.answers(r), r.template_name, channel_label(r.channel), after, sender)
            return cells[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not r.active:
            return QColor("#95A5A6")
        return None


class RuleDialog(QDialog):
    """One rule: the source it answers, the template, the delay and the sender."""

    def __init__(
        self,
        ws: Workspace,
        rule: FirstResponseRuleRecord | None,
        sender: Mailbox | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstResponseDialog")
        self.setWindowTitle(self.tr("Automatic first response"))
        self.setMinimumWidth(440)
        self._ws, self._rule = ws, rule
        self.source = QComboBox()
        self.source.setObjectName("firstResponseSource")
        for key, name in ws.leads.form_choices().sources:
            self.source.addItem(source_label(key, name), f"source:{key}")
        for web in ws.web_forms.list(include_retired=False):
            # a form's own answer wins over its source's
            self.source.addItem(self.tr("Web form %1").replace("%1", web.name), f"form:{web.id}")
        self.template = QComboBox()
        self.template.setObjectName("firstResponseTemplate")
        for t in ws.templates.list():
            if not t.retired:
                text = f"{t.name} · {channel_label(t.channel)} · {t.language}"
                self.template.addItem(text, (t.id, t.channel))
        self.delay = QSpinBox()
        self.delay.setObjectName("firstResponseDelay")
        self.delay.setRange(0, MAX_DELAY_MINUTES)
        self.delay.setSuffix(self.tr(" min"))
        self.sender_name = QLineEdit(sender.name if sender else "")
        self.sender_address = QLineEdit(sender.address if sender else "")
        self.sender_address.setObjectName("firstResponseSender")
        self.sender_address.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.active = QCheckBox(self.tr("Send automatically"))
        self.active.setChecked(True)
        if rule is not None:
            picked = f"source:{rule.source}" if rule.source else f"form:{rule.web_form_id}"
            self.source.setCurrentIndex(max(0, self.source.findData(picked)))
            self.source.setEnabled(False)
            for i in range(self.template.count()):
                if self.template.itemData(i)[0] == rule.template_id:
                    self.template.setCurrentIndex(i)
            self.delay.setValue(rule.delay_minutes)
            if rule.sender:
                self.sender_name.setText(rule.sender_name or "")
                self.sender_address.setText(rule.sender)
            self.active.setChecked(rule.active)
        self.problem = error_banner("firstResponseProblem")
        form = QFormLayout()
        form.addRow(self.tr("New leads from"), self.source)
        form.addRow(self.tr("Answer with"), self.template)
        form.addRow(self.tr("Wait before sending"), self.delay)
        form.addRow(self.tr("Sender's name"), self.sender_name)
        form.addRow(self.tr("Sender's address"), self.sender_address)
        form.addRow("", self.active)
        note = QLabel(
            self.tr(
                "Each new lead is answered once. Leads who asked not to be contacted on the "
                "template's channel, or have no address for it, get nothing, and their "
                "timeline says why. WhatsApp and SMS answers wait in the outbox for you "
                "to send."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)
        self.changes: Changes | None = None

    def accept(self) -> None:
        """Saved, or the dialog stays open with the reason."""
        chosen = self.template.currentData()
        if chosen is None:
            self.problem.setText(self.tr("There is no template to answer with yet."))
            self.problem.show()
            return
        template_id, channel = chosen
        address = self.sender_address.text().strip()
        sender = Mailbox(self.sender_name.text().strip(), address) if address else None
        kind, _, key = str(self.source.currentData()).partition(":")
        try:
            self.changes = self._ws.first_responses.save(
                source=key if kind == "source" else None,
                web_form_id=uuid.UUID(key) if kind == "form" else None,
                template_id=template_id,
                delay_minutes=self.delay.value(),
                sender=sender if channel is Channel.EMAIL else None,
                active=self.active.isChecked(),
            )
        except LeadDeskError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        super().accept()


class FirstResponsesPanel(QWidget):
    changed = Signal(object)  # Changes: rules added, edited or removed here

    def __init__(
        self,
        workspace: Callable[[], Workspace],
        sender: Callable[[], Mailbox | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstResponsesPanel")
        self._ws, self._sender = workspace, sender
        self._source_names: dict[str, str] = {}
        self.model = FirstResponseRulesModel(lambda: self._source_names, self)
        self.table = record_table(self.model, "firstResponsesTable")
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.add_button = push_button(self.tr("Add…"), "addFirstResponse", self.add_rule)
        self.edit_button = push_button(self.tr("Edit…"), "editFirstResponse", self.edit_selected)
        self.remove_button = push_button(
            self.tr("Remove"), "removeFirstResponse", self.remove_selected
        )
        self.message = error_banner("firstResponsesMessage")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        try:
            ws = self._ws()
            self._source_names = {s.key: s.name for s in ws.sources.all()}
            self.model.reset(ws.first_responses.all())
        except LeadDeskError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
        self._update_buttons()

    def selected(self) -> FirstResponseRuleRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        picked = self.selected() is not None
        self.edit_button.setEnabled(picked)
        self.remove_button.setEnabled(picked)

    def dialog(self, rule: FirstResponseRuleRecord | None) -> RuleDialog:
        return RuleDialog(self._ws(), rule, self._sender(), self)

    def add_rule(self) -> None:
        self._run(self.dialog(None))

    def edit_selected(self) -> None:
        rule = self.selected()
        if rule is not None:
            self._run(self.dialog(rule))

    def _run(self, ask: RuleDialog) -> None:
        if ask.exec() == QDialog.DialogCode.Accepted and ask.changes is not None:
            self._done(ask.changes)

    def remove_selected(self) -> None:
        rule = self.selected()
        if rule is not None:
            self._done(self._ws().first_responses.remove(rule.id))

    def _done(self, changes: Changes) -> None:
        self.message.hide()
        self.reload()
        self.changed.emit(changes)
