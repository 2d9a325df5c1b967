"""Values of every shape for every field of the writing services, on SQLite, PostgreSQL
and MariaDB at once: each is refused with a ValidationError (or NotFound) naming the
field on all three alike, or stored and read back exactly, on all three alike. Never a
traceback, never a silent change.

``LEADDESK_HYPOTHESIS_EXAMPLES`` sets how many values per field (CI keeps it small; run
it with a few hundred before stopping work on validation).
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leaddesk.errors import LeadDeskError, NotFound, ValidationError
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.store import bulk, schema
from leaddesk.store.engine import open_database
from tests.conftest import BACKENDS, ServerDatabases

EXAMPLES = int(os.environ.get("LEADDESK_HYPOTHESIS_EXAMPLES", "20"))
LIMITS = {
    "first_name": 100,
    "last_name": 100,
    "company": 200,
    "job_title": 120,
    "address": 300,
    "city": 120,
    "website": 300,
    "notes": 20000,
}
HOSTILE = [
    "\x00",
    "Anna\x00Nowak",
    "Anna\r\nBcc: x@example.com",
    "line\nbreak",
    "tab\there",
    "\ud800",
    "x\udfffy",
    "\x1b[31mred",
    "\x7f",
    "\x85next",
    "\u2028",
    "  padded  ",
    "",
    " ",
    "ﷺ🙂👩‍👩‍👧",
    "عربي‎ mixed",
    "Zażółć gęślą jaźń",
    "'; DROP TABLE leads; --",
    "%s%n{0}{{x}}",
]
any_char = st.characters(exclude_categories=())  # surrogates and controls included


def _text(limit: int) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(HOSTILE),
        st.text(any_char, max_size=40),
        st.builds(lambda c, n: c * n, st.sampled_from("aż🙂ع"), st.integers(limit - 2, limit + 2)),
        st.builds(lambda s, n: s * n, st.sampled_from(["a", "🙂", "ع"]), st.integers(0, 17000)),
    )


AMOUNTS = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.floats(),
    st.integers(-(10**16), 10**16),
    st.sampled_from(["12.345", "12,34", "1 500,50", "1e15", "NaN", "-1", "Infinity", "", "x"]),
    st.sampled_from([Decimal("1E+15"), Decimal("999999999999.99"), Decimal("12.345")]),
)
JSONISH = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(any_char)),
    lambda inner: st.lists(inner, max_size=3),
    max_leaves=5,
)
FIELDS: dict[str, st.SearchStrategy[Any]] = {
    **{name: _text(limit) for name, limit in LIMITS.items()},
    "email": st.one_of(
        st.sampled_from(["a@b.co", "A@Example.COM", "a@b.c\r\nBcc: x@y.z", "a\x00@b.co"]),
        st.text(any_char, max_size=30),
    ),
    "phone": st.one_of(
        st.sampled_from(["+48 601 234 567", "601234567", "+48\x00601", "١٢٣", "+1" * 30]),
        st.text(any_char, max_size=25),
    ),
    "country": st.one_of(st.sampled_from(["PL", "pl", "EG", "X", "\x00\x00"]), st.text(max_size=3)),
    "currency": st.one_of(
        st.sampled_from(["PLN", "JPY", "KWD", "usd", "€€€"]), st.text(max_size=4)
    ),
    "deal_value": AMOUNTS,
    "score": st.one_of(st.integers(-(10**20), 10**20), st.floats(), st.text(max_size=5)),
    "birthday": st.one_of(st.dates(), st.text(max_size=12)),
    "custom_fields": st.dictionaries(st.text(any_char, max_size=70), JSONISH, max_size=3),
    "social_profiles": st.dictionaries(st.text(any_char, max_size=10), st.text(any_char)),
    "tags": st.lists(_text(50), max_size=3),
    "owner_id": st.one_of(st.uuids(), st.text(max_size=5)),
    "campaign_id": st.uuids(),
    "segment_id": st.uuids(),
    "product_ids": st.lists(st.uuids(), max_size=2),
}


@pytest.fixture
def every_backend(
    servers: ServerDatabases, migrated_servers: dict[str, str], tmp_path: Path
) -> Iterator[dict[str, Workspace]]:
    """An empty, migrated database on each backend, all open at once."""
    spaces = {}
    for backend in BACKENDS:
        if backend == "sqlite":
            url = f"sqlite:///{tmp_path / 'hostile.sqlite'}"
        else:
            url = servers.create(backend)
        db = open_database(url)
        if backend == "sqlite" or backend not in migrated_servers:
            schema.upgrade(db)
            if backend != "sqlite":
                migrated_servers[backend] = url
        else:
            with db.engine.begin() as conn:
                bulk.wipe(conn)
        db.dispose()
        spaces[backend] = open_workspace(url, default_region="PL", currency="PLN")
    yield spaces
    for ws in spaces.values():
        ws.close()


def _outcome(run: Callable[[], object], *fields: str) -> tuple[str, object]:
    """("refused", fields named) or ("stored", value read back); anything else fails."""
    try:
        return "stored", run()
    except ValidationError as exc:
        named = {i.field.split(".")[0] for i in exc.issues}
        assert named & set(fields), (fields, exc.message)
        return "refused", frozenset(named)
    except NotFound as exc:
        field = fields[0]
        assert exc.message.startswith(field) or field == "owner_id", exc.message
        return "refused", frozenset({field})
    except LeadDeskError as exc:  # a rule, not a crash: still must be alike everywhere
        return "refused", exc.code


def _same_everywhere(outcomes: dict[str, tuple[str, object]]) -> None:
    first = next(iter(outcomes.values()))
    assert all(o == first for o in outcomes.values()), outcomes


def _expected_text(value: object) -> object:
    return value.strip() or None if isinstance(value, str) else value


def _check_stored(field: str, value: object, stored: object) -> None:
    """What was stored is what was given (as the form would clean it), not a variant."""
    if field in LIMITS:
        assert stored == _expected_text(value)
    elif field == "deal_value" and stored is not None:
        given_value = Decimal(str(value).replace(" ", "").replace(",", "."))
        assert stored == given_value  # equal, with no decimal dropped


def _cases(field: str) -> Callable[..., None]:
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(value=FIELDS[field])
    def check(every_backend: dict[str, Workspace], value: Any) -> None:
        outcomes = {}
        for backend, ws in every_backend.items():

            def create(ws: Workspace = ws) -> object:
                made = ws.leads.create({"first_name": "Hostile", field: value}).value
                stored = getattr(ws.leads.get(made.id), field)
                assert stored == getattr(made, field)  # read back = what the save said
                return stored

            outcomes[backend] = _outcome(create, field)
        _same_everywhere(outcomes)
        kind, stored = next(iter(outcomes.values()))
        if kind == "stored":
            _check_stored(field, value, stored)

    return check


for _field in FIELDS:
    globals()[f"test_create_with_hostile_{_field}"] = _cases(_field)


@settings(
    max_examples=EXAMPLES * 2,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    field=st.sampled_from(sorted(FIELDS)),
    data=st.data(),
)
def test_update_with_hostile_values(
    every_backend: dict[str, Workspace], field: str, data: st.DataObject
) -> None:
    value = data.draw(FIELDS[field])
    outcomes = {}
    for backend, ws in every_backend.items():
        lead = ws.leads.create({"first_name": "Before", "deal_value": "10"}).value

        def update(ws: Workspace = ws, lead_id: uuid.UUID = lead.id) -> object:
            saved = ws.leads.update(lead_id, {field: value}, expected_version=None).value
            stored = getattr(ws.leads.get(lead_id), field)
            assert stored == getattr(saved, field)
            return stored

        outcomes[backend] = _outcome(update, field)
        if outcomes[backend][0] == "refused":  # and nothing of it was kept
            assert ws.leads.get(lead.id).version == lead.version
    _same_everywhere(outcomes)


@settings(
    max_examples=EXAMPLES * 2,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(reason=_text(500), deal=st.one_of(st.none(), AMOUNTS.filter(lambda a: a != "")))
def test_a_move_applies_the_same_limits_as_a_save(
    every_backend: dict[str, Workspace], reason: str, deal: Any
) -> None:
    outcomes = {}
    for backend, ws in every_backend.items():
        lead = ws.leads.create({"first_name": "Mover", "currency": "PLN"}).value

        def move(ws: Workspace = ws, lead_id: uuid.UUID = lead.id) -> object:
            moved = ws.pipeline.move(lead_id, "disqualified", reason=reason, deal_value=deal).lead
            back = ws.leads.get(lead_id)
            assert (back.reason, back.deal_value) == (moved.reason, moved.deal_value)
            return back.reason, back.deal_value

        outcomes[backend] = _outcome(move, "reason", "deal_value")
        if outcomes[backend][0] == "refused":
            assert ws.leads.get(lead.id).version == lead.version
    _same_everywhere(outcomes)


def test_a_search_with_a_nul_or_a_broken_character_finds_without_an_error(
    every_backend: dict[str, Workspace],
) -> None:
    for ws in every_backend.values():
        ws.leads.create({"first_name": "Searchable"})
        for typed in ("Search\x00able", "\ud800Searchable", "Searchable\x1b"):
            assert [c.name for c in ws.leads.search(typed)] == ["Searchable"]


def test_an_activity_dated_2100_is_refused_naming_the_date(
    every_backend: dict[str, Workspace],
) -> None:
    for ws in every_backend.values():
        lead = ws.leads.create({"first_name": "Timely"}).value
        with pytest.raises(ValidationError) as refused:
            ws.activities.log(lead.id, "call", occurred_at=dt.datetime(2100, 1, 1, tzinfo=dt.UTC))
        assert [i.field for i in refused.value.issues] == ["occurred_at"]
