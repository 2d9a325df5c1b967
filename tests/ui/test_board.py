"""The kanban board: drops, group moves, undo/redo, dialogs, keys, filters, refusals, RTL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from leaddesk.demo import populate
from leaddesk.domain.board_view import BoardFilter, FollowUpDue, OwnerScope, SavedView
from leaddesk.domain.stages import STAGE_ORDER, Stage
from leaddesk.errors import DatabaseUnavailable
from leaddesk.services.records import Card
from leaddesk.services.workspace import Workspace
from leaddesk.ui.board.column_model import CARD_ROLE, ColumnModel, DraggedCard, encode_cards
from leaddesk.ui.board.screen import BoardScreen
from leaddesk.ui.widgets.lead_dialogs import DealValueDialog, ReasonDialog

ANCHOR = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
def board(qtbot, sqlite_ws: Workspace, qsettings: QSettings, english) -> Iterator[BoardScreen]:  # type: ignore[no-untyped-def]
    populate(sqlite_ws, 160, seed=5, anchor=ANCHOR)
    views: dict[str, SavedView] = {}

    def save(v: dict[str, SavedView]) -> None:
        views.clear()
        views.update(v)

    screen = BoardScreen(sqlite_ws, (lambda: dict(views), save), qsettings)
    qtbot.addWidget(screen)
    screen.resize(2400, 900)
    screen.show()
    screen.activateWindow()
    qtbot.waitActive(screen)
    yield screen


def names(screen: BoardScreen, stage: Stage) -> list[str]:
    model = screen.models[stage]
    return [model.card_at(r).name for r in range(model.rowCount())]  # type: ignore[union-attr]


def db_names(ws: Workspace, stage: Stage) -> list[str]:
    return [c.name for c in ws.board.cards(stage, limit=10_000)]


def cards(screen: BoardScreen, stage: Stage, rows: list[int]) -> list[Card]:
    return [screen.models[stage].card_at(r) for r in rows]  # type: ignore[misc]


def drop_on(screen: BoardScreen, stage: Stage, row: int, payload: list[Card]) -> None:
    """Drive the target view's own drop handling, as a real drag would end."""
    view = screen.columns[stage].view
    model = screen.models[stage]
    if row < model.rowCount():
        rect = view.visualRect(model.index(row))
        point = QPoint(rect.center().x(), rect.top() + 2)  # upper edge: drop above that card
    else:
        point = QPoint(view.viewport().width() // 2, view.viewport().height() - 4)
    data: QMimeData = encode_cards(payload)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    viewport = view.viewport()
    for event in (
        QDragEnterEvent(point, move, data, buttons, mods),
        QDragMoveEvent(point, move, data, buttons, mods),
    ):
        QApplication.sendEvent(viewport, event)
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), move, data, buttons, mods))


def answer_dialog(act: Callable[[QDialog], None]) -> None:
    """Answer the next modal dialog once it is up."""

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, later)
            return
        act(dialog)  # type: ignore[arg-type]

    QTimer.singleShot(0, later)


