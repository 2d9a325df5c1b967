"""The lines of a .vcf file as the cards and properties they make, before any text is
decoded.

Phones and mail programs write vCards in ways the RFCs only half describe, so this works
on bytes: a fold (RFC 6350 §3.2) or a quoted-printable soft break (vCard 2.1) may split a
multibyte UTF-8 character, and only the joined bytes of a whole value can be decoded. A
physical line is joined to the value before it when:

- that value is quoted-printable and ends in "=" (a soft break; the "=" is dropped and
  the line is kept as it is, leading spaces included, since QP keeps them);
- it starts with a space or a tab (a fold; that one character is dropped);
- that value is base64 and the line is a run of base64 characters with no colon (2.1
  writers that continue a photo on lines that are not indented).

A blank line ends a value (2.1 ends a base64 photo so) and is otherwise ignored. Text
outside BEGIN:VCARD ... END:VCARD is ignored.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

# a line and its ending; the last line of a file may have none
_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/=]+[ \t]*\Z")
_ENCODING_B = re.compile(rb"ENCODING=B\b|\bBASE64\b")
_PARAM = re.compile(r'(?:[^;"]|"[^"]*"?)+')
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_PLAIN, _QP, _BASE64 = 0, 1, 2
# how much of a line is looked at to tell BEGIN:VCARD or END:VCARD
_EDGE_MAX = 24


@dataclass(frozen=True, slots=True)
class Property:
    """One content line, unfolded: ``value`` is still transfer-encoded (QP or base64)
    and still escaped, because only the reader of a property knows what it holds."""

    line: int  # 1-based line in the file where the property starts
    group: str  # "item1" for Apple's item1.EMAIL, "" when none; lower-cased
    name: str  # upper-cased: names are case-insensitive
    params: dict[str, tuple[str, ...]]  # upper-cased names, values unquoted
    value: bytes

    def param(self, name: str) -> str | None:
        """The first value of parameter ``name`` (upper-case), if given."""
        values = self.params.get(name)
        return values[0] if values else None

    @property
    def types(self) -> frozenset[str]:
        """TYPE values lower-cased, lists split (``TYPE=WORK,VOICE``, ``TYPE="voice,cell"``,
        ``type=pref;type=INTERNET`` and 2.1's bare ``TEL;CELL`` all read alike)."""
        return frozenset(t.lower() for t in self.params.get("TYPE", ()))

    @property
    def encoding(self) -> str:
        """The transfer encoding: "QUOTED-PRINTABLE", "BASE64" (3.0's ``b`` too) or ""."""
        encoding = (self.param("ENCODING") or "").upper()
        return "BASE64" if encoding == "B" else encoding if encoding != "8BIT" else ""


@dataclass(frozen=True, slots=True)
class RawCard:
    """A card read from BEGIN to END, with the properties its reader asked to keep."""

    number: int  # 1-based, counting every BEGIN:VCARD in the file
    line: int  # the line of its BEGIN:VCARD
    properties: tuple[Property, ...]


@dataclass(frozen=True, slots=True)
class CardFault:
    """A card that cannot be read: ``line`` is where the fault is."""

    number: int
    line: int
    reason: str


@dataclass(slots=True)
class _OpenCard:
    number: int
    line: int
    properties: list[Property] = field(default_factory=list)
    fault: CardFault | None = None

    def closed(self) -> RawCard | CardFault:
        return self.fault or RawCard(self.number, self.line, tuple(self.properties))


def transfer_decoded(prop: Property) -> bytes:
    """The value's bytes with quoted-printable undone, the whole value at once: a soft
    break inside a multibyte character is joined before the bytes are decoded. Base64
    is left to the photo reader, which can tell a broken one."""
    if prop.encoding == "QUOTED-PRINTABLE":
        return binascii.a2b_qp(prop.value)
    return prop.value


def base64_decoded(value: bytes) -> bytes:
    """Base64 with whitespace and missing padding forgiven (writers drop either), and
    anything else outside the alphabet refused with binascii.Error."""
    compact = b"".join(value.split()).rstrip(b"=")
    return base64.b64decode(compact + b"=" * (-len(compact) % 4), validate=True)


def read_cards(data: bytes, keep: frozenset[str]) -> Iterator[RawCard | CardFault]:
    """Each card of ``data`` (UTF-8 BOM already removed) in file order, keeping only the
    properties named in ``keep``: what is not read is not held, so a big file's Outlook
    design blobs and unknown X- properties cost nothing but the scan."""
    card: _OpenCard | None = None
    number = 0
    for line, raw in logical_lines(data):
        edge = _edge(raw)
        if edge == "BEGIN":
            if card is not None:
                yield card.fault or CardFault(
                    card.number, card.line, "BEGIN:VCARD without END:VCARD"
                )
            number += 1
            card = _OpenCard(number, line)
        elif card is None:
            continue
        elif edge == "END":
            yield card.closed()
            card = None
        elif card.fault is None:
            prop = parse_property(line, raw)
            if prop is None:
                shown = raw[:40].decode("utf-8", "replace")
                card.fault = CardFault(
                    number,
                    line,
                    f"line {line} has no colon, so it is no property ({shown!r}); "
                    f"the card begins on line {card.line}",
                )
            elif prop.name in keep:
                card.properties.append(prop)
    if card is not None:
        yield card.fault or CardFault(card.number, card.line, "BEGIN:VCARD without END:VCARD")


def logical_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(line where it starts, its joined bytes) for each content line; CRLF, LF and CR
    all end a line. The lines are found one at a time, not split into a list first,
    so that a big file is not held twice over."""
    parts: list[bytes] = []
    start = mode = 0
    for number, found in enumerate(_LINE.finditer(data), 1):
        line = found.group().rstrip(b"\r\n")  # a line holds no CR or LF but its ending
        if parts:
            last = parts[-1].rstrip(b" \t")
            if mode == _QP and last.endswith(b"=") and _edge(line) is None:
                parts[-1] = last[:-1]
                parts.append(line)
                continue
            if line[:1] in (b" ", b"\t"):
                parts.append(line[1:])
                continue
            if mode == _BASE64 and b":" not in line and _BASE64_LINE.match(line):
                parts.append(line)
                continue
            yield start, b"".join(parts)
            parts = []
        if line.strip():
            start, parts, mode = number, [line], _mode(line)
    if parts:
        yield start, b"".join(parts)


def parse_property(line: int, raw: bytes) -> Property | None:
    """The property a content line holds, or None when it has no colon (not one)."""
    colon = _colon(raw)
    if colon < 0:
        return None
    head = raw[:colon].decode("utf-8", "replace")
    found = _PARAM.findall(head)
    if not found:
        return None
    group, _, name = found[0].strip().rpartition(".")
    params: dict[str, list[str]] = {}
    for part in found[1:]:
        key, eq, value = part.partition("=")
        key = key.strip().upper()
        if not eq:  # 2.1's bare parameters: TEL;CELL, NOTE;QUOTED-PRINTABLE
            key, value = ("ENCODING" if key in _BARE_ENCODINGS else "TYPE"), key
        value = value.strip()
        if key == "TYPE":
            values = [v.strip() for v in value.replace('"', "").split(",") if v.strip()]
        else:
            values = [value[1:-1] if value[:1] == '"' and value[-1:] == '"' else value]
        params.setdefault(key, []).extend(values)
    return Property(
        line=line,
        group=group.lower(),
        name=name.upper(),
        params={k: tuple(v) for k, v in params.items()},
        value=raw[colon + 1 :],
    )


def _colon(raw: bytes) -> int:
    """Where the name and parameters end: the first colon outside double quotes (4.0
    quotes parameter values, which may hold a colon)."""
    colon = raw.find(b":")
    quote = raw.find(b'"', 0, colon)
    if colon < 0 or quote < 0:
        return colon
    quoted = False
    for i in range(quote, len(raw)):
        c = raw[i]
        if c == 0x22:
            quoted = not quoted
        elif c == 0x3A and not quoted:
            return i
    return -1


def _edge(raw: bytes) -> str | None:
    """Whether a line is BEGIN:VCARD ("BEGIN") or END:VCARD ("END"), any case or spacing."""
    if len(raw) > _EDGE_MAX:
        return None
    compact = b"".join(raw.split()).upper()
    if compact == b"BEGIN:VCARD":
        return "BEGIN"
    return "END" if compact == b"END:VCARD" else None


def _mode(line: bytes) -> int:
    """How the value starting on ``line`` may continue, told from its parameters."""
    colon = line.find(b":")
    head = (line if colon < 0 else line[:colon]).upper()
    if b"QUOTED-PRINTABLE" in head:
        return _QP
    return _BASE64 if _ENCODING_B.search(head) else _PLAIN
