"""Template code kept readable inside right-to-left text.

A placeholder such as ``{{ product|default('منتجنا', true) }}`` in an Arabic sentence
is laid out by the Unicode bidirectional algorithm with its neighbours, and shows as
``(true ,'منتجنا')product|default }}``. Wrapped in a left-to-right isolate (LRI …
PDI) it reads as written, whatever surrounds it. The marks exist only on screen: the
editor strips them before anything is checked, saved or sent.
"""

from __future__ import annotations

import re

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
ISOLATE_MARKS = frozenset("\u2066\u2067\u2068\u2069")
_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_MARKS = re.compile("[\u2066-\u2069]")


def without_isolates(text: str) -> str:
    """The text as it is stored: no isolate marks at all."""
    return _MARKS.sub("", text)


def isolate_code(text: str) -> str:
    """Every ``{{ … }}``, ``{% … %}`` and ``{# … #}`` wrapped in LRI … PDI, once."""
    return _CODE.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", without_isolates(text))


def isolate_value(value: str) -> str:
    """A value set into a sentence of another direction, in a first-strong isolate."""
    return f"{FSI}{value}{PDI}" if value else value


def mark_edits(shown: str) -> list[tuple[int, str | None]]:
    """What turns ``shown`` into ``isolate_code(shown)``: (position, mark to insert)
    or (position, None) to delete the mark there, last position first, so that an
    editor can apply them one by one and keep its cursor and undo history."""
    wanted = isolate_code(shown)
    edits: list[tuple[int, str | None]] = []
    i = j = 0
    while i < len(shown) or j < len(wanted):
        if i < len(shown) and j < len(wanted) and shown[i] == wanted[j]:
            i, j = i + 1, j + 1
        elif i < len(shown) and shown[i] in ISOLATE_MARKS:
            edits.append((i, None))  # a mark left behind by an edit
            i += 1
        else:
            edits.append((i, wanted[j]))  # only marks differ between the two
            j += 1
    return edits[::-1]


def shown_position(shown: str, stored: int) -> int:
    """Where the ``stored``-th character of the stored text is in ``shown``."""
    seen = 0
    for index, char in enumerate(shown):
        if char in ISOLATE_MARKS:
            continue
        if seen == stored:
            return index
        seen += 1
    return len(shown)
