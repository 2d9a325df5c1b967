"""Table files as programs and people write them: detection, rows and refusals.

The fixtures in tests/fixtures/tables are committed bytes, each written the way its
program writes it (encoding, line ends, quoting, BOM); workbooks and large or broken
files are made here, in tmp_path.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from leaddesk.domain.table_encoding import text_score
from leaddesk.domain.table_files import (
    FileFormat,
    SourceRow,
    TableFileError,
    open_table,
    sniff,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tables"
ROOT = Path(__file__).resolve().parents[2]


def read(path: Path, **overrides: str) -> tuple[FileFormat, tuple[str, ...], list[SourceRow]]:
    fmt = sniff(path, **overrides)
    with open_table(path, fmt) as table:
        return fmt, table.headers, list(table.rows())


def refusal(path: Path, **overrides: str) -> TableFileError:
    with pytest.raises(TableFileError) as caught:
        read(path, **overrides)
    assert isinstance(caught.value, ValueError)
    assert caught.value.params["file"] == path.name
    return caught.value


# --- encodings and delimiters, fixture by fixture


def test_excel_for_windows_csv_is_cp1252_with_commas() -> None:
    fmt, headers, rows = read(FIXTURES / "excel_windows_cp1252.csv")
    assert (fmt.kind, fmt.encoding, fmt.delimiter, fmt.has_bom) == ("csv", "cp1252", ",", False)
    assert fmt.encoding_candidates[0] == "cp1252"
    assert {"latin-1", "cp1250", "utf-8"} <= set(fmt.encoding_candidates)
    assert headers == ("Name", "Company", "City", "Notes")
    assert rows[0] == SourceRow(2, ("José Müller", "Café Crème", "Köln", "Größe, 5€"), None)
    assert rows[1].cells[3] == "naïve à la carte"


def test_polish_excel_csv_is_cp1250_with_semicolons_and_decimal_commas() -> None:
    fmt, headers, rows = read(FIXTURES / "excel_pl_cp1250_semicolon.csv")
    assert (fmt.encoding, fmt.delimiter) == ("cp1250", ";")
    assert fmt.encoding_candidates[:2] == ("cp1250", "iso8859-2")
    assert headers == ("Imię i nazwisko", "Firma", "Miasto", "Kwota")
    assert [r.cells for r in rows] == [
        ("Łukasz Wójcik", "Żabka Sp. z o.o.", "Wrocław", "1 234,50"),
        ("Zofia Śliwińska", "Źródło", "Gdańsk", "12,00"),
        ("Grzegorz Brzęczyszczykiewicz", "„Łąka”", "Łódź", "0,99"),
    ]


def test_iso8859_2_polish_is_not_taken_for_cp1250() -> None:
    fmt, _, rows = read(FIXTURES / "iso8859_2.csv")
    assert fmt.encoding == "iso8859-2"
    assert fmt.encoding_candidates[1] == "cp1250"
    assert [r.cells for r in rows] == [
        ("Jarosław", "Ślązak", "Bielsko-Biała"),
        ("Agnieszka", "Kołodziej", "Częstochowa"),
        ("Ścibor", "Źrebiec", "Zduńska Wola"),
    ]


def test_arabic_cp1256_is_not_read_as_latin_mojibake() -> None:
    fmt, headers, rows = read(FIXTURES / "arabic_cp1256.csv")
    assert fmt.encoding == "cp1256"
    assert headers == ("الاسم", "المدينة", "الشركة")
    assert rows[0].cells == ("محمد علي", "القاهرة", "شركة النور")
    assert rows[1].cells == ("فاطمة الزهراء", "الرياض", "مؤسسة الأمل")


def test_libreoffice_utf8_keeps_a_multiline_cell_and_counts_its_lines() -> None:
    fmt, _, rows = read(FIXTURES / "libreoffice_utf8.csv")
    assert (fmt.encoding, fmt.delimiter, fmt.has_bom) == ("utf-8", ",", False)
    assert rows[0] == SourceRow(
        2, ("Anna Nowak", "anna@example.pl", "First line\nsecond line, with a comma", "New"), None
    )
    # the quoted cell took lines 2 and 3: the next row starts on line 4, as an editor shows
    assert rows[1] == SourceRow(
        4, ("Piotr Kąkol", "piotr@example.pl", 'He said "yes"', "Won"), None
    )


def test_google_sheets_csv_without_a_final_line_break() -> None:
    fmt, headers, rows = read(FIXTURES / "google_sheets.csv")
    assert (fmt.encoding, fmt.delimiter) == ("utf-8", ",")
    assert headers == ("Full name", "Phone", "Country", "Comment")
    assert rows[0].cells == ("Małgorzata Żak", "+48 600 100 200", "Polska", "Zażółć, gęślą jaźń")
    assert rows[1].cells == ("سارة أحمد", "+971 50 123 4567", "الإمارات", "👍")
    assert rows[2] == SourceRow(4, ("John Smith", "+44 20 7946 0958", "United Kingdom", ""), None)


def test_utf8_with_bom_keeps_the_mark_out_of_the_first_header() -> None:
    fmt, headers, rows = read(FIXTURES / "utf8_bom.csv")
    assert (fmt.encoding, fmt.has_bom) == ("utf-8-sig", True)
    assert headers == ("Nazwa", "Miasto")
    assert rows == [SourceRow(2, ("Księgarnia Świat", "Kraków"), None)]


def test_excel_unicode_text_is_utf16_with_tabs() -> None:
    fmt, headers, rows = read(FIXTURES / "excel_unicode_text.txt")
    assert (fmt.encoding, fmt.delimiter, fmt.has_bom) == ("utf-16", "\t", True)
    assert headers == ("Name", "City", "Amount")
    assert [r.cells for r in rows] == [("Ewa Łęcka", "Poznań", "1,5"), ("Omar Khalil", "دبي", "2")]


def test_utf16_without_a_bom_is_found_by_its_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes("Name\tCity\r\nŁucja\tŁódź\r\n".encode("utf-16-le"))
    fmt, _, rows = read(path)
    assert (fmt.encoding, fmt.delimiter, fmt.has_bom) == ("utf-16-le", "\t", False)
    assert rows == [SourceRow(2, ("Łucja", "Łódź"), None)]


def test_an_excel_sep_hint_sets_the_delimiter_and_is_skipped() -> None:
    fmt, headers, rows = read(FIXTURES / "sep_hint.csv")
    assert (fmt.delimiter, fmt.header_row) == (";", 2)
    assert headers == ("Name", "Note")
    assert rows == [
        SourceRow(3, ("Ann", "a, b and c"), None),
        SourceRow(4, ("Bob", "d, e"), None),
    ]


def test_overrides_fix_one_choice_and_the_rest_is_detected() -> None:
    fmt, headers, _ = read(FIXTURES / "excel_pl_cp1250_semicolon.csv", encoding="cp1252")
    assert (fmt.encoding, fmt.delimiter) == ("cp1252", ";")
    assert fmt.encoding_candidates[:2] == ("cp1252", "cp1250")
    assert headers[0] == "Imiê i nazwisko"  # what the user asked for, and will see is wrong
    fmt, headers, _ = read(FIXTURES / "excel_pl_cp1250_semicolon.csv", delimiter=",")
    assert (fmt.encoding, fmt.delimiter) == ("cp1250", ",")
    assert headers == ("Imię i nazwisko;Firma;Miasto;Kwota",)


def test_the_polish_tie_breaker_reads_which_decoding_is_polish() -> None:
    text = "Paweł Zając, Wrocław"
    right, western, latin2 = (
        text.encode("cp1250").decode(e) for e in ("cp1250", "cp1252", "iso8859-2")
    )
    assert western == "Pawe³ Zaj¹c, Wroc³aw"
    assert latin2 == "Paweł Zajšc, Wrocław"
    assert text_score(right) > text_score(latin2) > text_score(western)
    arabic = "محمد علي".encode("cp1256")
    assert text_score(arabic.decode("cp1256")) > text_score(arabic.decode("cp1252"))


def test_short_polish_text_with_cp1250_only_bytes_is_cp1250(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes("imie,miasto\nŚwiętosław,Łódź\nźdźbło,ś\n".encode("cp1250"))
    fmt, _, rows = read(path)
    assert fmt.encoding == "cp1250"
    assert rows[0].cells == ("Świętosław", "Łódź")


def test_a_sample_boundary_inside_a_utf8_character_is_still_utf8(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    # the first megabyte ends in the middle of "ł" (two bytes)
    filler = "x" * (1_048_576 - len("name\n") - 1)
    path.write_bytes(f"name\n{filler}ł\nPaweł\n".encode())
    fmt, _, rows = read(path)
    assert fmt.encoding == "utf-8"
    assert rows[-1] == SourceRow(3, ("Paweł",), None)


def test_quoting_with_single_quotes_and_cr_only_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"'a';'b'\r'1;2';'x'\r'3';'y'\r")
    fmt, headers, rows = read(path)
    assert (fmt.delimiter, fmt.quotechar) == (";", "'")
    assert headers == ("a", "b")
    assert rows == [SourceRow(2, ("1;2", "x"), None), SourceRow(3, ("3", "y"), None)]


def test_tsv_name_prefers_tabs(tmp_path: Path) -> None:
    path = tmp_path / "list.tsv"
    path.write_text("a,b\tc\n1,2\t3\n", encoding="utf-8")
    assert sniff(path).delimiter == "\t"


# --- rows, headers and problems


def test_ragged_rows_are_kept_padded_or_cut_and_flagged() -> None:
    _, headers, rows = read(FIXTURES / "ragged.csv")
    assert headers == ("a", "b", "c")
    assert rows == [
        SourceRow(2, ("1", "2", "3"), None),
        SourceRow(3, ("4", "5", ""), "row has 2 cells, the header has 3"),
        SourceRow(4, ("6", "7", "8"), "row has 4 cells, the header has 3"),
        # line 5 is blank and line 7 only separators: skipped; empty extra cells are no problem
        SourceRow(6, ("10", "11", "12"), None),
        SourceRow(8, ("13", "14", "15"), None),
    ]


def test_blank_and_repeated_headers_get_names(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text(" Email ,,email,Name,Email (2),,\nx,y,z,n,e\n", encoding="utf-8")
    _, headers, rows = read(path)
    assert headers == ("Email", "Column 2", "email (2)", "Name", "Email (2) (2)")
    assert rows == [SourceRow(2, ("x", "y", "z", "n", "e"), None)]


def test_leading_blank_lines_move_the_header(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text("\n;;\n\nName;City\nAnn;Oslo\n", encoding="utf-8")
    fmt, headers, rows = read(path)
    assert (fmt.header_row, headers) == (4, ("Name", "City"))
    assert rows == [SourceRow(5, ("Ann", "Oslo"), None)]


def test_a_header_only_file_has_no_rows() -> None:
    _, headers, rows = read(FIXTURES / "header_only.csv")
    assert (headers, rows) == (("Name", "Email", "Phone"), [])


def test_a_bad_byte_deep_in_the_file_flags_that_row_only(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    body = b"".join(b"%d,Anna Kowalska\n" % i for i in range(2, 90_000))  # 1.7 MB
    path.write_bytes(b"n,name\n" + body + b"90000,Pawe\xb3\n90001,Ewa\n")
    fmt, _, rows = read(path)
    assert fmt.encoding == "utf-8"  # the first megabyte is plain ASCII
    assert rows[-2] == SourceRow(
        90_000,
        ("90000", "Pawe\ufffd"),
        "line 90000: bytes that are not valid utf-8, shown as \ufffd (try another encoding)",
    )
    assert rows[-1] == SourceRow(90_001, ("90001", "Ewa"), None)
    assert sum(r.problem is not None for r in rows) == 1


def test_a_cell_over_100000_characters_is_cut_and_flagged(tmp_path: Path) -> None:
    path = tmp_path / "long_cell.csv"
    path.write_text(f'a,b\n1,"{"x" * 150_000}"\n2,ok\n3,"{"y" * 1_200_000}"\n4,ok\n', "utf-8")
    _, _, rows = read(path)
    assert rows[0].number == 2 and rows[0].cells[1] == "x" * 100_000
    assert rows[0].problem == "a cell has 150,000 characters, more than 100,000; cut"
    assert rows[1] == SourceRow(3, ("2", "ok"), None)
    assert rows[2].number == 4 and rows[2].problem is not None
    assert rows[2].problem.startswith("line 4: field larger than field limit (1000000)")
    assert rows[3] == SourceRow(5, ("4", "ok"), None)


def test_a_nul_byte_after_the_sample_flags_the_row(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"a,b\n" + b"1,2\n" * 300_000 + b"x\x00,y\n")
    rows = read(path)[2]
    assert rows[-1] == SourceRow(
        300_002,
        ("x", "y"),
        "line 300002: a NUL byte (binary data?), shown as \ufffd (try another encoding)",
    )


def test_progress_runs_from_zero_to_one(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(b"a\n" + b"1\n" * 400_000)
    with open_table(path, sniff(path)) as table:
        seen = [table.progress() for i, _ in enumerate(table.rows()) if i % 100_000 == 0]
        assert 0 < seen[0] < seen[-1] < 1
        assert table.progress() == 1.0


# --- refusals


def test_empty_and_whitespace_files_are_empty() -> None:
    for name in ("empty.csv", "whitespace.csv"):
        error = refusal(FIXTURES / name)
        assert error.code == "empty_file"
        assert str(error) == f"{name}: the file is empty"


def test_a_binary_file_renamed_csv_is_not_a_table() -> None:
    error = refusal(FIXTURES / "binary_renamed.csv")
    assert error.code == "not_a_table"
    assert (
        str(error) == "binary_renamed.csv: the file has NUL bytes: it is not text (a binary file?)"
    )


def test_more_than_500_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(501)) + "\n", encoding="utf-8")
    error = refusal(path)
    assert error.code == "too_many_columns"
    assert str(error) == (
        "wide.csv: the header has 501 columns, at most 500 can be imported"
        " (is the delimiter right?)"
    )


# --- xlsx


def _workbook(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Empty"
    ws = wb.create_sheet("Leads")
    ws.append([])
    ws.append([])
    ws["A3"], ws["B3"], ws["C3"], ws["D3"], ws["E3"] = "Name", "Amount", "Double", "Met", "Paid"
    ws.append(["Zofia Żak", 12.5, "=B4*2", dt.datetime(2024, 3, 1, 9, 30), True])
    ws.append([None, None, None, None, None])
    ws.append(["سارة", 3, "=B6*2", dt.date(2024, 5, 2), False])
    ws["H7"] = None  # touched far to the right: read-only sheets report a wide max_column
    wb.save(path)


def test_xlsx_takes_the_first_sheet_with_data_and_its_first_row(tmp_path: Path) -> None:
    path = tmp_path / "leads.xlsx"
    _workbook(path)
    fmt, headers, rows = read(path)
    assert (fmt.kind, fmt.encoding, fmt.delimiter) == ("xlsx", None, None)
    assert (fmt.sheets, fmt.sheet, fmt.header_row) == (("Empty", "Leads"), "Leads", 3)
    assert headers == ("Name", "Amount", "Double", "Met", "Paid")
    formula = (
        "formula without a saved result in C{} (given as the formula; "
        "open and save the file in Excel to get the values)"
    )
    assert rows == [
        SourceRow(
            4, ("Zofia Żak", 12.5, "=B4*2", dt.datetime(2024, 3, 1, 9, 30), True), formula.format(4)
        ),
        SourceRow(6, ("سارة", 3, "=B6*2", dt.datetime(2024, 5, 2), False), formula.format(6)),
    ]


def test_xlsx_with_saved_formula_results_gives_the_values(tmp_path: Path) -> None:
    path = tmp_path / "excel.xlsx"
    _workbook(path)
    # what Excel writes: the formula and its last result (<v>), which data_only returns
    with zipfile.ZipFile(path) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    sheet = parts["xl/worksheets/sheet2.xml"].decode()
    assert "<f>B4*2</f><v /></c>" in sheet
    sheet = sheet.replace("<f>B4*2</f><v /></c>", "<f>B4*2</f><v>25</v></c>")
    parts["xl/worksheets/sheet2.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    rows = read(path)[2]
    assert rows[0].cells[2] == 25 and rows[0].problem is None
    assert rows[1].cells[2] == "=B6*2"


def test_xlsx_sheet_override_and_a_missing_sheet(tmp_path: Path) -> None:
    path = tmp_path / "leads.xlsx"
    _workbook(path)
    assert refusal(path, sheet="Empty").code == "empty_file"
    error = refusal(path, sheet="Nope")
    assert (error.code, str(error)) == ("no_sheet", "leads.xlsx: no sheet named 'Nope'")


def test_an_xlsx_renamed_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    _workbook(path.with_suffix(".xlsx"))
    path.with_suffix(".xlsx").rename(path)
    assert sniff(path).kind == "xlsx"


def test_corrupt_and_password_protected_workbooks_are_unreadable(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.xlsx"
    corrupt.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    error = refusal(corrupt)
    assert error.code == "xlsx_unreadable"
    assert str(error).startswith("corrupt.xlsx: not a readable Excel workbook (BadZipFile")
    protected = tmp_path / "secret.xlsx"  # an encrypted .xlsx is an OLE2 compound file
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    error = refusal(protected)
    assert error.code == "xlsx_unreadable"
    assert "password-protected or an Excel 97-2003 .xls file" in str(error)


def test_the_workbook_is_closed(tmp_path: Path) -> None:
    path = tmp_path / "leads.xlsx"
    _workbook(path)
    with open_table(path, sniff(path)) as table:
        list(table.rows())
        assert table.progress() == 1.0
    # read-only openpyxl keeps the zip open until close(): after it, the file can go
    # (Windows refuses to delete an open file; here, no ResourceWarning either)
    path.unlink()


# --- size: a 200 MB CSV in bounded memory

_STREAM = """
import json, os, sys, time
from pathlib import Path
from leaddesk.domain.table_files import open_table, sniff

