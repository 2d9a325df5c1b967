"""A write held up by somebody else's unfinished change waits a bounded time on the
servers and is then refused as ``lock_wait``, instead of hanging the screen for ever."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import create_engine, update
from sqlalchemy.engine import make_url

from leaddesk.errors import DatabaseBusy
from leaddesk.services.workspace import open_workspace
from leaddesk.store import engine as store_engine
from leaddesk.store.models import Lead
from tests.conftest import BACKENDS

SERVERS = [b for b in BACKENDS if b != "sqlite"]
BOUND_S = 1  # the test's wait bound (the app's is LOCK_WAIT_S)
GIVE_UP_S = 20  # past this the write is taken to wait for ever: the holder lets go


@pytest.mark.parametrize("backend", SERVERS, indirect=True)
def test_a_write_behind_a_held_row_lock_is_refused_in_time(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_engine, "LOCK_WAIT_S", BOUND_S)
    ws = open_workspace(db_url)
    holder = create_engine(make_url(db_url), isolation_level="READ COMMITTED")
    try:
        lead = ws.leads.create({"first_name": "Zofia"}).value
        outcome: dict[str, object] = {}
        with holder.connect() as other:  # another rep's app, its change not committed
            leads = Lead.__table__
            other.execute(update(leads).where(leads.c.id == lead.id).values(job_title="theirs"))

            def edit() -> None:
                started = time.monotonic()
                try:
                    ws.leads.update(lead.id, {"job_title": "mine"}, expected_version=lead.version)
                except Exception as exc:  # the test reports it below
                    outcome["error"] = exc
                outcome["waited"] = time.monotonic() - started

            writer = threading.Thread(target=edit)
            writer.start()
            writer.join(GIVE_UP_S)
            still_waiting = writer.is_alive()
            other.rollback()  # lets a writer that waits for ever go on
            writer.join(60)
        assert not still_waiting, f"the write still waited after {GIVE_UP_S} s"
        refused = outcome.get("error")
        assert isinstance(refused, DatabaseBusy), refused
        assert refused.code == "lock_wait" and ws.title in refused.message
        assert float(str(outcome["waited"])) < BOUND_S + 5
        assert ws.leads.get(lead.id).job_title != "mine"  # nothing was saved
    finally:
        holder.dispose()
        ws.close()
