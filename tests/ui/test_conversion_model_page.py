"""Settings ▸ Conversion model: no model says what it needs, Train now works off the GUI
thread and shows how well the model predicts and what weighs most, fields can be kept
out, and a lead's window explains its probability."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from leaddesk.domain.stages import Stage
from leaddesk.services.workspace import Workspace
from leaddesk.ui.lead.score_view import ScoreBreakdown
from leaddesk.ui.lead.window import LeadWindow
from leaddesk.ui.settings.conversion_model import ConversionModelPanel
from tests.support.conversion_leads import import_sample


def test_training_from_the_page_and_the_leads_explanation(
    qtbot, qtmodeltester, sqlite_ws: Workspace, tmp_path: Path, english
) -> None:  # type: ignore[no-untyped-def]
    panel = ConversionModelPanel(lambda: sqlite_ws)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.reported):
        panel.show()
    assert panel.status.text().startswith("No model yet")
    qtmodeltester.check(panel.weights)
    qtmodeltester.check(panel.excluded)

    panel.train()  # too little history: refused, said with the counts
    qtbot.waitUntil(lambda: not panel.job.running, timeout=20_000)
    assert panel.refusal.isVisibleTo(panel) and "0" in panel.refusal.text()

    import_sample(sqlite_ws, tmp_path, 600, seed=5, open_rows=20)
    panel.reload()
    assert panel.excluded.rowCount() > 10
    assert panel.train()
    assert not panel.train_button.isEnabled() and panel.progress.isVisibleTo(panel)
    qtbot.waitUntil(lambda: not panel.job.running, timeout=120_000)
    assert panel.status.text().startswith("In use since"), panel.refusal.text()
    assert "ROC AUC" in panel.figures.text()
    assert panel.weights.rowCount() > 0 and panel.weights.index(0, 2).data().startswith("\u00d7")
    qtmodeltester.check(panel.weights)
    chart = panel.reliability
    assert chart is not None and chart.isVisibleTo(panel)
    bins = panel.report.metrics["reliability"] if panel.report else []
    xs, ys = chart.curve.getData()
    assert list(xs) == [b["mean_predicted"] for b in bins] and len(bins) >= 3
    assert list(ys) == [b["observed"] for b in bins]
    counts = sum(b["count"] for b in bins)
    assert counts == panel.report.metrics["n_test"]  # type: ignore[union-attr]
    assert "leads, on average" in chart.tip(bins[0])

    first = panel.excluded.index(0, 0)
    assert panel.excluded.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    panel.keep_out()
    assert sqlite_ws.conversion.excluded() == [panel.excluded.columns[0]]

    lead = sqlite_ws.board.cards(Stage.OPEN, limit=1)[0]
    assert sqlite_ws.leads.get(lead.id).probability is not None
    window = LeadWindow(sqlite_ws, lead.id)
    qtbot.addWidget(window)
    assert window.header.score.text().endswith("%")
    dialog = window.header.score.open_breakdown()
    assert isinstance(dialog, ScoreBreakdown)
    text = dialog.likely.text()
    assert text.startswith("Likely to become a customer:") and "Raising it:" in text
    dialog.close()
