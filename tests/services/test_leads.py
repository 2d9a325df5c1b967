from __future__ import annotations

import pytest

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.stages import Stage
from leaddesk.errors import ConflictError, NotFound, RuleViolation, ValidationError
from leaddesk.services.workspace import Workspace


def test_create_assigns_numbers_and_logs_capture(ws: Workspace) -> None:
    a = ws.leads.create(
        {
            "first_name": "Jan",
            "last_name": "Kowalski",
            "phone": "601 234 567",
            "tags": ["vip", "b2b"],
            "deal_value": "1200",
            "source": "web_form",
        }
    )
    b = ws.leads.create({"first_name": "محمد", "company": "مؤسسة النخيل"})
    assert (a.value.number, b.value.number) == ("L-000001", "L-000002")
    assert a.value.phone == "+48601234567"
    assert a.value.tags == ("b2b", "vip")
    assert a.value.stage is Stage.OPEN and a.value.version == 1
    timeline = ws.activities.timeline(a.value.id)
    assert [e.kind for e in timeline] == [ActivityKind.SYSTEM]
    assert timeline[0].details["source"] == "web_form"
    assert ws.leads.get(b.value.id).first_name == "محمد"


def test_invalid_input_is_refused_naming_fields_and_nothing_is_written(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as info:
        ws.leads.create({"first_name": " ", "deal_value": -1, "stage": "won"})
    assert info.value.fields() == {"first_name", "deal_value", "stage"}
    assert ws.board.board().columns[0].count == 0


def test_update_with_stale_version_is_a_conflict(ws: Workspace) -> None:
    lead = ws.leads.create({"first_name": "Ewa"}).value
    mine = ws.leads.update(lead.id, {"company": "ACME"}, expected_version=lead.version).value
    assert mine.version == lead.version + 1
    with pytest.raises(ConflictError, match="changed by somebody else") as info:
        ws.leads.update(lead.id, {"company": "Other"}, expected_version=lead.version)
    assert (info.value.expected, info.value.actual) == (lead.version, mine.version)
    assert ws.leads.get(lead.id).company == "ACME"


def test_update_changes_stage_through_the_rules(ws: Workspace) -> None:
    lead = ws.leads.create({"first_name": "Ewa"}).value
    with pytest.raises(RuleViolation, match="needs a reason"):
        ws.leads.update(lead.id, {"stage": "disqualified"}, expected_version=lead.version)
    done = ws.leads.update(
        lead.id, {"stage": "disqualified", "reason": "No budget"}, expected_version=lead.version
    )
    assert (done.value.stage, done.value.reason) == (Stage.DISQUALIFIED, "No budget")
    assert ws.activities.timeline(lead.id)[0].details["to"] == "disqualified"


def test_soft_delete_hides_and_restore_brings_back(ws: Workspace) -> None:
    lead = ws.leads.create({"first_name": "Piotr", "email": "piotr@example.pl"}).value
    ws.leads.delete(lead.id, expected_version=lead.version)
    assert ws.leads.search("piotr") == []
    assert ws.board.board().column(Stage.OPEN).count == 0
    with pytest.raises(NotFound):
        ws.leads.get(lead.id)
    ws.leads.restore(lead.id)
    assert [c.id for c in ws.leads.search("piotr")] == [lead.id]


def test_search_across_name_company_email_phone_and_number(ws: Workspace) -> None:
    a = ws.leads.create(
        {
            "first_name": "Anna",
            "last_name": "Wiśniewska",
            "email": "anna@example.pl",
            "phone": "+48 601 234 567",
        }
    ).value
    b = ws.leads.create(
        {"first_name": "Omar", "company": "شركة الأفق", "phone": "+966 50 123 4567"}
    ).value
    assert [c.id for c in ws.leads.search("WIŚNIEW")] == [a.id]
    assert [c.id for c in ws.leads.search("601 234")] == [a.id]
    assert [c.id for c in ws.leads.search("الأفق")] == [b.id]
    assert [c.id for c in ws.leads.search("example.pl")] == [a.id]
    assert [c.id for c in ws.leads.search(b.number)] == [b.id]
    assert ws.leads.search("100%_") == []
    assert ws.leads.search("   ") == []


def test_a_contact_typed_again_is_found_in_any_case_and_format(ws) -> None:  # type: ignore[no-untyped-def]
    old = ws.leads.create(
        {
            "first_name": "Anna",
            "last_name": "Kowalska",
            "email": "Anna.Kowalska@Example.PL",
            "phone": "+48 601 234 567",
            "whatsapp": "+48 602 000 111",
        }
    ).value
    assert old.email == "anna.kowalska@example.pl"  # stored in lower case
    by_mail = ws.leads.same_contact(email="ANNA.kowalska@example.pl")
    assert [(m.id, m.fields) for m in by_mail] == [(old.id, ("email",))]
    assert by_mail[0].name == "Anna Kowalska" and by_mail[0].number == old.number
    # national formats, read with the country the rep gave (or the default one)
    by_phone = ws.leads.same_contact(phones=["601 234 567"], country="PL")
    assert [m.id for m in by_phone] == [old.id] and by_phone[0].fields == ("phone",)
    assert [m.id for m in ws.leads.same_contact(phones=["602-000-111"])] == [old.id]  # PL default
    # half typed, or not an address yet: nothing looked up, nothing refused
    assert ws.leads.same_contact(email="anna.kow", phones=["60"]) == []
    ws.leads.delete(old.id)
    assert (
        ws.leads.same_contact(email="anna.kowalska@example.pl") == []
    )  # deleted ones do not count
