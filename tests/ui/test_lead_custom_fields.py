"""The lead form's custom-field editors (one per kind) and do-not-contact boxes: saved
through the lead's own update, the header marking a lead that must not be contacted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.services.workspace import Workspace
from leaddesk.ui.lead.window import LeadWindow


@pytest.fixture
def window(qtbot, sqlite_ws: Workspace, english) -> Iterator[LeadWindow]:  # type: ignore[no-untyped-def]
    ws = sqlite_ws
    ws.custom_fields.create("Budget band", FieldKind.CHOICE, ["Small", "Large"])
    ws.custom_fields.create("Employees", FieldKind.NUMBER)
    ws.custom_fields.create("Visited", FieldKind.YES_NO)
    ws.custom_fields.create("Met on", FieldKind.DATE)
    ws.custom_fields.create("Referrer", FieldKind.TEXT)
    lead = ws.leads.create({"first_name": "Ewa", "custom_fields": {"employees": 12}}).value
    w = LeadWindow(ws, lead.id)
    w.show()
    yield w
    w.form.load(w.record)  # nothing left to ask about on close
    w.close()
    w.deleteLater()


def _editor(window: LeadWindow, key: str, kind: type) -> object:  # type: ignore[type-arg]
    found = window.form.findChild(kind, f"custom_{key}")
    assert found is not None, key
    return found


def test_every_kind_has_its_editor_and_the_values_are_saved(window: LeadWindow) -> None:
    form = window.form
    employees = _editor(window, "employees", QLineEdit)
    assert isinstance(employees, QLineEdit) and employees.text() == "12"
    assert not window.save_button.isEnabled()  # loading is no edit
    band = _editor(window, "budget_band", QComboBox)
    assert isinstance(band, QComboBox)
    assert [band.itemText(i) for i in range(band.count())] == ["(none)", "Small", "Large"]
    band.setCurrentIndex(2)
    visited = _editor(window, "visited", QCheckBox)
    assert isinstance(visited, QCheckBox)
    assert visited.checkState() == Qt.CheckState.PartiallyChecked  # not set
    visited.setCheckState(Qt.CheckState.Unchecked)  # set: no
    met = _editor(window, "met_on", QDateEdit)
    assert isinstance(met, QDateEdit) and met.text() == "not set"
    met.setDate(QDate(2026, 11, 30))
    _editor(window, "referrer", QLineEdit).setText("  Jan  ")  # type: ignore[attr-defined]
    employees.setText("many")
    assert not form.valid and not window.save_button.isEnabled()
    error = form.findChild(object, "custom_employees_error")
    assert error is not None and error.isVisible() and error.text()  # type: ignore[attr-defined]
    employees.setText("1,500")
    assert form.valid and window.save_button.isEnabled()
    assert window.save()
    saved = window.ws.leads.get(window.lead_id).custom_fields
    assert saved == {
        "budget_band": "Large",
        "employees": 1500,
        "visited": False,
        "met_on": "2026-11-30",
        "referrer": "Jan",
    }
    band.setCurrentIndex(0)  # emptied: the value goes
    met.setDate(met.minimumDate())
    assert window.save()
    assert "budget_band" not in window.ws.leads.get(window.lead_id).custom_fields
    assert "met_on" not in window.ws.leads.get(window.lead_id).custom_fields


def test_do_not_contact_boxes_are_saved_and_marked_in_the_header(window: LeadWindow) -> None:
    mark = window.header.dnc_mark
    assert not mark.isVisible()
    for name in ("dnc_email", "dnc_sms"):
        box = window.form.editors[name]
        assert isinstance(box, QCheckBox)
        box.setChecked(True)
    assert window.save()
    lead = window.ws.leads.get(window.lead_id)
    assert (lead.dnc_email, lead.dnc_phone, lead.dnc_whatsapp, lead.dnc_sms) == (
        True,
        False,
        False,
        True,
    )
    assert mark.isVisible() and mark.text() == "Do not contact: email and SMS"


def test_a_new_field_appears_in_an_open_form_keeping_what_was_typed(
    window: LeadWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    referrer = _editor(window, "referrer", QLineEdit)
    assert isinstance(referrer, QLineEdit)
    referrer.setText("Jan")
    _field, changes = window.ws.custom_fields.create("Gift", FieldKind.TEXT)
    window.note_changes(changes)
    assert window.form.findChild(QLineEdit, "custom_gift") is not None
    referrer = _editor(window, "referrer", QLineEdit)
    assert isinstance(referrer, QLineEdit) and referrer.text() == "Jan"
    assert window.form.dirty


def test_the_send_dialog_says_how_many_leads_it_will_skip(
    qtbot, sqlite_ws: Workspace, english
) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.domain.activities import Channel
    from leaddesk.ui.messaging.send_dialog import SendDialog

    a = sqlite_ws.leads.create({"first_name": "Ewa", "email": "ewa@example.pl"}).value
    b = sqlite_ws.leads.create({"first_name": "Jan", "email": "jan@example.pl"}).value
    sqlite_ws.leads.update(a.id, {"dnc_email": True}, expected_version=a.version)
    dialog = SendDialog(sqlite_ws, [a.id, b.id], Channel.EMAIL, me=None, email_ready=True)
    qtbot.addWidget(dialog)
    assert not dialog.skipped.isHidden()
    assert dialog.skipped.text().startswith("1 of the chosen leads asked not to be contacted")
    sms = SendDialog(sqlite_ws, [a.id, b.id], Channel.SMS, me=None, email_ready=True)
    qtbot.addWidget(sms)
    assert sms.skipped.isHidden()
