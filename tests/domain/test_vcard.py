"""vCards as phones and mail programs write them: each fixture is a program's export
byte for byte, and each test reads real values out of it (names with their diacritics,
emails, phones, cities, photos). A card that cannot be read is named by number and line
while the others still import."""

from __future__ import annotations

from pathlib import Path

import pytest

from leaddesk.domain.vcard import Contact, read_vcards
from leaddesk.domain.vcard import looks_like_vcard as sniff
from leaddesk.domain.vcard_charset import guess_8bit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vcard"
JPEG_START, JPEG_END = b"\xff\xd8\xff\xe0\x00\x10JFIF", b"\xff\xd9"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def only(data: bytes, **kw: str) -> Contact:
    found = read_vcards(data, **kw)
    assert found.problems == ()
    (contact,) = found.contacts
    return contact


def card(*lines: str, version: str = "3.0", end: str = "\r\n") -> bytes:
    return end.join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""]).encode()


# Android 2.1: quoted-printable UTF-8, soft breaks inside a character


def test_android_quoted_printable_polish_names_address_and_notes() -> None:
    found = read_vcards(fixture("android_21_qp.vcf"))
    assert found.problems == ()
    anna = found.contacts[0]
    assert (anna.card, anna.line, anna.version) == (1, 1, "2.1")
    assert (anna.first_name, anna.last_name) == ("Grażyna", "Żółkiewska-Łęczycka")
    assert anna.emails == ("grazyna@example.pl",)
    assert anna.phones == (
        ("cell", "+48 601 234 567"),
        ("home", "+48 42 123 45 67"),
        ("fax", "+48 42 765 43 21"),
    )
    # the ADR's soft break falls between two components
    assert (anna.address, anna.city, anna.region) == ("ul. Piotrkowska 104 m. 7", "Łódź", "łódzkie")
    assert (anna.postal_code, anna.country) == ("90-004", "Polska")
    assert anna.notes == "Poznana na targach w Łodzi; prosi o kontakt po świętach."


def test_a_soft_break_inside_an_arabic_character_is_decoded_with_the_whole_value() -> None:
    data = fixture("android_21_qp.vcf")
    # the fixture does split ه (D9 87) and م (D9 85) across lines: decoding each line
    # on its own would leave a lone D9 and a lone 87 (two replacement characters)
    assert b"=D9=\r\n=87" in data and b"=D9=\r\n=85" in data
    muhammad = read_vcards(data).contacts[1]
    assert (muhammad.first_name, muhammad.last_name) == ("محمد", "عبد الرحمن الهاشمي")
    assert muhammad.company == "شركة الخليج للتجارة"
    assert muhammad.phones == (("cell", "+971 50 123 4567"), ("work", "+971 4 123 4567"))
    assert muhammad.emails == ("m.hashimi@example.ae",)


def test_android_base64_photo_continued_on_indented_lines_up_to_a_blank_line() -> None:
    photo = read_vcards(fixture("android_21_qp.vcf")).contacts[1].photo
    assert photo is not None and photo.media_type == "image/jpeg"
    assert photo.data.startswith(JPEG_START) and photo.data.endswith(JPEG_END)
    assert len(photo.data) == 645


def test_a_2_1_photo_continued_on_lines_that_are_not_indented() -> None:
    contact = only(card("N:Nowak;Jan", "PHOTO;BASE64;JPEG:/9j/4AAQ", "SkZJRgAB", "", version="2.1"))
    assert contact.photo is not None
    assert contact.photo.data == b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"
    assert contact.photo.media_type == "image/jpeg"


def test_a_trailing_soft_break_does_not_swallow_end_vcard() -> None:
    data = card("N;QUOTED-PRINTABLE;CHARSET=UTF-8:Nowak;Jan=", version="2.1")
    assert only(data).first_name == "Jan"


def test_quoted_printable_in_a_declared_8bit_charset() -> None:
    data = card("N;CHARSET=ISO-8859-2;ENCODING=QUOTED-PRINTABLE:=A3=F3d=BC;Ja=B6", version="2.1")
    contact = only(data)
    assert (contact.first_name, contact.last_name) == ("Jaś", "Łódź")


# Apple 3.0: item groups, labels, type=pref, folded base64 photo


