"""A vCard property's value as what it means: text unescaped, structured values split,
a photo's bytes and media type, a phone's kind.

Kept apart from the card reader so that each rule (which escapes exist, what an Apple
label says, how a 4.0 data: URI holds a photo) can be read and tested on its own.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass

from leaddesk.domain.vcard_lines import Property, base64_decoded

_TOKEN = re.compile(r"\\(.)|([;,])", re.DOTALL)
_SPACES = re.compile(r"[ \t]+")
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")
_TEL_EXT = re.compile(r";ext=([^;]+)", re.IGNORECASE)
_MEDIA_TYPES = {
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tiff": "image/tiff",
    "webp": "image/webp",
    "heic": "image/heic",
}
# how the file's first bytes tell a picture whose card gives no type
_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF8", "image/gif"),
    (b"BM", "image/bmp"),
)
UNKNOWN_MEDIA = "application/octet-stream"


@dataclass(frozen=True)
class Photo:
    """A picture embedded in a card; the caller keeps it as an attachment or drops it."""

    media_type: str  # "image/jpeg", "image/png", ... ("application/octet-stream" if unknown)
    data: bytes


class BrokenPhoto(ValueError):
    """An embedded photo whose bytes cannot be read: a problem of its card, which is
    still read without it."""


def unescaped(value: str) -> str:
    """A text value with \\n, \\N, \\, \\; \\: and \\\\ undone; any other backslash is
    kept, since writers that do not escape (a path in a NOTE) are more common than
    escapes the RFCs do not have."""
    return "".join(components(value, separators=""))


def components(value: str, *, separators: str = ";", list_join: str = ",") -> list[str]:
    """A structured value (N, ADR, ORG) split on the unescaped characters in
    ``separators``, each part unescaped and stripped; an unescaped comma (a list inside
    a component, 4.0's ``Anna,Maria``) is written as ``list_join``."""
    parts: list[list[str]] = [[]]
    pos = 0
    for m in _TOKEN.finditer(value):
        parts[-1].append(value[pos : m.start()])
        pos = m.end()
        escaped, separator = m.group(1), m.group(2)
        if escaped is not None:
            parts[-1].append(_escape(escaped))
        elif separator in separators:
            parts.append([])
        else:
            parts[-1].append(list_join if separator == "," else separator)
    parts[-1].append(value[pos:])
    return ["".join(p).strip() for p in parts]


def single_spaced(text: str) -> str:
    """``text`` with runs of spaces one space (what ``Anna,,Maria`` joins to)."""
    return _SPACES.sub(" ", text).strip()


def phone_kind(prop: Property, label: str | None) -> str:
    """The kind, "fax", "cell", "work", "home" or "other": from TYPE (3.0, 4.0 and 2.1's bare
    ``TEL;CELL``), or else from the Apple label of the property's item group."""
    kind = _kind(prop.types)
    if kind == "other" and label:
        match = _APPLE_LABEL.fullmatch(label.strip())
        kind = _kind(frozenset({(match.group(1) if match else label).strip().lower()}))
    return kind


def phone_number(text: str) -> str:
    """The number as written, from a 4.0 ``tel:`` URI too (``tel:+1-555-555-5555;ext=1``
    → ``+1-555-555-5555 ext. 1``)."""
    text = text.strip()
    if text[:4].lower() != "tel:":
        return text
    number = text[4:]
    ext = _TEL_EXT.search(number)
    number = number.split(";", 1)[0]
    return f"{number} ext. {ext.group(1)}" if ext else number


def photo(prop: Property) -> Photo | None:
    """The picture a PHOTO property embeds (3.0 ``ENCODING=b``, 2.1 ``BASE64``, 4.0
    ``data:`` URI), None for a link to one (never fetched) or an empty value;
    BrokenPhoto when the bytes cannot be decoded."""
    value = prop.value.strip()
    if not value:
        return None
    declared = prop.param("MEDIATYPE")
    if value[:5].lower() == b"data:":
        header, comma, payload = value[5:].partition(b",")
        if not comma:
            raise BrokenPhoto("its data: URI has no comma before the data")
        kind, *flags = header.decode("ascii", "replace").split(";")
        declared = kind.strip() or declared
        is_base64 = any(f.strip().lower() == "base64" for f in flags)
        data = _base64(payload) if is_base64 else urllib.parse.unquote_to_bytes(payload)
    elif prop.encoding == "BASE64":
        data = _base64(value)
    else:
        return None
    if not data:
        return None
    return Photo(_media_type(declared, prop.types, data), data)


def _base64(value: bytes) -> bytes:
    try:
        return base64_decoded(value)
    except ValueError as e:  # binascii.Error
        raise BrokenPhoto(f"its base64 cannot be decoded ({e})") from None


def _media_type(declared: str | None, types: frozenset[str], data: bytes) -> str:
    """The photo's type as the card says it (MEDIATYPE, a data: URI, TYPE=JPEG or
    TYPE=image/jpeg), else as its first bytes tell, else unknown."""
    if declared and "/" in declared:
        return declared.lower()
    for t in types:
        if "/" in t:
            return t
        if t in _MEDIA_TYPES:
            return _MEDIA_TYPES[t]
    return next((media for magic, media in _MAGIC if data.startswith(magic)), UNKNOWN_MEDIA)


def _kind(types: frozenset[str]) -> str:
    if any("fax" in t for t in types):
        return "fax"
    if types & {"cell", "mobile", "iphone"}:
        return "cell"
    return next((k for k in ("work", "home") if k in types), "other")


def _escape(c: str) -> str:
    if c in "nN":
        return "\n"
    return c if c in "\\,;:" else "\\" + c
