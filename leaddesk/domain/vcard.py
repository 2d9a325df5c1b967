"""Contacts from a .vcf file as phones and mail programs really write them: vCard 2.1,
3.0 and 4.0, one card or thousands, in whatever charset.

A card that cannot be read is a problem named by its number and line, and the others
still import: one phone's bad card must not cost the user a whole address book. A
broken photo is a problem too, but its card is read without it. The reading is done in
three steps, each its own module: vcard_lines (bytes to cards of properties: unfolding,
soft breaks), vcard_charset (which charset a value without CHARSET is in) and
vcard_values (escapes, structured values, photos, phone kinds); this one makes contacts.
"""

from __future__ import annotations

import codecs
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from leaddesk.domain.vcard_charset import SAMPLE_MAX, guess_8bit, is_utf8, known_charset
from leaddesk.domain.vcard_lines import CardFault, Property, RawCard, read_cards, transfer_decoded
from leaddesk.domain.vcard_values import (
    BrokenPhoto,
    Photo,
    components,
    phone_kind,
    phone_number,
    photo,
    single_spaced,
    unescaped,
)

__all__ = ["CardProblem", "Contact", "Photo", "VCardFile", "looks_like_vcard", "read_vcards"]

_TEXT = frozenset(
    {"VERSION", "N", "FN", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "ADR", "URL", "BDAY", "NOTE"}
    | {"X-ABLABEL", "X-ABSHOWAS"}
)
_USED = _TEXT | {"PHOTO"}
_NOT_PREFERRED = 101  # 4.0's PREF runs from 1 (most preferred) to 100
_First = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Contact:
    """What one card says about a person, as written; the caller validates and parses."""

    card: int  # 1-based card number in the file
    line: int  # 1-based line number of its BEGIN:VCARD
    first_name: str | None
    last_name: str | None
    company: str | None
    job_title: str | None
    emails: tuple[str, ...]  # in file order, preferred first
    phones: tuple[tuple[str, str], ...]  # (kind, number as written), preferred first
    address: str | None  # street (and extended address) of the preferred ADR
    city: str | None
    postal_code: str | None
    region: str | None
    country: str | None  # as written: a name or a code
    website: str | None
    birthday: str | None  # BDAY as written ("1990-04-15", "19900415", "--0415")
    notes: str | None
    photo: Photo | None
    version: str  # "2.1", "3.0", "4.0" as declared; "3.0" if missing


@dataclass(frozen=True)
class CardProblem:
    """A card, or part of one, that could not be read; ``message`` says which and why."""

    card: int
    line: int
    message: str  # "card 3 (line 41): BEGIN:VCARD without END:VCARD"


@dataclass(frozen=True)
class VCardFile:
    contacts: tuple[Contact, ...]
    problems: tuple[CardProblem, ...]  # by card number
    # the charset assumed for values without CHARSET: the override when given, else
    # "utf-8" or the 8-bit guess; None when no such value needed one (all ASCII)
    charset_guess: str | None