def test_iphone_groups_labels_and_preferred_first() -> None:
    anna = read_vcards(fixture("iphone_30.vcf")).contacts[0]
    assert (anna.first_name, anna.last_name) == ("Anna", "Kowalska")
    assert (anna.company, anna.job_title) == ("Przykład Sp. z o.o.", "Kierownik sprzedaży")
    # item1.EMAIL is type=pref, written after the home address
    assert anna.emails == ("anna.kowalska@example.pl", "anna.prywatna@example.com")
    # item2 is labelled Work; item3's custom label "Biuro" says no kind
    assert anna.phones == (
        ("cell", "+48 601 111 222"),
        ("work", "+48 22 333 44 55"),
        ("other", "+48 22 999 88 77"),
    )
    assert (anna.address, anna.city) == ("ul. Marszałkowska 1, II piętro", "Warszawa")
    assert (anna.postal_code, anna.region, anna.country) == ("00-624", "mazowieckie", "Polska")
    assert anna.website == "https://przyklad.example.pl"  # Apple writes https\://
    assert anna.birthday == "1985-03-12"
    assert anna.notes == "Spotkanie w środę, godz. 10\nsala 2"


def test_iphone_folded_base64_photo() -> None:
    photo = read_vcards(fixture("iphone_30.vcf")).contacts[0].photo
    assert photo is not None and photo.media_type == "image/jpeg"
    assert photo.data.startswith(JPEG_START) and photo.data.endswith(JPEG_END)


def test_an_apple_company_card_is_not_split_into_a_person() -> None:
    company = read_vcards(fixture("iphone_30.vcf")).contacts[1]
    assert (company.card, company.line) == (2, 35)
    assert (company.first_name, company.last_name) == (None, None)
    assert company.company == "Żabka Polska Sp. z o.o."
    assert company.phones == (("work", "+48 61 856 37 00"),)


# vCard 4.0


def test_4_0_data_uri_photo_tel_uri_and_pref_numbers() -> None:
    simon, jane = read_vcards(fixture("rfc6350_40.vcf")).contacts
    assert simon.version == "4.0"
    assert (simon.first_name, simon.last_name, simon.company) == ("Simon", "Perreault", "Viagenie")
    # PREF=1 before PREF=2, whatever the file order
    assert simon.phones == (("cell", "+1-418-262-6501"), ("work", "+1-418-656-9254 ext. 102"))
    assert (simon.address, simon.city, simon.region) == (
        "2875 Laurier, Suite D2-630",
        "Québec",
        "QC",
    )
    assert (simon.postal_code, simon.country) == ("G1V 2M2", "Canada")
    assert (simon.birthday, simon.website) == ("--0203", "http://nomis80.org")
    assert simon.photo is not None and simon.photo.media_type == "image/png"
    assert simon.photo.data.startswith(b"\x89PNG\r\n\x1a\n")

    assert (jane.first_name, jane.last_name) == ("Jane Mary", "Doe")  # N:Doe;Jane,Mary
    assert jane.phones == (("cell", "+1-555-555-5555"),)  # TYPE="voice,cell"
    assert jane.emails == ("jane@example.com", "jane.doe@work.example.com")
    assert jane.photo is not None and jane.photo.media_type == "image/jpeg"
    assert jane.photo.data.startswith(JPEG_START)


def test_a_colon_inside_a_quoted_parameter_does_not_end_the_name() -> None:
    contact = only(card('ADR;LABEL="Rynek 1: parter";TYPE=work:;;Rynek 1;Kraków;;;', version="4.0"))
    assert (contact.address, contact.city) == ("Rynek 1", "Kraków")


def test_a_photo_by_link_is_not_fetched() -> None:
    contact = only(card("FN:Jan Nowak", "PHOTO;VALUE=uri:https://example.com/jan.jpg"))
    assert contact.photo is None


# charsets not named


def test_outlook_2_1_in_windows_1252_without_charset() -> None:
    found = read_vcards(fixture("outlook_21_cp1252.vcf"))
    assert found.problems == ()
    assert found.charset_guess == "windows-1252"  # the – and ’ of the note are 0x96, 0x92
    jurgen, helene = found.contacts
    assert (jurgen.first_name, jurgen.last_name) == ("Jürgen", "Müller")
    assert (jurgen.company, jurgen.job_title) == ("Bäckerei Groß GmbH", "Geschäftsführer")
    assert (jurgen.address, jurgen.city, jurgen.country) == (
        "Hauptstraße 5",
        "München",
        "Deutschland",
    )
    assert jurgen.emails == ("juergen.mueller@example.de",)
    assert jurgen.phones == (("work", "+49 89 1234567"), ("cell", "+49 171 7654321"))
    assert jurgen.notes == "Kunde seit 2019 – bestellt für’s Café"
    assert (helene.first_name, helene.last_name, helene.city) == ("Hélène", "Dubois", "Besançon")


