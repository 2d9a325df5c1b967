"""File ▸ Restore backup…: the daily backup is taken while the app runs, and restoring
one brings a deleted lead back to every screen, after keeping the state it replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from leaddesk.config.settings import Settings
from leaddesk.services.workspace import open_workspace
from leaddesk.ui.backups.restore import RestoreDialog
from leaddesk.ui.main_window import MainWindow


def test_restore_backup_end_to_end(
    qtbot, tmp_path: Path, qsettings, english, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(f"sqlite:///{tmp_path / 'team.sqlite'}")
    lead = ws.leads.create({"first_name": "Ewa", "company": "Acme"}).value
    w = MainWindow(ws, open_workspace, qsettings, Settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    # the daily backup, taken in the background at start
    qtbot.waitUntil(lambda: [b.reason for b in w.workspace.backups.listing()] == ["daily"])
    assert w.actions_by_id["file.restore"].isEnabled()
    w.workspace.leads.delete(lead.id)
    dialog = w.restore_backup()
    assert isinstance(dialog, RestoreDialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "Daily"

    def yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, yes)
    with qtbot.waitSignal(dialog.finished):
        dialog.restore_button.click()
    qtbot.waitUntil(lambda: w.board.total == 1)
    assert w.workspace.leads.get(lead.id).company == "Acme"
    reasons = [b.reason for b in w.workspace.backups.listing()]
    assert sorted(reasons) == ["before_restore", "daily"]
    assert "restored" in w.statusBar().currentMessage()
    w.close()


def test_a_damaged_backup_is_refused_in_the_dialog(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(f"sqlite:///{tmp_path / 'team.sqlite'}")
    ws.leads.create({"first_name": "Ewa"})
    taken = ws.backups.take_daily()
    assert taken is not None
    taken.path.write_bytes(b"not a database at all" * 100)
    dialog = RestoreDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore(dialog.model.record(0))
    assert "damaged" in dialog.problem.text(), dialog.problem.text()
    assert not dialog.problem.isHidden()
    assert ws.board.board().columns[0].count == 1
    ws.close()
