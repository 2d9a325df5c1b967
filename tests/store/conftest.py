"""Fixtures of the store's tests: an empty scratch database on the backend under test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from leaddesk.store.engine import Database, open_database
from tests.conftest import ServerDatabases, fresh_url


@pytest.fixture
def db(backend: str, servers: ServerDatabases, tmp_path: Path) -> Iterator[Database]:
    """An empty scratch database on the backend under test (no migration run yet)."""
    database = open_database(fresh_url(backend, servers, tmp_path))
    yield database
    database.dispose()
