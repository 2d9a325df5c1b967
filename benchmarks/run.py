"""Benchmarks: `python -m benchmarks.run SUITE [--leads N] [--db URL]`.

Prints progress on stderr and one JSON object of figures as the last line
of stdout. A server URL names a server: the suite works in a scratch
database it creates there and drops afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import (
    board,
    capture,
    foundation,
    imports,
    insights,
    lead,
    messaging,
    rescore,
    scoring,
    shell,
    vcard,
)

SUITES = {
    "board": board.run,
    "capture": capture.run,
    "foundation": foundation.run,
    "import": imports.run,
    "insights": insights.run,
    "lead": lead.run,
    "messaging": messaging.run,
    "rescore": rescore.run,
    "scoring": scoring.run,
    "shell": shell.run,
    "vcard": vcard.run,
}


@contextlib.contextmanager
def scratch_database(url: str | None) -> Iterator[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from leaddesk.store.engine import normalize_url

    if url is None or normalize_url(url).get_backend_name() == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield url or f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
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


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("suite", choices=sorted(SUITES))
    p.add_argument("--leads", type=int, default=100_000)
    p.add_argument("--db", default=None, help="database URL (default: a temporary SQLite file)")
    args = p.parse_args()
    with scratch_database(args.db) as url:
        figures = SUITES[args.suite](url, args.leads)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