def test_models_pass_the_model_tester(board: BoardScreen, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    for model in board.models.values():
        qtmodeltester.check(model)


def test_columns_show_counts_values_and_cards_in_stage_order(board: BoardScreen) -> None:
    ws = board.ws
    totals = ws.board.totals()
    for stage in STAGE_ORDER:
        column = board.columns[stage]
        assert column.count.text() == f"{totals[stage].count:n}"
        assert names(board, stage) == db_names(ws, stage)
    assert [c.title.text() for c in board.columns.values()][:2] == ["Open", "Contacted"]


def test_drop_into_another_column_saves_and_shows_it(board: BoardScreen) -> None:
    ws = board.ws
    (card,) = cards(board, Stage.OPEN, [1])
    before = board.models[Stage.CONTACTED].rowCount()
    drop_on(board, Stage.CONTACTED, 2, [card])
    expected = db_names(ws, Stage.CONTACTED)
    assert expected[2] == card.name
    assert names(board, Stage.CONTACTED) == expected
    assert card.name not in names(board, Stage.OPEN)
    assert board.models[Stage.CONTACTED].rowCount() == before + 1
    timeline = ws.activities.timeline(card.id)
    assert timeline[0].details["to"] == "contacted"
    assert board.columns[Stage.CONTACTED].count.text() == f"{before + 1:n}"


def test_drop_within_a_column_reorders(board: BoardScreen) -> None:
    first, second, third = cards(board, Stage.OPEN, [0, 1, 2])
    drop_on(board, Stage.OPEN, 3, [first])  # below the third card
    shown = names(board, Stage.OPEN)
    assert shown[:3] == [second.name, third.name, first.name]
    assert shown == db_names(board.ws, Stage.OPEN)


def test_several_cards_move_together_and_undo_together(board: BoardScreen) -> None:
    ws = board.ws
    picked = cards(board, Stage.OPEN, [0, 2, 3])
    open_before = names(board, Stage.OPEN)
    qualified_before = names(board, Stage.QUALIFIED)
    drop_on(board, Stage.QUALIFIED, 0, picked)
    assert names(board, Stage.QUALIFIED)[:3] == [c.name for c in picked]
    assert names(board, Stage.QUALIFIED) == db_names(ws, Stage.QUALIFIED)
    assert board.undo_stack.undoText() == "Move 3 leads to Qualified"

    board.undo_stack.undo()
    assert names(board, Stage.OPEN) == open_before == db_names(ws, Stage.OPEN)
    assert names(board, Stage.QUALIFIED) == qualified_before
    undo_entry = ws.activities.timeline(picked[0].id)[0]
    assert undo_entry.details == {"from": "qualified", "to": "open", "reason": None, "undo": True}

    board.undo_stack.redo()
    assert names(board, Stage.QUALIFIED)[:3] == [c.name for c in picked]
    assert names(board, Stage.QUALIFIED) == db_names(ws, Stage.QUALIFIED)


def test_disqualify_asks_for_a_reason_and_cancel_puts_the_card_back(board: BoardScreen) -> None:
    ws = board.ws
    (card,) = cards(board, Stage.CONTACTED, [0])
    before = names(board, Stage.CONTACTED)
    answer_dialog(lambda d: d.reject())
    drop_on(board, Stage.DISQUALIFIED, 0, [card])
    assert names(board, Stage.CONTACTED) == before == db_names(ws, Stage.CONTACTED)
    assert board.undo_stack.count() == 0

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        assert not dialog.ok_button.isEnabled()  # nothing chosen yet
        dialog.choice.setCurrentIndex(1)
        dialog.details.setText("asked again in May")
        dialog.accept()

    answer_dialog(pick)
    drop_on(board, Stage.DISQUALIFIED, 0, [card])
    lead = ws.leads.get(card.id)
    assert lead.stage is Stage.DISQUALIFIED
    assert lead.reason == "No budget: asked again in May"
    assert names(board, Stage.DISQUALIFIED)[0] == card.name


def test_winning_confirms_the_deal_value(board: BoardScreen) -> None:
    (card,) = cards(board, Stage.NEGOTIATION, [0])

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, DealValueDialog)
        dialog.amount.setValue(12_345.5)
        dialog.accept()

    answer_dialog(confirm)
    drop_on(board, Stage.CUSTOMER, 0, [card])
    lead = board.ws.leads.get(card.id)
    assert lead.stage is Stage.CUSTOMER and str(lead.deal_value) == "12345.50"


