"""The main window only assembles screens, menus and the status bar, and routes
every change through one dispatcher."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QUndoGroup
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from leaddesk.config.settings import Settings
from leaddesk.domain.agenda import Bucket
from leaddesk.domain.board_view import SavedView, views_from_json, views_to_json
from leaddesk.domain.stages import Stage
from leaddesk.errors import LeadDeskError
from leaddesk.services.attachments import MIB
from leaddesk.services.records import AgendaItem, Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.actions import build_menus
from leaddesk.ui.app_icon import app_icon
from leaddesk.ui.backup_and_welcome import BackupAndWelcome
from leaddesk.ui.backups.daily import DailyBackup
from leaddesk.ui.backups.restore import RestoreDialog
from leaddesk.ui.board.screen import BoardScreen
from leaddesk.ui.changes import ChangeDispatcher
from leaddesk.ui.duplicates.screen import DuplicatesScreen
from leaddesk.ui.follow_ups.notifier import FollowUpNotifier
from leaddesk.ui.follow_ups.screen import FollowUpsScreen
from leaddesk.ui.formatting import isolated, number
from leaddesk.ui.imports.launcher import ImportLauncher
from leaddesk.ui.lead.window import LeadWindow
from leaddesk.ui.lead_windows import LeadWindows
from leaddesk.ui.leads.screen import LeadsScreen
from leaddesk.ui.messaging.messenger import Messenger
from leaddesk.ui.messaging.outbox_screen import OutboxScreen
from leaddesk.ui.messaging.templates_screen import TemplatesScreen
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.outside_changes import OutsideChanges
from leaddesk.ui.pool.screen import PoolScreen
from leaddesk.ui.pool.sweeper import DistributionSweeper, Warning
from leaddesk.ui.score_keeper import ScoreKeeper
from leaddesk.ui.settings.screen import SettingsScreen
from leaddesk.ui.settings.welcome import WelcomeDialog
from leaddesk.ui.widgets.elided_label import ElidedLabel
from leaddesk.ui.widgets.lazy_screen import LazyScreen
from leaddesk.ui.widgets.new_lead import NewLeadDialog
from leaddesk.ui.window_actions import WINDOW_ACTIONS, DatabaseChooser

if TYPE_CHECKING:
    from leaddesk.ui.insights.screen import InsightsScreen

SCREENS = (
    "board",
    "leads",
    "pool",
    "duplicates",
    "follow-ups",
    "insights",
    "templates",
    "outbox",
    "settings",
)


class MainWindow(QMainWindow):
    # declared here for window_actions, which imports this module back (only to type it)
    workspace: Workspace
    database: DatabaseChooser
    importer: ImportLauncher

    def __init__(
        self,
        workspace: Workspace,
        open_workspace: Callable[[str], Workspace],
        settings: QSettings,
        prefs: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.prefs = prefs if prefs is not None else Settings.load()
        self.setObjectName("mainWindow")
        self._qsettings = settings
        self.workspace = workspace
        self.setWindowTitle(self.tr("LeadDesk"))
        self.resize(self._first_size())
        # every change, from any screen, dialog, lead window or background job, goes
        # out through here and reaches every screen that is built
        self.changes = ChangeDispatcher(self)
        self.database = DatabaseChooser(self, open_workspace)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 12px; }")
        self.nav.addItems(
            [
                self.tr("Board"),
                self.tr("Leads"),
                self.tr("Pool"),
                self.tr("Duplicates"),
                self.tr("Follow-ups"),
                self.tr("Insights"),
                self.tr("Templates"),
                self.tr("Outbox"),
                self.tr("Settings"),
            ]
        )
        self.stack = QStackedWidget()
        views = (self._load_views, self._save_views)
        self.board = BoardScreen(workspace, views, settings)
        self.board.counted.connect(self._show_count)
        self.leads = LeadsScreen(workspace, views, settings)
        self.pool = PoolScreen(workspace, views, settings, lambda: self.board.me)
        self.duplicates = DuplicatesScreen(workspace, settings, lambda: self.board.me)
        self.follow_ups = FollowUpsScreen(workspace, settings)
        self._insights: LazyScreen[InsightsScreen] = LazyScreen(self._build_insights)
        self.templates = TemplatesScreen(workspace, settings)
        self.messenger = Messenger(lambda: self.workspace, self.prefs, lambda: self.board.me, self)
        self.messenger.status.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.outbox = OutboxScreen(workspace, self.messenger, settings)
        self.settings_screen = SettingsScreen(
            self.prefs, self.messenger.remember_password, lambda: self.workspace
        )
        self.settings_screen.applied.connect(self.apply_settings)
        for screen in (
            self.board,
            self.leads,
            self.pool,
            self.duplicates,
            self.follow_ups,
            self.templates,
            self.outbox,
            self.settings_screen,
        ):
            self.changes.attach(screen, screen.changed)
        self.changes.delivered.connect(self._people_changed)
        self.lead_window_keeper = LeadWindows(self)
        self.messenger.changed.connect(self.changes.publish)
        for screen in (
            self.board,
            self.leads,
            self.pool,
            self.duplicates,
            self.follow_ups,
            self.outbox,
        ):
            screen.openLead.connect(self.open_lead)
        for screen in (self.board, self.leads):
            screen.sendMessage.connect(lambda ids, ch: self.messenger.compose(ids, ch, self))
            screen.newLead.connect(self.new_lead)
            # a claim or a return from a right-click menu is told in the status bar
            screen.pool_actions.told.connect(lambda text, _refused: self._tell(text))
        for widget in (
            self.board,
            self.leads,
            self.pool,
            self.duplicates,
            self.follow_ups,
            self._insights,
            self.templates,
            self.outbox,
            self.settings_screen,
        ):
            self.stack.addWidget(widget)
        self.nav.currentRowChanged.connect(self._screen_changed)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.board.undo_stack)
        self.undo_group.addStack(self.leads.undo_stack)
        self.undo_group.setActiveStack(self.board.undo_stack)
        # File ▸ Import…, Import history…, Edit ▸ Undo import and a file dropped here
        self.importer = ImportLauncher(
            self, lambda: self.workspace, self.changes.publish, lambda: self.board.me
        )
        self.actions_by_id = build_menus(self, WINDOW_ACTIONS)
        self.db_label = ElidedLabel(min_chars=16)  # a long path never widens the window
        self.db_label.setObjectName("databaseLabel")
        self.who = QComboBox()
        self.who.setObjectName("currentUser")
        self.who.setToolTip(self.tr("Who you are: your moves are logged in your name"))
        self.who.activated.connect(self._choose_user)
        self.statusBar().addPermanentWidget(QLabel(self.tr("You:")))
        self.statusBar().addPermanentWidget(self.who)
        self.statusBar().addPermanentWidget(self.db_label)
        self.setWindowIcon(app_icon())
        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray.setToolTip(self.tr("LeadDesk"))
        self.tray.messageClicked.connect(self._show_due)
        self.tray.activated.connect(lambda _reason: self._show_due())
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self.notifier = FollowUpNotifier(lambda: self.workspace, lambda: self.board.me, self.tray)
        self.notifier.notified.connect(self._announce_due)
        self.daily_backup = DailyBackup(lambda: self.workspace, self)
        self.backup_and_welcome = BackupAndWelcome(self)
        self._restore_state()
        self.refresh()
        # the overdue summary is for after the window has painted
        QTimer.singleShot(0, self.notifier, self.notifier.start)
        QTimer.singleShot(0, self.daily_backup, self.daily_backup.start)
        self.messenger.resume_at_start()
        # leads a web form or a colleague adds appear without a reload
        self.outside = OutsideChanges(lambda: self.workspace, self.changes, self)
        self.outside.start()
        # scores out of date (rules changed, points faded) are caught up in the background
        self.score_keeper = ScoreKeeper(lambda: self.workspace, self.changes, self)
        self.score_keeper.start()
        # claims that ran out go back to the pool; the rep is told before they do
        self.sweeper = DistributionSweeper(
            lambda: self.workspace, lambda: self.board.me, self.changes, self.tray, self
        )
        self.sweeper.warned.connect(self._announce_running_out)
        self.sweeper.late.connect(self.follow_ups.late.show_late)
        self.sweeper.newly_late.connect(
            lambda fresh: self._tell(
                self.tr("%Ln new lead(s) past the first-contact target", "", len(fresh))
            )
        )
        self.sweeper.start()

    # screens ---------------------------------------------------------------
    @property
    def insights(self) -> InsightsScreen:
        return self._insights.screen_widget()

    def _build_insights(self) -> InsightsScreen:
        from leaddesk.ui.insights.screen import InsightsScreen

        screen = InsightsScreen(self.workspace, self._qsettings)
        screen.openLead.connect(self.open_lead)
        self.changes.attach(screen)
        return screen

    def screen_widget(self) -> QWidget:
        """The screen in front (built, if it is built when first shown)."""
        current = self.stack.currentWidget()
        if isinstance(current, LazyScreen):
            built: QWidget = current.screen_widget()  # isinstance leaves it LazyScreen[Any]
            return built
        assert current is not None
        return current

    def _first_size(self) -> QSize:
        """1280 x 800, or less on a smaller screen (a 1366 x 768 or 1280 x 720 laptop)."""
        wanted = QSize(1280, 800)
        screen = self.screen() or QGuiApplication.primaryScreen()
        return wanted if screen is None else wanted.boundedTo(screen.availableGeometry().size())

    def show_screen(self, name: str) -> None:
        self.nav.setCurrentRow(SCREENS.index(name))

    def _screen_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        # Edit ▸ Undo acts on the screen in front
        self.undo_group.setActiveStack(
            self.leads.undo_stack if SCREENS[row] == "leads" else self.board.undo_stack
        )

    def current_screen(self) -> str:
        return SCREENS[max(0, self.nav.currentRow())]

    # Edit ▸ Undo and Redo (UndoWindow) ---------------------------------------------
    def undo(self) -> None:
        self.undo_group.undo()

    def redo(self) -> None:
        self.undo_group.redo()

    def bind_undo(self, action: QAction, *, redo: bool) -> None:
        """The action says what it would undo (or redo), and is off when nothing is."""
        group = self.undo_group
        prefix = self.tr("&Redo") if redo else self.tr("&Undo")

        def show(text: str) -> None:
            action.setText(f"{prefix} {text}" if text else prefix)

        (group.redoTextChanged if redo else group.undoTextChanged).connect(show)
        (group.canRedoChanged if redo else group.canUndoChanged).connect(action.setEnabled)
        show(group.redoText() if redo else group.undoText())
        action.setEnabled(group.canRedo() if redo else group.canUndo())

    def focus_search(self) -> None:
        """Ctrl+F: the search of the screen in front, if it has one."""
        searches = {
            "board": self.board.filter_bar.search,
            "leads": self.leads.filters.search,
            "pool": self.pool.filter_bar.search,
        }
        search = searches.get(self.current_screen())
        if search is not None:
            search.setFocus()
            search.selectAll()

    # who is using it -------------------------------------------------------------
    def refresh(self) -> None:
        """Fill what depends on the open database (the board loads itself)."""
        self.who.clear()
        self.who.addItem(self.tr("(choose who you are)"), None)
        chosen = None
        for user in self.workspace.users.list():
            self.who.addItem(user.name, user.id)
            if user.email == self.prefs.user_email:
                chosen = user.id
        self.who.setCurrentIndex(max(0, self.who.findData(chosen)))
        if chosen != self.board.me:
            self.board.set_user(chosen)
        self._tell_user(chosen)
        self._show_count()
        self.backup_and_welcome.show_restore_state()

    def restore_backup(self) -> RestoreDialog | None:
        return self.backup_and_welcome.restore_backup()

    def welcome_if_needed(self) -> WelcomeDialog | None:
        return self.backup_and_welcome.welcome_if_needed()

    def _people_changed(self, changes: Changes) -> None:
        """Someone was added, renamed or deactivated: "You:" and the owner lists."""
        if changes.users:
            self.refresh()

    def _tell_user(self, user_id: uuid.UUID | None) -> None:
        self.follow_ups.set_user(user_id)
        self.leads.set_user(user_id)
        self.templates.set_user(user_id, self._user_name(user_id))
        self.outbox.set_user(user_id)

    def _user_name(self, user_id: uuid.UUID | None) -> str:
        index = self.who.findData(user_id) if user_id else -1
        return self.who.itemText(index) if index > 0 else ""

    def _show_count(self, _total: int | None = None) -> None:
        self.db_label.setText(
            self.tr("Database: %1 · %2 leads")
            .replace("%1", isolated(self.workspace.title))
            .replace("%2", number(self.board.total))
        )

    def _choose_user(self, index: int) -> None:
        user_id = self.who.itemData(index)
        users = {u.id: u for u in self.workspace.users.list()}
        self.prefs.user_email = users[user_id].email if user_id in users else None
        self.prefs.save()
        self.board.set_user(user_id)
        self._tell_user(user_id)
        self.notifier.restart()

    def _load_views(self) -> dict[str, SavedView]:
        return views_from_json(self.prefs.board_views)

    def _save_views(self, views: dict[str, SavedView]) -> None:
        self.prefs.board_views = views_to_json(views)
        self.prefs.save()

    # lead windows ----------------------------------------------------------------
    def open_lead(self, lead_id: object) -> None:
        assert isinstance(lead_id, uuid.UUID)
        self.lead_window_keeper.open(lead_id)

    def new_lead(self, stage: Stage = Stage.OPEN) -> NewLeadDialog:
        return self.lead_window_keeper.new_lead(stage)

    def lead_windows(self) -> list[LeadWindow]:
        return self.lead_window_keeper.all()

    @property
    def _lead_windows(self) -> dict[uuid.UUID, LeadWindow]:
        return self.lead_window_keeper.by_lead

    # elsewhere -------------------------------------------------------------------
    def apply_settings(self, changed: set[str]) -> None:
        self.lead_window_keeper.set_attachment_limit(self.prefs.attachment_limit_mb * MIB)
        if changed & {"default_country", "currency"}:
            # the services read them when the database is opened
            self.switch_database(self.workspace.ctx.db.url.render_as_string(hide_password=False))

    def _show_due(self) -> None:
        """A reminder was clicked: the follow-ups that are due, in front."""
        self.follow_ups.show_bucket(Bucket.OVERDUE)
        self.show_screen("follow-ups")
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _announce_due(self, items: list[AgendaItem]) -> None:
        self.statusBar().showMessage(
            self.tr("%Ln follow-up(s) just fell due", "", len(items)), 60_000
        )
        # nothing was written, but time passed: the Follow-ups tabs count again, and
        # the board and the table paint their overdue marks anew
        self.changes.publish(Changes(follow_ups=True))
        self.board.repaint_cards()
        self.leads.table.viewport().update()

    def _tell(self, text: str) -> None:
        self.statusBar().showMessage(text, 15_000)

    def _announce_running_out(self, mine: list[Warning]) -> None:
        self.statusBar().showMessage(
            self.tr(
                "%Ln of your claimed lead(s) go back to the pool soon unless you contact them",
                "",
                len(mine),
            ),
            60_000,
        )

    def switch_database(self, url: str) -> bool:
        """Everything shows the database at ``url`` instead; False if it cannot be opened
        (or a lead window with unsaved edits was kept open: it belongs to this one)."""
        for window in self.lead_windows():
            if not window.close():
                return False
        try:
            workspace = self.database.open(url)
        except LeadDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the database"), error_text(exc))
            return False
        old, self.workspace = self.workspace, workspace
        self.changes.discard()  # what waits was written to the old one
        self.board.set_workspace(workspace)
        self.follow_ups.set_workspace(workspace)
        self.leads.set_workspace(workspace)
        self.pool.set_workspace(workspace)
        self.duplicates.set_workspace(workspace)
        self.templates.set_workspace(workspace)
        self.messenger.stop_sending()
        self.messenger.sender.wait()
        self.outbox.set_workspace(workspace)
        if (insights := self._insights.built()) is not None:
            insights.set_workspace(workspace)
        self.settings_screen.set_workspace()
        self.daily_backup.wait()  # a copy of the old database may still be under way
        self.score_keeper.job.stop()  # it rescored the old one
        self.sweeper.stop()  # it swept the old one
        old.close()
        self.refresh()
        self.notifier.restart()
        self.outside.restart()
        self.sweeper.start()
        return True

    # state -----------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self._qsettings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self._qsettings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        screen = self._qsettings.value("window/screen", "board")
        self.show_screen(screen if screen in SCREENS else "board")

    def save_state(self) -> None:
        self._qsettings.setValue("window/geometry", self.saveGeometry())
        self._qsettings.setValue("window/state", self.saveState())
        self._qsettings.setValue("window/screen", self.current_screen())
        self._qsettings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.messenger.sender.running:
            # the message in hand is finished; the rest wait for the next start
            self.messenger.stop_sending()
            self.messenger.sender.wait()
        self.notifier.timer.stop()
        self.outside.timer.stop()
        self.score_keeper.stop()
        self.sweeper.stop()
        self.daily_backup.stop()
        self.settings_screen.stop_work()
        if (insights := self._insights.built()) is not None:
            insights.refresher.stop()
        self.tray.hide()
        self.save_state()
        self.workspace.close()
        super().closeEvent(event)
