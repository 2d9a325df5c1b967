"""A lead written by another process (the capture service, a colleague) appears on the
open board without a reload."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from leaddesk.config.settings import Settings
from leaddesk.domain.stages import Stage
from leaddesk.services.workspace import open_workspace
from leaddesk.ui.main_window import MainWindow

WRITE = """
import sys
from leaddesk.services.workspace import open_workspace
ws = open_workspace(sys.argv[1])
ws.leads.create({"first_name": "From", "last_name": "Outside", "email": "out@example.com"})
ws.close()
"""


def test_a_lead_another_process_writes_appears_on_the_board(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    ws = open_workspace(url)
    ws.leads.create({"first_name": "Already", "last_name": "Here"})
    w = MainWindow(
        ws,
        open_workspace,
        QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
        Settings(),
    )
    qtbot.addWidget(w)
    w.outside.timer.setInterval(100)
    w.show()
    qtbot.waitExposed(w)
    column = w.board.models[Stage.OPEN]
    qtbot.waitUntil(lambda: column.rowCount() == 1)
    subprocess.run([sys.executable, "-c", WRITE, url], check=True, timeout=60)
    qtbot.waitUntil(lambda: column.rowCount() == 2, timeout=10_000)
    names = {column.index(r, 0).data() for r in range(column.rowCount())}
    assert any("Outside" in str(n) for n in names)
