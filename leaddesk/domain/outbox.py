"""The outbox's rules: a message's states, how variants are dealt out, which
language a lead reads, and which failures are worth another try."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from enum import StrEnum

from leaddesk.domain.activities import Channel


class MessageStatus(StrEnum):
    QUEUED = "queued"  # waiting to be sent (or, for WhatsApp/SMS, for the rep)
    SENDING = "sending"  # claimed by a sender; the server has not got it all yet
    HANDED_OVER = "handed_over"  # all of it given to the server, its answer not recorded
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


OPEN_STATUSES = frozenset({MessageStatus.QUEUED, MessageStatus.SENDING})
RETRYABLE = frozenset({MessageStatus.FAILED, MessageStatus.CANCELLED})


class Failure(StrEnum):
    """Why a send failed, so the message can say what to do about it."""

    AUTH = "auth"  # the server refused the user name or password
    RECIPIENT = "recipient"  # the server refused the lead's address
    SENDER = "sender"  # the server refused our From address
    MESSAGE = "message"  # the server refused the message itself
    CONNECTION = "connection"  # no connection, or it was lost
    TLS = "tls"  # the secure connection could not be set up
    TEMPORARY = "temporary"  # the server asked us to try later
    SETUP = "setup"  # email is not set up in Settings
    INVALID = "invalid"  # the message cannot be written as an email (a bad address)


# Failures of the account or the connection stop the whole batch (every next message
# would fail the same way); the others concern one message only.
STOPS_SENDING = frozenset(
    {Failure.AUTH, Failure.SENDER, Failure.CONNECTION, Failure.TLS, Failure.SETUP}
)
MAX_ATTEMPTS = 5
CLAIM_LEASE = dt.timedelta(seconds=90)  # a claim older than this was left by a dead sender
MANUAL_CHANNELS = frozenset({Channel.WHATSAPP, Channel.SMS})  # the rep sends, then confirms


def retry_after(attempts: int) -> dt.timedelta:
    """Back-off after a temporary refusal: 1, 2, 4, 8 minutes."""
    return dt.timedelta(minutes=2 ** max(0, attempts - 1))


def deal_variants(labels: Sequence[str], count: int, rng: random.Random) -> list[str]:
    """``count`` variant labels, shuffled in blocks so each variant is sent to as
    many leads as the others (give or take one), in random order."""
    if not labels:
        raise ValueError("a template has at least one variant")
    out: list[str] = []
    while len(out) < count:
        block = list(labels)
        rng.shuffle(block)
        out.extend(block)
    return out[:count]


VARIANT_LABELS = tuple("ABCDEFGHIJ")


def next_variant_label(used: Sequence[str]) -> str:
    for label in VARIANT_LABELS:
        if label not in used:
            return label
    raise ValueError(f"a template has at most {len(VARIANT_LABELS)} variants")


LANGUAGES = ("en", "ar", "pl")
RTL_LANGUAGES = frozenset({"ar"})
ARABIC_COUNTRIES = frozenset(
    "AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split()  # noqa: SIM905
)


def language_for_country(country: str | None, fallback: str = "en") -> str:
    """The language a lead most likely reads, from the country on its record."""
    if not country:
        return fallback
    country = country.upper()
    if country == "PL":
        return "pl"
    if country in ARABIC_COUNTRIES:
        return "ar"
    return "en"


# Replies: an inbound message or call logged within this long after a message.
REPLY_WINDOW = dt.timedelta(days=14)
