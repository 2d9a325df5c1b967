"""The board filters by a custom field (a choice, yes/no), offered once the owner
makes the field."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSettings

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


def test_the_board_filters_by_a_number_range_a_date_range_and_text(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, polish
) -> None:  # type: ignore[no-untyped-def]
    """Picked from the list, each field shows its editors; the range is typed as Polish
    writes numbers (a decimal comma), and a saved view brings it all back."""
    ws = sqlite_ws
    ws.custom_fields.create("Pracownicy", FieldKind.NUMBER)
    ws.custom_fields.create("Spotkanie", FieldKind.DATE)
    branch, _changes = ws.custom_fields.create("Oddział", FieldKind.TEXT)
    for name, values in (
        ("Nine", {"pracownicy": 9, "spotkanie": "2026-01-31", branch.key: "Łódź"}),
        ("Ten", {"pracownicy": 10, "spotkanie": "2026-02-01", branch.key: "Kraków"}),
        ("Half", {"pracownicy": 2.5}),
        ("Unset", {}),
    ):
        ws.leads.create({"first_name": name, "custom_fields": values})
    views: dict = {}
    screen = BoardScreen(ws, (lambda: dict(views), views.update), qsettings)
    qtbot.addWidget(screen)
    screen.show()
    bar = screen.filter_bar
    custom = bar.custom_field
    model = screen.models[Stage.OPEN]

    def shown() -> set[str]:
        return {model.card_at(r).name for r in range(model.rowCount())}  # type: ignore[union-attr]

    everyone = {"Nine", "Ten", "Half", "Unset"}
    qtbot.waitUntil(lambda: shown() == everyone)
    assert custom.numbers.isHidden() and custom.dates.isHidden() and custom.contains.isHidden()

    bar.custom.setCurrentIndex(bar.custom.findText("Pracownicy"))
    assert custom.numbers.isVisible() and custom.dates.isHidden()
    assert shown() == everyone  # a field picked with no end narrows nothing
    qtbot.keyClicks(custom.number_min, "2,5")
    qtbot.keyClicks(custom.number_max, "9")
    qtbot.waitUntil(lambda: shown() == {"Half", "Nine"})  # 10 is not below 9
    custom.number_min.clear()
    qtbot.keyClicks(custom.number_min, "9,5")
    qtbot.waitUntil(lambda: shown() == set())
    custom.number_max.clear()
    qtbot.waitUntil(lambda: shown() == {"Ten"})
    flt, _sort = bar.current()
    assert (flt.field_key, flt.field_kind, flt.field_min, flt.field_max) == (
        "pracownicy",
        "number",
        "9.5",
        None,
    )
    custom.number_max.setText("dużo")  # no number: shown red, and no end (keyClicks: ASCII)
    assert "color" in custom.number_max.styleSheet()
    assert bar.current()[0].field_max is None
    bar.save_current_view("Duże firmy")

    bar.custom.setCurrentIndex(bar.custom.findText("Spotkanie"))
    assert custom.dates.isVisible() and custom.numbers.isHidden()
    assert custom.date_min.text() == custom.date_min.specialValueText()  # "any"
    qtbot.waitUntil(lambda: shown() == everyone)
    custom.date_max.setDate(QDate(2026, 1, 31))
    qtbot.waitUntil(lambda: shown() == {"Nine"})  # the last day is included
    custom.any_date.click()
    qtbot.waitUntil(lambda: shown() == everyone)

    bar.custom.setCurrentIndex(bar.custom.findText("Oddział"))
    assert custom.contains.isVisible() and custom.dates.isHidden()
    custom.contains.setText("ŁÓDŹ")
    qtbot.waitUntil(lambda: shown() == {"Nine"})

    bar.views.setCurrentIndex(bar.views.findData("Duże firmy"))
    bar.views.activated.emit(bar.views.currentIndex())
    qtbot.waitUntil(lambda: shown() == {"Ten"})
    assert bar.custom.currentText() == "Pracownicy" and custom.numbers.isVisible()
    assert custom.number_min.text() == "9,5" and custom.number_max.text() == ""
    bar.clear_filters()
    qtbot.waitUntil(lambda: shown() == everyone)
    assert custom.numbers.isHidden() and bar.custom.currentIndex() == 0


def test_the_custom_field_editors_mirror_in_arabic(
    qtbot, sqlite_ws: Workspace, qsettings: QSettings, arabic
) -> None:  # type: ignore[no-untyped-def]
    ws = sqlite_ws
    ws.custom_fields.create("Employees", FieldKind.NUMBER)
    screen = BoardScreen(ws, (dict, lambda _v: None), qsettings)
    qtbot.addWidget(screen)
    screen.resize(1400, 700)
    screen.show()
    custom = screen.filter_bar.custom_field
    screen.filter_bar.custom.setCurrentIndex(1)
    qtbot.waitUntil(custom.numbers.isVisible)
    # right to left: the list first on the right, the lower end beside it, then the upper
    assert custom.combo.x() > custom.numbers.x()
    assert custom.number_min.x() > custom.number_max.x()
