"""The main window only assembles screens, menus and the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from leaddesk import __version__
from leaddesk.errors import LeadDeskError
from leaddesk.services.workspace import Workspace
from leaddesk.ui.actions import build_menus
from leaddesk.ui.board.overview import BoardOverview
from leaddesk.ui.placeholder import Placeholder

SCREENS = ("board", "leads", "follow-ups", "insights", "templates", "settings")


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        open_workspace: Callable[[str], Workspace],
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._open_workspace = open_workspace
        self._qsettings = settings
        self.workspace = workspace
        self.setWindowTitle(self.tr("LeadDesk"))
        self.resize(1280, 800)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 12px; }")
        self.nav.addItems(
            [
                self.tr("Board"),
                self.tr("Leads"),
                self.tr("Follow-ups"),
                self.tr("Insights"),
                self.tr("Templates"),
                self.tr("Settings"),
            ]
        )
        self.stack = QStackedWidget()
        self.board = BoardOverview()
        soon = self.tr("This screen is being built; the pipeline overview shows your data.")
        self.stack.addWidget(self.board)
        for title in (
            self.tr("Leads"),
            self.tr("Follow-ups"),
            self.tr("Insights"),
            self.tr("Templates"),
            self.tr("Settings"),
        ):
            self.stack.addWidget(Placeholder(title, soon))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.actions_by_id = build_menus(self)
        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.db_label)
        self._restore_state()
        self.refresh()

    # screens ---------------------------------------------------------------
    def show_screen(self, name: str) -> None:
        self.nav.setCurrentRow(SCREENS.index(name))

    def current_screen(self) -> str:
        return SCREENS[max(0, self.nav.currentRow())]

    def refresh(self) -> None:
        board = self.workspace.board.board(per_column=6)
        self.board.show_board(board)
        total = sum(c.count for c in board.columns)
        self.db_label.setText(
            self.tr("Database: %1 · %2 leads")
            .replace("%1", self.workspace.title)
            .replace("%2", f"{total:n}")
        )

    # file menu -------------------------------------------------------------
    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            "leaddesk.sqlite",
            self.tr("LeadDesk databases (*.sqlite)"),
        )
        if path:
            self.switch_database(f"sqlite:///{path}")

    def open_database_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), "", self.tr("LeadDesk databases (*.sqlite)")
        )
        if path:
            self.switch_database(f"sqlite:///{path}")

    def connect_to_server(self) -> None:
        url, ok = QInputDialog.getText(
            self,
            self.tr("Connect to server"),
            self.tr("Server address, e.g. postgresql://maria@crm.example.com/leaddesk"),
        )
        if ok and url.strip():
            self.switch_database(url.strip())

    def switch_database(self, url: str) -> bool:
        try:
            workspace = self._open_workspace(url)
        except LeadDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the database"), exc.message)
            return False
        old, self.workspace = self.workspace, workspace
        old.close()
        self.refresh()
        return True

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About LeadDesk"),
            self.tr("LeadDesk %1\nLead management for small sales teams.\n\nDatabase: %2")
            .replace("%1", __version__)
            .replace("%2", self.workspace.title),
        )

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
        self.save_state()
        self.workspace.close()
        super().closeEvent(event)