def test_iso_8859_2_polish_file_without_charset() -> None:
    found = read_vcards(fixture("iso88592_pl.vcf"))
    assert found.charset_guess == "iso-8859-2"
    jozef, zbigniew = found.contacts
    assert (jozef.first_name, jozef.last_name) == ("Józef", "Żółć")
    assert (jozef.company, jozef.city, jozef.region) == ("Przędzalnia Łódzka", "Łódź", "łódzkie")
    assert jozef.address == "ul. Księży Młyn 14"
    assert (zbigniew.last_name, zbigniew.city) == ("Ślązak", "Świętochłowice")


def test_the_users_charset_overrides_the_guess() -> None:
    data = fixture("iso88592_pl.vcf")
    found = read_vcards(data, charset="latin-1")
    assert found.charset_guess == "latin-1"
    assert found.contacts[0].city == "£ód¼"  # what the user asked for
    with pytest.raises(ValueError, match="unknown charset"):
        read_vcards(data, charset="no-such-charset")


@pytest.mark.parametrize(
    ("text", "written_in", "guessed"),
    [
        ("Łódź, Żółć, Ślązak, Gąska", "iso-8859-2", "iso-8859-2"),
        ("Łódź, Żółć, Ślązak, Gąska", "windows-1250", "windows-1250"),
        ("Hélène Dubois, Besançon", "latin-1", "latin-1"),  # a tie: Latin-1
        ("Jürgen Müller, München", "latin-1", "latin-1"),
        ("„Café” – Müller", "windows-1252", "windows-1252"),
    ],
)
def test_the_8bit_guess(text: str, written_in: str, guessed: str) -> None:
    assert guess_8bit(text.encode(written_in)) == guessed


def test_a_file_that_mixes_utf8_and_8bit_values_reads_each_value_right() -> None:
    data = card("N:Żółć;Józef", "ADR:;;;Łódź;;;").replace("Łódź".encode(), "Łódź".encode("cp1250"))
    found = read_vcards(data)
    assert found.charset_guess == "windows-1250"
    contact = found.contacts[0]
    assert (contact.last_name, contact.city) == ("Żółć", "Łódź")


def test_charset_guess_is_none_when_no_value_needed_one() -> None:
    assert read_vcards(card("N:Nowak;Jan")).charset_guess is None
    assert read_vcards(fixture("iphone_30.vcf")).charset_guess == "utf-8"


# folds, escapes, empty and unknown properties, line endings


def test_a_fold_that_splits_a_utf8_character_is_joined_as_bytes() -> None:
    data = fixture("google_30_folded.vcf")
    # a folded line that starts in the middle of a character (ź's second byte here)
    assert any(line[:1] == b" " and 0x80 <= line[1] < 0xC0 for line in data.split(b"\r\n"))
    contact = only(data)
    assert (contact.first_name, contact.last_name) == ("Zdzisław", "Wróblewski-Grzegorzewski")
    assert contact.company == (
        "Spółdzielnia Mleczarska „Żółty Ser” w Szczebrzeszynie – oddział zamiejscowy"
    )
    assert contact.notes is not None
    assert contact.notes.endswith("źdźbło, żółw, gżegżółka — zażółć gęślą jaźń.”")
    assert (contact.address, contact.city) == ("ul. Źdźbłowa 7", "Szczebrzeszyn")
    assert contact.phones == (("cell", "+48 512 345 678"),)


