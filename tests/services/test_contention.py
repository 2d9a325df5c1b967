"""Several writers at once: a real deadlock is retried and lands once, a race that never
ends is reported in words, a read-only login is refused clearly, and a held SQLite lock
names the process that holds it."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text, update
from sqlalchemy.engine import Connection, make_url

from leaddesk.domain.activities import ActivityKind
from leaddesk.errors import DatabaseBusy, LeadDeskError, NotPermitted
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.store import engine as store_engine
from leaddesk.store import leads as lead_queries
from leaddesk.store.driver_errors import race
from leaddesk.store.models import Activity, Lead
from leaddesk.store.session import ATTEMPTS
from tests.conftest import BACKENDS

SERVERS = [b for b in BACKENDS if b != "sqlite"]


def _two_leads(ws: Workspace) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    made = sorted(ws.leads.create({"first_name": f"Lead {n}"}).value.id for n in range(3))
    return made[0], made[1], made[2]


def _until(condition: Callable[[], bool], what: str, timeout: float = 20) -> None:
    """Ask the database until the condition holds (each question paces the next; no
    fixed sleep stands in for it)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")


def _waiting_on_a_lock(conn: Connection, backend: str) -> bool:
    if backend == "postgresql":
        sql = (
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND application_name = 'leaddesk' AND datname = current_database()"
        )
    else:
        sql = (
            "SELECT count(*) FROM information_schema.innodb_trx t "
            "JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id "
            "WHERE t.trx_state = 'LOCK WAIT' AND p.db = database()"
        )
    return bool(conn.execute(text(sql)).scalar())


def _stage_changes(ws: Workspace, lead_id: uuid.UUID) -> int:
    with ws.ctx.db.engine.connect() as conn:
        return int(
            conn.execute(
                select(func.count())
                .select_from(Activity)
                .where(Activity.lead_id == lead_id, Activity.kind == ActivityKind.STAGE_CHANGE)
            ).scalar_one()
        )


@pytest.fixture
def other_connection(db_url: str) -> Iterator[Connection]:
    """A second client of the same database, as another rep's app would be."""
    engine = create_engine(make_url(db_url), isolation_level="READ COMMITTED")
    with engine.connect() as conn:
        yield conn
    engine.dispose()


@pytest.mark.parametrize("backend", SERVERS, indirect=True)
def test_a_real_deadlock_is_retried_and_the_move_lands_exactly_once(
    ws: Workspace,
    backend: str,
    other_connection: Connection,
    caplog: pytest.LogCaptureFixture,
) -> None:
    other = other_connection
    leads = Lead.__table__
    # "first" as the database orders ids (MariaDB's UUID type sorts its own way)
    low, high, third = other.execute(
        select(leads.c.id).where(leads.c.id.in_(_two_leads(ws))).order_by(leads.c.id)
    ).scalars()
    other.commit()
    if backend == "postgresql":
        other.execute(text("SET deadlock_timeout = '20s'"))  # our move detects it first
    # the other client changes the later lead (and one more, so InnoDB makes our lighter
    # transaction the deadlock's victim) and keeps its transaction open
    other.execute(
        update(leads)
        .where(leads.c.id.in_([high, third]))
        .values(job_title="theirs", version=leads.c.version + 1)
    )
    outcome: dict[str, object] = {}

    def move() -> None:
        try:
            outcome["result"] = ws.pipeline.move_many([(low, None), (high, None)], "contacted")
        except Exception as exc:  # the test reports it below
            outcome["error"] = exc

    caplog.set_level(logging.INFO, logger="leaddesk.store.session")
    mover = threading.Thread(target=move)
    mover.start()
    with create_engine(other.engine.url).connect() as watcher:
        _until(lambda: _waiting_on_a_lock(watcher, backend), "the move to wait for the lead")
    # now the other client wants the first lead, which the move holds: a deadlock
    other.execute(select(leads.c.id).where(leads.c.id == low).with_for_update())
    other.commit()
    mover.join(60)
    assert "error" not in outcome, outcome.get("error")
    moved = outcome["result"]
    assert isinstance(moved, list) and [m.lead.stage.value for m in moved] == ["contacted"] * 2
    assert any("attempt 2 again" in r.getMessage() for r in caplog.records), caplog.text
    assert _stage_changes(ws, low) == 1 and _stage_changes(ws, high) == 1
    assert ws.leads.get(high).job_title == "theirs"  # their change stands as well


