"""How long a text message is in SMS segments (GSM 03.38 7-bit or UCS-2).

One segment holds 160 GSM-7 characters or 70 UCS-2 code units; a longer
message is split into parts of 153 or 67, because each part carries a header.
GSM's extension characters take two septets and are never split across parts;
neither is a UTF-16 surrogate pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = frozenset("\f^{}\\[~]|€")
SINGLE = {"gsm7": 160, "ucs2": 70}
PART = {"gsm7": 153, "ucs2": 67}


class Encoding(StrEnum):
    GSM7 = "gsm7"
    UCS2 = "ucs2"


@dataclass(frozen=True)
class SmsLength:
    encoding: Encoding
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2
    segments: int
    per_segment: int  # the capacity of one segment at this length
    left: int  # units still free in the last segment


def encoding_of(text: str) -> Encoding:
    if all(ch in GSM_BASIC or ch in GSM_EXTENSION for ch in text):
        return Encoding.GSM7
    return Encoding.UCS2


def _unit_sizes(text: str, encoding: Encoding) -> list[int]:
    """The size of each indivisible piece of ``text`` in the encoding's units."""
    if encoding is Encoding.GSM7:
        return [2 if ch in GSM_EXTENSION else 1 for ch in text]
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def sms_length(text: str) -> SmsLength:
    encoding = encoding_of(text)
    sizes = _unit_sizes(text, encoding)
    units = sum(sizes)
    single = SINGLE[encoding]
    if units <= single:
        return SmsLength(encoding, units, 1 if units else 0, single, single - units)
    part = PART[encoding]
    segments, used = 1, 0
    for size in sizes:
        if used + size > part:  # a two-unit piece never straddles two parts
            segments += 1
            used = 0
        used += size
    return SmsLength(encoding, units, segments, part, part - used)
