"""Kinds of things that happen to a lead, as they appear on its timeline."""

from __future__ import annotations

from enum import StrEnum


class ActivityKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    SMS = "sms"
    MEETING = "meeting"
    NOTE = "note"
    STAGE_CHANGE = "stage_change"
    ASSIGNMENT = "assignment"
    SYSTEM = "system"
    ATTACHMENT = "attachment"
    # something the lead did that a web site, a webinar tool or a rep records: its
    # ``tag`` says what (visited the pricing page, downloaded a guide, requested a quote)
    EVENT = "event"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class Channel(StrEnum):
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    SMS = "sms"


#: the lead's do-not-contact flag each channel respects
DO_NOT_CONTACT_FLAG = {
    Channel.EMAIL: "dnc_email",
    Channel.WHATSAPP: "dnc_whatsapp",
    Channel.SMS: "dnc_sms",
}


# Kinds a user logs by hand; the others are written by the services themselves.
LOGGABLE = frozenset(
    {
        ActivityKind.CALL,
        ActivityKind.EMAIL,
        ActivityKind.WHATSAPP,
        ActivityKind.SMS,
        ActivityKind.MEETING,
        ActivityKind.NOTE,
        ActivityKind.EVENT,
    }
)

# Tags of the events scoring knows out of the box (any other tag can be logged too).
KNOWN_EVENT_TAGS = (
    "solutions_page",
    "pricing_page",
    "user_guide",
    "webinar",
    "quote_request",
    "email_opened",
)


def event_tag(text: str) -> str:
    """A tag as kept: lower case, words joined by "_" ("Pricing page" → "pricing_page")."""
    return "_".join(text.casefold().split())[:40]


# What counts as being in touch with a lead, either way (its last contact).
CONTACT_KINDS = frozenset(
    {
        ActivityKind.CALL,
        ActivityKind.EMAIL,
        ActivityKind.WHATSAPP,
        ActivityKind.SMS,
        ActivityKind.MEETING,
    }
)


def is_response(kind: ActivityKind, direction: Direction | None) -> bool:
    """Whether an entry is the team reaching out (a lead's first response time ends with
    the first one): an outbound call or message, or a meeting."""
    if kind is ActivityKind.MEETING:
        return True
    return kind in CONTACT_KINDS and direction is Direction.OUTBOUND