def test_a_race_that_never_ends_is_given_up_in_words_and_saves_nothing(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    low, high, _ = _two_leads(ws)
    tries = []

    def always_deadlocked(*args: object, **kwargs: object) -> object:
        tries.append(1)
        raise race("deadlock")

    monkeypatch.setattr(lead_queries, "lock_leads", always_deadlocked)
    monkeypatch.setattr("leaddesk.store.session.BACKOFF_S", 0.001)
    with pytest.raises(DatabaseBusy) as refused:
        ws.pipeline.move_many([(low, None), (high, None)], "contacted")
    assert len(tries) == ATTEMPTS
    assert refused.value.code == "contended" and refused.value.params["attempts"] == ATTEMPTS
    assert f"tried {ATTEMPTS} times" in refused.value.message
    monkeypatch.undo()
    assert ws.leads.get(low).stage.value == "open" and _stage_changes(ws, low) == 0


@pytest.fixture
def read_only_url(db_url: str, backend: str) -> Iterator[str]:
    """The same database through a login that may only read."""
    role = f"ld_reader_{uuid.uuid4().hex[:8]}"
    url = make_url(db_url)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if backend == "postgresql":
            conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
            conn.execute(text(f'GRANT CONNECT ON DATABASE "{url.database}" TO "{role}"'))
            conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
            conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"'))
        else:
            conn.execute(text(f"CREATE USER '{role}'@'%'"))
            conn.execute(text(f"GRANT SELECT ON `{url.database}`.* TO '{role}'@'%'"))
    yield url.set(username=role, password=None).render_as_string(hide_password=False)
    with admin.connect() as conn:
        if backend == "postgresql":
            conn.execute(text(f'REASSIGN OWNED BY "{role}" TO CURRENT_USER'))
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))
        else:
            conn.execute(text(f"DROP USER '{role}'@'%'"))
    admin.dispose()


@pytest.mark.parametrize("backend", SERVERS, indirect=True)
def test_a_login_that_may_only_read_is_told_it_may_not_change_the_lead(
    ws: Workspace, read_only_url: str
) -> None:
    low, _, _ = _two_leads(ws)
    reader = open_workspace(read_only_url, upgrade=False)
    try:
        assert reader.leads.get(low).first_name.startswith("Lead ")  # reading works
        for change in (
            lambda: reader.pipeline.move(low, "contacted"),
            lambda: reader.leads.update(low, {"job_title": "CEO"}, expected_version=None),
        ):
            with pytest.raises(NotPermitted) as refused:
                change()
            assert refused.value.code == "not_permitted_lead", refused.value.message
            assert refused.value.message.startswith("You may not change this lead")
    finally:
        reader.close()
    assert ws.leads.get(low).stage.value == "open"


HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_held_sqlite_lock_says_busy_and_names_the_holder(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_engine, "SQLITE_BUSY_MS", 300)
    ws = open_workspace(db_url)
    lead = ws.leads.create({"first_name": "Busy"}).value
    path = str(Path(make_url(db_url).database or ""))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, path],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseBusy) as refused:
            ws.pipeline.move(lead.id, "contacted")
        exc: LeadDeskError = refused.value
        assert exc.code == "sqlite_busy"
        assert f"(process {holder.pid})" in exc.message and path in exc.message
        assert exc.params["holders"] == [
            {"kind": "program", "pid": holder.pid, "program": Path(sys.executable).name}
        ]
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(10)
    assert ws.pipeline.move(lead.id, "contacted").lead.stage.value == "contacted"  # and after
    ws.close()
