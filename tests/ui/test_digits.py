"""One rule for digits: Arabic writes Arabic-Indic digits in every number the screens
show (counts, scores, amounts, dates, the status bar), or 0-9 throughout when the user
chose Western digits; phone numbers and addresses stay left-to-right in any sentence."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from leaddesk.app import create_application
from leaddesk.config.settings import Settings
from leaddesk.domain.lead_table import COLUMNS, Column
from leaddesk.domain.stages import Stage
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui import i18n
from leaddesk.ui.formatting import amount, date_text, left_to_right, money, number, read_amount
from leaddesk.ui.main_window import MainWindow

WESTERN = re.compile(r"[0-9]")
ARABIC_INDIC = re.compile(r"[٠-٩]")


@pytest.fixture
def western_arabic(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translators = i18n.install(create_application(), "ar", western_digits=True)
    yield
    for t in translators:
        qapp.removeTranslator(t)
    i18n.install(create_application(), "en")


def _window(qtbot, ws: Workspace, qsettings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    ws.users.create("Maria Nowak", "maria@example.com")
    for i in range(12):
        ws.leads.create({"first_name": f"Lead {chr(65 + i)}", "score": 42, "deal_value": "1500.50"})
    w = MainWindow(ws, open_workspace, qsettings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.board.models[Stage.OPEN].count == 12)
    return w


def _shown_numbers(qtbot, w: MainWindow) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Every place the issue named: column counts, the status bar, the score in the
    lead's header, the table's score and deal value, a day in the header."""
    w.show_screen("leads")
    model = w.leads.model
    qtbot.waitUntil(lambda: model.rowCount() == 12)
    col = {c: i for i, c in enumerate(COLUMNS)}
    card = w.board.models[Stage.OPEN].card_at(0)
    assert card is not None
    w.open_lead(card.id)
    (lead,) = w.lead_windows()
    texts = {
        "column count": w.board.columns[Stage.OPEN].count.text(),
        "status bar": w.db_label.text().rsplit("·", 1)[-1],
        "header score": lead.header.score.text(),
        "table score": model.index(0, col[Column.SCORE]).data(),
        "table deal value": model.index(0, col[Column.DEAL_VALUE]).data(),
    }
    lead.close()
    return texts


def test_arabic_writes_arabic_indic_digits_everywhere(  # type: ignore[no-untyped-def]
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, arabic
) -> None:
    assert (number(1234), amount(Decimal("1500.5"))) == ("١٬٢٣٤", "١٬٥٠٠٫٥٠")
    assert "٢٠٢٦" in date_text(dt.date(2026, 1, 5))
    w = _window(qtbot, sqlite_ws, qsettings)
    for where, text in _shown_numbers(qtbot, w).items():
        assert ARABIC_INDIC.search(text) and not WESTERN.search(text), (where, text)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_western_digits_in_arabic_keep_the_arabic_words(  # type: ignore[no-untyped-def]
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, western_arabic
) -> None:
    assert (number(1234), amount(Decimal("1500.5"))) == ("1,234", "1,500.50")
    assert read_amount("1,500.50") == Decimal("1500.50")
    january = date_text(dt.date(2026, 1, 5))
    assert "2026" in january and not ARABIC_INDIC.search(january)
    assert QLocale().monthName(1) == "يناير"  # the same Arabic words (charts name months)
    w = _window(qtbot, sqlite_ws, qsettings)
    shown = _shown_numbers(qtbot, w)
    for where, text in shown.items():
        assert WESTERN.search(text) and not ARABIC_INDIC.search(text), (where, text)
    assert re.search(r"[ء-ي]", shown["header score"])  # still Arabic words around them
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_polish_places_the_currency_after_and_english_before(polish) -> None:  # type: ignore[no-untyped-def]
    assert money(Decimal(16894300), "USD") == "16\u00a0894\u00a0300\u00a0USD"
    assert read_amount("1 500,50") == read_amount("1.500,50") == Decimal("1500.50")
    assert date_text(dt.date(2026, 11, 28)) == "28.11.2026"


def test_english_money_and_dates(english) -> None:  # type: ignore[no-untyped-def]
    assert money(Decimal(16894300), "USD") == "USD\u00a016,894,300"
    assert date_text(dt.date(2026, 11, 28)) == "28 Nov 2026"
    assert read_amount("1500,50") == Decimal("1500.50")  # unambiguous: a decimal comma


def test_western_digits_is_a_setting_for_arabic_only(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.ui.settings.screen import SettingsScreen

    screen = SettingsScreen(Settings())
    qtbot.addWidget(screen)
    screen.language.setCurrentIndex(screen.language.findData("en"))
    assert not screen.western_digits.isEnabled()
    screen.language.setCurrentIndex(screen.language.findData("ar"))
    assert screen.western_digits.isEnabled()
    screen.western_digits.setChecked(True)
    screen.apply()
    saved = Settings.load()
    assert (saved.language, saved.western_digits) == ("ar", True)


def test_phones_and_emails_are_set_left_to_right(qtbot, sqlite_ws: Workspace, arabic) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.ui.settings.people import PeopleModel

    assert left_to_right("+48 601 234 567") == "\u2066+48 601 234 567\u2069"
    sqlite_ws.users.create("مريم", "maryam@example.com")
    model = PeopleModel()
    model.reset(sqlite_ws.users.list())
    assert model.index(0, 1).data() == "\u2066maryam@example.com\u2069"
