"""A lead's record: header with quick actions, the detail form, the timeline.

The window keeps up with changes made anywhere (another screen, another user):
the header and timeline follow the database, and typed edits are never thrown
away; when someone else saved the lead meanwhile, a notice says so and the
conflict dialog decides field by field at Save.
"""

from __future__ import annotations

import uuid
from functools import partial
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.activities import LOGGABLE, ActivityKind, Channel
from leaddesk.domain.stages import Stage
from leaddesk.errors import ConflictError, LeadDeskError, NotFound, ValidationError
from leaddesk.services.attachments import MIB
from leaddesk.services.records import Changes, FollowUpRecord, LeadRecord
from leaddesk.services.workspace import Workspace
from leaddesk.ui.actions import (
    LeadActionTarget,
    LeadMenuContext,
    channel_items,
    fill_lead_menu,
    stage_items,
    user_items,
)
from leaddesk.ui.lead.conflict import ask_which_to_keep
from leaddesk.ui.lead.files import attach_files
from leaddesk.ui.lead.form import LeadForm, values_of
from leaddesk.ui.lead.header import LeadHeader
from leaddesk.ui.lead.log_dialog import LogActivityDialog
from leaddesk.ui.lead.merge_undo import ask_and_unmerge
from leaddesk.ui.lead.partner_bar import PartnerBar
from leaddesk.ui.lead.timeline_panel import TimelinePanel
from leaddesk.ui.names.activities import kind_label
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.names.issues import issue_text
from leaddesk.ui.widgets.banner import error_banner, notice_banner
from leaddesk.ui.widgets.lead_dialogs import MoveQuestions, ask_completion, plan_follow_up


