"""Opening a SQLite file the way the app and the command line do: a file LeadDesk
refuses is left exactly as it was, byte for byte and in its journal mode, and a file
it may not write to is refused by name before anything tries to."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from leaddesk import cli
from leaddesk.errors import DatabaseReadOnly, SchemaTooNew
from leaddesk.services.workspace import open_workspace
from tests.support.sqlite_files import file_at, journal_mode, leftovers, read_only, sha256


def test_a_newer_file_in_rollback_journal_mode_is_refused_untouched(tmp_path: Path) -> None:
    path = file_at(tmp_path / "newer.sqlite")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
        conn.commit()
    before = sha256(path)
    assert journal_mode(path) == "delete" and sha256(path) == before
    for upgrade in (True, False):  # the app and `db upgrade`; `db current`
        with pytest.raises(SchemaTooNew, match="ffff"):
            open_workspace(f"sqlite:///{path}", upgrade=upgrade)
    assert leftovers(path) == []  # no -wal, -shm or -journal beside it
    assert sha256(path) == before
    assert journal_mode(path) == "delete"


def test_a_file_opened_for_use_is_switched_to_wal(tmp_path: Path) -> None:
    path = file_at(tmp_path / "current.sqlite")
    open_workspace(f"sqlite:///{path}").close()
    assert journal_mode(path) == "wal"
    older = file_at(tmp_path / "older.sqlite", "0011")
    open_workspace(f"sqlite:///{older}").close()
    assert journal_mode(older) == "wal"
    fresh = tmp_path / "new.sqlite"
    open_workspace(f"sqlite:///{fresh}").close()
    assert journal_mode(fresh) == "wal"


def test_a_read_only_file_is_refused_by_name_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a file an older LeadDesk left: opening it for use would migrate it and switch it to
    # WAL, and with email set up the outbox would release its claims at the start
    path = file_at(tmp_path / "shared.sqlite", "0011")
    before = sha256(path)
    read_only(monkeypatch, path)
    with pytest.raises(DatabaseReadOnly) as refused:
        open_workspace(f"sqlite:///{path}")
    assert refused.value.code == "db_file_read_only"
    assert refused.value.params == {"path": str(path)}
    assert str(path) in refused.value.message and "read-only" in refused.value.message
    assert leftovers(path) == [] and sha256(path) == before
    assert journal_mode(path) == "delete"


def test_a_file_in_a_folder_that_may_not_be_written_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = file_at(folder / "team.sqlite")
    before = sha256(path)
    read_only(monkeypatch, folder)  # SQLite makes its -wal and -shm files beside the file
    for url in (f"sqlite:///{path}", f"sqlite:///{folder / 'new.sqlite'}"):
        with pytest.raises(DatabaseReadOnly) as refused:
            open_workspace(url)
        assert refused.value.code == "db_folder_read_only"
        assert refused.value.params["folder"] == str(folder)
        assert str(folder) in refused.value.message
    assert leftovers(path) == [] and sha256(path) == before


def test_the_command_line_names_a_read_only_file_and_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = file_at(tmp_path / "shared.sqlite", "0011")
    read_only(monkeypatch, path)
    for command in (["users", "list"], ["outbox", "send"], ["db", "upgrade"]):
        assert cli.main([*command, "--db", f"sqlite:///{path}"]) == 2
        said = capsys.readouterr()
        assert str(path) in said.err and "read-only" in said.err and "Traceback" not in said.err
