"""A score in words: the points a rule gave, a threshold crossed, a breakdown line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from leaddesk.ui.formatting import isolated, number, signed
from leaddesk.ui.names.activities import rule_name_label


def signed_points(points: float) -> str:
    """+50 or -20 in the language's digits (with a true minus sign, not a hyphen)."""
    whole = round(points)
    return signed(("+" if whole >= 0 else "\u2212") + number(abs(whole)))


def qualified_text(d: dict[str, Any]) -> str:
    """ "Became SQL: 80 points: Requested a quote +50, Attended a webinar +20, …" """
    level = (
        QCoreApplication.translate("Timeline", "Became SQL")
        if d.get("level") == "sql"
        else QCoreApplication.translate("Timeline", "Became MQL")
    )
    parts = [
        f"{isolated(rule_name_label(str(name)))} {signed_points(float(points))}"
        for name, points in d.get("parts") or []
    ]
    if d.get("more"):
        parts.append("…")
    return (
        QCoreApplication.translate("Timeline", "%1: %2 points: %3")
        .replace("%1", level)
        .replace("%2", number(int(d.get("total") or 0)))
        .replace("%3", ", ".join(parts))
    )
