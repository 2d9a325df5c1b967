"""The owner's lists: sources, custom field definitions and saved import mappings."""

from __future__ import annotations

import pytest

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.import_mapping import ImportMapping
from leaddesk.errors import ConflictError, NotFound, RuleViolation, ValidationError
from leaddesk.services.workspace import Workspace


def test_a_new_source_is_offered_and_retiring_keeps_it_on_leads(ws: Workspace) -> None:
    record, changes = ws.sources.add("  Trade   Show ")
    assert (record.key, record.name, changes.reference) == ("trade_show", "Trade Show", True)
    assert ("trade_show", "Trade Show") in ws.leads.form_choices().sources
    with pytest.raises(ConflictError) as refused:
        ws.sources.add("trade show")
    assert refused.value.code == "source_exists"
    lead = ws.leads.create({"first_name": "Ann", "source": "trade_show"}).value
    ws.sources.retire("trade_show")
    assert "trade_show" not in dict(ws.leads.form_choices().sources)
    listed = {s.key: s for s in ws.sources.all()}
    assert listed["trade_show"].retired and listed["trade_show"].leads == 1
    assert ws.leads.get(lead.id).source == "trade_show"
    again, _ = ws.sources.add("Trade Show")  # comes back rather than a second one
    assert again.key == "trade_show" and not ws.sources.all()[-1].retired


def test_sources_are_renamed_and_reordered_but_builtins_keep_their_names(ws: Workspace) -> None:
    ws.sources.add("Partner Referral")
    ws.sources.rename("partner_referral", "Partner referral")
    with pytest.raises(RuleViolation):
        ws.sources.rename("call", "Phone")
    with pytest.raises(NotFound):
        ws.sources.retire("no_such")
    ws.sources.reorder(["partner_referral", "email"])
    keys = [s.key for s in ws.sources.all()]
    assert keys[:2] == ["partner_referral", "email"] and len(keys) == 11
    assert ws.sources.all()[0].name == "Partner referral"


def test_custom_fields_are_defined_and_a_kind_change_checks_the_values(ws: Workspace) -> None:
    field, _ = ws.custom_fields.create("Fleet size", FieldKind.TEXT)
    assert field.key == "fleet_size"
    with pytest.raises(ValidationError):
        ws.custom_fields.create("Plan", FieldKind.CHOICE, [])
    ws.leads.create({"first_name": "Ann", "custom_fields": {"fleet_size": "about ten"}})
    with pytest.raises(RuleViolation) as misfit:
        ws.custom_fields.update(
            field.id, name="Fleet size", kind=FieldKind.NUMBER, version=field.version
        )
    assert misfit.value.code == "field_values_misfit"
    assert misfit.value.params["value"] == "about ten"
    renamed, _ = ws.custom_fields.update(
        field.id, name="Vehicles", kind=FieldKind.TEXT, version=field.version
    )
    assert (renamed.key, renamed.name) == ("fleet_size", "Vehicles")
    with pytest.raises(ConflictError):  # the version read before the rename
        ws.custom_fields.update(field.id, name="X", kind=FieldKind.TEXT, version=field.version)
    ws.custom_fields.retire(field.id)
    assert ws.custom_fields.all() == [] and len(ws.custom_fields.all(retired=True)) == 1
    assert ws.custom_fields.suggest(["yes", "no", "Yes"]) == (FieldKind.YES_NO, ())


def test_a_mapping_is_saved_under_a_name_and_replaced(ws: Workspace) -> None:
    ws.mappings.save("Zoho monthly", ImportMapping({"Lead Status": "stage"}))
    ws.mappings.save("Zoho monthly", ImportMapping({"Lead Status": "ignore"}))
    assert ws.mappings.names() == ["Zoho monthly"]
    assert ws.mappings.get("Zoho monthly").columns == {"Lead Status": "ignore"}
    ws.mappings.delete("Zoho monthly")
    with pytest.raises(NotFound):
        ws.mappings.get("Zoho monthly")
