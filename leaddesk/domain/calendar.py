"""Follow-ups as an iCalendar file that calendar programs import.

Times are written in the user's own zone with its VTIMEZONE, so an event at
09:00 in Warsaw stays at 09:00 in Warsaw after a daylight-saving change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast
from zoneinfo import ZoneInfo

PRODID = "-//LeadDesk//Follow-ups//EN"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    start: dt.datetime  # aware
    minutes: int
    summary: str
    description: str = ""
    reminder_minutes: int | None = 10


def to_ics(events: Iterable[CalendarEvent], zone: str, *, stamp: dt.datetime) -> bytes:
    """A VCALENDAR with one VEVENT per follow-up, times in ``zone`` (an IANA name)."""
    import icalendar  # imported when a calendar is asked for, not at every start

    tz = ZoneInfo(zone) if zone != "UTC" else dt.UTC
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "LeadDesk follow-ups")
    for e in events:
        if e.start.tzinfo is None:
            raise ValueError(f"follow-up {e.uid} has a due time without a time zone")
        start = e.start.astimezone(tz)
        ev = icalendar.Event()
        ev.add("uid", e.uid)
        ev.add("dtstamp", stamp.astimezone(dt.UTC))
        ev.add("dtstart", start)
        ev.add("dtend", start + dt.timedelta(minutes=e.minutes))
        ev.add("summary", e.summary)
        if e.description:
            ev.add("description", e.description)
        if e.reminder_minutes is not None:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", e.summary)
            alarm.add("trigger", dt.timedelta(minutes=-e.reminder_minutes))
            ev.add_component(alarm)
        cal.add_component(ev)
    if tz is not dt.UTC:
        cal.add_missing_timezones()
    # icalendar leaves Component.to_ical unannotated; it returns the file's bytes
    return cast(bytes, cal.to_ical())
