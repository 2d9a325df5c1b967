"""Every Qt model passes Qt's model tester while real data flows through it: loading,
lazy fetching, sorting, patching after changes, resets. (The board's columns, the
template list and the Insights tables are checked beside their screens' tests.)

pytest-qt's ``qtmodeltester.check`` keeps Qt's QAbstractItemModelTester attached for
the rest of the test, so every signal the model emits afterwards is checked too."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QListView

from leaddesk.config.settings import Settings
from leaddesk.demo import populate
from leaddesk.domain.activities import ActivityKind, Channel, Direction
from leaddesk.domain.agenda import Bucket
from leaddesk.domain.lead_table import Column
from leaddesk.domain.stages import Stage
from leaddesk.services.workspace import Workspace
from leaddesk.ui.follow_ups.screen import FollowUpsScreen
from leaddesk.ui.insights.drill import LeadsBehindDialog
from leaddesk.ui.lead.timeline import ENTRY_ROLE, PAGE, TimelineDelegate, TimelineModel
from leaddesk.ui.leads.screen import LeadsScreen
from leaddesk.ui.messaging.messenger import Messenger
from leaddesk.ui.messaging.outbox_screen import OutboxScreen

ANCHOR = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
def demo(sqlite_ws: Workspace) -> Workspace:
    populate(sqlite_ws, 700, seed=9, anchor=ANCHOR, activities_per_lead=2)
    return sqlite_ws


def test_the_leads_table_model_through_paging_sorting_and_patching(
    qtbot, demo: Workspace, qsettings: QSettings, qtmodeltester, english
) -> None:  # type: ignore[no-untyped-def]
    screen = LeadsScreen(demo, (dict, lambda _v: None), qsettings)
    qtbot.addWidget(screen)
    screen.resize(1400, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.total == 700)
    model = screen.model
    qtmodeltester.check(model)
    screen.table.scrollToBottom()  # the last block is fetched
    assert model.row(699) is not None
    screen._sort_by(Column.NAME, False)
    screen.table.scrollToTop()
    first = model.row(0)
    assert first is not None
    # a change in place, a change that re-sorts, a lead that leaves the list
    edited = demo.leads.update(first.id, {"city": "Gdynia"}, expected_version=first.version)
    screen.note_changes(edited.changes)
    assert model.row(0).city == "Gdynia"  # type: ignore[union-attr]
    renamed = demo.leads.update(
        first.id, {"first_name": "Żaneta"}, expected_version=edited.value.version
    )
    screen.note_changes(renamed.changes)
    assert model.row(0).id != first.id  # type: ignore[union-attr]  (Żaneta sorts last)
    screen.note_changes(demo.leads.delete(model.row(3).id))  # type: ignore[union-attr]
    assert model.total == 699
    screen.stage_scope.setCurrentIndex(screen.stage_scope.findData(Stage.CUSTOMER.value))
    assert 0 < model.total < 699


def test_the_timeline_model_fetches_pages_and_takes_new_entries_on_top(
    qtbot, demo: Workspace, qtmodeltester, english
) -> None:  # type: ignore[no-untyped-def]
    lead = demo.leads.create({"first_name": "Iza"}).value
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for n in range(PAGE + 30):
        demo.activities.log(
            lead.id, ActivityKind.NOTE, body=f"note {n}", occurred_at=start + dt.timedelta(hours=n)
        )

    def fetch(kinds: tuple[ActivityKind, ...]):  # type: ignore[no-untyped-def]
        return lambda before, limit: demo.activities.timeline(
            lead.id, limit=limit, before=before, kinds=kinds
        )

    model = TimelineModel(fetch(()))
    qtmodeltester.check(model)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(TimelineDelegate(view))
    view.show()
    qtbot.waitUntil(lambda: model.rowCount() >= PAGE)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == PAGE + 31  # and the lead's "created" entry
    demo.activities.log(lead.id, ActivityKind.CALL, direction=Direction.OUTBOUND)
    model.refresh()
    assert model.rowCount() == PAGE + 32
    assert model.index(0).data(ENTRY_ROLE).kind is ActivityKind.CALL
    model.refresh()  # nothing new: nothing changes
    assert model.rowCount() == PAGE + 32
    model.reset(fetch((ActivityKind.CALL,)))  # the first page comes with the reset
    assert model.rowCount() == 1 and not model.canFetchMore()


def test_the_follow_up_agenda_model_across_buckets(
    qtbot, demo: Workspace, qsettings: QSettings, qtmodeltester, english
) -> None:  # type: ignore[no-untyped-def]
    screen = FollowUpsScreen(demo, qsettings)
    qtbot.addWidget(screen)
    screen.show()
    screen.scope.setCurrentIndex(screen.scope.findData("everyone"))
    qtmodeltester.check(screen.model)
    for bucket in Bucket:
        screen.show_bucket(bucket)
        assert screen.model.rowCount() >= 0
    screen.show_bucket(Bucket.UPCOMING)
    before = screen.model.rowCount()
    lead = demo.leads.create({"first_name": "Ewa"}).value
    due = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    screen.note_changes(demo.follow_ups.schedule(lead.id, due, "Demo").changes)
    assert screen.model.rowCount() == before + 1
    screen.show_bucket(Bucket.OVERDUE)
    assert screen.model.rowCount() > 0  # the demo's follow-ups are months old


def test_the_outbox_models_with_batches_and_messages(
    qtbot, demo: Workspace, qsettings: QSettings, qtmodeltester, english
) -> None:  # type: ignore[no-untyped-def]
    me = demo.users.list()[0]
    template = next(t for t in demo.templates.list() if t.channel is Channel.WHATSAPP)
    ids = [c.id for c in demo.board.cards(Stage.CONTACTED, limit=60)]
    demo.messaging.queue(ids, template.id, user_id=me.id)
    messenger = Messenger(lambda: demo, Settings(), lambda: me.id, None)
    screen = OutboxScreen(demo, messenger, qsettings)
    qtbot.addWidget(screen)
    screen.set_user(me.id)
    screen.resize(1300, 700)
    screen.show()
    qtmodeltester.check(screen.batches)
    qtmodeltester.check(screen.messages)
    qtbot.waitUntil(lambda: screen.messages.rowCount() > 0)
    while screen.messages.canFetchMore():
        screen.messages.fetchMore()
    assert screen.batches.rowCount() >= 1 and screen.messages.rowCount() > 0


def test_the_leads_behind_a_bar(qtbot, demo: Workspace, qtmodeltester, english) -> None:  # type: ignore[no-untyped-def]
    ids = [c.id for c in demo.board.cards(Stage.CUSTOMER, limit=400)]
    dialog = LeadsBehindDialog(demo, ids, "Customers", None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    dialog.view.scrollToBottom()
    assert dialog.model.row(len(ids) - 1) is not None
