"""One path for changes: whatever writes (a screen, a lead window, another connection)
publishes what it changed, and every built screen and open lead window catches up,
patching only what the change concerns."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from leaddesk.demo import populate
from leaddesk.domain.stages import Stage
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui.board.column_model import DraggedCard
from leaddesk.ui.board.screen import BoardScreen
from leaddesk.ui.changes import ChangeDispatcher
from leaddesk.ui.follow_ups.screen import FollowUpsScreen
from leaddesk.ui.lead.window import LeadWindow
from leaddesk.ui.leads.screen import LeadsScreen
from leaddesk.ui.widgets.lead_dialogs import CompleteFollowUpDialog, MoveAnswers

ANCHOR = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)


class Signals(QObject):
    """Counts what a model said, to tell a patch from a reload."""

    def __init__(self, model: QObject) -> None:
        super().__init__()
        self.resets = self.changed = self.layouts = 0
        model.modelReset.connect(self._reset)  # type: ignore[attr-defined]
        model.dataChanged.connect(self._changed)  # type: ignore[attr-defined]
        model.layoutChanged.connect(self._layout)  # type: ignore[attr-defined]

    def _reset(self) -> None:
        self.resets += 1

    def _changed(self, *_args: object) -> None:
        self.changed += 1

    def _layout(self, *_args: object) -> None:
        self.layouts += 1


@dataclass
class Desk:
    """The screens a rep has open, wired to one dispatcher as the main window wires them."""

    ws: Workspace
    changes: ChangeDispatcher
    board: BoardScreen
    leads: LeadsScreen
    follow_ups: FollowUpsScreen
    windows: list[LeadWindow]

    def open_lead(self, qtbot, lead_id: uuid.UUID) -> LeadWindow:  # type: ignore[no-untyped-def]
        window = LeadWindow(self.ws, lead_id)
        self.changes.attach(window, window.saved)
        window.show()
        self.windows.append(window)
        return window

    def settled(self) -> None:
        self.changes.flush()


def _shown(qtbot, widget: QWidget, width: int = 1600, height: int = 900) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()


@pytest.fixture
def desk(qtbot, sqlite_ws: Workspace, qsettings: QSettings, english) -> Iterator[Desk]:  # type: ignore[no-untyped-def]
    populate(sqlite_ws, 160, seed=5, anchor=ANCHOR, activities_per_lead=2)
    views = (dict, lambda _v: None)
    changes = ChangeDispatcher()
    board = BoardScreen(sqlite_ws, views, qsettings)
    leads = LeadsScreen(sqlite_ws, views, qsettings)
    follow_ups = FollowUpsScreen(sqlite_ws, qsettings)
    for screen in (board, leads, follow_ups):
        changes.attach(screen, screen.changed)
        _shown(qtbot, screen, 2400 if screen is board else 1600)
    follow_ups.scope.setCurrentIndex(follow_ups.scope.findData("everyone"))
    qtbot.waitUntil(lambda: leads.model.total == 160)
    desk = Desk(sqlite_ws, changes, board, leads, follow_ups, [])
    yield desk
    for window in desk.windows:
        window.form.load(window.record)  # nothing left to ask about on close
        window.close()
        window.deleteLater()


def table_row(leads: LeadsScreen, lead_id: uuid.UUID) -> int:
    for r in range(leads.model.rowCount()):
        row = leads.model.loaded(r)
        if row is not None and row.id == lead_id:
            return r
    raise AssertionError(f"{lead_id} is not in the table's loaded rows")


def column_ids(board: BoardScreen, stage: Stage) -> list[uuid.UUID]:
    model = board.models[stage]
    return [c.id for r in range(model.rowCount()) if (c := model.card_at(r)) is not None]


def test_a_move_on_the_board_reaches_the_open_table_and_lead_window(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    card = desk.board.models[Stage.OPEN].card_at(0)
    assert card is not None
    window = desk.open_lead(qtbot, card.id)
    table = Signals(desk.leads.model)
    r = table_row(desk.leads, card.id)
    assert desk.leads.model.row(r).stage is Stage.OPEN  # type: ignore[union-attr]

    assert desk.board.move_cards([DraggedCard(card.id, card.version, card.stage)], Stage.CONTACTED)
    qtbot.waitUntil(lambda: window.header.stage_badge.text() == "Contacted")
    assert desk.leads.model.row(r).stage is Stage.CONTACTED  # type: ignore[union-attr]
    assert desk.leads.model.index(r, 7).data() == "Contacted"
    # patched where it stands: one row redrawn, nothing read afresh
    assert table.changed == 1 and table.resets == 0 and table.layouts == 0
    assert [e.details.get("to") for e in window.timeline.model._rows[:1]] == ["contacted"]


def test_an_edit_saved_in_a_lead_window_reaches_its_card_and_row(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    card = desk.board.models[Stage.CONTACTED].card_at(1)
    assert card is not None
    window = desk.open_lead(qtbot, card.id)
    editor = window.form.editors["company"]
    assert isinstance(editor, QLineEdit)
    editor.setText("Stocznia Gdańska")
    assert window.save()
    desk.settled()
    model = desk.board.models[Stage.CONTACTED]
    held = model.card_at(model.row_of(card.id))  # type: ignore[arg-type]
    assert held is not None and held.company == "Stocznia Gdańska"
    assert held.version == window.record.version
    row = desk.leads.model.row(table_row(desk.leads, card.id))
    assert row is not None and row.company == "Stocznia Gdańska"


def test_a_bulk_move_in_the_table_updates_the_board_counts_and_sums(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws, board = desk.ws, desk.board
    picked = [
        r for r in range(desk.leads.model.rowCount()) if desk.leads.model.row(r).stage is Stage.OPEN
    ][:3]  # type: ignore[union-attr]
    ids = [desk.leads.model.row(r).id for r in picked]  # type: ignore[union-attr]
    before = ws.board.totals()
    assert desk.leads.controller.move(ids, Stage.QUALIFIED, MoveAnswers())
    qtbot.waitUntil(
        lambda: board.models[Stage.QUALIFIED].count == before[Stage.QUALIFIED].count + 3
    )
    after = ws.board.totals()
    for stage in (Stage.OPEN, Stage.QUALIFIED):
        model, column = board.models[stage], board.columns[stage]
        assert model.count == after[stage].count
        assert {c: v for c, v in model.totals.items() if v} == {
            c: v for c, v in after[stage].totals.items() if v
        }
        assert column.count.text() == f"{after[stage].count:n}"
    moved_value = sum((ws.leads.get(i).deal_value or Decimal(0) for i in ids), Decimal(0))
    assert (
        after[Stage.QUALIFIED].totals["USD"] - before[Stage.QUALIFIED].totals["USD"] == moved_value
    )
    assert set(ids) <= set(column_ids(board, Stage.QUALIFIED))
    assert not set(ids) & set(column_ids(board, Stage.OPEN))


def test_a_follow_up_completed_in_the_lead_window_updates_the_follow_up_tabs(
    desk: Desk, qtbot
) -> None:  # type: ignore[no-untyped-def]
    lead = desk.ws.leads.create({"first_name": "Ola", "last_name": "Wiśniewska"}).value
    desk.ws.follow_ups.schedule(lead.id, dt.datetime.now(dt.UTC) - dt.timedelta(hours=3), "Call")
    desk.follow_ups.reload()
    overdue = desk.follow_ups.tabs.tabText(0)
    window = desk.open_lead(qtbot, lead.id)

    def done() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CompleteFollowUpDialog)
        dialog.outcome.setPlainText("Called; not now")
        dialog.accept()

    QTimer.singleShot(0, done)
    window.complete_follow_up()
    n = int(overdue.split("(")[1].rstrip(")").replace(",", ""))
    qtbot.waitUntil(lambda: desk.follow_ups.tabs.tabText(0) == f"Overdue ({n - 1:n})")


def test_a_change_made_elsewhere_keeps_unsaved_edits_and_says_so(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    card = desk.board.models[Stage.NURTURING].card_at(0)
    assert card is not None
    window = desk.open_lead(qtbot, card.id)
    editor = window.form.editors["job_title"]
    assert isinstance(editor, QLineEdit)
    editor.setText("Head of purchasing")
    assert window.form.dirty

    # another rep, on another connection, moves the lead and renames the company
    other = open_workspace(desk.ws.ctx.db.url.render_as_string(hide_password=False))
    try:
        moved = other.pipeline.move(card.id, Stage.QUALIFIED)
        other.leads.update(card.id, {"company": "Nowa Firma"}, expected_version=moved.lead.version)
    finally:
        other.close()
    # as another user's commit arrives: only the lead's id is known
    desk.changes.publish(Changes.of_leads([card.id]))
    qtbot.waitUntil(window.notice.isVisible)
    assert "Your edits are kept" in window.notice.text()
    assert editor.text() == "Head of purchasing" and window.form.dirty
    assert window.header.stage_badge.text() == "Qualified"
    assert card.id in column_ids(desk.board, Stage.QUALIFIED)

    # Save finds the other change and asks; nothing of either is lost
    def keep_both() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        dialog.accept()  # the defaults: their company, my job title

    QTimer.singleShot(0, keep_both)
    assert window.save()
    saved = desk.ws.leads.get(card.id)
    assert (saved.job_title, saved.company, saved.stage) == (
        "Head of purchasing",
        "Nowa Firma",
        Stage.QUALIFIED,
    )
    assert not window.notice.isVisible()


def test_the_board_catches_up_with_a_lead_it_does_not_hold(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    board = desk.board
    tall = max(board.models, key=lambda s: board.models[s].count)
    deep = desk.ws.board.cards(tall, offset=board.models[tall].window_size, limit=1)[0]
    assert board.models[tall].row_of(deep.id) is None  # beyond what the column holds
    before = board.models[tall].count
    target = Stage.NURTURING if tall is not Stage.NURTURING else Stage.QUALIFIED
    result = desk.ws.pipeline.move(deep.id, target, user_id=None)
    desk.changes.publish(result.changes)
    desk.settled()
    assert board.models[tall].count == before - 1
    assert column_ids(board, target)[0] == deep.id  # moves go to the top


def test_a_writer_hearing_its_own_change_redraws_nothing(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = desk.board.models[Stage.OPEN]
    card = model.card_at(2)
    assert card is not None
    assert desk.board.move_cards([DraggedCard(card.id, card.version, card.stage)], Stage.OPEN)
    target = Signals(model)
    removed: list[int] = []
    model.rowsRemoved.connect(lambda *_: removed.append(1))
    desk.settled()  # the board's own move comes back to it
    assert target.resets == target.changed == 0 and not removed


def test_a_deleted_lead_leaves_every_screen_and_its_window_says_so(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    card = desk.board.models[Stage.CONTACTED].card_at(0)
    assert card is not None
    window = desk.open_lead(qtbot, card.id)
    total = desk.leads.model.total
    selection = desk.leads.table.selectionModel()
    keep = desk.leads.model.index(table_row(desk.leads, card.id) + 1, 0)
    kept_id = desk.leads.model.row(keep.row()).id  # type: ignore[union-attr]
    selection.select(
        keep, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    desk.changes.publish(desk.ws.leads.delete(card.id, user_id=None))
    desk.settled()
    assert card.id not in column_ids(desk.board, Stage.CONTACTED)
    assert desk.leads.model.total == total - 1
    with pytest.raises(AssertionError):
        table_row(desk.leads, card.id)
    # the row selected below it is still selected, one row up
    assert [desk.leads.model.row(r).id for r in desk.leads.selected_rows()] == [kept_id]  # type: ignore[union-attr]
    assert window.notice.isVisible() and "deleted" in window.notice.text()
    assert not window.save_button.isEnabled()


def test_hidden_screens_catch_up_when_shown_without_reading_everything(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    desk.leads.hide()
    card = desk.board.models[Stage.OPEN].card_at(0)
    assert card is not None
    fetches = desk.leads.model.fetches
    assert desk.board.move_cards([DraggedCard(card.id, card.version, card.stage)], Stage.CONTACTED)
    desk.settled()
    r = table_row(desk.leads, card.id)
    assert desk.leads.model.row(r).stage is Stage.OPEN  # type: ignore[union-attr]  (hidden: waits)
    desk.leads.show()
    assert desk.leads.model.row(r).stage is Stage.CONTACTED  # type: ignore[union-attr]
    assert desk.leads.model.fetches == fetches


def test_the_dispatcher_merges_what_arrives_in_one_turn(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[Changes] = []

    class Screen(QObject):
        def note_changes(self, changes: Changes) -> None:
            seen.append(changes)

    changes, screen = ChangeDispatcher(), Screen()
    changes.attach(screen)
    a, b = uuid.uuid4(), uuid.uuid4()
    changes.publish(Changes(leads=frozenset({a}), stages=frozenset({Stage.OPEN})))
    changes.publish(Changes())  # nothing: nothing sent
    changes.publish(Changes(leads=frozenset({b}), follow_ups=True))
    assert seen == []  # the writer finishes first
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen == [
        Changes(leads=frozenset({a, b}), stages=frozenset({Stage.OPEN}), follow_ups=True)
    ]
    del screen  # a receiver that is gone is not called
    changes.publish(Changes(outbox=True))
    changes.flush()
    assert len(seen) == 1


def test_a_change_to_a_lead_far_down_a_column_costs_no_reload(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    board = desk.board
    tall = max(board.models, key=lambda s: board.models[s].count)
    deep = desk.ws.board.cards(tall, offset=board.models[tall].window_size, limit=1)[0]
    renamed = desk.ws.leads.update(deep.id, {"city": "Sopot"}, expected_version=deep.version)
    signals = {stage: Signals(model) for stage, model in board.models.items()}
    desk.changes.publish(Changes.of_leads([deep.id]))  # another user's edit
    desk.settled()
    assert all(s.resets == 0 for s in signals.values())  # counted, found the same
    assert renamed.value.city == "Sopot"
