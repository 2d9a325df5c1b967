"""File names and sizes as users see them."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def clean_file_name(name: str) -> str:
    """The base name, without path separators or control characters, at most 255 long.

    The name is shown to other users and used for a temporary copy when opened,
    so it must not reach outside that folder.
    """
    base = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip(" .") or "file"
    if len(base) > 255:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 255 - len(ext) - 1] + dot + ext) if dot and len(ext) < 20 else base[:255]
    return base


def size_text(size: int) -> str:
    """1,024-based, one decimal above a kilobyte (English; the UI formats its own)."""
    if size < 1024:
        return f"{size} B"
    units = ("KB", "MB", "GB")
    value, step = size / 1024, 0
    while value >= 1024 and step < len(units) - 1:
        value, step = value / 1024, step + 1
    return f"{value:.1f} {units[step]}"
