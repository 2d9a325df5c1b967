"""Order keys for cards in a column: a card goes between two others without
renumbering the column (fractional indexing; keys compare as plain ASCII)."""

from __future__ import annotations

from fractional_indexing import generate_key_between, generate_n_keys_between

MAX_KEY_LENGTH = 64


def key_between(before: str | None, after: str | None) -> str:
    """A key sorting after ``before`` and before ``after`` (None = open end).

    Equal or inverted neighbours (two users dropped at the same place at the
    same moment) fall back to a key just after ``before``.
    """
    if before is not None and after is not None and before >= after:
        after = None
    return generate_key_between(before, after)


def keys_between(before: str | None, after: str | None, count: int) -> list[str]:
    """``count`` ascending keys between two neighbours (for a group of cards)."""
    if before is not None and after is not None and before >= after:
        after = None
    return generate_n_keys_between(before, after, count)


def keys_for(count: int) -> list[str]:
    """``count`` ascending keys for a fresh column, as short as possible."""
    if count <= 0:
        return []
    return generate_n_keys_between(None, None, count)
