"""The lead windows the main window opens: one per lead, each told of every change,
and the New lead form. Kept apart from the main window, which only assembles."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from leaddesk.domain.stages import Stage
from leaddesk.errors import LeadDeskError
from leaddesk.services.attachments import MIB
from leaddesk.services.records import Changes, LeadRecord
from leaddesk.ui.lead.window import LeadWindow
from leaddesk.ui.widgets.new_lead import NewLeadDialog

if TYPE_CHECKING:
    from leaddesk.ui.main_window import MainWindow


class LeadWindows(QObject):
    """Opens, finds and keeps current the windows of single leads."""

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self.by_lead: dict[uuid.UUID, LeadWindow] = {}
        main.changes.delivered.connect(self._catch_up)

    def open(self, lead_id: uuid.UUID) -> None:
        """The lead's record in its own window (one window per lead)."""
        main = self.main
        window = self.by_lead.get(lead_id)
        if window is None:
            try:
                window = LeadWindow(
                    main.workspace,
                    lead_id,
                    main.board.me,
                    main,
                    limit_bytes=main.prefs.attachment_limit_mb * MIB,
                )
            except LeadDeskError as exc:
                main.board.show_error(exc)
                return
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.saved.connect(main.changes.publish)
            window.sendMessage.connect(lambda ids, ch, w=window: main.messenger.compose(ids, ch, w))
            window.destroyed.connect(lambda *_: self.by_lead.pop(lead_id, None))
            self.by_lead[lead_id] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def new_lead(self, stage: Stage = Stage.OPEN) -> NewLeadDialog:
        """The quick form for an inquiry that just came in (Ctrl+N, the board's +)."""
        main = self.main
        users = tuple(main.workspace.users.list())
        dialog = NewLeadDialog(main.workspace, main.board.me, users, stage, main)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        dialog.openExisting.connect(main.open_lead)
        main.changes.delivered.connect(dialog.note_changes)  # ends with the dialog
        dialog.open()
        return dialog

    def _created(self, lead: LeadRecord, changes: Changes, open_it: bool) -> None:
        self.main.changes.publish(changes)
        self.main.statusBar().showMessage(
            self.tr("%1 %2 created").replace("%1", lead.number).replace("%2", lead.name), 10_000
        )
        if open_it:
            self.open(lead.id)

    def all(self) -> list[LeadWindow]:
        return list(self.by_lead.values())

    def set_attachment_limit(self, limit_bytes: int) -> None:
        for window in self.all():
            window.limit_bytes = limit_bytes

    def _catch_up(self, changes: Changes) -> None:
        for window in self.all():
            window.note_changes(changes)
