"""What the pool's actions do and how their outcome is told: claim, give to someone,
let the rules distribute, return to the pool, release a rep's untouched claims.

One presenter for every screen that offers them (the Pool screen, and the board and
the leads table through their right-click menus), so a claim reads the same
wherever it was made. A claim that loses is an outcome, not an error: it is told in
a sentence ("L-000012 was taken by Anna Kowalska a moment ago"), never a dialog.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import QObject, Signal

from leaddesk.domain.claims import Refusal
from leaddesk.errors import LeadDeskError
from leaddesk.services.claims import ClaimOutcome
from leaddesk.services.pool import ClaimLimits
from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.formatting import isolated, number

NAMED = 3  # leads named one by one in an outcome; the rest are counted


class PoolActions(QObject):
    """Runs the pool's use cases for "me" and reports in signals: ``changed`` (publish
    it), ``told`` (a sentence, and whether something was refused; also as ``refused``
    when it was) and ``failed`` (a LeadDeskError or a sentence, for an error banner)."""

    changed = Signal(object)  # Changes
    told = Signal(str, bool)  # what happened; True when part of it was refused
    refused = Signal(str)  # the same sentence, when part of it was refused
    failed = Signal(object)  # LeadDeskError | str

    def __init__(
        self,
        workspace: Callable[[], Workspace],
        me: Callable[[], uuid.UUID | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws, self._me = workspace, me

    def _who(self) -> uuid.UUID | None:
        me = self._me()
        if me is None:
            self.failed.emit(
                self.tr("Choose who you are (at the bottom right) first: claims are made by name.")
            )
        return me

    # claiming -------------------------------------------------------------------------
    def claim(self, lead_ids: Collection[uuid.UUID]) -> ClaimOutcome | None:
        """Claim the leads for me (up to my limits); None when nothing was tried."""
        me = self._who() if lead_ids else None
        if me is None:
            return None
        ws = self._ws()
        try:
            outcome = ws.claims.claim(lead_ids, me)
            taken = [x.lead_id for x in outcome.lost if x.reason is Refusal.TAKEN][:NAMED]
            labels = ws.pool.labels(taken) if taken else {}
            limited = {x.reason for x in outcome.lost} & {Refusal.LIMIT_OPEN, Refusal.LIMIT_TODAY}
            limits = ws.pool.claim_limits(me) if limited else ClaimLimits(None, None)
        except LeadDeskError as exc:
            self.failed.emit(exc)
            return None
        self.changed.emit(outcome.changes)
        text = self.outcome_text(outcome, labels, limits)
        self.told.emit(text, bool(outcome.lost))
        if outcome.lost:
            self.refused.emit(text)
        return outcome

    def outcome_text(
        self, outcome: ClaimOutcome, labels: dict[uuid.UUID, str], limits: ClaimLimits
    ) -> str:
        """The claim's outcome in a few sentences: what was won, who has what was lost,
        which limit stopped the rest."""
        parts: list[str] = []
        if outcome.won:
            parts.append(self.tr("Claimed %Ln lead(s).", "", len(outcome.won)))
        taken = [x for x in outcome.lost if x.reason is Refusal.TAKEN]
        for lost in taken[:NAMED]:
            parts.append(
                self.tr("%1 was taken by %2 a moment ago.")
                .replace("%1", isolated(labels.get(lost.lead_id, "")))
                .replace("%2", isolated(lost.by or ""))
            )
        if len(taken) > NAMED:
            parts.append(self.tr("%Ln more were taken by others.", "", len(taken) - NAMED))
        counts = Counter(x.reason for x in outcome.lost)
        if gone := counts[Refusal.GONE]:
            parts.append(self.tr("%Ln lead(s) are no longer in the pool.", "", gone))
        if held := counts[Refusal.LIMIT_OPEN]:
            parts.append(
                self.tr(
                    "%Ln not claimed: you have reached your limit of %1 untouched claimed leads.",
                    "",
                    held,
                ).replace("%1", number(limits.untouched or 0))
            )
        if today := counts[Refusal.LIMIT_TODAY]:
            text = self.tr(
                "%Ln not claimed: you have reached your limit of %1 claims a day.", "", today
            )
            parts.append(text.replace("%1", number(limits.per_day or 0)))
        return " ".join(parts) or self.tr("Nothing was claimed.")

    # a manager's actions -----------------------------------------------------------------
    def _run(self, work: Callable[[Workspace, uuid.UUID | None], Changes]) -> Changes | None:
        try:
            changes = work(self._ws(), self._me())
        except LeadDeskError as exc:
            self.failed.emit(exc)
            return None
        self.changed.emit(changes)
        return changes

    def assign(self, lead_ids: Sequence[uuid.UUID], owner: uuid.UUID, name: str) -> bool:
        """Push leads from the pool to ``owner`` (all or none, as the board assigns)."""
        ids = list(lead_ids)
        if (
            not ids
            or self._run(lambda ws, me: ws.pipeline.assign_many(ids, owner, user_id=me)) is None
        ):
            return False
        text = self.tr("Gave %Ln lead(s) to %1.", "", len(ids)).replace("%1", isolated(name))
        self.told.emit(text, False)
        return True

    def distribute(self, lead_ids: Sequence[uuid.UUID]) -> bool:
        """Let the assignment rules decide again for these leads, now."""
        ids = list(lead_ids)
        if not ids or self._run(lambda ws, me: ws.distribution.distribute(ids, user_id=me)) is None:
            return False
        text = self.tr("The assignment rules decided again for %Ln lead(s).", "", len(ids))
        self.told.emit(text, False)
        return True

    def return_to_pool(self, lead_ids: Sequence[uuid.UUID]) -> bool:
        """Take leads back from whoever has them (their claims dropped)."""
        ids = list(lead_ids)
        done = self._run(lambda ws, me: ws.claims.return_to_pool(ids, user_id=me)) if ids else None
        if done is None:
            return False
        self.told.emit(self.tr("Returned %Ln lead(s) to the pool.", "", len(done.leads)), False)
        return True

    def release_all(self, rep: uuid.UUID, name: str) -> bool:
        """Send all of a rep's untouched claims back to the pool."""
        done = self._run(lambda ws, me: ws.claims.release_all(rep, user_id=me))
        if done is not None:
            self.told.emit(
                self.tr("Released %Ln untouched claim(s) of %1.", "", len(done.leads)).replace(
                    "%1", isolated(name)
                ),
                False,
            )
        return done is not None
