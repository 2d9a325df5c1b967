"""The lead record: validation as you type, save, conflict, timeline, logging, close guard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QRadioButton

from leaddesk.demo import populate
from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.stages import Stage
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui.lead.conflict import ConflictDialog
from leaddesk.ui.lead.log_dialog import LogActivityDialog
from leaddesk.ui.lead.timeline import ENTRY_ROLE, NEW_DAY_ROLE, PAGE
from leaddesk.ui.lead.window import LeadWindow
from leaddesk.ui.widgets.lead_dialogs import DealValueDialog

ANCHOR = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
def lead(qtbot, sqlite_ws: Workspace, english) -> Iterator[LeadWindow]:  # type: ignore[no-untyped-def]
    populate(sqlite_ws, 40, seed=3, anchor=ANCHOR)
    card = sqlite_ws.board.cards(Stage.CONTACTED, limit=1)[0]
    window = LeadWindow(sqlite_ws, card.id)
    window.show()
    yield window
    window.form.load(window.record)  # nothing left to ask about on close
    window.close()
    window.deleteLater()


def line(window: LeadWindow, name: str) -> QLineEdit:
    editor = window.form.editors[name]
    assert isinstance(editor, QLineEdit)
    return editor


def type_into(qtbot, window: LeadWindow, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = line(window, name)
    editor.selectAll()
    editor.del_()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest types Latin letters only
        editor.insert(text)


def answer(act: Callable[[], None]) -> None:
    QTimer.singleShot(0, act)


def test_invalid_phone_and_email_are_named_beside_the_field_and_block_saving(
    lead: LeadWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, lead, "phone", "12")
    type_into(qtbot, lead, "email", "anna@@example")
    errors = lead.form._errors
    assert errors["phone"].isVisibleTo(lead) and "phone number" in errors["phone"].text()
    assert errors["email"].isVisibleTo(lead) and "email" in errors["email"].text()
    assert not lead.save_button.isEnabled()
    assert lead.save() is False
    assert line(lead, "phone").text() == "12"  # what was typed stays
    type_into(qtbot, lead, "phone", "+48 601 234 567")
    type_into(qtbot, lead, "email", "anna@example.com")
    assert not errors["phone"].isVisibleTo(lead) and not errors["email"].isVisibleTo(lead)
    assert lead.save_button.isEnabled()
    assert lead.save() is True
    stored = lead.ws.leads.get(lead.lead_id)
    assert stored.phone == "+48601234567"  # E.164 in the database
    assert line(lead, "phone").text() == "+48 601 234 567"  # shown formatted
    assert stored.email == "anna@example.com"


def test_name_required_and_deal_value_not_negative(lead: LeadWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, lead, "first_name", "")
    type_into(qtbot, lead, "last_name", "")
    assert "name" in lead.form._errors["first_name"].text()
    type_into(qtbot, lead, "first_name", "Zofia")
    type_into(qtbot, lead, "deal_value", "-5")
    assert lead.form._errors["deal_value"].text() == "Cannot be negative."
    assert not lead.save_button.isEnabled()
    type_into(qtbot, lead, "deal_value", "2500")
    assert lead.save()
    assert str(lead.ws.leads.get(lead.lead_id).deal_value) == "2500.00"


def test_cancel_reverts_and_close_asks_about_unsaved_changes(lead: LeadWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = line(lead, "company").text()
    type_into(qtbot, lead, "company", "Nowa Firma")
    lead.cancel_button.click()
    assert line(lead, "company").text() == before and not lead.form.dirty

    type_into(qtbot, lead, "company", "Nowa Firma")
    answer(lambda: _press(QMessageBox.StandardButton.Cancel))
    lead.close()
    assert lead.isVisible() and lead.form.dirty  # Cancel keeps the window and the edit
    answer(lambda: _press(QMessageBox.StandardButton.Save))
    lead.close()
    assert not lead.isVisible()
    assert lead.ws.leads.get(lead.lead_id).company == "Nowa Firma"


def _press(button: QMessageBox.StandardButton) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    box.button(button).click()


def test_conflict_shows_both_values_and_lets_the_user_choose(
    lead: LeadWindow, qtbot, sqlite_ws: Workspace
) -> None:  # type: ignore[no-untyped-def]
    # another user, with their own connection, saves first
    other = open_workspace(str(sqlite_ws.ctx.db.url))
    try:
        theirs = other.leads.get(lead.lead_id)
        other.leads.update(
            lead.lead_id,
            {"company": "Their Company", "city": "Gdańsk"},
            expected_version=theirs.version,
        )
    finally:
        other.close()
    type_into(qtbot, lead, "company", "My Company")
    type_into(qtbot, lead, "job_title", "Buyer")
    seen: dict[str, tuple[str, str]] = {}

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog)
        for name, (mine, theirs_button) in dialog.choices.items():
            seen[name] = (mine.text(), theirs_button.text())
        dialog.findChild(QRadioButton, "theirs_company").setChecked(True)
        dialog.accept()

    answer(choose)
    assert lead.save() is True
    assert seen["company"] == ("My Company", "Their Company")
    assert seen["city"][1] == "Gdańsk"
    stored = lead.ws.leads.get(lead.lead_id)
    assert stored.company == "Their Company"  # the user took theirs
    assert stored.city == "Gdańsk"  # only they changed it: kept, not overwritten
    assert stored.job_title == "Buyer"  # only this user changed it
    assert not lead.form.dirty


def test_conflict_cancelled_keeps_the_edits_and_writes_nothing(
    lead: LeadWindow, qtbot, sqlite_ws: Workspace
) -> None:  # type: ignore[no-untyped-def]
    theirs = sqlite_ws.leads.get(lead.lead_id)
    sqlite_ws.leads.update(lead.lead_id, {"city": "Kraków"}, expected_version=theirs.version)
    type_into(qtbot, lead, "city", "Poznań")
    answer(lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    assert lead.save() is False
    assert line(lead, "city").text() == "Poznań"
    assert sqlite_ws.leads.get(lead.lead_id).city == "Kraków"
    assert lead.message.isVisibleTo(lead)


def test_timeline_loads_lazily_newest_first_grouped_by_day_and_filters(
    lead: LeadWindow, sqlite_ws: Workspace
) -> None:
    start = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
    for i in range(PAGE * 2 + 10):
        sqlite_ws.activities.log(
            lead.lead_id,
            ActivityKind.NOTE if i % 3 else ActivityKind.CALL,
            body=f"entry {i}",
            occurred_at=start + dt.timedelta(hours=5 * i),
        )
    lead.timeline._filter()
    model = lead.timeline.model
    assert model.rowCount() == PAGE  # one page, not everything
    while model.canFetchMore():
        model.fetchMore()
    entries = [model.index(r).data(ENTRY_ROLE) for r in range(model.rowCount())]
    assert [e.occurred_at for e in entries] == sorted(
        (e.occurred_at for e in entries), reverse=True
    )
    new_days = [r for r in range(model.rowCount()) if model.index(r).data(NEW_DAY_ROLE)]
    days = {e.occurred_at.astimezone().date() for e in entries}
    assert len(new_days) == len(days)
    lead.timeline.kinds.setCurrentIndex(lead.timeline.kinds.findText("Call"))
    while model.canFetchMore():
        model.fetchMore()
    kinds = {model.index(r).data(ENTRY_ROLE).kind for r in range(model.rowCount())}
    assert kinds == {ActivityKind.CALL}
    assert model.rowCount() >= (PAGE * 2 + 10) // 3


def test_logging_a_call_appears_on_the_timeline(lead: LeadWindow) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LogActivityDialog)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("meeting_booked"))
        dialog.duration.setValue(12)
        dialog.body.setPlainText("Wants a demo on Tuesday")
        dialog.accept()

    answer(fill)
    lead.log(ActivityKind.CALL)
    model = lead.timeline.model
    model.fetchMore()
    newest = model.index(0).data(ENTRY_ROLE)
    assert newest.kind is ActivityKind.CALL and newest.outcome == "meeting_booked"
    assert newest.details == {"duration_min": 12}
    assert "Meeting booked" in model.index(0).data()
    assert "12 min" in model.index(0).data()


def test_moving_from_the_header_keeps_unsaved_edits(lead: LeadWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, lead, "city", "Wrocław")
    lead.move_to(Stage.QUALIFIED)
    assert lead.record.stage is Stage.QUALIFIED
    assert lead.header.stage_badge.text() == "Qualified"
    assert line(lead, "city").text() == "Wrocław" and lead.form.dirty
    assert lead.save()
    stored = lead.ws.leads.get(lead.lead_id)
    assert (stored.stage, stored.city) == (Stage.QUALIFIED, "Wrocław")


def test_moves_from_the_header_ask_what_the_stage_needs(lead: LeadWindow) -> None:
    answer(lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    lead.move_to(Stage.DISQUALIFIED)
    assert lead.ws.leads.get(lead.lead_id).stage is Stage.CONTACTED  # cancelled: not moved

    def win(dialog: DealValueDialog) -> None:
        dialog.amount.setValue(4200)
        dialog.accept()

    answer(lambda: win(QApplication.activeModalWidget()))  # type: ignore[arg-type]
    lead.move_to(Stage.CUSTOMER)
    stored = lead.ws.leads.get(lead.lead_id)
    assert stored.stage is Stage.CUSTOMER and str(stored.deal_value) == "4200.00"
    assert lead.header.stage_badge.text() == "Customer"


def test_a_number_of_the_leads_country_is_shown_nationally_and_survives_a_new_country(  # type: ignore[no-untyped-def]
    qtbot, sqlite_ws: Workspace, english
) -> None:
    made = sqlite_ws.leads.create(
        {"first_name": "Zofia", "phone": "601 234 567", "country": "PL"}
    ).value
    assert made.phone == "+48601234567"  # read in the lead's country
    window = LeadWindow(sqlite_ws, made.id)
    qtbot.addWidget(window)
    window.show()
    assert line(window, "phone").text() == "601 234 567"
    type_into(qtbot, window, "country", "DE")  # the number itself left alone
    assert not window.form._errors["phone"].isVisibleTo(window)
    assert window.save() is True
    assert sqlite_ws.leads.get(made.id).phone == "+48601234567"  # not read again as German
    assert line(window, "phone").text() == "+48 601 234 567"  # now a foreign number
    window.close()