class LeadWindow(QWidget):
    saved = Signal(object)  # Changes: something about this lead was written here
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
        # the lead as last read (the header shows it), and the version the form's edits
        # started from: the same, unless someone saved meanwhile while the user typed
        self.latest: LeadRecord = workspace.leads.get(lead_id)
        self.record: LeadRecord = self.latest
        self.choices = workspace.leads.form_choices()
        self._follow_up: FollowUpRecord | None = None
        self._gone = False

        self.header = LeadHeader()
        h = self.header
        h.score.workspace = workspace
        h.complete_button.clicked.connect(self.complete_follow_up)
        h.follow_button.clicked.connect(self.schedule_follow_up)
        h.attach_button.clicked.connect(self.pick_files)
        ctx = LeadMenuContext(1, None, self.choices.users)
        # not a whole LeadActionTarget: these items only move, send and assign, which it does
        target = cast(LeadActionTarget, self)
        fill_lead_menu(h.move_button.menu(), target, ctx, stage_items(ctx))
        fill_lead_menu(h.send_button.menu(), target, ctx, channel_items(ctx))
        fill_lead_menu(h.assign_button.menu(), target, ctx, user_items(ctx))
        h.assign_button.menu().addAction(
            self.tr("Release to pool"), lambda: self.assign_selected(None)
        )
        for kind in ActivityKind:
            if kind in LOGGABLE:
                h.log_button.menu().addAction(kind_label(kind), partial(self.log, kind))
        self.message = error_banner("leadMessage")
        self.notice = notice_banner("leadNotice")
        self.partner = PartnerBar(workspace, lead_id, me)  # waiting for a partner, or theirs
        self.partner.written.connect(self._written)
        self.partner.failed.connect(self.show_error)

        # form and timeline --------------------------------------------------------
        self.form = LeadForm(self.choices, workspace.ctx.default_region)
        self.form.edited.connect(self._update_buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.timeline = TimelinePanel(workspace, lead_id)
        self.timeline.failed.connect(self.show_error)
        self.timeline.undoMerge.connect(self.undo_merge)
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(self.timeline)
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
        lay.addWidget(self.header)
        lay.addWidget(self.message)
        lay.addWidget(self.notice)
        lay.addWidget(self.partner)
        lay.addWidget(split, 1)
        lay.addWidget(self.buttons)
        self.resize(1100, 760)
        self._show_record(self.record)
        self._show_follow_up()

    # showing ----------------------------------------------------------------------
    def _show_record(self, record: LeadRecord, *, keep_edits: bool = False) -> None:
        """Take ``record`` as the saved state; optionally keep what the user typed."""
        edits = self.form.changes() if keep_edits else {}
        self.record = self.latest = record
        self.form.load(record)
        if edits:
            self.form.put(edits)
        self.setWindowTitle(f"{record.number} · {record.name}")
        self.header.show_record(record, self.choices.users)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.form.dirty and self.form.valid and not self._gone)
        self.cancel_button.setEnabled(self.form.dirty)

    def show_error(self, exc: LeadDeskError | str) -> None:
        self.message.setText(error_text(exc))
        self.message.show()

    def _written(self, changes: Changes, *, record_shown: bool = False) -> None:
        """Something was saved here: show it, and tell everyone else.

        ``record_shown``: the caller already shows the lead as saved (a save, a move);
        it is not read again.
        """
        self.message.hide()
        self._catch_up_with(changes, read_record=not record_shown)
        self.saved.emit(changes)

    def _show_follow_up(self) -> None:
        try:
            due = self.ws.follow_ups.due(lead_id=self.lead_id, limit=1)
        except LeadDeskError as exc:
            self.show_error(exc)
            due = []
        self._follow_up = due[0] if due else None
        self.header.show_follow_up(self._follow_up)

    # keeping up with changes made anywhere ----------------------------------------------
    def note_changes(self, changes: Changes) -> None:
        """Catch up with ``changes`` if they concern this lead (or follow-ups in general)."""
        self._catch_up_with(changes, read_record=True)

    def _catch_up_with(self, changes: Changes, *, read_record: bool) -> None:
        if read_record and not self._gone and self.lead_id in changes.leads:
            self._catch_up()
        if self._gone:
            return
        if changes.reference:
            self._new_choices()
        if self.lead_id in changes.timelines:
            self.timeline.refresh()
            self.partner.refresh()
        if changes.follow_ups:
            self._show_follow_up()

    def _new_choices(self) -> None:
        """The owner changed the custom fields or sources: the form's editors follow,
        keeping what the user typed."""
        try:
            self.choices = self.ws.leads.form_choices()
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        edits = self.form.changes()
        self.form.set_fields(self.choices.custom_fields)
        self.form.load(self.record)
        if edits:
            self.form.put(edits)
        self._update_buttons()

    def _catch_up(self) -> None:
        try:
            fresh = self.ws.leads.get(self.lead_id)
        except NotFound:
            self._gone = True
            self.notice.setText(
                self.tr(
                    "This lead was deleted meanwhile. What you typed here can no longer be saved."
                )
            )
            self.notice.show()
            self._update_buttons()
            return
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        if fresh != self.latest:
            self._take(fresh, mine=False)

    def _take(self, fresh: LeadRecord, *, mine: bool) -> None:
        """Show the lead as the database now has it.

        Without edits the form shows it too. With edits, a change made from this
        window (a move, an assignment) keeps them on the new version; one made
        elsewhere leaves them on the version they started from, so Save finds the
        conflict and the user chooses field by field.
        """
        based_on_latest = self.record.version == self.latest.version
        if not self.form.dirty or (mine and based_on_latest):
            self._show_record(fresh, keep_edits=self.form.dirty)
            if not self.form.dirty:
                self.notice.hide()
            return
        self.latest = fresh
        self.header.show_record(fresh, self.choices.users)
        self.setWindowTitle(f"{fresh.number} · {fresh.name}")
        self.notice.setText(
            self.tr(
                "Someone else saved this lead while you were editing. Your edits are kept; "
                "Save shows any field you both changed."
            )
        )
        self.notice.show()

    def undo_merge(self, merge_id: uuid.UUID) -> None:
        """The timeline's "Undo merge": the merged leads come back (asked first)."""
        done = ask_and_unmerge(self, self.ws, merge_id, self.me)
        if done is not None:
            changes, text = done
            self._written(changes)
            self.notice.setText(text)
            self.notice.show()

    # saving -------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the edits; False if they could not be (the form keeps them)."""
        if not self.form.dirty:
            return True
        if not self.form.valid or self._gone:
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
        self.notice.hide()
        self._written(result.changes, record_shown=True)
        return True

    def _resolve_conflict(self) -> bool:
        try:
            theirs = self.ws.leads.get(self.lead_id)
        except LeadDeskError as exc:
            self.show_error(exc)
            return False
        mine = self.form.raw_values()
        kept = ask_which_to_keep(
            self, values_of(self.record), mine, values_of(theirs), self.form.labels
        )
        if kept is None:
            self.show_error(
                self.tr("Not saved: someone else saved this lead first. Your edits are kept.")
            )
            return False
        self.record = self.latest = theirs
        self.form.load(theirs)
        self.form.put(kept)
        return self.save()

    def revert(self) -> None:
        self.form.load(self.record)
        self._update_buttons()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form.dirty and not self._gone:
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

    # quick actions (the header's buttons; LeadActionTarget for its menus) -----------------
    def send_selected(self, channel: Channel) -> None:
        self.sendMessage.emit([self.lead_id], channel)

    def move_selected(self, stage: Stage) -> None:
        self.move_to(stage)

    def schedule_follow_up(self) -> None:
        planned = plan_follow_up(self, self.record.name)
        if planned is None:
            return
        try:
            result = self.ws.follow_ups.schedule(
                self.lead_id,
                planned.due_at,
                planned.title,
                notes_before=planned.notes,
                assignee_id=self.latest.owner_id or self.me,
                user_id=self.me,
            )
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self._written(result.changes)

    def complete_follow_up(self) -> None:
        f = self._follow_up
        done = ask_completion(self, f.title, self.record.name) if f else None
        if f is None or done is None:
            return
        try:
            result = self.ws.follow_ups.complete(
                f.id,
                notes_after=done.notes,
                expected_version=f.version,
                user_id=self.me,
                then=done.then,
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
        changes, refused = attach_files(self.ws, self.lead_id, paths, self.limit_bytes, self.me)
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

    # moves and owners -------------------------------------------------------------------
    def move_to(self, stage: Stage) -> None:
        if stage == self.latest.stage:
            return
        record = self.latest
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
        self._take(moved.lead, mine=True)
        self._written(moved.changes, record_shown=True)

    def assign_selected(self, owner: uuid.UUID | None) -> None:
        try:
            changes = self.ws.pipeline.assign(
                self.lead_id, owner, user_id=self.me, expected_version=self.latest.version
            )
            fresh = self.ws.leads.get(self.lead_id)
        except LeadDeskError as exc:
            self.show_error(exc)
            return
        self._take(fresh, mine=True)
        self._written(changes, record_shown=True)

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