def test_escapes_empty_properties_lower_case_names_cr_endings_and_a_bom() -> None:
    data = fixture("escapes_cr.vcf")
    assert data.startswith(b"\xef\xbb\xbfBEGIN:VCARD\r") and b"\n" not in data
    found = read_vcards(data)
    assert found.problems == ()
    anna, piotr = found.contacts
    assert (anna.first_name, anna.last_name) == ("Anna", "Nowak")  # N:;;;; so from FN
    assert anna.company == "Nowak, Kowalski i Wspólnicy; Kancelaria"
    assert anna.job_title == "Radca prawny\\doradca"
    assert anna.emails == ("anna.nowak@kancelaria.example.pl",)  # EMAIL: left out
    assert anna.phones == (("work", "+48 58 301 22 33"),)
    assert (anna.address, anna.city, anna.postal_code) == (
        "ul. Długa 5, lok. 2",
        "Gdańsk",
        "80-827",
    )
    assert anna.notes == "Pierwsza linia\nDruga, z przecinkiem; i średnikiem"
    assert anna.website is None
    assert (piotr.card, piotr.line, piotr.first_name, piotr.last_name) == (2, 17, "Piotr", None)


@pytest.mark.parametrize("end", ["\r\n", "\n", "\r"])
def test_every_line_ending(end: str) -> None:
    contact = only(card("FN:Anna Kowalska", "EMAIL:anna@example.pl", end=end))
    assert (contact.first_name, contact.last_name, contact.emails) == (
        "Anna",
        "Kowalska",
        ("anna@example.pl",),
    )


def test_a_missing_version_is_3_0_and_role_stands_in_for_title() -> None:
    data = b"BEGIN:VCARD\r\nFN:Ewa\r\nROLE:Ksi\xc4\x99gowa\r\nEND:VCARD\r\n"
    contact = only(data)
    assert (contact.version, contact.first_name, contact.job_title) == ("3.0", "Ewa", "Księgowa")


# cards that cannot be read


def test_a_broken_file_names_each_bad_card_and_imports_the_rest() -> None:
    found = read_vcards(fixture("broken.vcf"))
    assert [(c.card, c.line, c.last_name) for c in found.contacts] == [
        (1, 1, "Wiśniewska"),
        (4, 14, "Dąbrowski"),  # its photo is broken, the card is not
        (6, 24, "Lewandowska"),
    ]
    dabrowski = found.contacts[1]
    assert (dabrowski.photo, dabrowski.phones) == (None, (("cell", "+48 600 700 800"),))
    assert found.contacts[2].city == "Kraków"
    assert [(p.card, p.line) for p in found.problems] == [(2, 6), (3, 12), (4, 18), (5, 22)]
    messages = [p.message for p in found.problems]
    assert messages[0] == "card 2 (line 6): BEGIN:VCARD without END:VCARD"
    assert messages[1].startswith("card 3 (line 12): line 12 has no colon")
    assert "'this line has no colon at all'" in messages[1]
    assert messages[2].startswith("card 4 (line 18): the PHOTO on line 18 is left out")
    assert (
        messages[3] == "card 5 (line 22): the N on line 22 is not valid UTF-8; the card is skipped"
    )


def test_bytes_a_declared_charset_lacks_name_the_charset_as_written() -> None:
    bad = card("N;CHARSET=UTF-8:Kowalska;Zofia").replace(b"Kowalska", b"Kowal\xb3ska")
    found = read_vcards(card("N;CHARSET=ISO-8859-2:Nowak;Jan") + bad)
    assert [c.first_name for c in found.contacts] == ["Jan"]
    assert [p.message for p in found.problems] == [
        "card 2 (line 7): the N on line 7 is not valid UTF-8; the card is skipped"
    ]


def test_a_card_without_end_at_the_end_of_the_file() -> None:
    found = read_vcards(card("FN:Jan") + b"BEGIN:VCARD\r\nFN:Ewa\r\n")
    assert [c.first_name for c in found.contacts] == ["Jan"]
    assert [p.message for p in found.problems] == ["card 2 (line 5): BEGIN:VCARD without END:VCARD"]


# sniffing a file by its content


@pytest.mark.parametrize(
    ("head", "is_vcard"),
    [
        (b"BEGIN:VCARD\r\nVERSION:3.0", True),
        (b"\xef\xbb\xbf\r\n  begin:vcard\r\n", True),
        ("BEGIN:VCARD\r\n".encode("utf-16"), True),
        (b"Name,Email\r\nAnna,anna@example.pl", False),
        (b"BEGIN:VCALENDAR\r\n", False),
        (b"", False),
    ],
)
def test_looks_like_vcard(head: bytes, is_vcard: bool) -> None:
    assert sniff(head) is is_vcard


def test_a_utf16_file_is_read() -> None:
    contact = only(card("N:Żółć;Józef").decode().encode("utf-16"))
    assert (contact.first_name, contact.last_name) == ("Józef", "Żółć")
