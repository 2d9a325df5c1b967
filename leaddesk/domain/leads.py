"""What a lead is made of: its fields, sources, and its human-readable number."""

from __future__ import annotations

import re
from enum import StrEnum


class Source(StrEnum):
    CALL = "call"
    WHATSAPP = "whatsapp"
    WEB_FORM = "web_form"
    EMAIL = "email"
    IMPORT = "import"
    REFERRAL = "referral"
    SOCIAL = "social"
    EVENT = "event"
    WALK_IN = "walk_in"
    OTHER = "other"


class Role(StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    REP = "rep"


BASIC_FIELDS = (
    "first_name",
    "last_name",
    "company",
    "job_title",
    "email",
    "phone",
    "whatsapp",
    "address",
    "city",
    "country",
)
QUALIFIER_FIELDS = (
    "product_ids",
    "segment_id",
    "tags",
    "deal_value",
    "currency",
    "source",
    "campaign_id",
)
SUPPLEMENTARY_FIELDS = ("website", "social_profiles", "birthday", "notes")
OTHER_FIELDS = ("custom_fields", "stage", "owner_id", "captured_by_id", "score", "reason")
EDITABLE_FIELDS = BASIC_FIELDS + QUALIFIER_FIELDS + SUPPLEMENTARY_FIELDS + OTHER_FIELDS

NUMBER_PREFIX = "L-"


def format_number(n: int) -> str:
    return f"{NUMBER_PREFIX}{n:06d}"


def display_name(first: str | None, last: str | None, company: str | None = None) -> str:
    name = " ".join(p for p in (first, last) if p)
    return name or (company or "")


def lead_label(number: int, first: str | None, last: str | None, company: str | None) -> str:
    """How people name a lead in a message: its number and name (never its id)."""
    name = display_name(first, last, company)
    return f"{format_number(number)} {name}".strip()


def initials(name: str) -> str:
    parts = [p for p in name.split() if p]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()


_UNSEARCHABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def search_text(*values: str | None) -> str:
    """The lowercase text search matches against; phone numbers also without '+'.

    Typed search words go through here too: control characters and broken surrogates
    (which PostgreSQL refuses in a query) are dropped, as no stored text has them.
    """
    bits: list[str] = []
    for v in values:
        if not v:
            continue
        v = _UNSEARCHABLE.sub(" ", v).strip().casefold()
        bits.append(v)
        if v.startswith("+"):
            bits.append(v[1:])
    return " ".join(bits)
