"""What a lead is made of: its fields, sources, and its human-readable number."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Source(StrEnum):
    """LeadDesk's default sources. The owner's list (the ``sources`` table) starts with
    these and grows; a lead's ``source`` is any key of that list (see ``source_key``)."""

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
DO_NOT_CONTACT_FIELDS = ("dnc_email", "dnc_phone", "dnc_whatsapp", "dnc_sms")
OTHER_FIELDS = (
    "custom_fields",
    "stage",
    "owner_id",
    "captured_by_id",
    "score",
    "reason",
    *DO_NOT_CONTACT_FIELDS,
    "external_id",
)
EDITABLE_FIELDS = BASIC_FIELDS + QUALIFIER_FIELDS + SUPPLEMENTARY_FIELDS + OTHER_FIELDS

NUMBER_PREFIX = "L-"
SOURCE_KEY = re.compile(r"[a-z0-9_]{1,40}")


def source_key(name: str) -> str:
    """The key a new source named ``name`` is stored under: "Trade Show" → "trade_show",
    "Targi 2024" → "targi_2024"; letters outside a-z are kept as their code points, so
    an Arabic name gets a key too ("u0645_u0639..." cut to 40)."""
    out: list[str] = []
    for ch in name.strip().casefold():
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            out.append(ch)
        elif ch.isalnum():
            base = unicodedata.normalize("NFKD", ch)[0]
            out.append(base if "a" <= base <= "z" else f"u{ord(ch):04x}")
        elif out and out[-1] != "_":
            out.append("_")
    return "".join(out).strip("_")[:40].rstrip("_") or "source"


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


def typed_text(text: str) -> str:
    """What a user typed into a search or filter box, as a query may carry it: control
    characters and broken surrogates (PostgreSQL refuses them) become spaces, the ends
    are trimmed; case is kept."""
    return _UNSEARCHABLE.sub(" ", text).strip()


def search_text(*values: str | None) -> str:
    """The lowercase text search matches against; phone numbers also without '+'.

    Typed search words go through here too: control characters and broken surrogates
    (which PostgreSQL refuses in a query) are dropped, as no stored text has them.
    """
    bits: list[str] = []
    for v in values:
        if not v:
            continue
        v = typed_text(v).casefold()
        bits.append(v)
        if v.startswith("+"):
            bits.append(v[1:])
    return " ".join(bits)
