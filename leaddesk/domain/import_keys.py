"""One folded form of a header or a value, so that "First Name", "FirstName",
"first_name" and "FIRST-NAME" are looked up as the same word, and "Źródło" as
"zrodlo", "البريد الإلكتروني" as "بريد الكتروني".

Imported files are typed by people and written by programs in every spelling; the
lookup tables (import_synonyms) are folded with the same function, so a table entry
may be written as the program writes it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: letters NFKD does not take apart (ł is a letter of its own, not l with a mark)
_LATIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})
#: the forms of one Arabic letter as people type them: alef maqsura and ya, ta marbuta
#: and ha, and the hamza seats (the alef forms come apart under NFKD already)
_ARABIC = str.maketrans({"ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ـ": ""})
_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")} | {
    ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")
}
_WORD = re.compile(r"[^\W_]+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, without marks (diacritics, harakat), spaces or punctuation.

    An Arabic word loses its article ("ال") when more than two letters are left:
    "الشركة" and "شركة" are the same header, as people write either.

    Cached: an import folds every status, source and country cell, and a file repeats
    a handful of them (pure, so a cached answer is the answer).
    """
    s = unicodedata.normalize("NFKD", text.casefold()).translate(_LATIN).translate(_ARABIC)
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(_DIGITS)
    words = _WORD.findall(s)
    return "".join(_unarticled(w) for w in words)


def _unarticled(word: str) -> str:
    if word.startswith("ال") and len(word) > 4 and _ARABIC_LETTER.match(word[2:]):
        return word[2:]
    return word
