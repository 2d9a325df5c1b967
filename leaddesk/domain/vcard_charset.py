"""Which charset a vCard's text is in when the card does not say.

2.1 cards may say so per value (``CHARSET=``); 3.0 and 4.0 are meant to be UTF-8, but
Outlook writes its 2.1 and 3.0 exports in the Windows code page, and older Polish phones
and programs wrote ISO-8859-2 with no CHARSET at all. The rule, per value:

1. a value in ASCII, or valid UTF-8, is read as UTF-8 (Latin-1 or ISO-8859-2 names are
   almost never valid UTF-8 by chance);
2. any other value is read in one 8-bit charset guessed for the whole file from all such
   values together, so that every card of a file reads alike.

The guess decodes those values in each of latin-1 (windows-1252 when bytes 0x80-0x9F
occur, which Latin-1 has only as control characters), iso-8859-2 and windows-1250, and
scores each reading: a Polish letter (ąćęłńóśźż, either case) counts 2, another letter
1, a control character -3, a byte the charset lacks rules it out. The two Central
European charsets put ą, ś and ź at different bytes (ISO B1 B6 BC, Windows B9 9C 9F) and
both put ł and ż where Latin-1 has ³ and ¿, so Polish text tells its charset; a tie,
which is what Western text gives (é, ü, ñ are letters in all three), goes to Latin-1.
A Czech file with only ř or č and no Polish letter is read as Latin-1: the user's
charset override is there for it. charset-normalizer is not used: a file's names and
addresses are too short for its language models, and the rule above can be tested.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

_POLISH = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
_C1 = re.compile(rb"[\x80-\x9f]")
_RULED_OUT = -(10**9)
# enough of a file's text to tell its charset; reading more changes no guess
SAMPLE_MAX = 256 * 1024


def is_utf8(raw: bytes) -> bool:
    """Whether ``raw`` is ASCII or valid UTF-8 (rule 1)."""
    if raw.isascii():
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def known_charset(name: str) -> str | None:
    """Python's codec name for a CHARSET parameter's value, None if Python has none."""
    try:
        return codecs.lookup(name.strip().strip('"')).name
    except LookupError:
        return None


def guess_8bit(sample: bytes) -> str:
    """The 8-bit charset ``sample`` (the file's values that are not UTF-8, joined) is
    most likely in: "latin-1", "windows-1252", "iso-8859-2" or "windows-1250"."""
    sample = sample[:SAMPLE_MAX]
    cp1252 = _C1.search(sample) and _score(sample, "cp1252") != _RULED_OUT
    western = "windows-1252" if cp1252 else "latin-1"
    candidates = (western, "iso-8859-2", "windows-1250")
    return max(candidates, key=lambda name: _score(sample, name))  # a tie: the first


def _score(sample: bytes, charset: str) -> int:
    try:
        text = sample.decode(charset)
    except UnicodeDecodeError:
        return _RULED_OUT
    score = 0
    for c in text:
        if c in _POLISH:
            score += 2
        elif c.isalpha():
            score += 1 if ord(c) > 0x7F else 0
        elif unicodedata.category(c) == "Cc" and c not in "\r\n\t":
            score -= 3
    return score
