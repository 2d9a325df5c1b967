"""A lead's record: header with quick actions, the detail form, the timeline."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.activities import LOGGABLE, ActivityKind, Channel
from leaddesk.domain.links import whatsapp_link
from leaddesk.domain.stages import STAGE_ORDER, Stage
from leaddesk.errors import ConflictError, LeadDeskError, ValidationError
from leaddesk.services.attachments import MIB
from leaddesk.services.records import ActivityRecord, Changes, FollowUpRecord, LeadRecord
from leaddesk.services.workspace import Workspace
from leaddesk.ui.lead.conflict import ConflictDialog, clashes
from leaddesk.ui.lead.files import open_attachment, refusal_text
from leaddesk.ui.lead.form import LeadForm, issue_text, values_of
from leaddesk.ui.lead.log_dialog import LogActivityDialog
from leaddesk.ui.lead.timeline import (
    ENTRY_ROLE,
    FetchPage,
    TimelineDelegate,
    TimelineModel,
    kinds_menu_items,
)
from leaddesk.ui.names.activities import kind_label
from leaddesk.ui.names.stages import STAGE_COLORS, stage_label
from leaddesk.ui.widgets.banner import error_banner
from leaddesk.ui.widgets.buttons import menu_button, push_button
from leaddesk.ui.widgets.lead_dialogs import CompleteFollowUpDialog, FollowUpDialog, MoveQuestions


class LeadWindow(QWidget):
    saved = Signal(object)  # Changes: something about this lead was written
    sendMessage = Signal(list, object)  # [lead id], Channel: a templated message asked for

    def __init__(
        self,
        workspace: Workspace,
        lead_id: uuid.UUID,
        me: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        limit_bytes: int = 10 * MIB,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("leadWindow")
        self.setAcceptDrops(True)
        self.ws, self.lead_id, self.me = workspace, lead_id, me
        self.limit_bytes = limit_bytes
        self.record: LeadRecord = workspace.leads.get(lead_id)
        self.choices = workspace.leads.form_choices()

        # header ----------------------------------------------------------------
        self.number = QLabel()
        self.number.setObjectName("leadNumber")
        self.title = QLabel()
        self.title.setObjectName("leadName")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.stage_badge = QLabel()
        self.stage_badge.setObjectName("leadStage")
        self.owner = QLabel()
        self.owner.setObjectName("leadOwner")
        self.score = QLabel()
        self.score.setObjectName("leadScore")
        self.last_contact = QLabel()
        self.last_contact.setObjectName("lastContact")
        facts = QHBoxLayout()
        for w in (self.number, self.stage_badge, self.owner, self.score, self.last_contact):
            facts.addWidget(w)
        facts.addStretch(1)
        self.next_follow_up = QLabel()
        self.next_follow_up.setObjectName("nextFollowUp")
        self.complete_button = push_button(
            self.tr("Done…"), "completeFollowUp", self.complete_follow_up
        )
        facts.addWidget(self.next_follow_up)
        facts.addWidget(self.complete_button)
        self._follow_up: FollowUpRecord | None = None
        actions = QHBoxLayout()
        self.call_button = push_button(self.tr("Call"), "callAction", self.call)
        self.email_button = push_button(self.tr("Email"), "emailAction", self.email)
        self.whatsapp_button = push_button(self.tr("WhatsApp"), "whatsappAction", self.whatsapp)
        self.follow_button = push_button(
            self.tr("Follow-up…"), "followUpAction", self.schedule_follow_up
        )
        self.move_button = menu_button(self.tr("Move to"), "moveAction")
        for stage in STAGE_ORDER:
            self.move_button.menu().addAction(
                stage_label(stage), lambda s=stage: self.move_to(s)
            ).setObjectName(f"move_{stage.value}")
        self.assign_button = menu_button(self.tr("Assign"), "assignAction")
        for user in self.choices.users:
            self.assign_button.menu().addAction(user.name, lambda u=user.id: self.assign(u))
        self.assign_button.menu().addAction(self.tr("Release to pool"), lambda: self.assign(None))
        self.attach_button = push_button(self.tr("Attach…"), "attachAction", self.pick_files)
        self.send_button = menu_button(self.tr("Send template"), "sendTemplate")
        for channel, text in (
            (Channel.EMAIL, self.tr("Email…")),
            (Channel.WHATSAPP, self.tr("WhatsApp…")),
            (Channel.SMS, self.tr("SMS…")),
        ):
            self.send_button.menu().addAction(
                text, lambda c=channel: self.sendMessage.emit([self.lead_id], c)
            ).setObjectName(f"send_{channel.value}")
        self.log_button = menu_button(self.tr("Log"), "logAction")
        for kind in ActivityKind:
            if kind in LOGGABLE:
                self.log_button.menu().addAction(kind_label(kind), lambda k=kind: self.log(k))
        for w in (
            self.call_button,
            self.email_button,
            self.whatsapp_button,
            self.send_button,
            self.follow_button,
            self.move_button,
            self.assign_button,
            self.log_button,
            self.attach_button,
        ):
            actions.addWidget(w)
        actions.addStretch(1)
        self.message = error_banner("leadMessage")

        # form and timeline --------------------------------------------------------
        self.form = LeadForm(self.choices, workspace.ctx.default_region)
        self.form.edited.connect(self._update_buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.kinds = QComboBox()
        self.kinds.setObjectName("timelineKinds")
        for text, kinds in kinds_menu_items():
            self.kinds.addItem(text, kinds)
        self.kinds.currentIndexChanged.connect(self._filter_timeline)
        self.timeline_model = TimelineModel(self._timeline_fetch(()), self)
        self.timeline = QListView()
        self.timeline.setObjectName("timeline")
        self.timeline.setModel(self.timeline_model)
        self.timeline.setItemDelegate(TimelineDelegate(self.timeline))
        self.timeline.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.timeline.activated.connect(self._open_entry)
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Timeline</b>")))
        head.addStretch(1)
        head.addWidget(self.kinds)
        rlay.addLayout(head)
        rlay.addWidget(self.timeline, 1)
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(right)
        split.setSizes([520, 480])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.revert)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(facts)
        lay.addLayout(actions)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)
        lay.addWidget(self.buttons)
        self.resize(1100, 760)
        self._show_record(self.record)
        self._show_follow_up()

    # building ---------------------------------------------------------------------
    def _timeline_fetch(self, kinds: tuple[ActivityKind, ...]) -> FetchPage:
        def fetch(before: tuple[dt.datetime, uuid.UUID] | None, limit: int) -> list[ActivityRecord]:
            try:
                return self.ws.activities.timeline(
                    self.lead_id, limit=limit, before=before, kinds=kinds
                )
            except LeadDeskError as exc:
                self.show_error(exc)
                return []

        return fetch

    # showing ----------------------------------------------------------------------
    def _show_record(self, record: LeadRecord, *, keep_edits: bool = False) -> None:
        """Take ``record`` as the saved state; optionally keep what the user typed."""
        edits = self.form.changes() if keep_edits else {}
        self.record = record
        self.form.load(record)
        if edits:
            self.form.put(edits)
        self.setWindowTitle(f"{record.number} · {record.name}")
        self.title.setText(record.name)
        self.number.setText(record.number)
        color = STAGE_COLORS[record.stage]
        self.stage_badge.setText(stage_label(record.stage))
        self.stage_badge.setStyleSheet(
            f"background: {color}; color: white; border-radius: 8px; padding: 1px 8px;"
        )
        owner = next((u.name for u in self.choices.users if u.id == record.owner_id), None)
        self.owner.setText(
            self.tr("Owner: %1").replace("%1", owner) if owner else self.tr("In the pool")
        )
        self.score.setText(self.tr("Score %1").replace("%1", str(record.score)))
        if record.last_contacted_at is None:
            self.last_contact.setText(self.tr("Not contacted yet"))
        else:
            when = QLocale().toString(
                QDateTime(record.last_contacted_at.astimezone()), QLocale.FormatType.ShortFormat
            )
            self.last_contact.setText(self.tr("Last contact: %1").replace("%1", when))
        self.call_button.setEnabled(bool(record.phone))
        self.email_button.setEnabled(bool(record.email))
        self.whatsapp_button.setEnabled(bool(record.whatsapp or record.phone))
        self._update_buttons()

    def refresh_after_send(self) -> None:
        """A message went to this lead: its timeline and last contact catch up (the
        form keeps whatever is being typed)."""
        try:
            fresh = self.ws.leads.get(self.lead_id)
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self._show_record(fresh, keep_edits=True)
        self.timeline_model.reset()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.form.dirty and self.form.valid)
        self.cancel_button.setEnabled(self.form.dirty)

    def show_error(self, exc: LeadDeskError | str) -> None:
        self.message.setText(exc if isinstance(exc, str) else exc.message)
        self.message.show()

    def _written(self, changes: Changes, *, timeline: bool = True) -> None:
        self.message.hide()
        if timeline:
            self.timeline_model.reset()
        if changes.follow_ups:
            self._show_follow_up()
        self.saved.emit(changes)

    def _show_follow_up(self) -> None:
        """The lead's next open follow-up, with a button to complete it."""
        try:
            due = self.ws.follow_ups.due(lead_id=self.lead_id, limit=1)
        except LeadDeskError as exc:
            self.show_error(exc)
            due = []
        self._follow_up = due[0] if due else None
        self.complete_button.setVisible(self._follow_up is not None)
        if self._follow_up is None:
            self.next_follow_up.setText(self.tr("No follow-up planned"))
            self.next_follow_up.setStyleSheet("")
            return
        f = self._follow_up
        when = QLocale().toString(QDateTime(f.due_at.astimezone()), QLocale.FormatType.ShortFormat)
        overdue = f.due_at < dt.datetime.now(dt.UTC)
        text = self.tr("Next: %1 · %2").replace("%1", f.title).replace("%2", when)
        if overdue:
            text = self.tr("%1 (overdue)").replace("%1", text)
        self.next_follow_up.setText(text)
        self.next_follow_up.setStyleSheet("color: #C0392B; font-weight: 600;" if overdue else "")

    def _filter_timeline(self) -> None:
        self.timeline_model.reset(self._timeline_fetch(tuple(self.kinds.currentData() or ())))

    # saving -------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the edits; False if they could not be (the form keeps them)."""
        if not self.form.dirty:
            return True
        if not self.form.valid:
            return False
        try:
            result = self.ws.leads.update(
                self.lead_id,
                self.form.changes(),
                expected_version=self.record.version,
                user_id=self.me,
            )
        except ConflictError:
            return self._resolve_conflict()
        except ValidationError as exc:
            self.show_error("; ".join(issue_text(i) for i in exc.issues))
            return False
        except LeadDeskError as exc:
            self.show_error(exc)
            return False
        self._show_record(result.value)
        self._written(result.changes)
        return True

    def _resolve_conflict(self) -> bool:
        try:
            theirs = self.ws.leads.get(self.lead_id)
        except LeadDeskError as exc:
            self.show_error(exc)
            return False
        mine = self.form.raw_values()
        found = clashes(values_of(self.record), mine, values_of(theirs), self.form.labels)
        ask = ConflictDialog(found, self.tr("Another user"), self)
        if ask.exec() != QDialog.DialogCode.Accepted:
            self.show_error(
                self.tr("Not saved: someone else saved this lead first. Your edits are kept.")
            )
            return False
        keep_theirs = ask.kept_theirs()
        self.record = theirs
        self.form.load(theirs)
        self.form.put({c.field: mine[c.field] for c in found if c.field not in keep_theirs})
        return self.save()

    def revert(self) -> None:
        self.form.load(self.record)
        self._update_buttons()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to %1?").replace("%1", self.record.name),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        event.accept()

    # quick actions --------------------------------------------------------------------
    def call(self) -> None:
        if self.record.phone:
            QDesktopServices.openUrl(QUrl(f"tel:{self.record.phone}"))

    def email(self) -> None:
        if self.record.email:
            QDesktopServices.openUrl(QUrl(f"mailto:{quote(self.record.email, safe='@')}"))

    def whatsapp(self) -> None:
        number = self.record.whatsapp or self.record.phone
        if number:
            QDesktopServices.openUrl(QUrl(whatsapp_link(number)))

    def schedule_follow_up(self) -> None:
        ask = FollowUpDialog(self.record.name, self)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            result = self.ws.follow_ups.schedule(
                self.lead_id,
                ask.due_at(),
                ask.title.text(),
                notes_before=ask.notes.toPlainText() or None,
                assignee_id=self.record.owner_id or self.me,
                user_id=self.me,
            )
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self._written(result.changes)

    def complete_follow_up(self) -> None:
        f = self._follow_up
        if f is None:
            return
        ask = CompleteFollowUpDialog(f.title, self.record.name, self)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            result = self.ws.follow_ups.complete(
                f.id,
                notes_after=ask.notes(),
                expected_version=f.version,
                user_id=self.me,
                then=ask.next_step(),
            )
        except LeadDeskError as exc:
            self.show_error(exc)
            self._show_follow_up()
            return
        self._written(result.changes)

    # files ------------------------------------------------------------------------------
    def pick_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.attach([Path(p) for p in paths])

    def attach(self, paths: list[Path]) -> bool:
        """Attach each file; the ones refused are named in the message, the rest kept."""
        refused: list[str] = []
        changes = Changes()
        for path in paths:
            try:
                changes |= self.ws.attachments.add_file(
                    self.lead_id, path, limit_bytes=self.limit_bytes, user_id=self.me
                ).changes
            except ValidationError as exc:
                refused += [refusal_text(i) for i in exc.issues]
            except LeadDeskError as exc:
                refused.append(exc.message)
        if not changes.empty:
            self._written(changes)
        if refused:
            self.show_error(" ".join(refused))
        return not refused

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.attach([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    def _open_entry(self, index: QModelIndex) -> None:
        entry: ActivityRecord | None = index.data(ENTRY_ROLE)
        if entry is None or entry.kind is not ActivityKind.ATTACHMENT:
            return
        try:
            open_attachment(self.ws, uuid.UUID(str(entry.details["attachment_id"])))
        except (LeadDeskError, OSError) as exc:
            self.show_error(exc.message if isinstance(exc, LeadDeskError) else str(exc))

    def move_to(self, stage: Stage) -> None:
        if stage == self.record.stage:
            return
        record = self.record
        win = (record.name, record.deal_value, record.currency or self.ws.ctx.currency)
        answers = MoveQuestions(self).ask(self, stage, 1, win)
        if answers is None:
            return
        try:
            moved = self.ws.pipeline.move(
                self.lead_id,
                stage,
                reason=answers.reason,
                user_id=self.me,
                expected_version=record.version,
                deal_value=answers.deal_value,
            )
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self._show_record(moved.lead, keep_edits=True)
        self._written(moved.changes)

    def assign(self, owner: uuid.UUID | None) -> None:
        try:
            changes = self.ws.pipeline.assign(
                self.lead_id, owner, user_id=self.me, expected_version=self.record.version
            )
            fresh = self.ws.leads.get(self.lead_id)
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self._show_record(fresh, keep_edits=True)
        self._written(changes)

    def log(self, kind: ActivityKind) -> None:
        ask = LogActivityDialog(kind, self)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            result = self.ws.activities.log(self.lead_id, kind, user_id=self.me, **ask.entry())
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self._written(result.changes)
