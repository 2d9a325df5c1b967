"""A lead's custom values and do-not-contact flags through the lead's own update, on
every backend: values kept as their field's kind reads them, misfits refused."""

from __future__ import annotations

import pytest

from leaddesk.domain.activities import Channel
from leaddesk.domain.custom_fields import FieldKind
from leaddesk.errors import ValidationError
from leaddesk.services.workspace import Workspace


def test_custom_values_are_kept_by_kind_and_misfits_refused(ws: Workspace) -> None:
    ws.custom_fields.create("Budget band", FieldKind.CHOICE, ["Small", "Large"])
    ws.custom_fields.create("Employees", FieldKind.NUMBER)
    ws.custom_fields.create("Visited", FieldKind.YES_NO)
    ws.custom_fields.create("Met on", FieldKind.DATE)
    lead = ws.leads.create({"first_name": "Ewa", "custom_fields": {"employees": "12"}}).value
    assert lead.custom_fields == {"employees": 12}
    values = {
        "budget_band": "Large",
        "employees": 1500.5,
        "visited": "yes",
        "met_on": "2026-11-30",
        "from_old_crm": "kept as given",
    }
    saved = ws.leads.update(lead.id, {"custom_fields": values}, expected_version=lead.version).value
    assert ws.leads.get(lead.id).custom_fields == {
        "budget_band": "Large",
        "employees": 1500.5,
        "visited": True,
        "met_on": "2026-11-30",
        "from_old_crm": "kept as given",
    }
    for bad in ({"budget_band": "Huge"}, {"employees": "many"}, {"met_on": "soon"}):
        with pytest.raises(ValidationError) as caught:
            ws.leads.update(lead.id, {"custom_fields": bad}, expected_version=saved.version)
        assert caught.value.issues[0].field.startswith("custom_fields.")
    assert ws.leads.get(lead.id).custom_fields["budget_band"] == "Large"


def test_do_not_contact_flags_are_saved_and_counted_for_a_send(ws: Workspace) -> None:
    a = ws.leads.create({"first_name": "Ewa", "email": "ewa@example.pl"}).value
    b = ws.leads.create({"first_name": "Jan", "email": "jan@example.pl"}).value
    ws.leads.update(a.id, {"dnc_email": True, "dnc_sms": True}, expected_version=a.version)
    lead = ws.leads.get(a.id)
    assert (lead.dnc_email, lead.dnc_phone, lead.dnc_whatsapp, lead.dnc_sms) == (
        True,
        False,
        False,
        True,
    )
    ids = [a.id, b.id]
    assert ws.messaging.do_not_contact(ids, Channel.EMAIL) == 1
    assert ws.messaging.do_not_contact(ids, Channel.WHATSAPP) == 0
    assert ws.messaging.do_not_contact(ids, Channel.SMS) == 1


def test_the_board_filters_by_a_choice_and_a_yes_no_field(ws: Workspace) -> None:
    from leaddesk.domain.board_view import BoardFilter
    from leaddesk.domain.stages import Stage

    ws.custom_fields.create("Budget band", FieldKind.CHOICE, ["Small", "Large"])
    ws.custom_fields.create("Visited", FieldKind.YES_NO)
    rows = [
        ("Ewa", {"budget_band": "Large", "visited": True}),
        ("Jan", {"budget_band": "Small", "visited": False}),
        ("Ola", {}),
    ]
    for name, values in rows:
        ws.leads.create({"first_name": name, "custom_fields": values})

    def names(flt: BoardFilter) -> set[str]:
        return {c.name for c in ws.board.cards(Stage.OPEN, flt)}

    choice = BoardFilter(field_key="budget_band", field_kind="choice")
    assert names(choice.with_(field_value="Large")) == {"Ewa"}
    assert names(choice.with_(field_value="Small")) == {"Jan"}
    yes_no = BoardFilter(field_key="visited", field_kind="yes_no")
    assert names(yes_no.with_(field_value="yes")) == {"Ewa"}
    assert names(yes_no.with_(field_value="no")) == {"Jan"}
    assert ws.board.totals(yes_no.with_(field_value="yes"))[Stage.OPEN].count == 1
    assert names(BoardFilter()) == {"Ewa", "Jan", "Ola"}
