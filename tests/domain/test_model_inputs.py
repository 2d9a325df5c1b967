"""A lead as the conversion model reads it: the outcome of each closed stage, the
moment it closed, and nothing from after that moment in its row."""

from __future__ import annotations

import datetime as dt
import uuid

from leaddesk.domain.activities import ActivityKind, Direction
from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.model_inputs import (
    Entry,
    InputShape,
    LeadInputs,
    closed_at,
    excluded_columns,
    outcome,
    row_of,
    shape_for,
    specs,
)
from leaddesk.domain.stages import Stage

T0 = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


def _lead(
    stage: Stage,
    *,
    won: dt.datetime | None = None,
    company: str | None = None,
    custom: dict[str, object] | None = None,
    entries: tuple[Entry, ...] = (),
    first_response_at: dt.datetime | None = None,
    first_response_s: int | None = None,
) -> LeadInputs:
    return LeadInputs(
        id=uuid.uuid4(),
        stage=stage,
        won_at=won,
        stage_entered_at=T0 + 10 * DAY,
        fields={"source": "referral", "company": company},
        custom=custom or {},
        entries=entries,
        first_response_at=first_response_at,
        first_response_s=first_response_s,
    )


def test_each_closed_stage_has_its_outcome_and_close() -> None:
    assert outcome(_lead(Stage.CUSTOMER, won=T0)) == 1
    assert closed_at(_lead(Stage.CUSTOMER, won=T0)) == T0
    assert outcome(_lead(Stage.INACTIVE, won=T0)) == 1  # a former customer
    assert closed_at(_lead(Stage.INACTIVE, won=T0)) == T0  # when it was won, not lost
    assert outcome(_lead(Stage.INACTIVE)) == 0  # never was one
    assert outcome(_lead(Stage.DISQUALIFIED, won=T0)) == 0
    assert closed_at(_lead(Stage.DISQUALIFIED)) == T0 + 10 * DAY
    for stage in (Stage.OPEN, Stage.NEGOTIATION):
        assert outcome(_lead(stage)) is None and closed_at(_lead(stage)) is None


def test_the_row_holds_only_what_was_known_at_the_close() -> None:
    entries = (
        Entry(ActivityKind.EMAIL, Direction.OUTBOUND, None, T0 + DAY),
        Entry(ActivityKind.EMAIL, Direction.OUTBOUND, None, T0 + 2 * DAY),
        Entry(ActivityKind.EVENT, None, "webinar", T0 + 3 * DAY),
        Entry(ActivityKind.CALL, Direction.OUTBOUND, None, T0 + 12 * DAY),  # onboarding
    )
    lead = _lead(
        Stage.DISQUALIFIED,
        entries=entries,
        company="Acme",
        custom={"met_on": "2025-03-05", "size": 12},
        first_response_at=T0 + 11 * DAY,
        first_response_s=99,
    )
    shape = shape_for(
        [("met_on", FieldKind.DATE), ("size", FieldKind.NUMBER)], ["CRM"], ["webinar"]
    )
    row = row_of(lead, shape, now=T0 + 400 * DAY)
    assert row["activity:email"] == 2 and row["activity:call"] == 0
    assert row["event:webinar"] == 1 and row["days_since:event:webinar"] == 7.0
    assert row["days_since:email"] == 8.0 and row["days_since:call"] is None
    assert row["unanswered"] == 2  # two emails, no reply before the close
    assert row["first_response_s"] is None  # it came after the close
    assert row["custom:met_on"] == 6.0 and row["custom:size"] == 12  # days before the close
    assert row["company"] is True and row["product:CRM"] is False
    assert "stage" not in row and "score" not in row and "probability" not in row
    columns = {s.column for s in specs([("met_on", FieldKind.DATE)], shape)}
    assert set(row) - {"custom:size"} <= columns  # size: not an active field of these specs


def test_an_open_lead_is_read_as_it_stands_now() -> None:
    lead = _lead(Stage.OPEN, entries=(Entry(ActivityKind.CALL, Direction.INBOUND, None, T0),))
    row = row_of(lead, InputShape(), now=T0 + 2 * DAY)
    assert row["activity:call:inbound"] == 1 and row["days_since:call"] == 2.0
    assert row["unanswered"] == 0


def test_a_name_leaves_out_its_column_and_those_under_it() -> None:
    columns = ["source", "product:CRM", "product:ERP", "custom:size", "custom:size_band"]
    assert excluded_columns(columns, ["product", "custom:size"]) == [
        "product:CRM",
        "product:ERP",
        "custom:size",
    ]


def test_the_shape_is_kept_as_plain_data() -> None:
    shape = shape_for([("met_on", FieldKind.DATE)], ["CRM"], ["webinar", "quote_request"])
    assert InputShape.from_dict(shape.to_dict()) == shape
    assert InputShape.from_dict({}) == InputShape()
