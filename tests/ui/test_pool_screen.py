"""The Pool screen: the pool best first, claims by Ctrl+K and their outcomes told in a
banner (a lost race names who won, a limit names the limit), Claim and Return to pool
on the board's right-click menu, and the sweep that sends run-out claims back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from leaddesk.domain.stages import Stage
from leaddesk.services.claims import ClaimService
from leaddesk.services.partners import PartnerService
from leaddesk.services.pool import PoolService
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.store.models import Lead
from leaddesk.ui.actions import find_action
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.pool.model import ID_ROLE, PoolColumn
from leaddesk.ui.pool.screen import PoolScreen
from leaddesk.ui.pool.sweeper import DistributionSweeper, Sweep


def _lead(ws: Workspace, name: str, score: int, qualification: str = "none") -> uuid.UUID:
    lead_id = ws.leads.create({"first_name": name}).value.id
    with ws.ctx.db.engine.begin() as conn:
        conn.execute(
            update(Lead).where(Lead.id == lead_id).values(score=score, qualification=qualification)
        )
    return lead_id


@pytest.fixture
def seeded(sqlite_ws: Workspace) -> dict[str, uuid.UUID]:
    ws = sqlite_ws
    return {
        "me": ws.users.create("Maria Nowak", "maria@example.com").id,
        "anna": ws.users.create("Anna Kowalska", "anna@example.com").id,
        "low": _lead(ws, "Low", 10),
        "mql": _lead(ws, "Warm", 30, "mql"),
        "sql": _lead(ws, "Hot", 20, "sql"),
        "high": _lead(ws, "High", 60),
    }


@pytest.fixture
def window(qtbot, sqlite_ws: Workspace, qsettings: QSettings, seeded, english) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(sqlite_ws, open_workspace, qsettings)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    w._choose_user(w.who.findText("Maria Nowak"))
    return w


def _pool(qtbot, window: MainWindow, rows: int) -> PoolScreen:  # type: ignore[no-untyped-def]
    window.show_screen("pool")
    screen = window.pool
    qtbot.waitUntil(lambda: screen.model.rowCount() == rows)
    return screen


def _names(screen: PoolScreen) -> list[str]:
    model = screen.model
    return [model.index(r, PoolColumn.NAME).data() for r in range(model.rowCount())]


def _plain(text: str) -> str:
    """Without the marks that keep a name's own direction in a sentence."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _select(screen: PoolScreen, rows: list[int]) -> None:
    picked = QItemSelection()
    for r in rows:
        picked.select(screen.model.index(r, 0), screen.model.index(r, len(PoolColumn) - 1))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    screen.table.selectionModel().select(picked, flags)
    screen.table.setFocus()


