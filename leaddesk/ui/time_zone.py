"""The user's time zone as Qt knows it from the system, by its IANA name: a fixed UTC
offset would put every day after a daylight-saving change an hour off."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimeZone


def system_zone() -> str:
    """The system's IANA zone name, or UTC when Python does not know it."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


def system_tzinfo() -> ZoneInfo:
    return ZoneInfo(system_zone())
