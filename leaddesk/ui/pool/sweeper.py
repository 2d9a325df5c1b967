"""The pool kept true while the app is open: every minute (and soon after start), off
the GUI thread, claims whose window closed go back to the pool, partner pushes
nobody answered come back, new leads past their first-contact target are flagged
(and a rule may send them on), and leads handed over for an absence go back to their
rep once it is over; what moved reaches the screens through the dispatcher. The rep
whose claims are about to run out is told, and so are a late lead's owner and the
owner and managers (tray, status bar and the Follow-ups screen), once per app.

No server process does this: each open app sweeps, and the services make a second
sweep of the same claims a no-op, so two apps at once do no harm.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from leaddesk.errors import LeadDeskError
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.changes import ChangeDispatcher
from leaddesk.ui.formatting import isolated, time_text
from leaddesk.ui.worker import BackgroundJob

FIRST_MS = 3_000  # once the first screens have painted
EVERY_MS = 60_000
NAMED = 3  # claims named in the reminder; the rest are counted


@dataclass(frozen=True)
class Warning:
    """One of a rep's claims that runs out soon."""

    lead_id: uuid.UUID
    rep_id: uuid.UUID
    label: str
    runs_out_at: dt.datetime


@dataclass(frozen=True)
class Late:
    """A lead past its first-contact target that this app's person should hear of."""

    lead_id: uuid.UUID
    label: str
    due_at: dt.datetime


@dataclass(frozen=True)
class Sweep:
    changes: Changes
    released: int
    warned: tuple[Warning, ...]
    late: tuple[Late, ...] = ()  # every flagged lead still waiting that concerns me


def sweep(ws: Workspace, me: uuid.UUID | None = None) -> Sweep:
    """One sweep (in the worker thread): expire claims and partner pushes, flag late
    first contacts, give handed-over leads back, and name the claims whose reps are
    to be told and the late leads that concern ``me`` (theirs; all of them for the
    owner and managers)."""
    expiry = ws.claims.expire_due()
    changes = expiry.changes | ws.partners.expire_due()
    changes |= ws.response_targets.flag_late().changes | ws.hand_overs.give_back_due()
    watching = me is not None and any(
        u.id == me and u.role.value in ("owner", "manager") for u in ws.users.list()
    )
    waiting = ws.response_targets.late(None if watching else me) if me is not None else []
    named = [lead for lead, _rep, _at in expiry.warned] + [r.lead_id for r in waiting]
    labels = ws.pool.labels(named) if named else {}
    warned = tuple(Warning(lead, rep, labels.get(lead, ""), at) for lead, rep, at in expiry.warned)
    late = tuple(Late(r.lead_id, labels.get(r.lead_id, ""), r.due_at) for r in waiting)
    return Sweep(changes, expiry.released, warned, late)


class DistributionSweeper(QObject):
    swept = Signal(object)  # Sweep: one finished (for tests and the status bar)
    warned = Signal(list)  # list[Warning]: my claims about to run out, just told
    late = Signal(list)  # list[Late]: every late first contact that concerns me, now
    newly_late = Signal(list)  # list[Late]: those not told of before, just told

    def __init__(
        self,
        workspace: Callable[[], Workspace],
        me: Callable[[], uuid.UUID | None],
        dispatcher: ChangeDispatcher,
        tray: QSystemTrayIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws, self._me, self._dispatcher, self.tray = workspace, me, dispatcher, tray
        self.job: BackgroundJob[Sweep] = BackgroundJob(self)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(lambda _exc: None)  # the database is away: next minute
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.run_now)
        self._told: set[uuid.UUID] = set()  # late leads already announced by this app

    def start(self, first_ms: int = FIRST_MS) -> None:
        QTimer.singleShot(first_ms, self, self.run_now)
        self.timer.start()

    def run_now(self) -> bool:
        """One sweep unless one is running; False when none was started."""
        try:
            ws = self._ws()
        except LeadDeskError:
            return False
        me = self._me()
        return self.job.start(lambda _progress, _cancelled: sweep(ws, me))

    def stop(self) -> None:
        """The window closes or the database is switched: nothing more is started, and
        the sweep in hand is waited for (its outcome, for the old database, dropped)."""
        self.timer.stop()
        self.job.stop()

    def restart(self) -> None:
        """Another database is open: sweep it soon, then every minute."""
        self.stop()
        self._told.clear()
        self.start()

    def _finished(self, result: object) -> None:
        if not isinstance(result, Sweep):
            return
        self._dispatcher.publish(result.changes)
        me = self._me()
        mine = [w for w in result.warned if me is not None and w.rep_id == me]
        if mine:
            self._tell(mine)
            self.warned.emit(mine)
        fresh = [r for r in result.late if r.lead_id not in self._told]
        self._told |= {r.lead_id for r in fresh}
        self.late.emit(list(result.late))
        if fresh:
            self._tell_late(fresh)
            self.newly_late.emit(fresh)
        self.swept.emit(result)

    def _tell_late(self, fresh: list[Late]) -> None:
        if self.tray is None or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        lines = [
            self.tr("%1 – first contact was due at %2")
            .replace("%1", isolated(r.label))
            .replace("%2", time_text(r.due_at.astimezone()))
            for r in fresh[:NAMED]
        ]
        if len(fresh) > NAMED:
            lines.append(self.tr("and %n more", "", len(fresh) - NAMED))
        self.tray.showMessage(
            self.tr("%n lead(s) past the first-contact target", "", len(fresh)),
            "\n".join(lines),
            QSystemTrayIcon.MessageIcon.Warning,
            15_000,
        )

    def _tell(self, mine: list[Warning]) -> None:
        if self.tray is None or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        lines = [
            self.tr("%1 – back to the pool at %2")
            .replace("%1", isolated(w.label))
            .replace("%2", time_text(w.runs_out_at.astimezone()))
            for w in mine[:NAMED]
        ]
        if len(mine) > NAMED:
            lines.append(self.tr("and %n more", "", len(mine) - NAMED))
        self.tray.showMessage(
            self.tr("%n claim(s) running out", "", len(mine)),
            "\n".join(lines),
            QSystemTrayIcon.MessageIcon.Information,
            15_000,
        )
