"""The board filters by a custom field (a choice, yes/no), offered once the owner
makes the field."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.stages import Stage
from leaddesk.services.workspace import Workspace
from leaddesk.ui.board.screen import BoardScreen


def test_the_board_filters_by_a_custom_field(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, english
) -> None:  # type: ignore[no-untyped-def]
    ws = sqlite_ws
    ws.leads.create({"first_name": "Ewa"})
    screen = BoardScreen(ws, (dict, lambda _v: None), qsettings)
    qtbot.addWidget(screen)
    screen.show()
    bar = screen.filter_bar
    assert bar.custom.isHidden()  # no custom field yet
    _f, changes = ws.custom_fields.create("Budget band", FieldKind.CHOICE, ["Small", "Large"])
    jan = ws.leads.create({"first_name": "Jan", "custom_fields": {"budget_band": "Large"}})
    screen.note_changes(changes | jan.changes)
    assert not bar.custom.isHidden()
    texts = [bar.custom.itemText(i) for i in range(bar.custom.count())]
    assert texts == ["Any custom field", "Budget band: Small", "Budget band: Large"]
    model = screen.models[Stage.OPEN]

    def shown() -> list[str]:
        return [model.card_at(r).name for r in range(model.rowCount())]  # type: ignore[union-attr]

    qtbot.waitUntil(lambda: sorted(shown()) == ["Ewa", "Jan"])
    bar.custom.setCurrentIndex(2)
    qtbot.waitUntil(lambda: shown() == ["Jan"])
    flt, _sort = bar.current()
    assert (flt.field_key, flt.field_value) == ("budget_band", "Large")
    bar.clear_filters()
    qtbot.waitUntil(lambda: sorted(shown()) == ["Ewa", "Jan"])
