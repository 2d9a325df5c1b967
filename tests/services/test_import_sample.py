"""The wizard's preview rows: converted values, problems by column and the decision,
decided as the import decides (nothing written), and the rejected rows' own cells."""

from __future__ import annotations

from pathlib import Path

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.import_mapping import ImportMapping
from leaddesk.domain.stages import Stage
from leaddesk.services.imports import ImportOptions
from leaddesk.services.workspace import Workspace

TEXT = (
    "First Name,Last Name,Email,Lead Status,Visits\n"
    "Anna,Kowalska,anna@acme.pl,Contacted,3\n"
    "Ewa,Nowak,not-an-email,Contacted,x\n"
    "Jan,Kos,jan@kos.pl,Nonsense,\n"
    "ANNA,KOWALSKA,anna@acme.pl,,\n"
)


def test_sample_shows_values_problems_and_decisions(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    path.write_text(TEXT, "utf-8")
    mapping = ImportMapping({"Visits": "custom:visits"})
    options = ImportOptions(mapping=mapping, new_fields={"visits": FieldKind.NUMBER})
    rows = ws.imports.sample(path, options, rows=10)
    assert [r.number for r in rows] == [2, 3, 4, 5]
    assert [r.action for r in rows] == ["create", "reject", "reject", "duplicate"]
    assert rows[0].values["Lead Status"] is Stage.CONTACTED
    assert rows[0].values["Visits"] == 3 and rows[0].values["First Name"] == "Anna"
    assert rows[1].values["Email"] == "not-an-email"  # a refused cell as the file has it
    bad = {(p.column, p.code) for p in rows[1].problems}
    assert ("Email", "email_invalid") in bad and ("Visits", "custom_invalid") in bad
    assert [(p.column, p.code) for p in rows[2].problems] == [("Lead Status", "stage_unknown")]
    assert ws.imports.history() == [] and ws.leads.search("kowalska") == []
    # the kind the wizard is to create only counts for a dry run; a text field
    # defined already wins over it
    ws.custom_fields.create("Visits", FieldKind.TEXT)
    assert ws.imports.sample(path, options, rows=3)[1].action == "reject"
    assert "Visits" not in {p.column for p in ws.imports.sample(path, options)[1].problems}


def test_original_rows_are_the_file_cells(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    path.write_text(TEXT, "utf-8")
    headers, cells = ws.imports.original_rows(path, ImportOptions(), {3, 5})
    assert headers[:2] == ("First Name", "Last Name")
    assert cells == {
        3: ("Ewa", "Nowak", "not-an-email", "Contacted", "x"),
        5: ("ANNA", "KOWALSKA", "anna@acme.pl", "", ""),
    }
