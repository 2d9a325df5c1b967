"""The Leads screen: lazy rows, sorting, filters, remembered columns, bulk actions, CSV."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from leaddesk.demo import populate
from leaddesk.domain.lead_table import COLUMNS, Column
from leaddesk.domain.stages import Stage
from leaddesk.services.workspace import Workspace
from leaddesk.ui.leads.screen import LeadsScreen
from leaddesk.ui.widgets.lead_dialogs import ReasonDialog
from leaddesk.ui.widgets.lead_table_model import BLOCK

ANCHOR = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)


def _views():  # type: ignore[no-untyped-def]
    store: dict = {}
    return (lambda: dict(store), store.update)


@pytest.fixture
def screen(qtbot, sqlite_ws: Workspace, qsettings: QSettings, english) -> Iterator[LeadsScreen]:  # type: ignore[no-untyped-def]
    populate(sqlite_ws, 450, seed=8, anchor=ANCHOR, activities_per_lead=1)
    s = LeadsScreen(sqlite_ws, _views(), qsettings)
    qtbot.addWidget(s)
    s.resize(1200, 700)
    s.show()
    s.reload()
    yield s


def select_rows(screen: LeadsScreen, rows: list[int]) -> None:
    sel = QItemSelection()
    for r in rows:
        sel.select(screen.model.index(r, 0), screen.model.index(r, len(COLUMNS) - 1))
    screen.table.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def column_values(screen: LeadsScreen, column: Column, rows: range) -> list[str]:
    return [screen.model.index(r, COLUMNS.index(column)).data() for r in rows]


def test_rows_load_lazily_and_sort_by_any_column(screen: LeadsScreen, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert screen.model.rowCount() == 450
    assert screen.count.text() == "450 leads"
    assert screen.model.fetches == 0  # the first block came with the count
    numbers = column_values(screen, Column.NUMBER, range(5))
    # numbers, emails and phones stay left to right inside a right-to-left table
    assert all(n.startswith("\u2066L-") and n.endswith("\u2069") for n in numbers)
    assert numbers == sorted(numbers, reverse=True)  # newest first
    screen.table.scrollToBottom()
    QApplication.processEvents()
    assert 1 <= screen.model.fetches <= 2  # only the blocks in view, not all 450 rows
    assert screen.model.index(449, 0).data() is not None

    score = COLUMNS.index(Column.SCORE)
    screen.table.sortByColumn(score, Qt.SortOrder.DescendingOrder)
    scores = [int(x) for x in column_values(screen, Column.SCORE, range(BLOCK + 20))]
    assert scores == sorted(scores, reverse=True)
    screen.table.sortByColumn(COLUMNS.index(Column.NAME), Qt.SortOrder.AscendingOrder)
    names = [n.casefold() for n in column_values(screen, Column.NAME, range(30))]
    assert names[0] <= names[-1]


def test_filters_narrow_the_list(screen: LeadsScreen, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen.stage_scope.setCurrentIndex(screen.stage_scope.findData("customer"))
    stages = set(column_values(screen, Column.STAGE, range(screen.model.rowCount())))
    assert stages == {"Customer"}
    total = screen.model.rowCount()
    screen.stage_scope.setCurrentIndex(0)
    name = screen.model.index(0, COLUMNS.index(Column.NAME)).data().split()[-1]
    screen.filters.search.setText(name)
    qtbot.waitUntil(lambda: screen.model.rowCount() < 450, timeout=2000)
    found = [screen.model.row(r) for r in range(screen.model.rowCount())]
    assert found and all(
        name.casefold() in " ".join(filter(None, (f.name, f.company, f.email))).casefold()
        for f in found
        if f is not None
    )
    assert total > 0


def test_column_choice_and_order_are_remembered(
    screen: LeadsScreen, sqlite_ws: Workspace, qsettings: QSettings, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert Column.COUNTRY not in screen.columns.visible()  # hidden until asked for
    screen.columns.set_visible(Column.EMAIL, False)
    screen.columns.set_visible(Column.COUNTRY, True)
    header = screen.table.horizontalHeader()
    header.moveSection(header.visualIndex(COLUMNS.index(Column.SCORE)), 0)
    screen.table.sortByColumn(COLUMNS.index(Column.DEAL_VALUE), Qt.SortOrder.AscendingOrder)
    shown = screen.columns.visible()
    again = LeadsScreen(sqlite_ws, _views(), qsettings)
    qtbot.addWidget(again)
    assert again.columns.visible() == shown
    assert shown[0] is Column.SCORE and Column.EMAIL not in shown and Column.COUNTRY in shown
    assert (again.sort.column, again.sort.descending) == (Column.DEAL_VALUE, False)


def test_bulk_assign_move_tag_delete_and_undo(screen: LeadsScreen, sqlite_ws: Workspace) -> None:
    select_rows(screen, [0, 1, 2])
    assert screen.count.text() == "450 leads · 3 selected"
    ids = screen.selected_ids()
    rep = sqlite_ws.users.list()[1]
    screen.assign_selected(rep.id)
    assert {sqlite_ws.leads.get(i).owner_id for i in ids} == {rep.id}

    def give_reason() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReasonDialog)
        dialog.choice.setCurrentIndex(1)
        dialog.accept()

    select_rows(screen, [0, 1, 2])
    QTimer.singleShot(0, give_reason)
    screen.move_selected(Stage.DISQUALIFIED)
    moved = [sqlite_ws.leads.get(i) for i in ids]
    assert {m.stage for m in moved} == {Stage.DISQUALIFIED} and all(m.reason for m in moved)

    select_rows(screen, [0, 1, 2])
    screen.retag_selected("Hot 2026", add=True)
    assert all("Hot 2026" in sqlite_ws.leads.get(i).tags for i in ids)
    select_rows(screen, [0, 1, 2])
    screen.retag_selected("hot 2026", add=False)
    assert not any("Hot 2026" in sqlite_ws.leads.get(i).tags for i in ids)

    select_rows(screen, [0, 1, 2])
    screen.delete_selected(confirm=False)
    assert screen.model.rowCount() == 447
    assert "3 leads deleted" in screen.info.text()
    screen.undo_stack.undo()
    assert screen.model.rowCount() == 450
    assert {sqlite_ws.leads.get(i).stage for i in ids} == {Stage.DISQUALIFIED}


def test_csv_export_is_formula_safe_and_readable_in_arabic(
    screen: LeadsScreen, sqlite_ws: Workspace, tmp_path: Path
) -> None:
    hostile = sqlite_ws.leads.create(
        {"first_name": '=HYPERLINK("http://evil","x")', "last_name": "محمد", "company": "@SUM(1)"}
    ).value
    sqlite_ws.leads.create({"first_name": "Łucja", "last_name": "Żak", "company": "-1+2"})
    screen.reload()
    select_rows(screen, [0, 1])
    path = tmp_path / "selected.csv"
    assert screen.export(selection=True, path=str(path)) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    header = rows[0]
    assert header[:3] == ["Number", "Name", "Company"]
    by_number = {r[0]: r for r in rows[1:]}
    evil = by_number[hostile.number]
    assert evil[1] == '\'=HYPERLINK("http://evil","x") محمد'
    assert evil[2] == "'@SUM(1)"
    other = next(r for r in rows[1:] if r[0] != hostile.number)
    assert other[1:3] == ["Łucja Żak", "'-1+2"]
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for c in r)
    assert not (tmp_path / "selected.csv.part").exists()

    whole = tmp_path / "all.csv"
    assert screen.export(selection=False, path=str(whole)) == 452
    assert len(whole.read_text(encoding="utf-8-sig").splitlines()) == 453
