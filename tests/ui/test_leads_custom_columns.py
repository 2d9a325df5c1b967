"""Custom fields as optional columns of the Leads screen: offered in the Columns menu,
shown in the user's language, sortable, exported as data, and remembered by field, so
adding or retiring a field never shifts what the user arranged."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QMenu

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.lead_table import COLUMNS, Column, FieldColumn
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import date_text
from leaddesk.ui.leads.screen import COLUMNS_KEY, OLD_HEADER_KEY, LeadsScreen

EMPLOYEES = FieldColumn("employees", FieldKind.NUMBER, "Employees")
MET = FieldColumn("met_on", FieldKind.DATE, "Met on")
VISITED = FieldColumn("visited", FieldKind.YES_NO, "Visited")


def _views():  # type: ignore[no-untyped-def]
    store: dict = {}
    return (lambda: dict(store), store.update)


def _open(qtbot, ws: Workspace, settings: QSettings) -> LeadsScreen:  # type: ignore[no-untyped-def]
    s = LeadsScreen(ws, _views(), settings)
    qtbot.addWidget(s)
    s.resize(1200, 600)
    s.show()
    qtbot.waitUntil(lambda: s.model.rowCount() == 4)
    return s


@pytest.fixture
def ws(sqlite_ws: Workspace) -> Workspace:
    sqlite_ws.custom_fields.create("Employees", FieldKind.NUMBER)
    sqlite_ws.custom_fields.create("Met on", FieldKind.DATE)
    sqlite_ws.custom_fields.create("Visited", FieldKind.YES_NO)
    for name, values in [
        ("Ala", {"employees": 1250.5, "met_on": "2026-03-01", "visited": True}),
        ("Bartek", {"employees": 9, "visited": False}),
        ("Celina", {"employees": 10}),
        ("Darek", {}),
    ]:
        sqlite_ws.leads.create({"first_name": name, "custom_fields": values})
    return sqlite_ws


@pytest.fixture
def screen(qtbot, ws: Workspace, qsettings: QSettings, english) -> Iterator[LeadsScreen]:  # type: ignore[no-untyped-def]
    yield _open(qtbot, ws, qsettings)


def _cells(screen: LeadsScreen, column: FieldColumn | Column) -> dict[str, str]:
    c = screen.model.columns.index(column)
    name = screen.model.columns.index(Column.NAME)
    return {
        screen.model.index(r, name).data(): screen.model.index(r, c).data()
        for r in range(screen.model.rowCount())
    }


def test_fields_are_offered_hidden_and_shown_in_the_users_language(screen: LeadsScreen) -> None:
    assert screen.model.columns[len(COLUMNS) :] == (EMPLOYEES, MET, VISITED)
    assert not set(screen.columns.visible()) & {EMPLOYEES, MET, VISITED}  # until asked for
    menu = QMenu()
    screen.columns.fill_menu(menu)
    action = menu.findChild(object, "column_field:employees")
    assert action is not None and action.text() == "Employees" and not action.isChecked()
    action.setChecked(True)
    assert EMPLOYEES in screen.columns.visible()
    assert screen.table.columnWidth(screen.model.columns.index(EMPLOYEES)) >= 40

    employees = _cells(screen, EMPLOYEES)
    assert employees == {"Ala": "\u20681,250.5\u2069", "Bartek": "\u20689\u2069",
                         "Celina": "\u206810\u2069", "Darek": ""}  # fmt: skip
    index = screen.model.index(0, screen.model.columns.index(EMPLOYEES))
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert _cells(screen, VISITED)["Ala"] == "\u2068Yes\u2069"
    assert _cells(screen, VISITED)["Bartek"] == "\u2068No\u2069"
    assert _cells(screen, VISITED)["Celina"] == ""
    assert _cells(screen, MET)["Ala"] == f"\u2068{date_text(dt.date(2026, 3, 1))}\u2069"
    assert "2026" in date_text(dt.date(2026, 3, 1))  # the language's own form, not ISO


def test_sorting_by_a_field_reads_numbers_as_numbers_and_is_remembered(
    qtbot, screen: LeadsScreen, ws: Workspace, qsettings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    screen.columns.set_visible(EMPLOYEES, True)
    screen.table.sortByColumn(screen.model.columns.index(EMPLOYEES), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: screen.sort.column == EMPLOYEES)
    name = screen.model.columns.index(Column.NAME)
    order = [screen.model.index(r, name).data() for r in range(4)]
    assert order == ["Bartek", "Celina", "Ala", "Darek"]  # 9, 10, 1250.5, then the empty one

    again = _open(qtbot, ws, qsettings)
    assert again.sort.column == EMPLOYEES and not again.sort.descending
    assert [again.model.index(r, name).data() for r in range(4)] == order
    assert EMPLOYEES in again.columns.visible()


def test_a_field_added_or_retired_keeps_the_arrangement(
    qtbot, screen: LeadsScreen, ws: Workspace, qsettings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    header = screen.table.horizontalHeader()
    screen.columns.set_visible(VISITED, True)
    header.moveSection(header.visualIndex(screen.model.columns.index(VISITED)), 1)
    screen.columns.set_visible(Column.EMAIL, False)
    before = screen.columns.visible()
    assert before[1] == VISITED

    _field, changes = ws.custom_fields.create("Budget", FieldKind.TEXT)
    screen.note_changes(changes)
    budget = FieldColumn("budget", FieldKind.TEXT, "Budget")
    qtbot.waitUntil(lambda: budget in screen.model.columns)
    assert screen.columns.visible() == before  # the new one waits in the menu

    employees = next(f for f in ws.custom_fields.all() if f.key == "employees")
    screen.note_changes(ws.custom_fields.retire(employees.id))
    qtbot.waitUntil(lambda: EMPLOYEES not in screen.model.columns)
    assert screen.columns.visible() == before
    visited = next(f for f in ws.custom_fields.all() if f.key == "visited")
    screen.note_changes(ws.custom_fields.retire(visited.id))
    qtbot.waitUntil(lambda: VISITED not in screen.model.columns)
    assert screen.columns.visible() == [c for c in before if c != VISITED]

    # a field brought back returns to where it was, shown as it was
    screen.note_changes(ws.custom_fields.retire(visited.id, retired=False))
    qtbot.waitUntil(lambda: VISITED in screen.model.columns)
    assert screen.columns.visible() == before
    again = _open(qtbot, ws, qsettings)
    assert again.columns.visible() == before


def test_the_layout_saved_by_an_earlier_version_is_kept(
    qtbot, ws: Workspace, qsettings: QSettings, english
) -> None:  # type: ignore[no-untyped-def]
    first = _open(qtbot, ws, qsettings)
    header = first.table.horizontalHeader()
    first.model.set_fields([])  # as an earlier version had it: the fixed columns only
    header.setSectionHidden(COLUMNS.index(Column.COMPANY), True)
    header.moveSection(header.visualIndex(COLUMNS.index(Column.SCORE)), 0)
    qsettings.setValue(OLD_HEADER_KEY, header.saveState())
    qsettings.remove(COLUMNS_KEY)
    assert isinstance(qsettings.value(OLD_HEADER_KEY), QByteArray)

    upgraded = _open(qtbot, ws, qsettings)
    shown = upgraded.columns.visible()
    assert shown[0] is Column.SCORE and Column.COMPANY not in shown
    assert not set(shown) & {EMPLOYEES, MET, VISITED}


def test_export_writes_field_values_as_data(screen: LeadsScreen, tmp_path: Path) -> None:
    screen.columns.set_visible(EMPLOYEES, True)
    screen.columns.set_visible(MET, True)
    path = tmp_path / "leads.csv"
    assert screen.export(selection=False, path=str(path)) == 4
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    ala = next(r for r in rows if r["Name"] == "Ala")
    assert (ala["Employees"], ala["Met on"]) == ("1250.5", "2026-03-01")
    assert next(r for r in rows if r["Name"] == "Darek")["Employees"] == ""
