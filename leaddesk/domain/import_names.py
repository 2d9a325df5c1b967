"""People's names from imported files: recased when a program or a person shouted
them (JOHN VAN DER BERG) or never pressed shift (anna-maria kowalska), and a full name
split into the first and last LeadDesk keeps.

Only a name all in one case is recased: one in mixed case is as its owner writes it
(McDonald, DeVito, van Gogh), and a script without case (Arabic) has nothing to recase.
"""

from __future__ import annotations

import re

__all__ = ["split_full_name", "tidy_name"]

#: lower case inside a name (von, van der, bin, al-): never the first word, nor the last
# fmt: off
PARTICLES = frozenset((
    "van", "der", "den", "de", "del", "della", "des", "la", "le", "von", "di", "da", "du",
    "dos", "das", "do", "ter", "ten", "bin", "bint", "ibn", "al", "el",
))
# fmt: on
#: Arabic words that join the next to make one first name (عبد الله, أبو بكر)
_ARABIC_COMPOUND_FIRST = frozenset(("عبد", "أبو", "ابو"))
_ROMAN = frozenset(["ii", "iii", "iv", "vi", "vii", "viii"])
_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd"])
_TITLES = frozenset(
    ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "pan", "pani"]
)
_PIECE = re.compile(r"([-'’])")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def tidy_name(value: str) -> str:
    """Trimmed and single-spaced; recased when all in upper or all in lower case."""
    name = " ".join(value.split())
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isascii() or c.lower() != c.upper() for c in letters):
        return name  # a script without case, or no letters at all
    if any(c.isupper() for c in letters) and any(c.islower() for c in letters):
        return name
    words = name.lower().split(" ")
    return " ".join(_recased(w, i, len(words)) for i, w in enumerate(words))


def _recased(word: str, position: int, count: int) -> str:
    inside = 0 < position < count - 1
    if inside and word in PARTICLES:
        return word
    if word in _ROMAN and position > 0:
        return word.upper()
    pieces = _PIECE.split(word)  # anna-maria, o'neil, al-hassan
    out: list[str] = []
    for n, piece in enumerate(pieces):
        if n % 2:  # a hyphen or an apostrophe
            out.append(piece)
        elif n == 0 and len(pieces) > 1 and piece in ("al", "el") and position > 0:
            out.append(piece)  # Ahmed al-Hassan
        else:
            out.append(_capitalised(piece))
    return "".join(out)


def _capitalised(piece: str) -> str:
    if piece.startswith("mc") and len(piece) > 3:
        return "Mc" + piece[2:].capitalize()
    return piece.capitalize()


def split_full_name(value: str) -> tuple[str | None, str | None]:
    """(first, last) from a full name.

    "Kowalska, Anna" is the last name first, as lists sort them. Otherwise a surname
    starts at its particle (Jan | van der Berg, محمد | بن سلمان); a Latin name without
    one ends in a one-word surname and keeps its middle names with the first (Anna Maria
    | Kowalska; a Spanish double surname is the price); an Arabic name is its first name
    (عبد الله counted as one) and the lineage after it.
    """
    name = " ".join(value.split())
    if not name:
        return None, None
    if "," in name:
        last, _, first = (p.strip() for p in name.partition(","))
        if first and last and first.casefold() not in _SUFFIXES:
            return first, last
        name = " ".join(p for p in (last, first) if p)  # John Smith, Jr.
    words = name.split(" ")
    if len(words) > 2 and words[0].casefold() in _TITLES:
        words = words[1:]
    if len(words) == 1:
        return words[0], None
    if _ARABIC.search(name):
        take = 2 if words[0] in _ARABIC_COMPOUND_FIRST and len(words) > 2 else 1
        return " ".join(words[:take]), " ".join(words[take:])
    for i, word in enumerate(words[1:-1], start=1):
        if word.casefold() in PARTICLES:
            return " ".join(words[:i]), " ".join(words[i:])
    cut = len(words) - 1
    if words[-1].casefold() in _SUFFIXES and len(words) > 2:
        cut -= 1  # John Smith Jr.
    return " ".join(words[:cut]), " ".join(words[cut:])