class _Unreadable(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def looks_like_vcard(head: bytes) -> bool:
    """Whether a file starting with ``head`` is a vCard by its content (after a BOM and
    whitespace, BEGIN:VCARD in any case), whatever its name says."""
    text = _as_utf8(head[:4096], partial=True).lstrip()
    return text[:11].upper() == b"BEGIN:VCARD"


def read_vcards(data: bytes, *, charset: str | None = None) -> VCardFile:
    """The contacts of a .vcf file and the problems of the cards that are not, or not
    wholly, read. ``charset`` (the user's override) is the charset of values that name
    none; without it, vcard_charset's rule decides. ValueError if Python has no codec
    by the override's name."""
    if charset is not None and known_charset(charset) is None:
        raise ValueError(f"unknown charset: {charset!r}")
    cards: list[RawCard] = []
    problems: list[CardProblem] = []
    for item in read_cards(_as_utf8(data), _USED):
        if isinstance(item, CardFault):
            problems.append(_problem(item.number, item.line, item.reason))
        else:
            cards.append(item)
    texts = _Texts(cards, charset)
    contacts: list[Contact] = []
    cards.reverse()
    while cards:  # each raw card let go once read: its photo is not held twice
        card = cards.pop()
        try:
            contacts.append(_contact(card, texts, problems))
        except _Unreadable as e:
            problems.append(_problem(card.number, e.line, e.reason + "; the card is skipped"))
    problems.sort(key=lambda p: (p.card, p.line))
    return VCardFile(tuple(contacts), tuple(problems), texts.assumed)


class _Texts:
    """Decodes text values: CHARSET when a value names one, else the override, else
    UTF-8 or the 8-bit charset guessed from all the file's values that are not UTF-8."""

    def __init__(self, cards: Iterable[RawCard], override: str | None) -> None:
        self.override = override
        self.fallback = "latin-1"
        self.assumed: str | None = override
        if override is not None:
            return
        sample, size, non_ascii = [], 0, False
        for card in cards:
            for prop in card.properties:
                if prop.name not in _TEXT or prop.param("CHARSET"):
                    continue
                raw = transfer_decoded(prop)
                non_ascii = non_ascii or not raw.isascii()
                if size < SAMPLE_MAX and not is_utf8(raw):
                    sample.append(raw)
                    size += len(raw)
        if sample:
            self.fallback = self.assumed = guess_8bit(b"\n".join(sample))
        elif non_ascii:
            self.assumed = "utf-8"

    def text(self, prop: Property) -> str:
        """The value as text, still escaped; _Unreadable for bytes its charset lacks."""
        raw = transfer_decoded(prop)
        declared = prop.param("CHARSET")
        charset = (known_charset(declared) if declared else None) or self.override
        if charset is None:
            charset = "utf-8" if is_utf8(raw) else self.fallback
            text = raw.decode(charset, "replace")  # windows-1250 lacks five bytes
        else:
            try:
                text = raw.decode(charset)
            except (UnicodeDecodeError, LookupError):
                named = declared if declared and known_charset(declared) else self.override
                raise _Unreadable(
                    prop.line, f"the {prop.name} on line {prop.line} is not valid {named}"
                ) from None
        return text.replace("\r\n", "\n").replace("\r", "\n")


def _contact(card: RawCard, texts: _Texts, problems: list[CardProblem]) -> Contact:
    by_name: defaultdict[str, list[Property]] = defaultdict(list)
    for prop in card.properties:
        by_name[prop.name].append(prop)
    for props in by_name.values():
        props.sort(key=_rank)  # stable: file order among equals

    def first(name: str) -> str | None:
        values = (unescaped(texts.text(p)).strip() for p in by_name[name])
        return next((v for v in values if v), None)

    labels = {p.group: texts.text(p) for p in by_name["X-ABLABEL"] if p.group}
    given, family = _names(card, by_name, texts, first)
    org = next((c for p in by_name["ORG"] if (c := components(texts.text(p))[0])), None)
    adr = _address(by_name["ADR"], texts)
    emails = (unescaped(texts.text(p)).strip() for p in by_name["EMAIL"])
    phones = ((p, phone_number(unescaped(texts.text(p)))) for p in by_name["TEL"])
    return Contact(
        card=card.number,
        line=card.line,
        first_name=given,
        last_name=family,
        company=org,
        job_title=first("TITLE") or first("ROLE"),
        emails=tuple(e for e in emails if e),
        phones=tuple((phone_kind(p, labels.get(p.group)), n) for p, n in phones if n),
        address=adr[0],
        city=adr[1],
        postal_code=adr[2],
        region=adr[3],
        country=adr[4],
        website=first("URL"),
        birthday=first("BDAY"),
        notes=first("NOTE"),
        photo=_photo(card, by_name["PHOTO"], problems),
        version=first("VERSION") or "3.0",
    )


def _names(
    card: RawCard,
    by_name: dict[str, list[Property]],
    texts: _Texts,
    first: _First,
) -> tuple[str | None, str | None]:
    """(given, family) from N; when N is empty, from FN split at its last space, unless
    the card is a company's (Apple's X-ABShowAs:COMPANY, or FN is the ORG)."""
    for prop in by_name["N"]:
        parts = [*components(texts.text(prop), list_join=" "), "", ""]
        family, given = single_spaced(parts[0]) or None, single_spaced(parts[1]) or None
        if family or given:
            return given, family
    full = first("FN")
    show_as = first("X-ABSHOWAS")
    org = next((components(texts.text(p))[0] for p in by_name["ORG"]), None)
    if not full or (show_as or "").upper() == "COMPANY" or full == org:
        return None, None
    given, _, family = single_spaced(full).rpartition(" ")
    return (given, family) if given else (family, None)


def _address(props: list[Property], texts: _Texts) -> tuple[str | None, ...]:
    """(street, city, postal code, region, country) of the first ADR, preferred first,
    that has any; the street is joined with the extended address, line breaks as commas."""
    for prop in props:
        parts = [*components(texts.text(prop)), "", "", "", "", "", "", ""][:7]
        pobox, extended, street, city, region, code, country = parts
        lines = [x for x in (street, extended) if x] or ([pobox] if pobox else [])
        address = ", ".join(lines).replace("\n", ", ")
        fields = (address, city, code, region, country)
        if any(fields):
            return tuple(f or None for f in fields)
    return (None,) * 5


def _photo(card: RawCard, props: list[Property], problems: list[CardProblem]) -> Photo | None:
    for prop in props:
        try:
            found = photo(prop)
        except BrokenPhoto as e:
            reason = f"the PHOTO on line {prop.line} is left out: {e}"
            problems.append(_problem(card.number, prop.line, reason))
            continue
        if found is not None:
            return found
    return None


def _rank(prop: Property) -> int:
    """How preferred a property is: 4.0's PREF=1..100, 3.0's TYPE=pref and 2.1's bare
    PREF as 1, none last."""
    pref = prop.param("PREF")
    if pref and pref.strip().isdigit():
        return int(pref)
    return 1 if "pref" in prop.types else _NOT_PREFERRED


def _problem(card: int, line: int, reason: str) -> CardProblem:
    return CardProblem(card, line, f"card {card} (line {line}): {reason}")


def _as_utf8(data: bytes, *, partial: bool = False) -> bytes:
    """``data`` without its BOM; a UTF-16 file (some Windows exports) as UTF-8, so that
    everything after works on one kind of bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:]
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            body = data[2:]
            if partial:
                body = body[: len(body) // 2 * 2]
            return body.decode(name, "replace").encode("utf-8")
    return data
