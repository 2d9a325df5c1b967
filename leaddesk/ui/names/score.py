"""A score's words as every screen says them: the class (MQL, SQL), the rule groups,
"Score 80 · SQL"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from leaddesk.domain.scoring import Qualification, RuleGroup
from leaddesk.ui.formatting import number


def qualification_label(level: str | Qualification) -> str:
    if level == Qualification.SQL:
        return QCoreApplication.translate("Score", "SQL")
    if level == Qualification.MQL:
        return QCoreApplication.translate("Score", "MQL")
    return ""


def group_label(group: RuleGroup) -> str:
    labels = {
        RuleGroup.FIT: QCoreApplication.translate("Score", "Fit"),
        RuleGroup.BEHAVIOUR: QCoreApplication.translate("Score", "Behaviour"),
        RuleGroup.ENGAGEMENT: QCoreApplication.translate("Score", "Engagement"),
    }
    return labels[group]


def score_button_text(score: int, level: str) -> str:
    text = QCoreApplication.translate("Score", "Score %1").replace("%1", number(score))
    shown = qualification_label(level)
    return f"{text} · {shown}" if shown else text
