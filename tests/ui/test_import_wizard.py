"""The import wizard end to end on real files: auto-mapping, a column changed, the
preview's problem cells and counts, the import, the board showing the new leads;
encodings, sheets, new custom fields, saved mappings, cancel, rejected rows."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import openpyxl
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.services.imports import CHUNK
from leaddesk.ui.imports.mapping_model import KIND, NAME, TARGET
from leaddesk.ui.imports.preview_model import OUTCOME, PROBLEM_ROLE
from leaddesk.ui.imports.state import NEW_FIELD
from tests.ui.import_helpers import FIXTURES, answer, run, to_mapping, to_preview, window, wizard_on


def _copy(tmp_path: Path, name: str) -> Path:
    return Path(shutil.copy(FIXTURES / "exports" / name, tmp_path / name))


def test_a_zoho_export_is_imported_end_to_end(
    qtbot, sqlite_ws, qsettings, english, qtmodeltester, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    w = window(qtbot, sqlite_ws, qsettings)
    wizard = wizard_on(qtbot, w, _copy(tmp_path, "zoho_leads.csv"))
    qtmodeltester.check(wizard.file_page.rows)
    to_mapping(wizard)
    model = wizard.mapping_page.model
    qtmodeltester.check(model)
    target = model.index(model.row_of("Email"), TARGET)
    assert target.data(Qt.ItemDataRole.EditRole) == "email"  # auto-mapped
    assert target.data() == "Email"
    revenue = model.index(model.row_of("Annual Revenue"), TARGET)
    assert revenue.data(Qt.ItemDataRole.EditRole) == "ignore"
    assert model.setData(revenue, "deal_value")
    assert revenue.data() == "Deal value"
    to_preview(qtbot, wizard)
    preview = wizard.preview_page.model
    qtmodeltester.check(preview)
    assert preview.rowCount() == 7
    phone = 2 + preview.headers.index("Phone")
    second = preview.index(1, phone)  # row 3 of the file: 555-555-5555
    assert "phone_invalid" in second.data(PROBLEM_ROLE)
    assert "Phone" in second.data(Qt.ItemDataRole.ToolTipRole)
    assert "phone number" in second.data(Qt.ItemDataRole.ToolTipRole)
    assert second.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert preview.index(1, OUTCOME).data() == "Rejected"
    assert preview.index(0, OUTCOME).data() == "New lead"
    assert preview.index(0, phone).data(Qt.ItemDataRole.BackgroundRole) is None
    counts = wizard.preview_page.counts.text()
    assert "7 rows: 4 new leads, 0 updates, 0 duplicates skipped, 3 rejected" in counts
    assert sqlite_ws.leads.search("kowalska") == []  # nothing written by the preview
    run(qtbot, wizard)
    report = wizard.run_page.report
    assert report is not None and (report.created, report.rejected) == (4, 3)
    assert "4 new leads" in wizard.run_page.status.text()
    assert wizard.run_page.save_rejects.isVisibleTo(wizard.run_page)
    qtbot.waitUntil(lambda: w.board.total == 4)
    anna = sqlite_ws.leads.get(sqlite_ws.leads.search("kowalska")[0].id)
    assert str(anna.deal_value) == "1000000.00"


def test_a_windows_1250_file_shows_its_encoding_and_another_can_be_chosen(
    qtbot, sqlite_ws, qsettings, english, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    w = window(qtbot, sqlite_ws, qsettings)
    wizard = wizard_on(qtbot, w, _copy(tmp_path, "polish_leads_cp1250.csv"))
    page = wizard.file_page
    assert page.encoding.currentData() == "cp1250"
    assert "Windows-1250" in page.encoding.currentText()
    assert page.delimiter.currentData() == ";"
    assert page.rows.index(0, 0).data() == "Łukasz"
    other = page.encoding.findData("cp1252")
    assert other > 0
    page.encoding.setCurrentIndex(other)
    page.encoding.activated.emit(other)
    assert page.encoding.currentData() == "cp1252"
    assert page.rows.index(0, 0).data() == "£ukasz"  # garbled: the user sees it
    assert wizard.state.options().encoding == "cp1252"


def test_the_sheet_of_a_workbook_is_chosen(qtbot, sqlite_ws, qsettings, english, tmp_path) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["Remark"])
    notes.append(["nothing here"])
    leads = book.create_sheet("Leads")
    leads.append(["First name", "Last name", "Email"])
    leads.append(["Ola", "Zawada", "ola@zawada.example"])
    path = tmp_path / "leads.xlsx"
    book.save(path)
    w = window(qtbot, sqlite_ws, qsettings)
    wizard = wizard_on(qtbot, w, path)
    page = wizard.file_page
    assert [page.sheet.itemData(i) for i in range(page.sheet.count())] == ["Notes", "Leads"]
    chosen = page.sheet.findData("Leads")
    page.sheet.setCurrentIndex(chosen)
    page.sheet.activated.emit(chosen)
    assert page.rows.index(0, 0).data() == "Ola"
    to_preview(qtbot, wizard)
    run(qtbot, wizard)
    assert sqlite_ws.leads.search("zawada")


def test_a_new_custom_field_from_an_unmapped_column(
    qtbot, sqlite_ws, qsettings, english, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "visits.csv"
    rows = [f"Lead{i},Nowak,{i * 3}" for i in range(1, 30)]
    path.write_text("First name,Last name,Visits\n" + "\n".join(rows) + "\n", "utf-8")
    w = window(qtbot, sqlite_ws, qsettings)
    wizard = wizard_on(qtbot, w, path)
    to_mapping(wizard)
    model = wizard.mapping_page.model
    row = model.row_of("Visits")
    assert model.index(row, TARGET).data(Qt.ItemDataRole.EditRole) == "ignore"
    assert not model.flags(model.index(row, NAME)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(row, TARGET), NEW_FIELD + "Visits")
    assert model.index(row, NAME).data() == "Visits"
    assert model.index(row, KIND).data() == "Number"  # inferred from the values
    assert model.setData(model.index(row, NAME), "Site visits")
    to_preview(qtbot, wizard)
    assert sqlite_ws.custom_fields.all() == []  # created when the import starts
    run(qtbot, wizard)
    fields = sqlite_ws.custom_fields.all()
    assert [(f.name, f.kind) for f in fields] == [("Site visits", FieldKind.NUMBER)]
    lead = sqlite_ws.leads.get(sqlite_ws.leads.search("lead3")[0].id)
    assert lead.custom_fields == {fields[0].key: 9}


def test_an_event_column_is_offered_recognised_and_scored(
    qtbot, sqlite_ws, qsettings, english, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "events.csv"
    rows = [f"Lead{i},Nowak,{'yes' if i % 2 else ''},{i}" for i in range(1, 30)]
    path.write_text("First name,Last name,Requested a quote,Visits\n" + "\n".join(rows) + "\n")
    w = window(qtbot, sqlite_ws, qsettings)
    wizard = wizard_on(qtbot, w, path)
    to_mapping(wizard)
    model = wizard.mapping_page.model
    quote = model.row_of("Requested a quote")
    assert model.index(quote, TARGET).data(Qt.ItemDataRole.EditRole) == "event:quote_request"
    assert model.index(quote, TARGET).data() == "Event: Requested a quote"
    visits = model.row_of("Visits")
    offered = dict(model.targets(visits))
    assert offered["event:webinar"] == "Event: Attended a webinar"
    assert model.setData(model.index(visits, TARGET), "event:webinar")
    assert model.setData(model.index(visits, TARGET), "ignore")
    to_preview(qtbot, wizard)
    run(qtbot, wizard)
    lead = sqlite_ws.leads.get(sqlite_ws.leads.search("lead3")[0].id)
    assert lead.score == 50 and lead.qualification == "mql"


def test_a_saved_mapping_is_used_again(qtbot, sqlite_ws, qsettings, english, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = _copy(tmp_path, "zoho_leads.csv")
    w = window(qtbot, sqlite_ws, qsettings)
    wizard = wizard_on(qtbot, w, first)
    to_mapping(wizard)
    model = wizard.mapping_page.model
    model.setData(model.index(model.row_of("Annual Revenue"), TARGET), "deal_value")
    model.setData(model.index(model.row_of("Industry"), TARGET), "ignore")
    assert wizard.mapping_page.save_as("Zoho monthly")
    assert sqlite_ws.mappings.names() == ["Zoho monthly"]
    wizard.reject()
    again = wizard_on(qtbot, w, first)
    to_mapping(again)
    page = again.mapping_page
    model = page.model
    revenue = model.index(model.row_of("Annual Revenue"), TARGET)
    assert revenue.data(Qt.ItemDataRole.EditRole) == "ignore"
    chosen = page.saved.findData("Zoho monthly")
    page.saved.setCurrentIndex(chosen)
    page.saved.activated.emit(chosen)
    assert revenue.data(Qt.ItemDataRole.EditRole) == "deal_value"
    assert model.index(model.row_of("Industry"), TARGET).data(Qt.ItemDataRole.EditRole) == (
        "ignore"
    )
    assert again.state.options().mapping.columns["Annual Revenue"] == "deal_value"


def test_cancel_mid_run_keeps_whole_chunks(qtbot, sqlite_ws, qsettings, english, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["First name", "Last name", "Email"])
        for i in range(3 * CHUNK):  # three chunks: cancelled after the first is written
            out.writerow([f"Name{i}", f"Family{i}", f"person{i}@big{i}.example"])
    w = window(qtbot, sqlite_ws, qsettings)
    wizard = wizard_on(qtbot, w, path)
    to_preview(qtbot, wizard)
    assert wizard.preview_page.report is not None
    assert wizard.preview_page.report.created == 3 * CHUNK
    page = wizard.run_page
    cancelled: list[float] = []

    def first_chunk(done: float) -> None:
        if not cancelled:
            cancelled.append(done)
            page.cancel.click()

    wizard.next()
    assert page.job is not None
    page.job.progressed.connect(first_chunk)
    qtbot.waitUntil(page.isComplete, timeout=120_000)
    report = page.report
    assert report is not None and report.cancelled
    assert 0 < report.created < 3 * CHUNK and report.created % CHUNK == 0
    assert "import the same file again" in page.status.text()
    batch = sqlite_ws.imports.history()[0]
    assert batch["status"] == "cancelled" and batch["rows_read"] == report.created + 1


def test_rejected_rows_are_saved_in_arabic(qtbot, sqlite_ws, qsettings, arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = window(qtbot, sqlite_ws, qsettings)
    wizard = wizard_on(qtbot, w, _copy(tmp_path, "zoho_leads.csv"))
    to_preview(qtbot, wizard)
    run(qtbot, wizard)
    target = tmp_path / "rejected.csv"
    assert wizard.run_page.write_rejects(target) == 3
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header, first = rows[0], rows[1]
    assert header[2:5] == ["Record Id", "Lead Owner", "Company"]  # the file's own
    assert first[0] == "3" and first[2] == "zcrm_4876876000000231002"
    assert "ليس رقم هاتف صالحًا" in first[1]  # the reason in Arabic
    assert "not a valid phone number" not in first[1]


def test_history_undo_and_edit_undo_import(
    qtbot, sqlite_ws, qsettings, english, qtmodeltester, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    first = sqlite_ws.imports.run(_copy(tmp_path, "zoho_leads.csv"))
    second = sqlite_ws.imports.run(_copy(tmp_path, "hubspot_contacts.csv"))
    assert first.created and second.created
    w = window(qtbot, sqlite_ws, qsettings)
    total = first.created + second.created
    qtbot.waitUntil(lambda: w.board.total == total)
    dialog = w.importer.open_history()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 0).data().strip("\u2068\u2069") == "hubspot_contacts.csv"
    assert dialog.undo_button.isEnabled()  # the newest is chosen
    dialog.select(1)  # the Zoho import
    timer = answer("Undo import")
    dialog.undo_button.click()
    timer.stop()
    assert sqlite_ws.leads.search("kowalska") == []
    qtbot.waitUntil(lambda: w.board.total == second.created)
    assert dialog.model.index(1, 3).data() == "Undone"
    dialog.select(1)
    assert not dialog.undo_button.isEnabled()
    rejected = tmp_path / "zoho-rejected.csv"
    assert dialog.write_rejects(dialog.model.batches[1], rejected) == first.rejected
    dialog.close()
    # Edit ▸ Undo import: the latest not undone yet (HubSpot), after its confirmation
    timer = answer("Undo import")
    w.actions_by_id["edit.undo_import"].trigger()
    timer.stop()
    qtbot.waitUntil(lambda: w.board.total == 0)
    assert all(b["undone_at"] is not None for b in sqlite_ws.imports.history())


def test_dropping_a_file_opens_the_wizard(qtbot, sqlite_ws, qsettings, english, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _copy(tmp_path, "zoho_leads.csv")
    w = window(qtbot, sqlite_ws, qsettings)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(w, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(w, drop)
    wizard = w.importer.wizard
    assert wizard is not None and wizard.state.path == path
    qtbot.waitExposed(wizard)
    assert wizard.file_page.rows.index(0, 3).data() == "Anna"
    # a file of another kind is not taken
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    refused = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, other, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    refused.ignore()
    QApplication.sendEvent(w, refused)
    assert not refused.isAccepted()


def test_the_screenshot_views_open_the_wizard_on_the_sample(
    qtbot, sqlite_ws, qsettings, english, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.ui.imports.wizard import PREVIEW
    from leaddesk.ui.screenshot import open_view, shoot_when_shown

    w = window(qtbot, sqlite_ws, qsettings)
    assert open_view(w, "board") is None
    front = open_view(w, "import-preview")
    assert front is w.importer.wizard and front is not None
    assert front.currentId() == PREVIEW
    png = tmp_path / "preview.png"
    taken: list[str] = []
    shoot_when_shown(w, str(png), taken.append, front)
    qtbot.waitUntil(lambda: bool(taken), timeout=60_000)
    assert front.preview_page.model.rowCount() == 8  # shot once the rows were there
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert sqlite_ws.leads.search("kowalska") == []


def test_an_empty_file_is_told_in_a_sentence(
    qtbot, sqlite_ws, qsettings, english, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = Path(shutil.copy(FIXTURES / "tables" / "empty.csv", tmp_path / "empty.csv"))
    w = window(qtbot, sqlite_ws, qsettings)
    wizard = w.importer.open_wizard(path)
    qtbot.waitExposed(wizard)
    assert not wizard.file_page.isComplete()
    assert "empty.csv" in wizard.file_page.error.text()
    assert "is empty: there is nothing to import" in wizard.file_page.error.text()
    wizard.file_page.set_file(tmp_path / "gone.csv")
    assert "cannot be opened" in wizard.file_page.error.text()


def test_a_file_imported_already_can_be_imported_again_on_purpose(
    qtbot, sqlite_ws, qsettings, english, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = _copy(tmp_path, "zoho_leads.csv")
    sqlite_ws.imports.run(path)
    w = window(qtbot, sqlite_ws, qsettings)
    wizard = wizard_on(qtbot, w, path)
    to_preview(qtbot, wizard)
    timer = answer("Import again anyway")
    run(qtbot, wizard)
    timer.stop()
    report = wizard.run_page.report
    assert report is not None and (report.created, report.duplicates) == (0, 4)
    assert len(sqlite_ws.imports.history()) == 2


def test_the_history_in_arabic_chooses_the_newest_import(
    qtbot, sqlite_ws, qsettings, arabic, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    sqlite_ws.imports.run(_copy(tmp_path, "zoho_leads.csv"))
    w = window(qtbot, sqlite_ws, qsettings)
    dialog = w.importer.open_history()
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.selected() is not None
    assert dialog.undo_button.isEnabled() and dialog.rejects_button.isEnabled()
