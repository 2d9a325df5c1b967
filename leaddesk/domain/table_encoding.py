"""Which text encoding a CSV file someone else wrote is in.

Users here have files from Polish, Arabic and Western Windows and from every
spreadsheet program, so the guess goes: a byte-order mark, then UTF-8 (strict),
then UTF-16 without a mark (NUL bytes in every other place), then the single-byte
code pages people here really have. charset-normalizer ranks those, but on short
Polish text it takes cp1250 for cp1252 or ISO-8859-2 and Arabic cp1256 for
mojibake Latin; :func:`text_score` breaks the tie by asking which decoding reads
like Polish, Western or Arabic text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

# longest first: the UTF-32 LE mark begins with the UTF-16 LE one
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# the single-byte code pages offered, most likely first for users here
SINGLE_BYTE = ("cp1250", "iso8859-2", "cp1252", "cp1256", "latin-1")
_CN_NAMES = {
    "cp1250": "cp1250",
    "iso8859_2": "iso8859-2",
    "cp1252": "cp1252",
    "cp1256": "cp1256",
    "latin_1": "latin-1",
}
_POLISH = frozenset("ąćęłńśźżĄĆĘŁŃŚŹŻ")
_WESTERN = frozenset("óÓàáâãäåæçèéêëìíîïñòôõöøùúûüýÿßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÔÕÖØÙÚÛÜÝœŒ€")
# what Polish text turns into under the wrong Polish or Western code page
# (ą ł ż Ą ś Ś ź under cp1252; ą Ą ś Ś ź Ź of ISO-8859-2 read as cp1250)
_MOJIBAKE = frozenset("¹³¿¥£¯Ÿ±¡¶¦¼¬ˇĽľšŠ")
_IN_WORD = r"[^\s,;|\"'()\[\]{}<>/\\.:!?0-9-]*"
_WORD = re.compile(_IN_WORD + r"[^\x00-\x7f]" + _IN_WORD)  # a word with a non-ASCII character
_ARABIC_EXTRA = frozenset("\u067e\u0686\u0698\u06af،؛؟")  # Persian letters, Arabic punctuation


class UndecodableSample(Exception):
    """NUL bytes in a file that is not UTF-16: most likely not text at all."""


@dataclass(frozen=True)
class EncodingGuess:
    encoding: str
    candidates: tuple[str, ...]  # the guess first, then the alternatives, best first
    has_bom: bool


def bom_encoding(head: bytes) -> tuple[str, int] | None:
    """The codec a byte-order mark names and the mark's length, or None without one."""
    for bom, name in BOMS:
        if head.startswith(bom):
            return name, len(bom)
    return None


def guess_encoding(sample: bytes, *, complete: bool) -> EncodingGuess:
    """Guess from the first bytes of a file; ``complete`` says the sample is the whole file.

    A sample cut off mid-file may end inside a multi-byte character: the incremental
    decoder (``final=False``) keeps such a tail instead of calling it an error.
    """
    bom = bom_encoding(sample)
    if bom is not None:
        return EncodingGuess(bom[0], (bom[0],), has_bom=True)
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(sample, complete=complete)
        if utf16 is None:
            raise UndecodableSample
        return EncodingGuess(
            utf16, (utf16, "utf-16-be" if utf16 == "utf-16-le" else "utf-16-le"), False
        )
    if _decodes(sample, "utf-8", complete=complete):
        return EncodingGuess("utf-8", ("utf-8", *SINGLE_BYTE), has_bom=False)
    ranked = _rank_single_byte(sample[:262_144])
    return EncodingGuess(ranked[0], (*ranked, "utf-8"), has_bom=False)


def text_score(text: str) -> float:
    """How much a decoding reads like the Polish, Western or Arabic text users have.

    Letters of those alphabets count for it (Polish letters double: the users are
    mostly Polish, and they are what a wrong code page destroys); against it count
    letters of other alphabets (Czech "č" is French "è" read as cp1250),
    control characters, replacement characters, the signs Polish letters become under
    the wrong code page when they stand inside a word ("Wroc³aw"), and a lower-case
    letter followed by a capital inside a word ("ÇáÚÑÈíÉ" is Arabic read as cp1252).
    Only words with a non-ASCII character are looked at, so a mostly ASCII file is cheap.
    """
    score = 0.0
    for match in _WORD.finditer(text):
        word = match.group()
        previous = ""
        for ch in word:
            if ch in _POLISH:
                score += 2 if len(word) > 1 else -1  # a lone "Ł" is more likely "£"
            elif ch in _WESTERN or "\u0621" <= ch <= "\u064a" or ch in _ARABIC_EXTRA:
                score += 1
            elif ch in _MOJIBAKE or ch == "\ufffd" or unicodedata.category(ch)[0] == "C":
                score -= 3 if len(word) > 1 else 1
            elif ch > "\x7f":
                score -= 2 if ch.isalpha() else 1  # "č", "ŕ": French "è", "à" under cp1250
            if previous.islower() and ch.isupper() and (previous > "\x7f" or ch > "\x7f"):
                score -= 3
            previous = ch
    return score


def _decodes(data: bytes, encoding: str, *, complete: bool) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(data, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(sample: bytes, *, complete: bool) -> str | None:
    """UTF-16 LE or BE when NUL bytes fill one of the two places (ASCII-heavy text)."""
    head = sample[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = max(len(head) // 2, 1)
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros / half > 0.3 and other / half < 0.05:
            cut = sample if complete else sample[: len(sample) - len(sample) % 2]
            if _decodes(cut, name, complete=complete):
                return name
    return None


def _rank_single_byte(sample: bytes) -> tuple[str, ...]:
    """The single-byte code pages, best first: by :func:`text_score`, then charset-normalizer.

    charset-normalizer's order only breaks ties (it has seen too little text to tell
    cp1250 from cp1252 when a file has a few Polish names); a code page that cannot
    decode the sample (cp1252 has five unused bytes, cp1250 five) goes last.
    """
    matches = from_bytes(sample, cp_isolation=list(_CN_NAMES))
    cn_order = [_CN_NAMES[m.encoding] for m in matches if m.encoding in _CN_NAMES]
    scores: dict[str, float] = {}
    for name in SINGLE_BYTE:
        try:
            scores[name] = text_score(sample.decode(name))
        except UnicodeDecodeError:
            scores[name] = float("-inf")

    def key(name: str) -> tuple[float, int, int]:
        cn_rank = cn_order.index(name) if name in cn_order else len(cn_order)
        return (-scores[name], cn_rank, SINGLE_BYTE.index(name))

    return tuple(sorted(SINGLE_BYTE, key=key))
