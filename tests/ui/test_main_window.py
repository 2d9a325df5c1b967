from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from leaddesk.demo import populate
from leaddesk.domain.stages import Stage
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.ui.main_window import SCREENS, MainWindow


def _window(qtbot, ws: Workspace, qsettings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(ws, open_workspace, qsettings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_shell_shows_stages_counts_and_database(qtbot, sqlite_ws, qsettings, english) -> None:  # type: ignore[no-untyped-def]
    populate(sqlite_ws, 120, seed=3, anchor=dt.datetime(2026, 6, 1, tzinfo=dt.UTC))
    w = _window(qtbot, sqlite_ws, qsettings)
    titles = [lab.text() for lab in w.board.findChildren(QLabel, "columnTitle")]
    assert titles == [
        "Open",
        "Contacted",
        "Nurturing",
        "Qualified",
        "Negotiation",
        "Customer",
        "Inactive",
        "Disqualified",
    ]
    counts = [lab.text() for lab in w.board.findChildren(QLabel, "columnCount")]
    assert sum(int(c) for c in counts) == 120
    assert "SQLite" in w.db_label.text() and "120 leads" in w.db_label.text()
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == [
        "Board",
        "Leads",
        "Pool",
        "Duplicates",
        "Follow-ups",
        "Insights",
        "Templates",
        "Outbox",
        "Settings",
    ]
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Help"]
    assert w.actions_by_id["file.new_lead"].shortcut().toString() == "Ctrl+N"
    assert w.actions_by_id["file.new"].shortcut().toString() == "Ctrl+Shift+N"


def test_window_state_is_remembered(qtbot, sqlite_ws, qsettings, english) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, sqlite_ws, qsettings)
    w.show_screen("insights")
    w.resize(900, 640)
    w.save_state()
    again = MainWindow(sqlite_ws, open_workspace, qsettings)
    qtbot.addWidget(again)
    assert again.current_screen() == "insights"
    assert again.stack.currentIndex() == SCREENS.index("insights")


def test_switching_database_keeps_window_on_failure(
    qtbot,
    sqlite_ws,
    qsettings,
    english,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch,
) -> None:
    w = _window(qtbot, sqlite_ws, qsettings)
    shown: list[str] = []
    monkeypatch.setattr(
        "leaddesk.ui.main_window.QMessageBox.warning", lambda _p, _t, text: shown.append(text)
    )
    assert not w.switch_database("postgresql://x@127.0.0.1:1/nope")
    assert "127.0.0.1:1" in shown[0]
    assert w.switch_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    assert "other.sqlite" in w.db_label.text()


def test_arabic_turns_the_layout_right_to_left(qtbot, sqlite_ws, qsettings, arabic) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, sqlite_ws, qsettings)
    assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.nav.item(0).text() == "اللوحة"
    nav_x = w.nav.mapTo(w, w.nav.rect().topLeft()).x()
    assert nav_x > w.stack.mapTo(w, w.stack.rect().topLeft()).x()
    titles = w.board.findChildren(QLabel, "columnTitle")
    first_open = titles[0]
    assert first_open.text() == "جديد"
    # the first stage is the rightmost tile
    xs = [t.parentWidget().mapTo(w, t.parentWidget().rect().topLeft()).x() for t in titles]
    assert xs == sorted(xs, reverse=True)


def test_screenshot_command_renders_a_png(tmp_path: Path) -> None:
    db = tmp_path / "shot.sqlite"
    png = tmp_path / "board.png"
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "XDG_DATA_HOME": str(tmp_path / "d"),
        "HOME": str(tmp_path),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PATH": "/usr/bin:/bin",
    }
    subprocess.run(
        [sys.executable, "-m", "leaddesk", "demo", "--leads", "50", "--db", f"sqlite:///{db}"],
        check=True,
        env=env,
        capture_output=True,
    )
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "leaddesk",
            "--db",
            f"sqlite:///{db}",
            "--view",
            "board",
            "--screenshot",
            str(png),
        ],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "ms after start" in out.stdout


def test_hidden_screens_read_the_database_only_when_shown(
    qtbot, sqlite_ws, qsettings, english
) -> None:  # type: ignore[no-untyped-def]
    populate(sqlite_ws, 30, seed=2)
    w = _window(qtbot, sqlite_ws, qsettings)
    assert w.current_screen() == "board"
    assert w.leads.model.total == 0  # not read at start
    lead = sqlite_ws.leads.create({"first_name": "Nowy"}).value
    w.changes.publish(sqlite_ws.leads.delete(lead.id))
    w.changes.flush()
    assert w.leads.model.total == 0  # still hidden: nothing read
    w.show_screen("leads")
    assert w.leads.model.total == 30
    w.undo_group.undo()  # nothing of the leads screen's to undo: no error
    assert w.undo_group.activeStack() is w.leads.undo_stack


