"""The Duplicates screen, the merge dialog and Undo merge on the kept lead's timeline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.stages import Stage
from leaddesk.services.records import LeadRecord
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui.duplicates.merge_dialog import MergeDialog
from leaddesk.ui.duplicates.model import LEAD_ID_ROLE
from leaddesk.ui.lead.timeline import ENTRY_ROLE
from leaddesk.ui.lead.window import LeadWindow
from leaddesk.ui.main_window import MainWindow


def seed(ws: Workspace) -> tuple[LeadRecord, LeadRecord]:
    """Anna twice (the first with a call logged), and someone else."""
    kept = ws.leads.create(
        {"first_name": "Anna", "last_name": "Nowak", "company": "Acme", "city": "Kraków"}
    ).value
    ws.activities.log(kept.id, ActivityKind.CALL, subject="intro", direction="outbound")
    other = ws.leads.create(
        {"first_name": "Anna", "last_name": "Nowak", "company": "ACME Sp. z o.o.",
         "email": "anna@acme.pl", "city": "Warszawa", "stage": "contacted"}
    ).value  # fmt: skip
    ws.leads.create({"first_name": "Jan", "last_name": "Kowal", "company": "Globex"})
    return kept, other


@pytest.fixture
def window(qtbot, sqlite_ws: Workspace, qsettings: QSettings, english) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(sqlite_ws, open_workspace, qsettings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _cell(dialog: MergeDialog, key: str, lead_id: object) -> QModelIndex:
    row = next(i for i, f in enumerate(dialog.plan.fields) if f.key == key)
    column = next(i for i, lead in enumerate(dialog.plan.leads) if lead.id == lead_id)
    return dialog.model.index(row, column)


def test_the_screen_finds_a_group_and_opens_its_leads(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, qtmodeltester
) -> None:
    kept, other = seed(window.workspace)
    assert window.nav.item(3).text() == "Duplicates"
    window.show_screen("duplicates")
    screen = window.duplicates
    assert screen.threshold.value() == 90
    screen.scan_button.click()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    group = screen.model.index(0, 0)
    assert "similar names at the same company" in group.data()
    assert screen.model.rowCount(group) == 2
    names = {screen.model.index(r, 1, group).data() for r in range(2)}
    assert all("Anna Nowak" in n for n in names)
    assert "2 groups" not in screen.summary.text() and "1 groups" in screen.summary.text()
    qtmodeltester.check(screen.model)
    child = screen.model.index(1, 0, group)
    screen.view.scrollTo(child)
    with qtbot.waitSignal(screen.openLead) as opened:
        rect = screen.view.visualRect(child)
        # a double-click is a press and release, then the second press
        QTest.mouseClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args[0] in {kept.id, other.id}
    assert child.data(LEAD_ID_ROLE) == opened.args[0]


def test_the_merge_dialog_merges_with_a_chosen_field(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, qtmodeltester
) -> None:
    ws = window.workspace
    kept, other = seed(ws)
    window.show_screen("duplicates")
    screen = window.duplicates
    screen.scan()
    screen.view.setCurrentIndex(screen.model.index(0, 0))
    assert screen.merge_button.isEnabled()
    dialog = screen.merge_selected()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.kept_id == kept.id  # the one with the call
    assert dialog.model.choices["city"] == kept.id
    city = _cell(dialog, "city", other.id)
    assert city.data(Qt.ItemDataRole.BackgroundRole) is not None  # the cities differ
    dialog.table.scrollTo(city)
    rect = dialog.table.visualRect(city)
    QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.model.choices["city"] == other.id
    assert city.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    with qtbot.waitSignal(window.changes.delivered):
        dialog.merge_button.click()
    merged = ws.leads.get(kept.id)
    assert (merged.city, merged.email, merged.stage) == ("Warszawa", "anna@acme.pl", Stage.OPEN)
    assert screen.model.rowCount() == 0  # the group left the list
    window.show_screen("board")  # a hidden board catches up when shown
    qtbot.waitUntil(lambda: window.board.total == 2)


def test_a_lead_changed_meanwhile_is_named_in_the_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    kept, other = seed(ws)
    plan = ws.merges.plan([kept.id, other.id])
    dialog = MergeDialog(ws, plan, None, window)
    qtbot.addWidget(dialog)
    ws.leads.update(other.id, {"job_title": "CFO"}, expected_version=None)
    dialog.merge_button.click()
    assert dialog.isVisible() is False or dialog.result() != dialog.DialogCode.Accepted
    assert f"{other.number}" in dialog.message.text() and "changed by somebody else" in (
        dialog.message.text()
    )
    assert ws.leads.get(other.id).job_title == "CFO"  # and nothing was merged
    assert ws.merges.merges_of(kept.id) == []


def test_undo_merge_on_the_timeline_brings_the_lead_back(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch
) -> None:
    ws = window.workspace
    kept, other = seed(ws)
    plan = ws.merges.plan([kept.id, other.id])
    merged = ws.merges.merge(kept.id, [other.id], plan.suggested())
    window.changes.publish(merged.changes)
    qtbot.waitUntil(lambda: window.board.total == 2)
    window.open_lead(kept.id)
    lead: LeadWindow = window.lead_windows()[0]
    qtbot.waitExposed(lead)
    view = lead.timeline.view
    qtbot.waitUntil(lambda: lead.timeline.model.rowCount() > 0)  # read as the view asks
    top = lead.timeline.model.index(0, 0)
    merged_text = f"Merged {other.number} \u2068Anna Nowak\u2069 (Contacted) into this lead"
    assert top.data().endswith(merged_text)
    assert top.data(ENTRY_ROLE).details["event"] == "merge"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert lead.timeline.entry_menu(lead.timeline.model.index(1, 0)) is None  # another entry
    menu = lead.timeline.entry_menu(view.indexAt(view.visualRect(top).center()))
    assert menu is not None
    (undo,) = [a for a in menu.actions() if a.text() == "Undo merge…"]
    undo.trigger()
    assert ws.leads.get(other.id).city == "Warszawa"
    qtbot.waitUntil(lambda: window.board.total == 3)
    assert lead.notice.text() == "The merge was undone."
    qtbot.waitUntil(lambda: "Unmerged" in (lead.timeline.model.index(0, 0).data() or ""))


def test_the_merge_dialog_in_arabic_reads_from_the_right_and_can_keep_another(  # type: ignore[no-untyped-def]
    qtbot, sqlite_ws: Workspace, arabic
) -> None:
    kept, other = seed(sqlite_ws)
    dialog = MergeDialog(sqlite_ws, sqlite_ws.merges.plan([kept.id, other.id]), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.kept.currentText().startswith(kept.number)
    kept_header = dialog.model.headerData(0, Qt.Orientation.Horizontal)
    assert kept.number in kept_header
    dialog.kept.setCurrentIndex(1)  # keep the other one: suggestions start from it
    assert dialog.model.kept_id == other.id
    assert dialog.model.choices["city"] == other.id and dialog.model.choices["email"] == other.id
    assert dialog.model.choices["job_title"] == other.id  # empty everywhere: its own
