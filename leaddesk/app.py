"""Composition root: settings, translations, the database, the main window."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy.engine import URL

from leaddesk import __version__
from leaddesk.config.secrets import store_password, strip_password
from leaddesk.config.settings import Settings
from leaddesk.errors import LeadDeskError
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui import i18n
from leaddesk.ui.gui_gc import collect_in_gui_thread
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.names.errors import error_text
from leaddesk.ui.screenshot import open_view, shoot_when_shown, show_view

STARTED = time.perf_counter()


def ask_password(url: URL) -> str | None:
    text, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("App", "Database password"),
        QCoreApplication.translate("App", "Password for %1 on %2:")
        .replace("%1", url.username or "")
        .replace("%2", url.host or ""),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def locate_missing(missing: Path) -> str | None:
    """The database opened last is not where it was: find it, make a new one there on
    purpose, or stop. None: the user chose to stop."""
    ask = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "Database not found"),
        QCoreApplication.translate(
            "App",
            "The database LeadDesk used last, %1, is not there any more. It may have been "
            "moved, renamed or deleted, or be on a drive that is not connected.",
        ).replace("%1", str(missing)),
    )
    ask.setObjectName("databaseMissing")
    locate = ask.addButton(
        QCoreApplication.translate("App", "Locate it…"), QMessageBox.ButtonRole.AcceptRole
    )
    new = ask.addButton(
        QCoreApplication.translate("App", "Start a new, empty one there"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    ask.addButton(QMessageBox.StandardButton.Cancel)
    ask.exec()
    if ask.clickedButton() is locate:
        path, _ = QFileDialog.getOpenFileName(
            None,
            QCoreApplication.translate("App", "Where is the database?"),
            str(missing.parent if missing.parent.exists() else Path.home()),
            QCoreApplication.translate("App", "LeadDesk databases (*.sqlite)"),
        )
        return f"sqlite:///{path}" if path else None
    if ask.clickedButton() is new:
        return f"sqlite:///{missing}"
    return None


def make_opener(settings: Settings, *, ask: bool = True) -> Callable[[str], Workspace]:
    """Opens databases for the window; ``ask``: a password the server wants may be
    asked for in a dialog (never for a screenshot, where nobody is there to answer)."""

    def opener(url: str) -> Workspace:
        ws = open_workspace(
            url,
            default_region=settings.default_country,
            currency=settings.currency,
            ask_password=ask_password if ask else None,
        )
        # Remember the database, never its password (that goes to the keyring).
        store_password(ws.ctx.db.url)
        settings.db_url = strip_password(ws.ctx.db.url)
        settings.save()
        return ws

    return opener


def create_application(argv: list[str] | None = None) -> QApplication:
    # instance() is typed QCoreApplication; LeadDesk only ever makes a QApplication
    app = cast(QApplication | None, QApplication.instance()) or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("LeadDesk")
    QCoreApplication.setApplicationName("LeadDesk")
    QCoreApplication.setApplicationVersion(__version__)
    collect_in_gui_thread(app)
    return app


def run_app(
    url: str,
    settings: Settings,
    *,
    lang: str | None = None,
    view: str | None = None,
    screenshot: str | None = None,
    missing: Path | None = None,
) -> int:
    app = create_application()
    if i18n.unknown(lang):
        print(
            f"leaddesk: there is no {lang!r} translation (there are {', '.join(i18n.LANGUAGES)});"
            " using English.",
            file=sys.stderr,
        )
        lang = "en"
    language = i18n.pick_language(lang or settings.language)
    # the translators live as long as the app (an attribute QApplication does not declare)
    app._leaddesk_translators = i18n.install(app, language, settings.western_digits)  # type: ignore[attr-defined]
    opener = make_opener(settings, ask=not screenshot)
    if missing is not None:
        found = locate_missing(missing)
        if found is None:
            return 2
        url = found
    try:
        workspace = opener(url)
    except LeadDeskError as exc:
        if screenshot:
            print(f"leaddesk: {exc.message}", file=sys.stderr)
        else:
            # in the user's language, as the window's own File ▸ Open tells it
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "LeadDesk"), error_text(exc)
            )
        return 2
    window = MainWindow(workspace, opener, QSettings(), settings)
    show_view(window, view)
    window.show()
    front = open_view(window, view)
    if not screenshot:
        QTimer.singleShot(0, window.welcome_if_needed)
    if screenshot:

        def shot(path: str) -> None:
            took = (time.perf_counter() - STARTED) * 1000
            print(f"{path} ({took:.0f} ms after start)", flush=True)
            window.close()

        shoot_when_shown(window, screenshot, shot, front)
    return app.exec()