def test_keyboard_moves_selection_and_cards(board: BoardScreen, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = board.columns[Stage.OPEN].view
    board.focus_card(Stage.OPEN, 1)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 2
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert board.columns[Stage.CONTACTED].view.hasFocus()
    assert board.columns[Stage.CONTACTED].view.currentIndex().row() == 2

    target = board.columns[Stage.CONTACTED].view
    (card,) = cards(board, Stage.CONTACTED, [2])
    target.selectionModel().select(
        target.currentIndex(), target.selectionModel().SelectionFlag.ClearAndSelect
    )
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(target, Qt.Key.Key_Right, mods)
    assert board.ws.leads.get(card.id).stage is Stage.NURTURING
    assert names(board, Stage.NURTURING)[0] == card.name
    qtbot.keyClick(board.columns[Stage.NURTURING].view, Qt.Key.Key_Left, mods)
    assert board.ws.leads.get(card.id).stage is Stage.CONTACTED

    opened: list[object] = []
    board.openLead.connect(opened.append)
    qtbot.keyClick(board.columns[Stage.CONTACTED].view, Qt.Key.Key_Return)
    assert opened == [board.columns[Stage.CONTACTED].view.currentIndex().data(CARD_ROLE).id]


def test_delete_asks_first(board: BoardScreen, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(
        "leaddesk.ui.board.screen.QMessageBox.question", lambda *a, **k: answers.pop(0)
    )
    (card,) = cards(board, Stage.OPEN, [0])
    board.focus_card(Stage.OPEN, 0)
    view = board.columns[Stage.OPEN].view
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert card.name in names(board, Stage.OPEN)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert card.id not in {c.id for c in board.ws.board.cards(Stage.OPEN, limit=10_000)}
    assert board.models[Stage.OPEN].row_of(card.id) is None


def test_each_filter_narrows_every_column(board: BoardScreen, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws, bar = board.ws, board.filter_bar
    me = ws.users.list()[1].id
    board.set_user(me)
    # typed on the keyboard: QTest types ASCII only
    some = next(c for c in cards(board, Stage.OPEN, list(range(20))) if c.name.isascii())
    choices = ws.board.filter_choices()

    def check(flt: BoardFilter) -> None:
        totals = ws.board.totals(flt, me=me)
        for stage in STAGE_ORDER:
            assert board.models[stage].rowCount() == totals[stage].count, (flt, stage)
            expected = [c.name for c in ws.board.cards(stage, flt, me=me, limit=10_000)]
            assert names(board, stage) == expected

    qtbot.keyClicks(bar.search, some.name.split()[0][:4])
    check(BoardFilter(text=some.name.split()[0][:4]))
    bar.search.clear()
    for combo, value, flt in (
        (bar.owner, OwnerScope.MINE, BoardFilter(owner=OwnerScope.MINE)),
        (bar.owner, OwnerScope.POOL, BoardFilter(owner=OwnerScope.POOL)),
        (bar.source, some.source, BoardFilter(source=some.source)),
        (
            bar.campaign,
            str(choices.campaigns[0][0]),
            BoardFilter(campaign_id=choices.campaigns[0][0]),
        ),
        (bar.product, str(choices.products[0][0]), BoardFilter(product_id=choices.products[0][0])),
        (bar.tag, choices.tags[0], BoardFilter(tag=choices.tags[0])),
        (bar.follow_up, FollowUpDue.OVERDUE, BoardFilter(follow_up=FollowUpDue.OVERDUE)),
    ):
        combo.setCurrentIndex(combo.findData(value))
        assert bar.current()[0] == flt
        check(flt)
        combo.setCurrentIndex(0)
    bar.score_min.setValue(30)
    bar.score_max.setValue(60)
    check(BoardFilter(score_min=30, score_max=60))
    bar.save_current_view("Warm")
    bar.clear_filters()
    check(BoardFilter())
    bar.views.setCurrentIndex(bar.views.findData("Warm"))
    bar.views.activated.emit(bar.views.currentIndex())
    assert bar.current()[0] == BoardFilter(score_min=30, score_max=60)


def test_sorting_a_column(board: BoardScreen) -> None:
    bar = board.filter_bar
    bar.sort.setCurrentIndex(bar.sort.findData("score"))
    scores = [
        board.models[Stage.OPEN].card_at(r).score
        for r in range(board.models[Stage.OPEN].rowCount())
    ]  # type: ignore[union-attr]
    assert scores == sorted(scores, reverse=True)


def test_a_refused_move_puts_the_card_back_and_says_why(board: BoardScreen) -> None:
    ws = board.ws
    card, other = cards(board, Stage.OPEN, [0, 1])
    ws.leads.update(card.id, {"company": "Changed Elsewhere"}, expected_version=card.version)
    drop_on(board, Stage.CONTACTED, 0, [card])
    assert ws.leads.get(card.id).stage is Stage.OPEN
    assert board.message.isVisible()
    assert "changed" in board.message.text().lower()
    assert card.id in {c.id for c in cards(board, Stage.OPEN, list(range(3)))}
    assert board.undo_stack.count() == 0

    def lost(*_a: object, **_k: object) -> None:
        raise DatabaseUnavailable("Cannot use the database SQLite test: connection lost")

    ws.pipeline.move_many = lost  # type: ignore[method-assign]
    drop_on(board, Stage.CONTACTED, 0, [other])
    assert "connection lost" in board.message.text()
    assert other.name in names(board, Stage.OPEN)
    assert ws.leads.get(other.id).stage is Stage.OPEN


def test_columns_collapse_and_remember_it(board: BoardScreen, qsettings: QSettings) -> None:
    column = board.columns[Stage.DISQUALIFIED]
    column.toggle.click()
    assert column.collapsed and not column.view.isVisible()
    assert qsettings.value("board/collapsed") == "disqualified"


def test_lazy_columns_hold_a_bounded_window() -> None:
    from leaddesk.services.records import Card as C

    calls: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[C]:
        calls.append((offset, limit))
        return [
            C(
                id=__import__("uuid").UUID(int=i + 1),
                number=f"L-{i:06d}",
                name=f"Lead {i}",
                company=None,
                deal_value=None,
                currency=None,
                score=0,
                source=None,
                stage=Stage.OPEN,
                position=f"a{i:06d}",
                stage_changed_at=ANCHOR,
                version=1,
                owner_id=None,
                owner_name=None,
                next_follow_up=None,
            )
            for i in range(offset, min(offset + limit, 30_000))
        ]

    model = ColumnModel(Stage.OPEN, fetch)
    model.reset(30_000, {})
    for row in range(0, 30_000, 7):
        assert model.card_at(row).name == f"Lead {row}"  # type: ignore[union-attr]
        assert model.window_size <= 900
    assert model.card_at(29_999).name == "Lead 29999"  # type: ignore[union-attr]
    assert len(calls) < 30_000 // 100


def test_arabic_board_flows_from_the_right(qtbot, sqlite_ws, qsettings, arabic) -> None:  # type: ignore[no-untyped-def]
    populate(sqlite_ws, 40, seed=2, anchor=ANCHOR)
    screen = BoardScreen(sqlite_ws, (dict, lambda v: None), qsettings)
    qtbot.addWidget(screen)
    screen.resize(2400, 800)
    screen.show()
    screen.activateWindow()
    qtbot.waitActive(screen)
    xs = [c.mapTo(screen, QPoint(0, 0)).x() for c in screen.columns.values()]
    assert xs == sorted(xs, reverse=True)  # Open is the rightmost column
    assert screen.columns[Stage.OPEN].title.text() == "جديد"
    # in right-to-left, the Left key goes to the next stage
    screen.focus_card(Stage.OPEN, 0)
    assert not screen.columns[Stage.CONTACTED].view.currentIndex().isValid()
    qtbot.keyClick(screen.columns[Stage.OPEN].view, Qt.Key.Key_Left)
    assert screen.columns[Stage.CONTACTED].view.currentIndex().row() == 0


def test_a_move_from_rows_the_column_had_not_loaded(board: BoardScreen) -> None:
    """The source column is asked again (once) instead of being patched by hand."""
    ws = board.ws
    (card,) = cards(board, Stage.OPEN, [0])
    source = board.models[Stage.OPEN]
    source.reset(source.rowCount(), source.totals)  # forget every loaded card
    assert board.move_cards([DraggedCard(card.id, card.version, card.stage)], Stage.CONTACTED)
    for stage in (Stage.OPEN, Stage.CONTACTED):
        assert names(board, stage) == db_names(ws, stage)
        assert board.models[stage].rowCount() == ws.board.totals()[stage].count


def test_a_drop_into_a_searched_column_lands_where_the_database_puts_it(
    board: BoardScreen, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ws = board.ws
    contacted = ws.board.totals()[Stage.CONTACTED].count

    def narrows(w: str) -> bool:
        here = len(ws.board.cards(Stage.CONTACTED, BoardFilter(text=w), limit=10_000))
        return 3 <= here < contacted and bool(ws.board.cards(Stage.OPEN, BoardFilter(text=w)))

    names_seen = {c.name.casefold() for c in ws.board.cards(Stage.CONTACTED, limit=10_000)}
    # QTest types Latin letters only
    windows = sorted({n[i : i + 3] for n in names_seen if n.isascii() for i in range(len(n) - 2)})
    term = next(w for w in windows if w.isalpha() and narrows(w))
    qtbot.keyClicks(board.filter_bar.search, term)
    flt = BoardFilter(text=term)
    (card,) = cards(board, Stage.OPEN, [0])
    drop_on(board, Stage.CONTACTED, 2, [card])
    shown = names(board, Stage.CONTACTED)
    assert shown == [c.name for c in ws.board.cards(Stage.CONTACTED, flt, limit=10_000)]
    assert shown[2] == card.name
    assert board.models[Stage.CONTACTED].rowCount() == ws.board.totals(flt)[Stage.CONTACTED].count


def test_typing_that_changes_no_search_term_asks_nothing(
    board: BoardScreen, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[BoardFilter] = []
    real = board.ws.board.snapshot

    def spy(flt: BoardFilter, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(flt)
        return real(flt, *args, **kwargs)

    monkeypatch.setattr(board.ws.board, "snapshot", spy)
    search = board.filter_bar.search
    qtbot.keyClicks(search, "an")  # no word of three letters yet
    assert asked == []
    qtbot.keyClicks(search, "n")
    assert [f.terms for f in asked] == [["ann"]]
    qtbot.keyClicks(search, "  ")  # spaces change no term
    assert len(asked) == 1
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    assert [f.terms for f in asked] == [["ann"], []]  # back to the whole board


def test_cards_are_drawn_once_and_selection_redraws_none(board: BoardScreen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.ui.board.card_delegate import CardDelegate

    drawn: list[str] = []
    real = CardDelegate._render

    def counting(self, card, look, option):  # type: ignore[no-untyped-def]
        drawn.append(card.name)
        return real(self, card, look, option)

    monkeypatch.setattr(CardDelegate, "_render", counting)
    view = board.columns[Stage.OPEN].view
    first = view.viewport().grab().toImage()
    drawn.clear()
    assert view.viewport().grab().toImage() == first  # the same pixels, from the cache
    assert drawn == []
    view.selectRow(0)
    selected = view.viewport().grab().toImage()
    assert drawn == [] and selected != first  # the outline is drawn over the cached card
    (card,) = cards(board, Stage.OPEN, [0])
    assert board.move_cards([DraggedCard(card.id, card.version, card.stage)], Stage.CONTACTED)
    board.columns[Stage.CONTACTED].view.viewport().grab()
    assert drawn == [card.name]  # the moved card is a new version: drawn, and only it


BUSY_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
"""


def test_a_drop_while_another_program_writes_says_the_database_is_busy(
    qtbot, tmp_path, qsettings: QSettings, polish, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from leaddesk.services.workspace import open_workspace
    from leaddesk.store import engine as store_engine

    monkeypatch.setattr(store_engine, "SQLITE_BUSY_MS", 200)
    path = tmp_path / "busy.sqlite"
    ws = open_workspace(f"sqlite:///{path}")
    for n in range(3):
        ws.leads.create({"first_name": f"Busy {n}"})
    screen = BoardScreen(ws, (dict, lambda _v: None), qsettings)
    qtbot.addWidget(screen)
    screen.resize(1600, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.models[Stage.OPEN].rowCount() == 3)
    (card,) = cards(screen, Stage.OPEN, [0])
    holder = subprocess.Popen(
        [sys.executable, "-c", BUSY_HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        drop_on(screen, Stage.CONTACTED, 0, [card])
        qtbot.waitUntil(lambda: screen.message.isVisible())
        shown = screen.message.text()
        assert f"(proces {holder.pid})" in shown and "zajęta" in shown, shown
        assert card.id in {c.id for c in cards(screen, Stage.OPEN, [0, 1, 2])}
    finally:
        holder.communicate("\n", timeout=10)
    assert ws.leads.get(card.id).stage is Stage.OPEN
    ws.close()
