"""What a start loads: libraries only some screens or commands need wait for them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

LATER = ("alembic", "icalendar", "numpy", "pyqtgraph", "scipy")


def _loaded(code: str) -> list[str]:
    listed = f"[m for m in {LATER!r} if m in sys.modules]"
    probe = f"{code}\nimport sys, json\nprint(json.dumps({listed}))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_app_and_its_main_window_load_no_chart_migration_or_statistics_library() -> None:
    # pyqtgraph and numpy alone cost about a third of a second of every start
    assert _loaded("import leaddesk.cli, leaddesk.app, leaddesk.ui.main_window") == []


def test_opening_an_up_to_date_database_needs_no_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'start.sqlite'}"
    opening = (
        f"from leaddesk.services.workspace import open_workspace; open_workspace({url!r}).close()"
    )
    assert "alembic" in _loaded(opening)  # created: the migrations ran
    assert _loaded(opening) == []  # opened again: one SELECT said it is up to date
