"""A card says why it is where it is (its latest assignment, in the tooltip) and by
when its first contact is due, red once late."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt

from leaddesk.domain.bidi import without_isolates
from leaddesk.domain.distribution import AssignmentRule, Target
from leaddesk.domain.stages import Stage
from leaddesk.services.distribution_setup import MemberWeight
from leaddesk.services.workspace import Workspace
from leaddesk.ui.board.screen import BoardScreen


@pytest.fixture
def board(qtbot, sqlite_ws: Workspace, qsettings: QSettings, english) -> Iterator[BoardScreen]:  # type: ignore[no-untyped-def]
    screen = BoardScreen(sqlite_ws, (dict, lambda _v: None), qsettings)
    qtbot.addWidget(screen)
    screen.resize(2000, 800)
    screen.show()
    yield screen


def _tooltip(screen: BoardScreen, row: int = 0) -> str:
    model = screen.models[Stage.OPEN]
    return without_isolates(str(model.data(model.index(row), Qt.ItemDataRole.ToolTipRole)))


def test_the_tooltip_explains_the_rotation_and_who_was_skipped(
    qtbot,
    board: BoardScreen,
    sqlite_ws: Workspace,  # type: ignore[no-untyped-def]
) -> None:
    ws = sqlite_ws
    anna = ws.users.create("Anna Kowalska", "anna@example.com").id
    tomasz = ws.users.create("Tomasz Lis", "tomasz@example.com").id
    team = ws.distribution.create_team("Poland", [MemberWeight(tomasz), MemberWeight(anna)])
    today = ws.ctx.clock().date()
    ws.distribution.add_absence(tomasz, today, today + dt.timedelta(days=3))
    rule = AssignmentRule("pl", "Polish web forms", Target.TEAM, str(team), response_minutes=60)
    ws.distribution.save_rules([rule])
    ws.leads.create({"first_name": "Ola", "source": "web_form"})
    board.reload()
    qtbot.waitUntil(lambda: board.models[Stage.OPEN].rowCount() == 1)
    text = _tooltip(board)
    assert "Rule “Polish web forms” → team Poland (rotation) → Anna Kowalska" in text
    assert "Tomasz Lis skipped: on holiday until" in text
    assert "First contact due by" in text


def test_a_card_without_an_assignment_has_the_plain_tooltip(
    qtbot,
    board: BoardScreen,
    sqlite_ws: Workspace,  # type: ignore[no-untyped-def]
) -> None:
    sqlite_ws.leads.create({"first_name": "Plain"})
    board.reload()
    qtbot.waitUntil(lambda: board.models[Stage.OPEN].rowCount() == 1)
    text = _tooltip(board)
    assert "Plain" in text and "Rule" not in text and "First contact" not in text