def rss_kb():  # resident now: ru_maxrss would be the import's peak, hiding any growth
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024

path = Path(sys.argv[1])
start_kb = peak_kb = rss_kb()
start = time.perf_counter()
fmt = sniff(path)
with open_table(path, fmt) as table:
    count, last = 0, None
    for row in table.rows():
        count += 1
        last = row
        if count % 50_000 == 0:
            peak_kb = max(peak_kb, rss_kb())
seconds = time.perf_counter() - start
print(json.dumps({"rows": count, "last": last.number, "problem": last.problem,
                  "start_kb": start_kb, "growth_kb": peak_kb - start_kb, "seconds": seconds}))
"""


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads RSS from /proc")
def test_SLOW_a_200_mb_csv_streams_in_bounded_memory(tmp_path: Path) -> None:
    """SLOW, about 10 s: 1.5 million rows read in a fresh interpreter, whose resident
    memory is sampled every 50,000 rows against what it held before sniffing."""
    path = tmp_path / "big.csv"
    block = "".join(
        f'{i},Łukasz Wójcik {i},lukasz.{i}@example.pl,+48 600 {i:06d},"Wrocław, ul. Długa {i}",'
        f"Nowy,{i * 3 % 1000},2024-03-01,notes about this lead number {i} go here\n"
        for i in range(1000)
    ).encode()
    with path.open("wb") as f:
        f.write(b"id,name,email,phone,address,stage,score,date,notes\n")
        for _ in range(1500):
            f.write(block)
    assert path.stat().st_size > 200_000_000
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _STREAM, str(path)], env=env, capture_output=True, check=True
    )
    figures = json.loads(out.stdout)
    print(figures, f"{figures['rows'] / figures['seconds']:,.0f} rows/s")
    assert figures["rows"] == 1_500_000
    assert figures["last"] == 1_500_001 and figures["problem"] is None
    assert figures["growth_kb"] < 100 * 1024
    assert time.perf_counter() - started < 20
