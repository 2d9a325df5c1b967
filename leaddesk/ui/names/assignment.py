"""Why a lead went where it went, in the reader's language: an assignment's timeline
entry keeps the decision as plain data (domain.distribution.Decision.to_dict, or a
claim's or an expiry's), and this says it: "Rule “Polish web forms” → team Poland
(rotation) → Anna Kowalska · Tomasz Lis skipped: on holiday until 12 Dec"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from leaddesk.ui.formatting import date_text, isolated


def assignment_text(why: Mapping[str, object]) -> str:
    """The whole explanation, one line."""
    target = why.get("target")
    if target == "claim":
        return QCoreApplication.translate("Assignment", "Claimed from the pool by %1").replace(
            "%1", isolated(str(why.get("owner")))
        )
    if target == "hand_over":
        return _hand_over(why)
    if target == "hand_back":
        return QCoreApplication.translate("Assignment", "Back to %1 after their absence").replace(
            "%1", isolated(str(why.get("owner")))
        )
    partner = isolated(str(why.get("partner") or ""))
    if target == "partner_accepted":
        return QCoreApplication.translate("Assignment", "Accepted by partner %1").replace(
            "%1", partner
        )
    if target == "partner_returned":
        return (
            QCoreApplication.translate("Assignment", "Returned by partner %1: %2")
            .replace("%1", partner)
            .replace("%2", isolated(str(why.get("reason") or "")))
        )
    if target == "partner_expired":
        return QCoreApplication.translate(
            "Assignment", "Partner %1 did not answer in time"
        ).replace("%1", partner)
    by = why.get("by")
    if why.get("pool_reason") in ("released", "returned") and not by:
        return QCoreApplication.translate("Assignment", "Back to the pool")
    if why.get("pool_reason") == "released":
        return QCoreApplication.translate(
            "Assignment", "Back to the pool: claim released by %1"
        ).replace("%1", isolated(str(by)))
    if why.get("pool_reason") == "returned":
        return QCoreApplication.translate("Assignment", "Returned to the pool by %1").replace(
            "%1", isolated(str(by))
        )
    if why.get("pool_reason") == "claim_expired":
        return QCoreApplication.translate(
            "Assignment", "Back to the pool: no contact within the claim window"
        )
    rule = QCoreApplication.translate("Assignment", "Rule “%1”").replace(
        "%1", isolated(str(why.get("rule") or ""))
    )
    steps = [rule, *_where(why)]
    # the arrow points the way the sentence is read (right to left in Arabic)
    line = QCoreApplication.translate("Assignment", " → ").join(steps)
    return " · ".join([line, *skipped_texts(why)])


def skipped_texts(why: Mapping[str, object]) -> list[str]:
    """Who the rotation skipped and why, one text each (the timeline's second line)."""
    listed = why.get("skipped")
    skips = listed if isinstance(listed, list) else []
    return [_skipped(s) for s in skips if isinstance(s, Mapping)]


def _hand_over(why: Mapping[str, object]) -> str:
    """ "Handed over from Tomasz Lis to Anna Kowalska while on holiday until 12 Dec
    (back to them after)"."""
    until = why.get("until")
    day = date_text(dt.date.fromisoformat(until)) if isinstance(until, str) else ""
    kind = why.get("kind")
    text = (
        QCoreApplication.translate("Assignment", "Handed over from %1 to %2: on holiday until %3")
        if kind == "holiday"
        else QCoreApplication.translate(
            "Assignment", "Handed over from %1 to %2: on sick leave until %3"
        )
        if kind == "sick"
        else QCoreApplication.translate("Assignment", "Handed over from %1 to %2: away until %3")
    )
    line = (
        text.replace("%1", isolated(str(why.get("from") or "")))
        .replace("%2", isolated(str(why.get("owner") or "")))
        .replace("%3", day)
    )
    if why.get("returns"):
        back = QCoreApplication.translate("Assignment", "(goes back after)")
        return f"{line} {back}"
    return line


def _where(why: Mapping[str, object]) -> list[str]:
    target, name = why.get("target"), isolated(str(why.get("target_name") or ""))
    owner = isolated(str(why.get("owner") or ""))
    pool = _pool(why.get("pool_reason"))
    if target == "team":
        steps = [QCoreApplication.translate("Assignment", "team %1 (rotation)").replace("%1", name)]
        return [*steps, owner] if why.get("owner") else [*steps, pool]
    if target == "rep":
        return [owner] if why.get("owner") else [name, pool] if name else [pool]
    if target == "partner":
        if why.get("partner_id"):
            return [
                QCoreApplication.translate(
                    "Assignment", "partner %1 (waiting for acceptance)"
                ).replace("%1", name)
            ]
        return [pool]
    if target == "nobody":
        return [QCoreApplication.translate("Assignment", "left unassigned")]
    return [pool]


def _pool(reason: object) -> str:
    if reason == "everyone_away":
        return QCoreApplication.translate("Assignment", "the pool (nobody could take it)")
    if reason == "empty_team":
        return QCoreApplication.translate("Assignment", "the pool (the team has nobody in it)")
    if reason == "gone":
        return QCoreApplication.translate(
            "Assignment", "the pool (what the rule names is gone or inactive)"
        )
    return QCoreApplication.translate("Assignment", "the pool")


def _skipped(skip: Mapping[str, object]) -> str:
    name = isolated(str(skip.get("name") or ""))
    reason, until, limit = skip.get("reason"), skip.get("until"), skip.get("limit")
    day = date_text(dt.date.fromisoformat(until)) if isinstance(until, str) else ""
    if reason == "absent":
        kind = skip.get("kind")
        why = (
            QCoreApplication.translate("Assignment", "%1 skipped: on holiday until %2")
            if kind == "holiday"
            else QCoreApplication.translate("Assignment", "%1 skipped: on sick leave until %2")
            if kind == "sick"
            else QCoreApplication.translate("Assignment", "%1 skipped: away until %2")
        )
        return why.replace("%1", name).replace("%2", day)
    texts = {
        "inactive": QCoreApplication.translate("Assignment", "%1 skipped: inactive"),
        "day_off": QCoreApplication.translate("Assignment", "%1 skipped: not a working day"),
        "off_hours": QCoreApplication.translate("Assignment", "%1 skipped: outside working hours"),
        "full": QCoreApplication.translate(
            "Assignment", "%1 skipped: at the limit of %2 open leads"
        ),
        "full_today": QCoreApplication.translate(
            "Assignment", "%1 skipped: at the limit of %2 new leads today"
        ),
    }
    text = texts.get(str(reason), QCoreApplication.translate("Assignment", "%1 skipped"))
    return text.replace("%1", name).replace("%2", str(limit or ""))
