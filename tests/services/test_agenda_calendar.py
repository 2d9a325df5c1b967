from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.agenda import Bucket, day_end
from leaddesk.services.followups import NextStep
from leaddesk.services.lead_table import TableQuery
from leaddesk.services.workspace import Workspace

WARSAW = ZoneInfo("Europe/Warsaw")


def test_day_end_is_the_next_local_midnight() -> None:
    now = dt.datetime(2026, 3, 28, 22, 30, tzinfo=dt.UTC)  # 23:30 in Warsaw, before DST
    assert day_end(now, WARSAW) == dt.datetime(2026, 3, 28, 23, 0, tzinfo=dt.UTC)
    now = dt.datetime(2026, 3, 29, 10, 0, tzinfo=dt.UTC)  # after the change to CEST
    assert day_end(now, WARSAW) == dt.datetime(2026, 3, 29, 22, 0, tzinfo=dt.UTC)


def test_complete_logs_the_outcome_and_schedules_the_next(ws: Workspace) -> None:
    lead = ws.leads.create({"first_name": "Jan"}).value
    due = dt.datetime(2030, 1, 2, 9, 30, tzinfo=dt.UTC)
    f = ws.follow_ups.schedule(lead.id, due, "Send proposal").value
    assert ws.table.page(TableQuery(), offset=0, limit=5)[0].next_follow_up == due
    planned = ws.activities.timeline(lead.id)[0]
    assert planned.details["event"] == "follow_up_scheduled"
    assert planned.details["due_at"] == due.isoformat()
    nxt = due + dt.timedelta(days=7)
    ws.follow_ups.complete(
        f.id,
        notes_after="Sent; they read it",
        expected_version=f.version,
        then=NextStep(nxt, "Ask for a decision", "Mention the discount"),
    )
    (open_one,) = ws.follow_ups.due(lead_id=lead.id)
    (row,) = ws.table.page(TableQuery(), offset=0, limit=5)
    assert row.next_follow_up == nxt  # kept on the lead for the table's sort
    assert (open_one.title, open_one.due_at, open_one.notes_before) == (
        "Ask for a decision",
        nxt,
        "Mention the discount",
    )
    kinds = [(e.kind, e.details.get("event")) for e in ws.activities.timeline(lead.id)]
    assert (ActivityKind.NOTE, "follow_up_done") in kinds
    assert kinds.count((ActivityKind.SYSTEM, "follow_up_scheduled")) == 2


def test_agenda_buckets_scope_and_deleted_leads(ws: Workspace) -> None:
    ann = ws.users.create("Ann", "ann@example.com")
    bob = ws.users.create("Bob", "bob@example.com")
    now = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC)
    end = dt.datetime(2026, 5, 4, 22, 0, tzinfo=dt.UTC)
    lead = ws.leads.create({"first_name": "Jan", "last_name": "Nowak", "owner_id": ann.id}).value
    gone = ws.leads.create({"first_name": "Old"}).value
    hour = dt.timedelta(hours=1)
    for at, title, who in (
        (now - 30 * hour, "late", ann.id),
        (now + hour, "today", ann.id),
        (now + 2 * hour, "today bob", bob.id),
        (end, "tomorrow", ann.id),
    ):
        ws.follow_ups.schedule(lead.id, at, title, assignee_id=who)
    ws.follow_ups.schedule(gone.id, now - hour, "deleted lead", assignee_id=ann.id)
    ws.leads.delete(gone.id)
    titles = {
        b: [i.follow_up.title for i in ws.follow_ups.agenda(b, now=now, end_of_today=end)[0]]
        for b in Bucket
    }
    assert titles == {
        Bucket.OVERDUE: ["late"],
        Bucket.TODAY: ["today", "today bob"],
        Bucket.UPCOMING: ["tomorrow"],
    }
    mine, total = ws.follow_ups.agenda(Bucket.TODAY, now=now, end_of_today=end, assignee_id=ann.id)
    assert ([i.follow_up.title for i in mine], total) == (["today"], 1)
    assert (mine[0].lead_name, mine[0].lead_number, mine[0].assignee_name) == (
        "Jan Nowak",
        lead.number,
        "Ann",
    )
    first, total = ws.follow_ups.agenda(Bucket.TODAY, now=now, end_of_today=end, limit=1)
    assert (len(first), total) == (1, 2)
    assert ws.follow_ups.counts(now=now, end_of_today=end) == {
        Bucket.OVERDUE: 1,
        Bucket.TODAY: 2,
        Bucket.UPCOMING: 1,
    }
    assert ws.follow_ups.overdue(now=now) == 1
    assert ws.follow_ups.overdue(now=now, assignee_id=ann.id) == 1  # not the deleted lead's
    assert ws.follow_ups.overdue(now=now, assignee_id=bob.id) == 0
    assert ws.follow_ups.counts(now=now, end_of_today=end, assignee_id=ann.id) == {
        Bucket.OVERDUE: 1,
        Bucket.TODAY: 1,
        Bucket.UPCOMING: 1,
    }
    ws.leads.restore(gone.id)  # back from the bin: its follow-up counts again
    assert ws.follow_ups.overdue(now=now, assignee_id=ann.id) == 2
    assert ws.follow_ups.counts(now=now, end_of_today=end)[Bucket.OVERDUE] == 2


def test_ics_round_trip_keeps_times_and_zones(ws: Workspace) -> None:
    lead = ws.leads.create({"first_name": "Zofia", "last_name": "Wiśniewska"}).value
    summer = dt.datetime(2026, 7, 1, 7, 0, tzinfo=dt.UTC)  # 09:00 CEST
    winter = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)  # 09:00 CET
    ws.follow_ups.schedule(lead.id, summer, "Call back", notes_before="Ask about Łódź")
    ws.follow_ups.schedule(lead.id, winter, "Renewal")
    data = ws.follow_ups.calendar(zone="Europe/Warsaw")
    cal = icalendar.Calendar.from_ical(data)
    events = sorted(cal.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [str(e["summary"]) for e in events] == [
        f"Call back – Zofia Wiśniewska ({lead.number})",
        f"Renewal – Zofia Wiśniewska ({lead.number})",
    ]
    starts = [e.decoded("dtstart") for e in events]
    assert starts == [summer, winter]  # the same instants
    assert [s.astimezone(WARSAW).hour for s in starts] == [9, 9]
    assert all(e["dtstart"].params["TZID"] == "Europe/Warsaw" for e in events)
    assert [e.decoded("dtend") - e.decoded("dtstart") for e in events] == [
        dt.timedelta(minutes=30)
    ] * 2
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Warsaw"]
    assert "Ask about Łódź" in str(events[0]["description"])
    assert events[0].walk("VALARM")[0].decoded("trigger") == dt.timedelta(minutes=-10)
    assert len({str(e["uid"]) for e in events}) == 2
    utc = icalendar.Calendar.from_ical(ws.follow_ups.calendar(zone="UTC"))
    assert [e.decoded("dtstart") for e in utc.walk("VEVENT")] == [summer, winter]
    assert utc.walk("VTIMEZONE") == []