def test_the_pool_is_listed_best_first_and_ctrl_k_claims_the_selection(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, seeded, qtmodeltester
) -> None:
    screen = _pool(qtbot, window, 4)
    assert _names(screen) == ["Hot", "Warm", "High", "Low"]
    qtmodeltester.check(screen.model)
    assert screen.model.index(0, PoolColumn.QUALIFICATION).data() == "SQL"
    assert screen.model.index(0, PoolColumn.AGE).data().endswith("min")
    # (plural forms come with the English translation: "lead(s)" until it has them)
    assert screen.count.text().startswith("4 lead")
    _select(screen, [0, 1])
    with qtbot.waitSignal(window.changes.delivered) as delivered:
        QTest.keyClick(screen.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    ws, me = window.workspace, seeded["me"]
    assert {ws.leads.get(seeded[k]).owner_id for k in ("sql", "mql")} == {me}
    assert delivered.args[0].leads == {seeded["sql"], seeded["mql"]}
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    assert _names(screen) == ["High", "Low"]
    assert screen.notice.isVisible() and screen.notice.text().startswith("Claimed 2 lead")
    assert not screen.message.isVisible()


def test_a_lost_claim_names_who_won_without_a_dialog(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, seeded
) -> None:
    screen = _pool(qtbot, window, 4)
    # Anna is quicker: the screen still lists the lead when Maria clicks
    window.workspace.claims.claim([seeded["sql"]], seeded["anna"])
    assert screen.model.index(0, 0).data(ID_ROLE) == seeded["sql"]
    _select(screen, [0])
    screen.claim_button.click()
    assert QApplication.activeModalWidget() is None
    text = _plain(screen.notice.text())
    assert "was taken by Anna Kowalska" in text and "Claimed" not in text
    number = window.workspace.pool.labels([seeded["sql"]])[seeded["sql"]].split()[0]
    assert number in text
    assert window.workspace.leads.get(seeded["sql"]).owner_id == seeded["anna"]


def test_a_limit_reached_is_named_with_the_limit(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, seeded
) -> None:
    window.workspace.distribution.set_claim_limits(seeded["me"], untouched=1)
    screen = _pool(qtbot, window, 4)
    _select(screen, [0, 1, 2])
    screen.claim_button.click()
    text = screen.notice.text()
    assert text.startswith("Claimed 1 lead")
    assert "2 not claimed: you have reached your limit of 1 untouched claimed leads." in text
    assert QApplication.activeModalWidget() is None
    owners = [window.workspace.leads.get(seeded[k]).owner_id for k in ("sql", "mql", "high")]
    assert owners.count(seeded["me"]) == 1 and owners.count(None) == 2


def _menu_on(window: MainWindow, lead_id: uuid.UUID):  # type: ignore[no-untyped-def]
    board = window.board
    model = board.models[Stage.OPEN]
    row = model.row_of(lead_id)
    assert row is not None
    # selected by the selection model: the modifiers a key click left behind must not
    # turn a plain setCurrentIndex into a toggle
    flags = QItemSelectionModel.SelectionFlag
    view = board.columns[Stage.OPEN].view
    view.selectionModel().setCurrentIndex(model.index(row), flags.ClearAndSelect | flags.Rows)
    return board.context_menu(Stage.OPEN)


def test_the_board_claims_unowned_cards_and_returns_owned_ones_to_the_pool(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, seeded
) -> None:
    ws = window.workspace
    ws.pipeline.assign(seeded["high"], seeded["anna"])
    window.board.reload()
    free, owned = _menu_on(window, seeded["low"]), _menu_on(window, seeded["high"])
    assert find_action(free, "claim").isEnabled()
    assert not find_action(free, "returnToPool").isEnabled()
    assert not find_action(owned, "claim").isEnabled()
    assert find_action(owned, "returnToPool").isEnabled()

    with qtbot.waitSignal(window.changes.delivered):
        find_action(_menu_on(window, seeded["low"]), "claim").trigger()
    assert ws.leads.get(seeded["low"]).owner_id == seeded["me"]
    with qtbot.waitSignal(window.changes.delivered):
        find_action(_menu_on(window, seeded["high"]), "returnToPool").trigger()
    assert ws.leads.get(seeded["high"]).owner_id is None
    # the Pool screen shows what the board did
    screen = _pool(qtbot, window, 3)
    assert "High" in _names(screen) and "Low" not in _names(screen)


def test_the_sweeper_sends_a_run_out_claim_back_and_warns_its_rep_first(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, seeded
) -> None:
    clock = {"now": dt.datetime.now(dt.UTC)}
    ctx = dataclasses.replace(window.workspace.ctx, clock=lambda: clock["now"])
    timed = dataclasses.replace(
        window.workspace,
        ctx=ctx,
        claims=ClaimService(ctx),
        partners=PartnerService(ctx),
        pool=PoolService(ctx),
    )
    me, lead = seeded["me"], seeded["high"]
    timed.claims.claim([lead], me)
    screen = _pool(qtbot, window, 3)
    sweeper = DistributionSweeper(lambda: timed, lambda: window.board.me, window.changes)
    clock["now"] += dt.timedelta(hours=23)  # two hours' notice
    with qtbot.waitSignal(sweeper.warned) as warned:
        assert sweeper.run_now()
    assert [w.lead_id for w in warned.args[0]] == [lead]
    assert warned.args[0][0].label.endswith("High")
    clock["now"] += dt.timedelta(hours=2)
    with (
        qtbot.waitSignal(sweeper.swept) as swept,
        qtbot.waitSignal(window.changes.delivered) as delivered,
    ):
        assert sweeper.run_now()
    outcome: Sweep = swept.args[0]
    assert outcome.released == 1 and outcome.changes.leads == {lead}
    assert lead in delivered.args[0].leads
    assert window.workspace.leads.get(lead).owner_id is None
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4)
    sweeper.stop()
    assert not sweeper.running and not sweeper.timer.isActive()


def test_the_window_stops_its_sweeper_when_it_closes(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    assert window.sweeper.timer.isActive()
    window.sweeper.run_now()
    window.close()
    assert not window.sweeper.running and not window.sweeper.timer.isActive()
