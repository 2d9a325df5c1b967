"""Daily backups and restoring one (SQLite files only: servers have their own tools)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from leaddesk.errors import RuleViolation
from leaddesk.services.backups import BackupService, BackupUnreadable
from leaddesk.services.workspace import Workspace, open_workspace


@pytest.fixture
def file_ws(tmp_path: Path):  # type: ignore[no-untyped-def]
    workspace = open_workspace(f"sqlite:///{tmp_path / 'team.sqlite'}")
    yield workspace
    workspace.close()


def _live(ws: Workspace) -> set[str]:
    """The names of the leads on the board (deleted ones are not)."""
    return {c.name for col in ws.board.board().columns for c in col.cards}


def _on(ws: Workspace, moment: dt.datetime) -> BackupService:
    """The backup service with its clock at ``moment``."""
    return BackupService(dataclasses.replace(ws.ctx, clock=lambda: moment))


def test_the_daily_backup_is_taken_once_a_day(file_ws: Workspace) -> None:
    monday = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
    first = _on(file_ws, monday).take_daily()
    assert first is not None and first.reason == "daily" and first.size > 0
    assert _on(file_ws, monday + dt.timedelta(hours=5)).take_daily() is None
    tuesday = _on(file_ws, monday + dt.timedelta(days=1)).take_daily()
    assert tuesday is not None
    assert [b.reason for b in file_ws.backups.listing()] == ["daily", "daily"]
    assert file_ws.backups.listing()[0].taken_at.date() == dt.date(2026, 12, 8)


def test_restore_brings_back_a_deleted_lead_and_keeps_the_state_before(
    file_ws: Workspace,
) -> None:
    lead = file_ws.leads.create({"first_name": "Ewa", "company": "Acme"}).value
    taken = _on(file_ws, dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)).take_daily()
    assert taken is not None
    file_ws.leads.delete(lead.id)
    file_ws.leads.create({"first_name": "Later"})
    assert _live(file_ws) == {"Later"}
    before, _changes = file_ws.backups.restore(taken.path)
    assert before is not None and before.reason == "before_restore"
    assert _live(file_ws) == {"Ewa"}
    assert file_ws.leads.get(lead.id).company == "Acme"
    # the state the restore replaced is itself a backup, and restoring it undoes it
    file_ws.backups.restore(before.path)
    assert _live(file_ws) == {"Later"}


def test_a_damaged_backup_is_refused_and_the_database_untouched(
    file_ws: Workspace, tmp_path: Path
) -> None:
    file_ws.leads.create({"first_name": "Ewa"})
    taken = _on(file_ws, dt.datetime(2026, 12, 6, tzinfo=dt.UTC)).take_daily()
    assert taken is not None
    data = bytearray(taken.path.read_bytes())
    data[100:4000] = b"\xff" * 3900  # the header's end and the schema page
    broken = tmp_path / "broken.backup.sqlite"
    broken.write_bytes(bytes(data))
    not_a_db = tmp_path / "notes.backup.sqlite"
    not_a_db.write_text("just some text, not a database")
    count = len(file_ws.backups.listing())
    for path in (broken, not_a_db, tmp_path / "missing.backup.sqlite"):
        with pytest.raises(BackupUnreadable) as caught:
            file_ws.backups.restore(path)
        assert caught.value.code == "backup_unreadable"
        assert caught.value.params["file"] == path.name
    assert _live(file_ws) == {"Ewa"}
    assert len(file_ws.backups.listing()) == count  # no "before restore" for nothing


def test_a_server_is_not_backed_up_here(ws: Workspace) -> None:
    if ws.backend == "sqlite":
        assert ws.backups.available
        return
    assert not ws.backups.available
    assert ws.backups.take_daily() is None and ws.backups.listing() == []
    with pytest.raises(RuleViolation) as caught:
        ws.backups.restore(Path("anything.backup.sqlite"))
    assert caught.value.code == "restore_server"
