"""The pool kept true while the app is open: every minute (and soon after start), off
the GUI thread, claims whose window closed go back to the pool and partner pushes
nobody answered come back; what moved reaches the screens through the dispatcher,
and the rep whose claims are about to run out is told (tray and status bar).

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
class Sweep:
    changes: Changes
    released: int
    warned: tuple[Warning, ...]


def sweep(ws: Workspace) -> Sweep:
    """One sweep (in the worker thread): expire claims and partner pushes, and name the
    claims whose reps are to be told."""
    expiry = ws.claims.expire_due()
    changes = expiry.changes | ws.partners.expire_due()
    labels = ws.pool.labels([lead for lead, _rep, _at in expiry.warned]) if expiry.warned else {}
    warned = tuple(Warning(lead, rep, labels.get(lead, ""), at) for lead, rep, at in expiry.warned)
    return Sweep(changes, expiry.released, warned)


class DistributionSweeper(QObject):
    swept = Signal(object)  # Sweep: one finished (for tests and the status bar)
    warned = Signal(list)  # list[Warning]: my claims about to run out, just told

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

    def start(self, first_ms: int = FIRST_MS) -> None:
        QTimer.singleShot(first_ms, self, self.run_now)
        self.timer.start()

    def run_now(self) -> bool:
        """One sweep unless one is running; False when none was started."""
        try:
            ws = self._ws()
        except LeadDeskError:
            return False
        return self.job.start(lambda _progress, _cancelled: sweep(ws))

    def stop(self) -> None:
        """The window closes or the database is switched: nothing more is started, and
        the sweep in hand is waited for (its outcome, for the old database, dropped)."""
        self.timer.stop()
        self.job.stop()

    def restart(self) -> None:
        """Another database is open: sweep it soon, then every minute."""
        self.stop()
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
            lines.append(self.tr("and %n more", "", len(mine) - NAMED))
        self.tray.showMessage(
            self.tr("%n claim(s) running out", "", len(mine)),
            "\n".join(lines),
            QSystemTrayIcon.MessageIcon.Information,
            15_000,
        )