def test_insights_is_built_when_first_opened(qtbot, sqlite_ws, qsettings, english) -> None:  # type: ignore[no-untyped-def]
    populate(sqlite_ws, 20, seed=6)
    w = _window(qtbot, sqlite_ws, qsettings)
    w.changes.publish(Changes(stages=frozenset({Stage.OPEN})))
    w.changes.flush()
    assert w._insights.built() is None  # nothing to tell a screen nobody opened
    w.show_screen("insights")
    screen = w._insights.built()
    assert screen is not None and screen is w.screen_widget()
    qtbot.waitUntil(lambda: screen.report is not None and screen.isVisible(), timeout=20_000)
    w.close()


def test_a_screenshot_waits_until_the_screen_says_its_data_is_shown(
    qtbot, sqlite_ws, qsettings, english
) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.ui.screenshot import shoot_when_shown

    populate(sqlite_ws, 30, seed=6)
    w = _window(qtbot, sqlite_ws, qsettings)
    w.show_screen("insights")
    screen = w._insights.built()
    assert screen is not None and not screen.data_shown()  # its figures are being worked out
    taken: list[bool] = []
    shoot_when_shown(
        w, str(qsettings.fileName()) + ".png", lambda _p: taken.append(screen.report is not None)
    )
    qtbot.waitUntil(lambda: bool(taken), timeout=20_000)
    assert taken == [True]  # shot with the figures, not before them
    w.close()


def test_the_outbox_shows_the_chosen_batchs_messages_as_it_is_shown(
    qtbot, sqlite_ws, qsettings, english
) -> None:  # type: ignore[no-untyped-def]
    populate(sqlite_ws, 200, seed=6)
    assert sqlite_ws.outbox.batches()
    w = _window(qtbot, sqlite_ws, qsettings)
    w.show_screen("outbox")
    # no waiting: what a screenshot taken now (the Outbox has no data_shown) would show
    assert w.outbox.batches.rowCount() > 0
    assert w.outbox.messages.rowCount() > 0
    w.close()


def test_the_overdue_summary_comes_once_window_is_up(qtbot, sqlite_ws, qsettings, english) -> None:  # type: ignore[no-untyped-def]
    lead = sqlite_ws.leads.create({"first_name": "Ola", "source": "call"}).value
    past = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    sqlite_ws.follow_ups.schedule(lead.id, past, "Call back")
    sqlite_ws.follow_ups.schedule(lead.id, past + dt.timedelta(days=2), "Later")
    w = MainWindow(sqlite_ws, open_workspace, qsettings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.notifier.summed_up, timeout=5_000) as summary:
        w.show()  # the count waits for the event loop, after the first paint
    assert summary.args == [1]
    assert w.notifier.timer.isActive()
    w.close()


def test_insights_catch_up_with_a_move_on_the_board(qtbot, sqlite_ws, qsettings, english) -> None:  # type: ignore[no-untyped-def]
    populate(sqlite_ws, 40, seed=6)
    w = _window(qtbot, sqlite_ws, qsettings)
    assert w.insights.report is None  # hidden: nothing worked out yet
    with qtbot.waitSignal(w.insights.refreshed, timeout=20_000) as shown:
        w.show_screen("insights")
    before = shown.args[0].kpis.leads
    w.show_screen("board")
    created = sqlite_ws.leads.create({"first_name": "Nowy", "source": "call"})
    w.changes.publish(created.changes)  # what any screen says after a write
    with qtbot.waitSignal(w.insights.refreshed, timeout=20_000) as shown:
        w.show_screen("insights")
    assert shown.args[0].kpis.leads == before + 1


def test_the_window_carries_a_board_move_to_every_screen_and_lead_window(
    qtbot, sqlite_ws, qsettings, english
) -> None:  # type: ignore[no-untyped-def]
    from leaddesk.ui.board.column_model import DraggedCard

    populate(sqlite_ws, 60, seed=6)
    w = _window(qtbot, sqlite_ws, qsettings)
    w.show_screen("leads")  # built and read once, then hidden behind the board
    qtbot.waitUntil(lambda: w.leads.model.total == 60)
    w.show_screen("board")
    card = w.board.models[Stage.OPEN].card_at(0)
    assert card is not None
    w.open_lead(card.id)
    (window,) = w.lead_windows()
    assert w.board.move_cards([DraggedCard(card.id, card.version, card.stage)], Stage.CONTACTED)
    qtbot.waitUntil(lambda: window.header.stage_badge.text() == "Contacted")
    w.show_screen("leads")
    rows = [w.leads.model.row(r) for r in range(w.leads.model.rowCount())]
    (row,) = [r for r in rows if r is not None and r.id == card.id]
    assert row.stage is Stage.CONTACTED
    window.close()
