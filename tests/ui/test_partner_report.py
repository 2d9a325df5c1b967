"""Insights ▸ Partners, beside the reps: each partner's received, accepted, returned,
expired, median time to accept, contacted, won, won value and conversion, for a
small fixed set of pushes, as the screen writes them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTableView

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.domain.stages import Stage
from leaddesk.services.partners import PartnerService
from leaddesk.services.workspace import Workspace
from leaddesk.ui.insights.formats import money, percent
from leaddesk.ui.insights.partners_table import partner_table
from leaddesk.ui.insights.screen import InsightsScreen

ZONE = dt.UTC


def _answer_after(ws: Workspace, lead_id, hours: int) -> None:  # type: ignore[no-untyped-def]
    """The partner accepts ``hours`` after the push."""
    state = ws.partners.state_of(lead_id)
    assert state is not None
    at = state.pushed_at + dt.timedelta(hours=hours)
    PartnerService(dataclasses.replace(ws.ctx, clock=lambda: at)).accept(lead_id)


@pytest.fixture
def figures(sqlite_ws: Workspace) -> Workspace:
    ws = sqlite_ws
    acme = ws.distribution.add_partner("ACME Distribution", "distributor")
    beta = ws.distribution.add_partner("Beta Brokers", "broker")
    ewa = ws.users.create("Ewa", "ewa@example.com").id
    ws.distribution.save_rules([
        AssignmentRule("a", "Kraków to ACME", Target.PARTNER, str(acme),
                       (Condition("city", Operator.EQUALS, ("Kraków",)),)),
        AssignmentRule("b", "Gdańsk to Beta", Target.PARTNER, str(beta),
                       (Condition("city", Operator.EQUALS, ("Gdańsk",)),)),
        AssignmentRule("e", "Everyone else to Ewa", Target.REP, str(ewa)),
    ])  # fmt: skip
    won, taken, back = (
        ws.leads.create({"first_name": n, "city": "Kraków", "deal_value": "12000"}).value.id
        for n in ("Won", "Taken", "Back")
    )
    ws.leads.create({"first_name": "Waiting", "city": "Gdańsk"})
    _answer_after(ws, won, 5)
    _answer_after(ws, taken, 7)
    ws.partners.give_back(back, "Not ours")
    ws.activities.log(won, ActivityKind.CALL, subject="Spoke to them")
    ws.pipeline.move(won, Stage.CUSTOMER)
    return ws


def test_insights_shows_each_partners_figures(
    qtbot, figures: Workspace, qsettings: QSettings, english, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    today = dt.datetime.now(ZONE).date()
    screen = InsightsScreen(figures, qsettings, zone=ZONE, today=lambda: today)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.refreshed, timeout=20_000):
        screen.show()
    model = screen.tables["partners"]
    qtmodeltester.check(model)
    tabs = screen.table_tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles.index("Partners") == titles.index("Reps") + 1  # beside the leaderboard
    view = tabs.widget(titles.index("Partners"))
    assert isinstance(view, QTableView) and view.model() is model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Partner", "Received", "Accepted", "Returned", "Expired",
                       "Time to accept", "Contacted", "Won", "Won value", "Conversion"]  # fmt: skip
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip
    currency = figures.ctx.currency
    assert rows == [
        ["ACME Distribution", "3", "2", "1", "0", "6.0 h", "1", "1",
         money(12000, currency), percent(1 / 3)],
        ["Beta Brokers", "1", "0", "0", "0", "–", "0", "0", "–", percent(0.0)],
    ]  # fmt: skip
    screen.refresher.stop()


def test_the_period_filter_applies(
    qtbot, figures: Workspace, qsettings: QSettings, english
) -> None:  # type: ignore[no-untyped-def]
    """A period that ended before the pushes counts none of them."""
    long_ago = dt.date(2020, 3, 1)
    screen = InsightsScreen(figures, qsettings, zone=ZONE, today=lambda: long_ago)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.refreshed, timeout=20_000):
        screen.show()
    assert screen.tables["partners"].rowCount() == 0
    screen.refresher.stop()


def test_the_table_model_alone(qtmodeltester, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    import uuid
    from decimal import Decimal

    from leaddesk.services.partners import PartnerFigures

    model = partner_table(lambda: "EUR")
    model.reset([PartnerFigures(uuid.uuid4(), "X", 4, 2, 1, 1, 0, 30.0, 2, 1,
                                {"EUR": Decimal(10), "PLN": Decimal(5)}, 0.25)])  # fmt: skip
    qtmodeltester.check(model)
    assert model.index(0, 5).data() == "30.0 h"
    assert model.index(0, 8).data() == f"{money(10, 'EUR')} · {money(5, 'PLN')}"
    assert model.export(tmp_path / "partners.csv") == 1
