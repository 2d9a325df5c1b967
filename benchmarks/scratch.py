"""A scratch database for a suite: a temporary SQLite file, or a database made on the
server a URL names and dropped afterwards."""

from __future__ import annotations

import contextlib
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def scratch_database(url: str | None, *, fresh: bool = False) -> Iterator[str]:
    """``fresh``: a new SQLite file even when ``url`` names one (a second database
    beside a suite's own)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from leaddesk.store.engine import normalize_url

    if url is None or normalize_url(url).get_backend_name() == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield (None if fresh else url) or f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        return
    base = normalize_url(url)
    name = f"leaddesk_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    pg = base.get_backend_name() == "postgresql"
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"' if pg else f"CREATE DATABASE `{name}`"))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.execute(
                text(
                    f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
                    if pg
                    else f"DROP DATABASE IF EXISTS `{name}`"
                )
            )
        admin.dispose()
