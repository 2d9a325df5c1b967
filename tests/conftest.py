"""Isolated settings and real databases for every test.

Store and service tests run on every backend in LEADDESK_TEST_BACKENDS
(default: sqlite, postgresql, mysql). A server that does not answer skips
its tests on a developer's machine and fails the run under CI=true.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BACKENDS = [
    b for b in os.environ.get("LEADDESK_TEST_BACKENDS", "sqlite,postgresql,mysql").split(",") if b
]
SERVER_URLS = {
    "postgresql": os.environ.get(
        "LEADDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    ),
    "mysql": os.environ.get("LEADDESK_TEST_MYSQL_URL", "mysql+pymysql://root@127.0.0.1:3306/test"),
}
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, data and QSettings go to a temporary folder, never the developer's."""
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("LEADDESK_DB_URL", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return home


class ServerDatabases:
    """One scratch database per server for the whole run, dropped at the end."""

    def __init__(self) -> None:
        self.urls: dict[str, str] = {}
        self.errors: dict[str, str] = {}
        self._created: list[tuple[str, str]] = []

    def create(self, backend: str) -> str:
        if backend in self.urls:
            return self.urls[backend]
        if backend in self.errors:
            _unavailable(backend, self.errors[backend])
        url = self._make(backend)
        self.urls[backend] = url
        return url

    def _make(self, backend: str) -> str:
        from sqlalchemy.engine import make_url

        base = make_url(SERVER_URLS[backend])
        name = f"leaddesk_t_{uuid.uuid4().hex[:10]}"
        try:
            _admin(
                backend,
                f'CREATE DATABASE "{name}"',
                f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4",
            )
        except Exception as exc:
            self.errors[backend] = str(exc).splitlines()[0]
            _unavailable(backend, self.errors[backend])
        self._created.append((backend, name))
        return base.set(database=name).render_as_string(hide_password=False)

    def new_scratch(self, backend: str) -> str:
        """A further empty database (for migration tests)."""
        self.create(backend)
        return self._make(backend)

    def drop_all(self) -> None:
        for backend, name in self._created:
            _admin(
                backend,
                f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                f"DROP DATABASE IF EXISTS `{name}`",
            )


def _admin(backend: str, pg_sql: str, mysql_sql: str) -> None:
    """Run one statement outside any database transaction on a test server."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(
        make_url(SERVER_URLS[backend]),
        isolation_level="AUTOCOMMIT",
        connect_args={"connect_timeout": 5},
    )
    try:
        with admin.connect() as conn:
            conn.execute(text(pg_sql if backend == "postgresql" else mysql_sql))
    finally:
        admin.dispose()


def _unavailable(backend: str, reason: str) -> None:
    message = f"{backend} test server unavailable: {reason}"
    if IN_CI:
        pytest.fail(message + " (CI=true: a skipped backend fails the run)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def servers() -> Iterator[ServerDatabases]:
    s = ServerDatabases()
    yield s
    s.drop_all()


@pytest.fixture(scope="session")
def migrated_servers(servers: ServerDatabases) -> dict[str, str]:
    return {}


def fresh_url(backend: str, servers: ServerDatabases, tmp_path: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite'}"
    return servers.new_scratch(backend)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db_url(
    backend: str, servers: ServerDatabases, migrated_servers: dict[str, str], tmp_path: Path
) -> str:
    """A migrated, empty database on ``backend``."""
    from leaddesk.store import bulk, schema
    from leaddesk.store.engine import open_database

    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'test.sqlite'}"
        db = open_database(url)
        schema.upgrade(db)
        db.dispose()
        return url
    url = servers.create(backend)
    db = open_database(url)
    if backend not in migrated_servers:
        schema.upgrade(db)
        migrated_servers[backend] = url
    with db.engine.begin() as conn:
        bulk.wipe(conn)
    db.dispose()
    return url


@pytest.fixture
def ws(db_url: str):  # type: ignore[no-untyped-def]
    from leaddesk.services.workspace import open_workspace

    workspace = open_workspace(db_url, default_region="PL")
    yield workspace
    workspace.close()


@pytest.fixture
def smtp_server():  # type: ignore[no-untyped-def]
    """A real SMTP server on a free local port, in this process (aiosmtpd)."""
    from tests.support.smtp_server import SmtpServer

    with SmtpServer() as server:
        yield server
