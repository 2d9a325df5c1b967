"""Event columns of an imported file: recognised in English, Polish and Arabic, read
as a date, yes or nothing; a score column is no longer a target."""

from __future__ import annotations

import datetime as dt

import pytest

from leaddesk.domain.import_headers import EVENT_TARGETS, TARGETS, recognise
from leaddesk.domain.import_mapping import IGNORE, ImportMapping, valid_target
from leaddesk.domain.import_rows import RowContext, convert_row


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Webinar attended", "event:webinar"),
        ("Udział w webinarze", "event:webinar"),
        ("حضر الندوة", "event:webinar"),
        ("Requested a quote", "event:quote_request"),
        ("Prośba o wycenę", "event:quote_request"),
        ("طلب عرض سعر", "event:quote_request"),
        ("Downloaded guide", "event:user_guide"),
        ("Pobrał poradnik", "event:user_guide"),
        ("تنزيل الدليل", "event:user_guide"),
        ("Score", None),
    ],
)
def test_event_headers_are_recognised(header: str, target: str | None) -> None:
    assert recognise(header) == target


def test_targets() -> None:
    assert "score" not in TARGETS
    assert all(valid_target(t) for t in EVENT_TARGETS)
    assert valid_target("event:trade_fair_visit") and not valid_target("event:Trade fair")
    # a mapping saved when a score column could be imported still opens
    saved = ImportMapping.from_json({"columns": {"Score": "score", "Demo": "event:webinar"}})
    assert saved.columns == {"Score": IGNORE, "Demo": "event:webinar"}


def test_cells_of_event_columns() -> None:
    headers = ("First name", "Webinar attended", "Requested a quote", "Downloaded guide")
    mapping = ImportMapping(
        {"First name": "first_name", "Webinar attended": "event:webinar",
         "Requested a quote": "event:quote_request", "Downloaded guide": "event:user_guide"}
    )  # fmt: skip
    zone = dt.timezone(dt.timedelta(hours=2))
    ctx = RowContext(zone=zone)
    row = convert_row(2, headers, ("Anna", "2024-03-01", "Tak", "nie"), mapping, ctx)
    assert row.events == [
        ("webinar", dt.datetime(2024, 3, 1, 10, tzinfo=dt.UTC)),  # a day: noon there
        ("quote_request", None),  # yes: at the lead's created time
    ]
    assert not row.problems
    row = convert_row(3, headers, ("Ewa", "soon", "", "1"), mapping, ctx)
    assert row.events == [("user_guide", None)]
    assert [(p.code, p.fatal) for p in row.problems] == [("event_invalid", False)]
