"""Which LeadDesk field a column of an imported file holds, from its header alone.

The import wizard maps a column without asking when its header is one the common
CRMs' exports write (import_synonyms lists them), so that a Salesforce, HubSpot,
Pipedrive, Zoho, Odoo or SuiteCRM file, or LeadDesk's own, imports in one step. What
is not recognised is left for the user to map: a wrong guess costs more than a question.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from leaddesk.domain.activities import KNOWN_EVENT_TAGS
from leaddesk.domain.import_keys import fold
from leaddesk.domain.import_synonyms import BY_ORIGIN, LEADDESK_HEADERS, MARKERS, SYNONYMS

__all__ = [
    "EVENT",
    "EVENT_TARGETS",
    "LEADDESK_HEADERS",
    "ORIGINS",
    "TARGETS",
    "guess_origin",
    "recognise",
    "recognise_columns",
]

TARGETS: tuple[str, ...] = (
    "first_name", "last_name", "full_name", "company", "job_title", "email", "phone",
    "mobile", "whatsapp", "address", "postal_code", "region", "city", "country", "website",
    "notes", "source", "campaign", "stage", "owner", "deal_value", "currency", "tags",
    "segment", "product", "birthday", "created_at", "number", "external_id", "reason",
    "dnc_email", "dnc_phone", "dnc_whatsapp", "dnc_sms",
)  # fmt: skip
#: a column of a lead's actions ("Webinar attended"): each cell a date (the event then),
#: yes (at the lead's created time) or empty/no (none); scoring's behaviour rules read them
EVENT = "event:"
EVENT_TARGETS: tuple[str, ...] = tuple(EVENT + t for t in KNOWN_EVENT_TAGS)
ORIGINS: tuple[str, ...] = tuple(MARKERS)

#: a file is said to come from a program when this many of its headers are that
#: program's own: one alone ("Organization", "Tag") is too common a word
_MIN_MARKERS = 2


@cache
def _index() -> dict[str, tuple[str, int]]:
    """Folded header → (target, rank); a lower rank is the better header of its field."""
    index: dict[str, tuple[str, int]] = {}
    for target, headers in SYNONYMS.items():
        for rank, header in enumerate(headers):
            index.setdefault(fold(header), (target, rank))
    return index


@cache
def _markers() -> dict[str, frozenset[str]]:
    return {origin: frozenset(fold(h) for h in hs) for origin, hs in MARKERS.items()}


def _lookup(header: str, origin: str | None) -> tuple[str, int] | None:
    key = fold(header)
    if not key:
        return None
    overrides = {fold(h): t for h, t in BY_ORIGIN.get(origin or "", {}).items()}
    if key in overrides:
        target = overrides[key]
        return None if target is None else (target, 0)
    return _index().get(key)


def recognise(header: str) -> str | None:
    """The target a header means in any program's file, or None."""
    found = _lookup(header, None)
    return found[0] if found else None


def recognise_columns(headers: Sequence[str], origin: str | None = None) -> dict[int, str]:
    """Column index → target, for the columns whose header is recognised.

    No target is given twice: of two columns for one field the better header wins
    (its rank in import_synonyms), then the first column. ``origin`` is the program
    the file comes from (guessed from the headers when not given): a few headers mean
    something else in one program's files, as Odoo's ``name`` (an opportunity's title).

    A lone "Name" beside a last-name column and no first-name one is the first name
    ("Name", "Surname"; "الاسم", "اسم العائلة"), not a full name.
    """
    origin = origin or guess_origin(headers)
    best: dict[str, tuple[int, int]] = {}  # target → (rank, column)
    for column, header in enumerate(headers):
        found = _lookup(header, origin)
        if found is None:
            continue
        target, rank = found
        if target not in best or (rank, column) < best[target]:
            best[target] = (rank, column)
    mapped = {column: target for target, (_, column) in best.items()}
    if "last_name" in best and "first_name" not in best and "full_name" in best:
        column = best["full_name"][1]
        if fold(headers[column]) in {fold("Name"), fold("الاسم")}:
            mapped[column] = "first_name"
    return dict(sorted(mapped.items()))


def guess_origin(headers: Sequence[str]) -> str | None:
    """The program whose export this header row is, or None when no program's own
    headers are there (a spreadsheet someone made) or two programs' are as many."""
    keys = {fold(h) for h in headers}
    scores = sorted(
        ((len(keys & markers), origin) for origin, markers in _markers().items()),
        reverse=True,
    )
    (top, origin), (second, _) = scores[0], scores[1]
    if top < _MIN_MARKERS or top == second:
        return None
    return origin
