"""New lead: Ctrl+N, the board's button and each column's "+", a quick form checked
as it is typed, a warning when the contact is already a lead's, the creator as owner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.stages import Stage
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.widgets.new_lead import NewLeadDialog


@pytest.fixture
def window(qtbot, sqlite_ws: Workspace, qsettings: QSettings, english) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    sqlite_ws.users.create("Maria Nowak", "maria@example.com")
    w = MainWindow(sqlite_ws, open_workspace, qsettings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w._choose_user(w.who.findText("Maria Nowak"))
    yield w
    for lead in w.lead_windows():
        lead.close()


def dialog_up(qtbot) -> NewLeadDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewLeadDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NewLeadDialog)
    return dialog


def test_ctrl_n_opens_the_quick_form_and_the_lead_is_mine_on_the_board(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = dialog_up(qtbot)
    assert not dialog.create_button.isEnabled()  # nothing typed yet, and nothing nagged
    assert not dialog._errors["first_name"].isVisible()
    dialog.editors["first_name"].setText("Zofia")
    dialog.editors["phone"].setText("601 234 567")
    dialog.editors["country"].setText("PL")
    dialog.editors["email"].setText("zofia@")
    assert dialog._errors["email"].isVisible() and not dialog.create_button.isEnabled()
    dialog.editors["email"].setText("Zofia@Example.pl")
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    qtbot.waitUntil(lambda: window.board.models[Stage.OPEN].count == 1)
    card = window.board.models[Stage.OPEN].card_at(0)
    assert card is not None and card.name == "Zofia" and card.owner_name == "Maria Nowak"
    lead = window.workspace.leads.get(card.id)
    assert (lead.phone, lead.email) == ("+48601234567", "zofia@example.pl")
    assert "created" in window.statusBar().currentMessage()


def test_a_column_plus_creates_in_that_stage_and_opens_the_record(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.board.columns[Stage.QUALIFIED].add.click()
    dialog = dialog_up(qtbot)
    assert dialog.stage.currentData() == Stage.QUALIFIED.value
    dialog.editors["last_name"].setText("Haddad")
    dialog.owner.setCurrentIndex(dialog.owner.findText("The pool (nobody yet)"))
    dialog.open_button.click()
    qtbot.waitUntil(lambda: len(window.lead_windows()) == 1)
    (opened,) = window.lead_windows()
    assert opened.record.stage is Stage.QUALIFIED and opened.record.owner_id is None
    qtbot.waitUntil(lambda: window.board.models[Stage.QUALIFIED].count == 1)
    assert not window.board.columns[Stage.DISQUALIFIED].add.isVisible()  # nobody starts lost


def test_a_known_contact_is_named_and_can_be_opened_instead(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    old = ws.leads.create(
        {"first_name": "Anna", "last_name": "Kowalska", "phone": "+48 601 234 567"}
    ).value
    window.board.new_button.click()
    dialog = dialog_up(qtbot)
    dialog.editors["first_name"].setText("Ania")
    dialog.editors["country"].setText("PL")
    dialog.editors["phone"].setText("601-234-567")
    qtbot.waitUntil(dialog.duplicates.isVisible)
    text = dialog.duplicates.text()
    assert old.number in text and "Anna Kowalska" in text and "number" in text
    dialog.duplicates.linkActivated.emit(str(old.id))  # "open it instead"
    qtbot.waitUntil(lambda: [w.lead_id for w in window.lead_windows()] == [old.id])
    assert not dialog.isVisible()
    assert len(ws.board.cards(Stage.OPEN, limit=10)) == 1  # nothing created twice


def test_the_leads_table_has_its_own_new_lead_button(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_screen("leads")
    window.leads.stage_scope.setCurrentIndex(
        window.leads.stage_scope.findData(Stage.CONTACTED.value)
    )
    window.leads.tools.new_button.click()
    dialog = dialog_up(qtbot)
    assert dialog.stage.currentData() == Stage.CONTACTED.value
    dialog.editors["first_name"].setText("Omar")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: window.leads.model.total == 1)
    assert window.leads.model.row(0).name == "Omar"  # type: ignore[union-attr]


def test_custom_fields_are_typed_in_the_quick_form_and_new_ones_appear_while_it_is_open(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    ws.custom_fields.create("Employees", FieldKind.NUMBER)
    dialog = window.new_lead()
    employees = dialog.findChild(QLineEdit, "custom_employees")
    assert employees is not None
    dialog.editors["first_name"].setText("Zofia")
    employees.setText("many")
    assert dialog._errors["custom_fields.employees"].isVisible()
    assert not dialog.create_button.isEnabled()
    employees.setText("1,500")
    assert dialog.create_button.isEnabled()

    # the owner adds a source and a field meanwhile (another window, another process)
    _source, changes = ws.sources.add("Trade Show")
    window.changes.publish(changes)
    _field, changes = ws.custom_fields.create("Budget band", FieldKind.CHOICE, ["Small", "Large"])
    window.changes.publish(changes)
    qtbot.waitUntil(lambda: dialog.findChild(QComboBox, "custom_budget_band") is not None)
    qtbot.waitUntil(lambda: dialog.source.findText("Trade Show") >= 0)
    kept = dialog.findChild(QLineEdit, "custom_employees")
    assert kept is not None and kept.text() == "1,500"  # what was typed stays
    assert dialog.editors["first_name"].text() == "Zofia"
    band = dialog.findChild(QComboBox, "custom_budget_band")
    band.setCurrentIndex(band.findData("Large"))
    dialog.source.setCurrentIndex(dialog.source.findText("Trade Show"))
    assert dialog.save(open_it=False)
    qtbot.waitUntil(lambda: window.board.models[Stage.OPEN].count == 1)
    card = window.board.models[Stage.OPEN].card_at(0)
    assert card is not None
    lead = ws.leads.get(card.id)
    assert lead.custom_fields == {"employees": 1500, "budget_band": "Large"}
    assert lead.source == "trade_show"
