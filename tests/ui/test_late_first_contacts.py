"""A new lead past its first-contact target: the app's sweep flags it, tells its owner
and the managers (not another rep), once per app, and the Follow-ups screen names it
with a link that opens it; a handed-over lead goes back in the same sweep."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QSettings

from leaddesk.domain.leads import Role
from leaddesk.services.claims import ClaimService
from leaddesk.services.hand_over import HandOverService
from leaddesk.services.leads import LeadService
from leaddesk.services.partners import PartnerService
from leaddesk.services.pool import PoolService
from leaddesk.services.response_targets import ResponseTargetService
from leaddesk.services.workspace import Workspace
from leaddesk.ui.changes import ChangeDispatcher
from leaddesk.ui.follow_ups.late_banner import LateBanner
from leaddesk.ui.pool.sweeper import DistributionSweeper


def _timed(ws: Workspace, clock: dict[str, dt.datetime]) -> Workspace:
    ctx = dataclasses.replace(ws.ctx, clock=lambda: clock["now"])
    return dataclasses.replace(
        ws, ctx=ctx, claims=ClaimService(ctx), partners=PartnerService(ctx), pool=PoolService(ctx),
        response_targets=ResponseTargetService(ctx), hand_overs=HandOverService(ctx),
    )  # fmt: skip


def test_the_owner_and_managers_hear_of_a_late_lead_once_and_can_open_it(
    qtbot,
    sqlite_ws: Workspace,
    qsettings: QSettings,
    english,  # type: ignore[no-untyped-def]
) -> None:
    clock = {"now": dt.datetime(2026, 12, 8, 10, tzinfo=dt.UTC)}
    ws = _timed(sqlite_ws, clock)
    rep = ws.users.create("Rita", "rita@example.com").id
    other = ws.users.create("Olek", "olek@example.com").id
    boss = ws.users.create("Mona", "mona@example.com", Role.MANAGER).id
    ws.sources.set_targets("call", response_minutes=30, claim_hours=None)
    lead = (
        LeadService(ws.ctx)
        .create({"first_name": "Waiting", "source": "call", "owner_id": rep})
        .value.id
    )
    clock["now"] += dt.timedelta(hours=1)
    dispatcher = ChangeDispatcher()
    heard: dict[str, list[object]] = {}
    for name, me in (("rep", rep), ("other", other), ("boss", boss)):
        sweeper = DistributionSweeper(lambda: ws, lambda me=me: me, dispatcher)
        with qtbot.waitSignal(sweeper.late) as late:
            assert sweeper.run_now()
        heard[name] = late.args[0]
        if name == "rep":
            with qtbot.waitSignal(sweeper.late), qtbot.assertNotEmitted(sweeper.newly_late):
                assert sweeper.run_now()  # told already: not again
        sweeper.stop()
    assert [r.lead_id for r in heard["rep"]] == [lead]  # type: ignore[attr-defined]
    assert heard["other"] == []
    assert [r.lead_id for r in heard["boss"]] == [lead]  # type: ignore[attr-defined]
    banner = LateBanner()
    qtbot.addWidget(banner)
    banner.show_late(heard["rep"])  # type: ignore[arg-type]
    assert "1 new lead past the first-contact target" in banner.text()
    assert "Waiting" in banner.text()
    with qtbot.waitSignal(banner.openLead) as opened:
        banner.linkActivated.emit(f"lead:{lead}")
    assert opened.args[0] == lead
    banner.show_late([])
    assert banner.isHidden()


def test_every_app_of_the_rep_warns_of_their_claims_once(
    qtbot,
    sqlite_ws: Workspace,
    english,  # type: ignore[no-untyped-def]
) -> None:
    clock = {"now": dt.datetime(2026, 12, 8, 10, tzinfo=dt.UTC)}
    ws = _timed(sqlite_ws, clock)
    rep = ws.users.create("Rita", "rita@example.com").id
    lead = ws.leads.create({"first_name": "Claimed"}).value.id
    assert ws.claims.claim([lead], rep).won == (lead,)
    clock["now"] += dt.timedelta(hours=23)  # an hour left
    dispatcher = ChangeDispatcher()
    first = DistributionSweeper(lambda: ws, lambda: rep, dispatcher)
    second = DistributionSweeper(lambda: ws, lambda: rep, dispatcher)  # the rep's laptop
    for sweeper in (first, second):  # the first marks it told; the second still tells
        with qtbot.waitSignal(sweeper.warned) as warned:
            assert sweeper.run_now()
        assert [w.lead_id for w in warned.args[0]] == [lead]
    with qtbot.waitSignal(first.swept), qtbot.assertNotEmitted(first.warned):
        assert first.run_now()  # once per app
    first.stop()
    second.stop()
