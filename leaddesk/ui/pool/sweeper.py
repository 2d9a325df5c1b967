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

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from leaddesk.errors import LeadDeskError
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.changes import ChangeDispatcher
from leaddesk.ui.formatting import isolated, time_text

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
    soon = {lead: (lead, rep, at) for lead, rep, at in expiry.warned}
    if me is not None:  # mine, even if another app's sweep marked them told first
        soon |= {lead: (lead, rep, at) for lead, rep, at in ws.claims.running_out(me)}
    named = list(soon) + [r.lead_id for r in waiting]
    labels = ws.pool.labels(named) if named else {}
    warned = tuple(Warning(lead, rep, labels.get(lead, ""), at) for lead, rep, at in soon.values())
    late = tuple(Late(r.lead_id, labels.get(r.lead_id, ""), r.due_at) for r in waiting)
    return Sweep(changes, expiry.released, warned, late)


class _Relay(QObject):
    """Lives in the GUI thread: what a sweep in the worker emits arrives there queued."""

    done = Signal(int, object)  # (the run's generation, its Sweep)
    failed = Signal(int, object)  # (generation, exception)


class DistributionSweeper(QObject):
    """Sweeps in a private one-thread QThreadPool, not a long-lived QThread: the
    worker ends when the sweep returns, so a window that is dropped without closing
    (or a test's) leaves no running thread behind, and ``stop`` only has to wait for
    the sweep in hand. Outcomes of sweeps started before a ``stop`` are dropped."""

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
        self._threads = QThreadPool(self)
        self._threads.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._generation = 0  # raised by stop(): what older sweeps bring is dropped
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.run_now)
        self._told: set[uuid.UUID] = set()  # late leads already announced by this app
        self._warned: set[uuid.UUID] = set()  # claims running out, already announced

    def start(self, first_ms: int = FIRST_MS) -> None:
        QTimer.singleShot(first_ms, self, self.run_now)
        self.timer.start()

    @property
    def running(self) -> bool:
        return self._busy

    def run_now(self) -> bool:
        """One sweep unless one is running; False when none was started."""
        if self._busy:
            return False
        try:
            ws = self._ws()
        except LeadDeskError:
            return False
        self._busy = True
        generation, relay, me = self._generation, self._relay, self._me()

        def work() -> None:  # in the worker thread: only the relay's signals leave it
            try:
                result = sweep(ws, me)
            except BaseException as exc:  # handed to the GUI thread
                relay.failed.emit(generation, exc)
            else:
                relay.done.emit(generation, result)

        self._threads.start(QRunnable.create(work))
        return True

    def stop(self) -> None:
        """The window closes or the database is switched: nothing more is started, and
        the sweep in hand is waited for (its outcome, for the old database, dropped)."""
        self.timer.stop()
        self._generation += 1
        self._threads.waitForDone()
        self._busy = False

    def restart(self) -> None:
        """Another database is open: sweep it soon, then every minute."""
        self.stop()
        self._told.clear()
        self._warned.clear()
        self.start()

    def _failed(self, generation: int, _exc: object) -> None:
        if generation == self._generation:
            self._busy = False  # the database is away: the next minute tries again

    def _finished(self, generation: int, result: object) -> None:
        if generation != self._generation or not isinstance(result, Sweep):
            return
        self._busy = False
        self._dispatcher.publish(result.changes)
        me = self._me()
        mine = [w for w in result.warned
                if me is not None and w.rep_id == me and w.lead_id not in self._warned]  # fmt: skip
        self._warned |= {w.lead_id for w in mine}
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
            lines.append(self.tr("and %Ln more", "", len(mine) - NAMED))
        self.tray.showMessage(
            self.tr("%Ln claim(s) running out", "", len(mine)),
            "\n".join(lines),
            QSystemTrayIcon.MessageIcon.Information,
            15_000,
        )

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
            lines.append(self.tr("and %Ln more", "", len(fresh) - NAMED))
        self.tray.showMessage(
            self.tr("%Ln lead(s) past the first-contact target", "", len(fresh)),
            "\n".join(lines),
            QSystemTrayIcon.MessageIcon.Warning,
            15_000,
        )
