"""Opening a database: try first and ask for a password only when the server wants
one; files are remembered by their full path, and a missing one is never recreated
silently."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from leaddesk.errors import PasswordRefused
from leaddesk.services.workspace import open_workspace
from tests.conftest import SERVER_URLS, ServerDatabases


def test_a_server_that_needs_no_password_is_never_asked_for_one(
    servers: ServerDatabases,
) -> None:
    url = make_url(servers.create("postgresql"))  # postgres@127.0.0.1: trusted
    assert url.username and not url.password

    def never(_url: object) -> str:
        raise AssertionError("asked for a password the server does not want")

    open_workspace(url.render_as_string(hide_password=False), ask_password=never).close()


@pytest.fixture
def mariadb_login(servers: ServerDatabases):  # type: ignore[no-untyped-def]
    """A MariaDB login with a password, allowed into a scratch database."""
    url = make_url(servers.create("mysql"))
    login = f"ld_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(SERVER_URLS["mysql"]), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE USER '{login}'@'%' IDENTIFIED BY 's3cret-Pass'"))
        conn.execute(text(f"CREATE USER '{login}'@'localhost' IDENTIFIED BY 's3cret-Pass'"))
        for host in ("%", "localhost"):
            conn.execute(text(f"GRANT ALL ON `{url.database}`.* TO '{login}'@'{host}'"))
    yield url.set(username=login, password=None)
    with admin.connect() as conn:
        for host in ("%", "localhost"):
            conn.execute(text(f"DROP USER IF EXISTS '{login}'@'{host}'"))
    admin.dispose()


def test_a_password_is_asked_only_when_the_server_refuses(mariadb_login) -> None:  # type: ignore[no-untyped-def]
    raw = mariadb_login.render_as_string(hide_password=False)
    asked: list[str] = []

    def ask(url: object) -> str:
        asked.append("asked")
        return "s3cret-Pass"

    open_workspace(raw, ask_password=ask).close()
    assert asked == ["asked"]  # tried without, refused, asked once

    wrong: list[str] = []
    with pytest.raises(PasswordRefused) as refused:
        open_workspace(raw, ask_password=lambda _u: wrong.append("x") or "nope")
    assert wrong == ["x", "x"]  # asked again once after a wrong one, then told
    assert mariadb_login.username in refused.value.message
    with pytest.raises(PasswordRefused):  # nobody to ask (a screenshot, a script)
        open_workspace(raw)


def test_a_relative_file_is_remembered_by_its_full_path(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    ws = open_workspace("sqlite:///demo.sqlite")
    try:
        assert ws.ctx.db.url.database == str(tmp_path / "demo.sqlite")
    finally:
        ws.close()


def test_a_missing_saved_file_is_named_not_recreated(tmp_path: Path, isolated_home: Path) -> None:
    gone = tmp_path / "moved-away.sqlite"
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(isolated_home),
        "XDG_CONFIG_HOME": str(isolated_home / "config"),
        "XDG_DATA_HOME": str(isolated_home / "data"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PATH": "/usr/bin:/bin",
    }
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "from leaddesk.config.settings import Settings; print(Settings.path())",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    settings = Path(probe.stdout.strip())
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"db_url": f"sqlite+pysqlite:///{gone}"}), encoding="utf-8")
    for args in (["db", "current"], ["--screenshot", str(tmp_path / "x.png")]):
        out = subprocess.run(
            [sys.executable, "-m", "leaddesk", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert out.returncode == 2 and str(gone) in out.stderr and "not there" in out.stderr
    assert not gone.exists()  # nothing made in its place
