"""Two dialogs of the main window over the whole database: File ▸ Restore backup… (a
database file's backups; every screen read again after) and the welcome that makes the
first person of a new database its owner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from leaddesk.errors import LeadDeskError
from leaddesk.ui import i18n
from leaddesk.ui.backups.restore import RestoreDialog
from leaddesk.ui.settings.welcome import WelcomeDialog

if TYPE_CHECKING:
    from leaddesk.ui.main_window import MainWindow


class BackupAndWelcome(QObject):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main

    def show_restore_state(self) -> None:
        """File ▸ Restore backup… is for database files; a server has its own tools."""
        action = self.main.actions_by_id.get("file.restore")
        if action is None:
            return
        available = self.main.workspace.backups.available
        action.setEnabled(available)
        action.setToolTip(
            ""
            if available
            else self.tr(
                "A server's database is backed up and restored with its own tools (pg_dump)."
            )
        )

    def restore_backup(self) -> RestoreDialog | None:
        """The backups of this database file; the chosen one put back, every screen and
        list read again from it."""
        main = self.main
        if not main.workspace.backups.available:
            return None
        for window in main.lead_windows():
            if not window.close():
                return None
        dialog = RestoreDialog(main.workspace, main)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._restored(dialog.restored))
        dialog.open()
        return dialog

    def _restored(self, restored: bool) -> None:
        if restored:
            main = self.main
            main.switch_database(main.workspace.ctx.db.url.render_as_string(hide_password=False))
            main.statusBar().showMessage(self.tr("The backup was restored."), 15_000)

    def welcome_if_needed(self) -> WelcomeDialog | None:
        """A database nobody works in yet asks who you are, and makes you its owner."""
        main = self.main
        try:
            if main.workspace.users.list(active_only=False):
                return None
        except LeadDeskError:
            return None
        ask = WelcomeDialog(main.workspace, main.prefs, main)
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ask.accepted.connect(lambda: self._welcomed(ask))
        ask.open()
        return ask

    def _welcomed(self, ask: WelcomeDialog) -> None:
        main = self.main
        language = i18n.current_language()
        main.changes.publish(ask.changes)
        main.settings_screen.load()
        # the currency and the country are read when the database is opened
        main.apply_settings({"default_country", "currency"})
        if main.prefs.language != language:
            main.statusBar().showMessage(
                self.tr("The language you chose applies from the next start."), 30_000
            )
