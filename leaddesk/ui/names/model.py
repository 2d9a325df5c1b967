"""The conversion model's inputs and reasons as people read them: "Source: Referral
+12 %", "Days since the last email", "Attended a webinar (times)".

Column names are the stable keys of domain.model_inputs: ``source``, ``custom:KEY``,
``product:NAME``, ``activity:KIND``, ``activity:KIND:inbound``, ``days_since:KIND``,
``event:TAG``, ``days_since:event:TAG``, ``unanswered``, ``first_response_s``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from leaddesk.domain.activities import ActivityKind
from leaddesk.ui.formatting import isolated, number, signed
from leaddesk.ui.names.activities import event_tag_label, kind_label
from leaddesk.ui.names.scoring import fit_field_label


def _kind(text: str) -> str:
    try:
        return kind_label(ActivityKind(text))
    except ValueError:
        return text


def column_label(column: str, custom_names: Mapping[str, str]) -> str:
    """What an input of the model is, in the user's language."""
    if column == "unanswered":
        return QCoreApplication.translate("Model", "Contacts not answered")
    if column == "first_response_s":
        return QCoreApplication.translate("Model", "Time to first response")
    head, _, rest = column.partition(":")
    if head == "product":
        return QCoreApplication.translate("Model", "Product: %1").replace("%1", isolated(rest))
    if head == "event":
        return QCoreApplication.translate("Model", "%1 (times)").replace(
            "%1", event_tag_label(rest)
        )
    if head == "activity":
        kind, _, inbound = rest.partition(":")
        if inbound:
            return QCoreApplication.translate("Model", "%1 from the lead (times)").replace(
                "%1", _kind(kind)
            )
        return QCoreApplication.translate("Model", "%1 (times)").replace("%1", _kind(kind))
    if head == "days_since":
        what = event_tag_label(rest[len("event:") :]) if rest.startswith("event:") else _kind(rest)
        return QCoreApplication.translate("Model", "Days since: %1").replace("%1", what)
    return fit_field_label(column, custom_names)


def factor_text(column: str, value: str, missing: bool, custom_names: Mapping[str, str]) -> str:
    """ "Source: Referral" — the input and the lead's value of it."""
    shown = QCoreApplication.translate("Model", "not given") if missing else value
    if shown in ("yes", "no"):
        shown = (
            QCoreApplication.translate("Model", "yes")
            if shown == "yes"
            else QCoreApplication.translate("Model", "no")
        )
    return (
        QCoreApplication.translate("Model", "%1: %2")
        .replace("%1", column_label(column, custom_names))
        .replace("%2", isolated(shown))
    )


def percent_points(points: float) -> str:
    """+12 % or minus 9 % (percentage points), in the language's digits."""
    whole = round(points)
    sign = "+" if whole >= 0 else "\u2212"
    return signed(
        QCoreApplication.translate("Model", "%1%2 %")
        .replace("%1", sign)
        .replace("%2", number(abs(whole)))
    )


def _figure(text: str) -> str:
    from PySide6.QtCore import QLocale

    try:
        value = float(text)
    except ValueError:
        return text
    return QLocale().toString(value, "g", 6)


def level_text(level: str) -> str:
    """A weight's value as the model names it ("(missing)", "12 to 30", a category)."""
    if level == "(missing)":
        return QCoreApplication.translate("Model", "not given")
    if level == "(other)":
        return QCoreApplication.translate("Model", "any other")
    if level == "per standard deviation":
        return QCoreApplication.translate("Model", "more of it (per standard deviation)")
    low, sep, high = level.partition(" to ")
    if sep:
        return (
            QCoreApplication.translate("Model", "%1 to %2")
            .replace("%1", _figure(low))
            .replace("%2", _figure(high))
        )
    for mark in ("< ", "≥ "):
        if level.startswith(mark):
            return mark + _figure(level[len(mark) :])
    return level
