"""The typed date conversions give what PySide6's own conversion of a date gives."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

from leaddesk.ui.formatting import qt_date, qt_datetime

MOMENTS = [
    dt.datetime(2024, 3, 5, 14, 7, 9, 123_456),
    dt.datetime(2024, 12, 31, 23, 59, 59, 999_999),
    dt.datetime(2024, 3, 5, 14, 7, 9, 500, tzinfo=dt.UTC).astimezone(),
    # the tzinfo is not read, by either: the wall clock is what the callers pass
    dt.datetime(2024, 7, 1, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=5))),
]


@pytest.mark.parametrize("moment", MOMENTS)
def test_qt_datetime_is_pyside_s_own_conversion(moment: dt.datetime) -> None:
    ours, theirs = qt_datetime(moment), QDateTime(moment)
    assert ours == theirs
    assert ours.timeSpec() == theirs.timeSpec() == Qt.TimeSpec.LocalTime
    assert (ours.date().day(), ours.time().hour(), ours.time().msec()) == (
        moment.day,
        moment.hour,
        moment.microsecond // 1000,
    )
    locale = QLocale()
    assert locale.toString(ours, QLocale.FormatType.ShortFormat) == locale.toString(
        theirs, QLocale.FormatType.ShortFormat
    )


@pytest.mark.parametrize("day", [dt.date(2024, 2, 29), dt.date(1999, 1, 1)])
def test_qt_date_is_pyside_s_own_conversion(day: dt.date) -> None:
    assert qt_date(day) == QDate(day)
    locale = QLocale()
    for form in ("MMM yyyy", "d MMM", "yyyy"):
        assert locale.toString(qt_date(day), form) == locale.toString(day, form)
