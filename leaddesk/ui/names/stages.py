"""Stage names and colours as every screen shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from leaddesk.domain.stages import Stage

# One colour per stage, used on the board, in charts and badges alike.
STAGE_COLORS = {
    Stage.OPEN: "#5B8DEF",
    Stage.CONTACTED: "#3FB6C8",
    Stage.NURTURING: "#9B7BE0",
    Stage.QUALIFIED: "#F2A541",
    Stage.NEGOTIATION: "#E8715A",
    Stage.CUSTOMER: "#3DAA6D",
    Stage.INACTIVE: "#8A94A6",
    Stage.DISQUALIFIED: "#C9566B",
}


def stage_label(stage: Stage) -> str:
    # Literal calls so lupdate finds every name.
    labels = {
        Stage.OPEN: QCoreApplication.translate("Stage", "Open"),
        Stage.CONTACTED: QCoreApplication.translate("Stage", "Contacted"),
        Stage.NURTURING: QCoreApplication.translate("Stage", "Nurturing"),
        Stage.QUALIFIED: QCoreApplication.translate("Stage", "Qualified"),
        Stage.NEGOTIATION: QCoreApplication.translate("Stage", "Negotiation"),
        Stage.CUSTOMER: QCoreApplication.translate("Stage", "Customer"),
        Stage.INACTIVE: QCoreApplication.translate("Stage", "Inactive"),
        Stage.DISQUALIFIED: QCoreApplication.translate("Stage", "Disqualified"),
    }
    return labels[stage]


def stage_color(stage: Stage) -> QColor:
    return QColor(STAGE_COLORS[stage])
