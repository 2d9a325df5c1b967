"""The first start asks who you are; Settings ▸ People adds, edits and deactivates the
team, and "You:" and the owner lists follow; the language is chosen in Settings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from leaddesk.config.settings import Settings
from leaddesk.domain.leads import Role
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.settings.people import PersonDialog
from leaddesk.ui.settings.welcome import WelcomeDialog, suggested_region_and_currency


def _window(qtbot, ws: Workspace, qsettings: QSettings, prefs: Settings) -> MainWindow:  # type: ignore[no-untyped-def]
    def opener(url: str) -> Workspace:  # as the app's: the preferences apply
        return open_workspace(url, currency=prefs.currency, default_region=prefs.default_country)

    w = MainWindow(ws, opener, qsettings, prefs)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_first_start_makes_you_the_owner(qtbot, tmp_path: Path, qsettings, english) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    ws = open_workspace(url)
    prefs = Settings()
    w = _window(qtbot, ws, qsettings, prefs)
    assert w.who.count() == 1  # only "(choose who you are)"
    ask = w.welcome_if_needed()
    assert isinstance(ask, WelcomeDialog)
    ask.name.setText("Anna Kowalska")
    ask.email.setText("not an address")
    ask.accept()
    assert ask.isVisible() and "email" in ask.problem.text().lower()  # stays, says why
    ask.email.setText("Anna@Example.pl")
    ask.language.setCurrentIndex(ask.language.findData("pl"))
    ask.currency.setText("pln")
    ask.country.setCurrentIndex(ask.country.findData("PL"))
    ask.accept()
    qtbot.waitUntil(lambda: w.who.currentText() == "Anna Kowalska")
    (owner,) = w.workspace.users.list()
    assert owner.role is Role.OWNER and owner.email == "anna@example.pl"
    assert (prefs.user_email, prefs.language, prefs.currency, prefs.default_country) == (
        "anna@example.pl",
        "pl",
        "PLN",
        "PL",
    )
    assert w.workspace.ctx.currency == "PLN"  # the database opened again with the choices
    assert "next start" in w.statusBar().currentMessage()
    assert w.welcome_if_needed() is None  # asked once: the database has its owner
    w.close()


def test_people_are_added_edited_and_deactivated_in_settings(
    qtbot, sqlite_ws: Workspace, qsettings, english, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    sqlite_ws.users.add("Maria Nowak", "maria@example.com", Role.OWNER)
    w = _window(qtbot, sqlite_ws, qsettings, Settings())
    w.show_screen("settings")
    people = w.settings_screen.people
    assert people is not None
    qtbot.waitUntil(lambda: people.model.rowCount() == 1)
    qtmodeltester.check(people.model)  # and through every reload below

    def fill(name: str, email: str) -> None:
        def act() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, PersonDialog)
            dialog.name.setText(name)
            dialog.email.setText(email)
            dialog.accept()
            if dialog.isVisible():  # refused: say so, then give up
                seen.append(dialog.problem.text())
                dialog.reject()

        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PersonDialog))
        act()

    seen: list[str] = []

    QTimer.singleShot(0, lambda: fill("Tomasz Lis", "tomasz@example.pl"))
    people.add_person()
    assert people.model.rowCount() == 2
    qtbot.waitUntil(lambda: w.who.findText("Tomasz Lis") > 0)  # "You:" knows him at once
    assert "Tomasz Lis" in [u.name for u in w.board._choices.users]  # and the Assign menus
    QTimer.singleShot(0, lambda: fill("Ola", "MARIA@example.com"))
    people.add_person()
    assert seen and "already belongs" in seen[0] and people.model.rowCount() == 2

    people.table.selectRow(next(r for r in range(2) if people.model.record(r).name == "Tomasz Lis"))
    assert people.active_button.text() == "Deactivate"
    people.active_button.click()
    qtbot.waitUntil(lambda: w.who.findText("Tomasz Lis") < 0)
    assert [u.name for u in w.workspace.users.list()] == ["Maria Nowak"]
    assert people.active_button.text() == "Bring back"
    w.close()


def test_the_language_is_chosen_in_settings(qtbot, qsettings, english) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.ui.settings.screen import SettingsScreen

    prefs = Settings()
    screen = SettingsScreen(prefs)
    qtbot.addWidget(screen)
    screen.language.setCurrentIndex(screen.language.findData("ar"))
    assert screen.apply_button.isEnabled()
    screen.apply()
    assert Settings.load().language == "ar"


def test_an_unknown_language_says_english_is_used(tmp_path: Path, isolated_home: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "leaddesk",
            "--lang",
            "de",
            "--db",
            f"sqlite:///{tmp_path / 'x.sqlite'}",
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(isolated_home),
            "XDG_CONFIG_HOME": str(isolated_home / "config"),
            "XDG_DATA_HOME": str(isolated_home / "data"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "PATH": "/usr/bin:/bin",
        },
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "no 'de' translation" in out.stderr and "using English" in out.stderr


def test_the_first_start_suggests_where_the_computer_is_set_up_to_be() -> None:
    fresh = Settings()
    assert suggested_region_and_currency(fresh, QLocale("pl_PL")) == ("PL", "PLN")
    assert suggested_region_and_currency(fresh, QLocale("ar_SA")) == ("SA", "SAR")
    assert suggested_region_and_currency(fresh, QLocale.c()) == ("US", "USD")  # nothing known
    chosen = Settings(default_country="DE", currency="EUR")
    assert suggested_region_and_currency(chosen, QLocale("pl_PL")) == ("DE", "EUR")  # kept
