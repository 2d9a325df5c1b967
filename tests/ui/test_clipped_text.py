"""Texts are sized from themselves: nothing cut off without a tooltip showing it whole."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QStyle, QToolButton

from leaddesk.domain.lead_table import COLUMNS, Column
from leaddesk.domain.stages import Stage
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui.insights.kpis import KpiStrip
from leaddesk.ui.main_window import MainWindow

ZOFIA: list[uuid.UUID] = []  # the lead the window fixture made


@pytest.fixture
def window(qtbot, sqlite_ws: Workspace, qsettings: QSettings, polish) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    me = sqlite_ws.users.create("Maria Nowak", "maria@example.com")
    ZOFIA.append(
        sqlite_ws.leads.create(
            {
                "first_name": "Zofia",
                "last_name": "Kowalska",
                "company": "Przedsiębiorstwo Handlowo-Usługowe Kowalscy",
                "phone": "+48 601 234 567",
                "country": "PL",
            },
            user_id=me.id,
        ).value.id
    )
    w = MainWindow(sqlite_ws, open_workspace, qsettings)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    w._choose_user(w.who.findText("Maria Nowak"))
    yield w
    for lead in w.lead_windows():
        lead.close()
    ZOFIA.clear()


def test_menu_buttons_leave_room_for_their_arrow_in_polish(window: MainWindow) -> None:
    window.show_screen("leads")
    buttons = [b for b in window.leads.tools.findChildren(QToolButton) if b.menu() is not None]
    assert {b.objectName() for b in buttons} >= {"bulkAssign", "bulkMove", "bulkTags"}
    for b in buttons:
        arrow = b.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, b)
        text = b.fontMetrics().horizontalAdvance(b.text())
        assert b.width() >= text + arrow, b.objectName()


def test_the_phone_number_is_whole_in_the_leads_table(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_screen("leads")
    qtbot.waitUntil(lambda: window.leads.model.total == 1)
    table = window.leads.table
    column = COLUMNS.index(Column.PHONE)
    shown = str(window.leads.model.index(0, column).data())
    assert shown.strip("\u2066\u2069") == "601 234 567"  # as Poland writes it
    assert table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(shown) + 8


def test_a_cut_column_title_shows_itself_whole_in_its_tooltip(window: MainWindow) -> None:
    for column in window.board.columns.values():
        title = column.title
        if title.is_cut():
            assert title.toolTip().startswith(title.text())
            assert title.shown_text().endswith("…")
        else:
            assert title.shown_text() == title.text()
    contacted = window.board.columns[Stage.CONTACTED]
    assert contacted.title.text() == "Nawiązany kontakt"
    assert contacted.title.is_cut() or contacted.title.shown_text() == "Nawiązany kontakt"


def test_timeline_rows_stay_inside_a_narrowed_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_lead(ZOFIA[0])
    lead_window = window._lead_windows[ZOFIA[0]]
    view = lead_window.timeline.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    for width in (1100, 760):
        lead_window.resize(width, 700)
        qtbot.waitUntil(
            lambda: view.visualRect(view.model().index(0, 0)).width() <= view.viewport().width()
        )
        assert not view.horizontalScrollBar().isVisible()


def test_key_figures_flow_onto_more_rows_and_are_never_cut(qtbot, polish) -> None:  # type: ignore[no-untyped-def]
    strip = KpiStrip()
    qtbot.addWidget(strip)
    for tile in strip.tiles.values():
        tile.value.setText("16 894 300 USD")  # the widest a figure gets in Polish
    strip.resize(620, strip.heightForWidth(620))
    strip.show()
    qtbot.waitExposed(strip)
    tiles = list(strip.tiles.values())
    assert len({t.y() for t in tiles}) > 1  # not one row squeezed into 620 px
    for tile in tiles:
        assert tile.value.width() >= tile.value.sizeHint().width(), tile.objectName()
        assert strip.rect().contains(tile.geometry()), tile.objectName()
    wide = 2000
    strip.resize(wide, strip.heightForWidth(wide))
    qtbot.waitUntil(lambda: len({t.y() for t in tiles}) == 1)  # one row when there is room


def test_table_headers_are_whole_in_polish(window: MainWindow) -> None:
    tables = {
        "outbox": (window.outbox.batch_view, window.outbox.message_view),
        "follow-ups": (window.follow_ups.table,),
    }
    for screen, views in tables.items():
        window.show_screen(screen)
        for view in views:
            header = view.horizontalHeader()
            last = header.count() - 1  # the last stretches to the edge
            for column in range(last):
                title = view.model().headerData(column, Qt.Orientation.Horizontal)
                assert header.sectionSize(column) >= header.sectionSizeHint(column), title
    batches = window.outbox.batch_view.model()
    horizontal = Qt.Orientation.Horizontal
    titles = [batches.headerData(c, horizontal) for c in range(batches.columnCount())]
    assert "Niepotwierdzone" in titles  # the word that was cut


def test_a_latin_name_heads_an_arabic_lead_window_from_the_right(  # type: ignore[no-untyped-def]
    qtbot, sqlite_ws: Workspace, arabic
) -> None:
    from leaddesk.ui.lead.window import LeadWindow

    lead = sqlite_ws.leads.create({"first_name": "James", "last_name": "Taylor"}).value
    window = LeadWindow(sqlite_ws, lead.id)
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    title = window.header.title
    assert title.text() == "James Taylor"
    right_edge = title.mapTo(window.header, title.rect().topRight()).x()
    assert right_edge >= window.header.width() - 2  # at the reader's start, the right
    assert title.width() < window.header.width() / 2  # as wide as the name, not the row
