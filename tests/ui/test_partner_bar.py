"""The lead window's partner bar: a lead waiting for a partner says so with the due
time; "Accepted" records the partner's answer (and the bar says who took it);
"Returned…" asks why and sends the lead on to the next rule."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.services.workspace import Workspace
from leaddesk.ui.lead.window import LeadWindow


@pytest.fixture
def pushed(sqlite_ws: Workspace, english) -> tuple[Workspace, uuid.UUID, uuid.UUID]:  # type: ignore[no-untyped-def]
    ws = sqlite_ws
    partner = ws.distribution.add_partner("ACME Distribution", "distributor", response_hours=48)
    ewa = ws.users.create("Ewa", "ewa@example.com").id
    ws.distribution.save_rules([
        AssignmentRule("p", "Kraków to ACME", Target.PARTNER, str(partner),
                       (Condition("city", Operator.EQUALS, ("Kraków",)),)),
        AssignmentRule("e", "Everyone else to Ewa", Target.REP, str(ewa)),
    ])  # fmt: skip
    lead = ws.leads.create({"first_name": "Jan", "city": "Kraków"}).value
    return ws, lead.id, ewa


@pytest.fixture
def window(qtbot, pushed) -> Iterator[LeadWindow]:  # type: ignore[no-untyped-def]
    ws, lead_id, _ewa = pushed
    w = LeadWindow(ws, lead_id)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def test_the_bar_shows_a_waiting_lead_and_accepted_records_it(window: LeadWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = window.partner
    assert bar.isVisibleTo(window)
    text = bar.text.text()
    assert "ACME Distribution" in text and "waiting for them to accept" in text
    assert "answer due by" in text
    assert bar.accept_button.isVisibleTo(window) and bar.return_button.isVisibleTo(window)
    with qtbot.waitSignal(window.saved, timeout=5000):
        bar.accept_button.click()
    state = window.ws.partners.state_of(window.lead_id)
    assert state is not None and state.state == "accepted"
    assert bar.text.text().startswith("Accepted by") and "ACME Distribution" in bar.text.text()
    assert not bar.accept_button.isVisibleTo(window)
    # the answer is on the timeline the window shows
    kinds = [a.kind for a in window.ws.activities.timeline(window.lead_id)]
    assert kinds.count(ActivityKind.ASSIGNMENT) == 2


def test_returned_asks_why_and_sends_the_lead_on(window: LeadWindow, pushed, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ws, lead_id, ewa = pushed
    asked: list[str] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        dialog.setTextValue("Outside our territory")
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(window.saved, timeout=5000):
        window.partner.return_button.click()
    assert asked and "ACME Distribution" in asked[0]
    assert window.ws.partners.state_of(lead_id) is None
    assert window.ws.leads.get(lead_id).owner_id == ewa  # the next rule took it
    qtbot.waitUntil(lambda: not window.partner.isVisibleTo(window))
    why = [a.details["why"] for a in window.ws.activities.timeline(lead_id)
           if a.kind is ActivityKind.ASSIGNMENT]  # fmt: skip
    assert {"target": "partner_returned", "reason": "Outside our territory"}.items() <= next(
        w for w in why if w["target"] == "partner_returned"
    ).items()
    assert window.latest.owner_id == ewa  # the window caught up with the new owner


def test_a_cancelled_question_changes_nothing(window: LeadWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    window.partner.return_button.click()
    state = window.ws.partners.state_of(window.lead_id)
    assert state is not None and state.waiting and window.partner.isVisibleTo(window)


def test_a_lead_no_partner_has_shows_no_bar(qtbot, pushed) -> None:  # type: ignore[no-untyped-def]
    ws, _lead_id, _ewa = pushed
    other = ws.leads.create({"first_name": "Ola", "city": "Gdańsk"}).value
    w = LeadWindow(ws, other.id)
    qtbot.addWidget(w)
    w.show()
    assert not w.partner.isVisibleTo(w)
    w.close()


def test_an_answer_given_elsewhere_reaches_the_open_window(window: LeadWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    changes = window.ws.partners.accept(window.lead_id)  # by a reply link, say
    window.note_changes(changes)
    assert window.partner.text.text().startswith("Accepted by")
