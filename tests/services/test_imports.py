"""Importing files into every backend: created, updated, duplicates, rejects, resume,
undo, and the export read back as the same leads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from leaddesk.domain.import_mapping import ImportMapping
from leaddesk.domain.stages import Stage
from leaddesk.errors import RuleViolation
from leaddesk.services.imports import ImportOptions
from leaddesk.services.workspace import Workspace

ZOHO = (
    "\ufeffRecord Id,First Name,Last Name,Company,Email,Phone,Mobile,Lead Source,Lead Status,"
    "Created Time,Annual Revenue,Country,Email Opt Out\r\n"
    "zcrm_1,anna,KOWALSKA,Acme Sp. z o.o.,Anna@Acme.pl,601 234 567,,Trade Show,Contacted,"
    '"15 Apr, 2021 00:03:00","12 500,50",Polska,true\r\n'
    "zcrm_2,John,Smith,Globex,john@globex.com,+1 202 555 0143,,Web Download,Lost Lead,"
    '"28-08-2022 17:00",,United States,false\r\n'
    "zcrm_3,Ewa,Nowak,,not-an-email,12,,,Junk Lead,yesterday,,Atlantis,\r\n"
    "zcrm_4,ANNA,Kowalska,ACME,,,,Trade Show,Not Contacted,,,PL,\r\n"
)


def _file(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_zoho_export_is_mapped_checked_and_deduplicated(ws: Workspace, tmp_path: Path) -> None:
    path = _file(tmp_path, "zoho_leads.csv", ZOHO)
    # Zoho's annual revenue is the company's, not the deal's: mapped on purpose here
    mapping = ImportMapping({"Annual Revenue": "deal_value"})
    report = ws.imports.run(path, ImportOptions(mapping=mapping))
    assert (report.rows, report.created, report.rejected, report.duplicates) == (4, 2, 1, 1)
    # row 4 of the file (line 5) is Anna again: same company, same name, other case
    assert {r.row for r in report.rejects} == {4}  # the line of zcrm_3
    reasons = {r.column for r in report.rejects}
    assert {"Email", "Phone"} <= reasons
    anna = ws.leads.search("kowalska")
    assert len(anna) == 1
    lead = ws.leads.get(anna[0].id)
    assert (lead.first_name, lead.last_name) == ("Anna", "Kowalska")
    assert lead.email == "anna@acme.pl" and lead.phone == "+48601234567"
    assert lead.country == "PL" and lead.stage is Stage.CONTACTED
    assert str(lead.deal_value) == "12500.50" and lead.dnc_email is True
    assert lead.external_id == "zcrm_1" and lead.source == "trade_show"
    assert ws.leads.form_choices().sources[-2:] == (
        ("trade_show", "Trade Show"),
        ("web_download", "Web Download"),
    )
    john = ws.leads.get(ws.leads.search("globex")[0].id)
    assert john.stage is Stage.DISQUALIFIED and john.reason


def test_a_second_run_creates_nothing_and_undo_takes_the_batch_back(
    ws: Workspace, tmp_path: Path
) -> None:
    path = _file(tmp_path, "zoho_leads.csv", ZOHO)
    first = ws.imports.run(path)
    with pytest.raises(RuleViolation, match="imported in full"):
        ws.imports.run(path)
    again = ws.imports.run(path, ImportOptions(again=True))
    assert (again.created, again.duplicates) == (0, 3)
    assert first.batch_id is not None
    ws.imports.undo(first.batch_id)
    assert ws.leads.search("kowalska") == []
    with pytest.raises(RuleViolation, match="undone already"):
        ws.imports.undo(first.batch_id)


def test_update_fills_empty_fields_and_undo_restores_them(ws: Workspace, tmp_path: Path) -> None:
    lead = ws.leads.create(
        {"first_name": "Anna", "last_name": "Kowalska", "email": "anna@acme.pl"}
    ).value
    path = _file(tmp_path, "more.csv", "Email,Company,City\nanna@acme.pl,Acme,Łódź\n")
    report = ws.imports.run(path, ImportOptions(on_duplicate="update"))
    assert (report.created, report.updated) == (0, 1)
    after = ws.leads.get(lead.id)
    assert (after.company, after.city) == ("Acme", "Łódź")
    assert report.batch_id is not None
    ws.imports.undo(report.batch_id)
    back = ws.leads.get(lead.id)
    assert (back.company, back.city) == (None, None)


def test_a_mapping_file_names_columns_and_values(ws: Workspace, tmp_path: Path) -> None:
    path = _file(tmp_path, "own.csv", "Kto;Etap klienta;Pole X\nJan Kowalski;gorący;42\n", "cp1250")
    mapping = ImportMapping.from_json(
        {
            "columns": {"Kto": "full_name", "Etap klienta": "stage", "Pole X": "custom:Size"},
            "values": {"stage": {"gorący": "negotiation"}},
        }
    )
    report = ws.imports.run(path, ImportOptions(mapping=mapping))
    assert report.created == 1, report.rejects
    lead = ws.leads.get(ws.leads.search("kowalski")[0].id)
    assert lead.stage is Stage.NEGOTIATION and lead.custom_fields == {"size": "42"}


def test_a_bad_mapping_names_what_is_wrong() -> None:
    with pytest.raises(ValueError, match=r'column "A".*not a field'):
        ImportMapping.from_json({"columns": {"A": "shoe_size"}})


def test_dry_run_writes_nothing(ws: Workspace, tmp_path: Path) -> None:
    report = ws.imports.run(_file(tmp_path, "z.csv", ZOHO), ImportOptions(dry_run=True))
    assert (report.created, report.rejected) == (2, 1)
    assert ws.leads.search("kowalska") == [] and ws.imports.history() == []


def test_export_imported_again_creates_nothing(ws: Workspace, tmp_path: Path) -> None:
    ws.imports.run(_file(tmp_path, "z.csv", ZOHO))
    ws.leads.create({"first_name": "Bez", "last_name": "Kontaktu"})  # no email, no phone
    for fmt in ("csv", "xlsx", "vcf"):
        out = tmp_path / f"export.{fmt}"
        assert ws.exports.export(fmt, out) == 3
        report = ws.imports.run(out)
        assert report.created == 0 and report.duplicates == 3, (fmt, report.rejects)


def test_formulas_are_exported_as_text(ws: Workspace, tmp_path: Path) -> None:
    ws.leads.create({"first_name": '=HYPERLINK("http://x")', "company": "@SUM(A1)"})
    out = tmp_path / "e.csv"
    ws.exports.export("csv", out)
    text = out.read_text("utf-8")
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text
    report = ws.imports.run(out)
    assert report.duplicates == 1


def test_cli_import_prints_one_json_object(ws: Workspace, tmp_path: Path, db_url: str) -> None:
    import contextlib
    import io

    from leaddesk.cli import main

    path = _file(tmp_path, "z.csv", ZOHO)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["import", str(path), "--db", db_url, "--json"]) == 0
    last = json.loads(out.getvalue().strip().splitlines()[-1])
    assert {k: last[k] for k in ("rows", "created", "updated", "duplicates", "rejected")} == {
        "rows": 4, "created": 2, "updated": 0, "duplicates": 1, "rejected": 1,
    }  # fmt: skip
    assert last["rejects"][0]["row"] == 4


def test_cli_import_uses_a_mapping_saved_under_a_name(
    ws: Workspace, tmp_path: Path, db_url: str
) -> None:
    import contextlib
    import io

    from leaddesk.cli import main

    ws.mappings.save("Zoho monthly", ImportMapping({"Last Name": "ignore"}))
    path = _file(tmp_path, "z.csv", ZOHO)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["import", str(path), "--db", db_url, "--json",
                     "--mapping", "Zoho monthly"]) == 0  # fmt: skip
    assert json.loads(out.getvalue().strip().splitlines()[-1])["created"] == 2
    john = ws.leads.get(ws.leads.search("john@globex.com")[0].id)
    assert (john.first_name, john.last_name) == ("John", None)  # the saved mapping's ignore
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(["import", str(path), "--db", db_url, "--mapping", "No such"]) != 0
    assert "No such" in err.getvalue()


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_phone_contacts_import_and_a_broken_card_is_named(ws: Workspace) -> None:
    report = ws.imports.run(FIXTURES / "vcard" / "android_21_qp.vcf")
    assert report.file_kind == "vcf" and report.created == 2, report.rejects
    arab = ws.leads.get(ws.leads.search("m.hashimi@example.ae")[0].id)
    assert (arab.first_name, arab.phone) == ("محمد", "+971501234567")
    lead = ws.leads.get(ws.leads.search("grazyna@example.pl")[0].id)
    assert (lead.first_name, lead.last_name) == ("Grażyna", "Żółkiewska-Łęczycka")
    assert lead.phone == "+48601234567"
    broken = ws.imports.run(FIXTURES / "vcard" / "broken.vcf")
    assert broken.created == 3
    assert {w.row for w in broken.warnings} >= {2, 3, 5}
    assert any("BEGIN:VCARD without END:VCARD" in w.reason for w in broken.warnings)


def test_an_excel_workbook_with_dates_numbers_and_formulas(ws: Workspace, tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import Workbook  # type: ignore[import-untyped]

    wb = Workbook()
    sheet = wb.active
    sheet.append(["First Name", "Last Name", "Email", "Created Time", "Phone", "Notes"])
    sheet.append(["Jan", "Nowak", "jan@nowak.pl", dt.datetime(2021, 4, 15, 0, 3), 601234567,
                  "=1+1"])  # fmt: skip
    path = tmp_path / "leads.xlsx"
    wb.save(path)
    report = ws.imports.run(path)
    assert (report.file_kind, report.created) == ("xlsx", 1), report.rejects
    lead = ws.leads.get(ws.leads.search("nowak")[0].id)
    assert lead.phone == "+48601234567"
    assert lead.created_at == dt.datetime(2021, 4, 15, 0, 3, tzinfo=dt.UTC)
    assert lead.notes == "=1+1"  # kept as the text it is, never run


@pytest.mark.parametrize(
    ("name", "code"), [("empty.csv", "empty_file"), ("binary_renamed.csv", "not_a_table")]
)
def test_a_file_that_is_no_table_is_refused_by_name(ws: Workspace, name: str, code: str) -> None:
    from leaddesk.domain.table_files import TableFileError

    with pytest.raises(TableFileError) as info:
        ws.imports.run(FIXTURES / "tables" / name)
    assert info.value.code == code and name in info.value.message
    assert ws.imports.history() == []


def test_cli_lead_show_set_and_move_go_through_the_services(
    ws: Workspace, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from leaddesk.cli import main

    ws.leads.create({"first_name": "Jan", "last_name": "Nowak", "email": "jan@x.pl"})
    assert main(["lead", "set", "L-000001", "dnc_email=yes", "city=Łódź", "--db", db_url]) == 0
    assert main(["lead", "move", "1", "disqualified", "--reason", "no budget", "--db", db_url]) == 0
    assert main(["lead", "set", "1", "phone=12", "--db", db_url]) == 2
    assert "phone" in capsys.readouterr().err
    assert main(["lead", "show", "1", "--json", "--db", db_url]) == 0
    shown = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (shown["city"], shown["dnc_email"], shown["stage"], shown["phone"]) == (
        "Łódź", True, "disqualified", None,
    )  # fmt: skip
    assert main(["lead", "show", "99", "--db", db_url]) == 2
