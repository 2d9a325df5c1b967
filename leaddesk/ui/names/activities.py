"""Timeline entry kinds: names, colours and marks as every screen shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from leaddesk.domain.activities import ActivityKind

KIND_COLORS = {
    ActivityKind.CALL: "#2E86DE",
    ActivityKind.EMAIL: "#8E44AD",
    ActivityKind.WHATSAPP: "#25A244",
    ActivityKind.SMS: "#16A085",
    ActivityKind.MEETING: "#D35400",
    ActivityKind.NOTE: "#7F8C8D",
    ActivityKind.STAGE_CHANGE: "#F2A541",
    ActivityKind.ASSIGNMENT: "#5B8DEF",
    ActivityKind.SYSTEM: "#95A5A6",
    ActivityKind.ATTACHMENT: "#6C5CE7",
    ActivityKind.EVENT: "#E84393",
}
# a mark drawn in the kind's circle; plain symbols every system font has
KIND_MARKS = {
    ActivityKind.CALL: "☎",
    ActivityKind.EMAIL: "✉",
    ActivityKind.WHATSAPP: "W",
    ActivityKind.SMS: "S",
    ActivityKind.MEETING: "M",
    ActivityKind.NOTE: "✎",
    ActivityKind.STAGE_CHANGE: "⇄",
    ActivityKind.ASSIGNMENT: "@",
    ActivityKind.SYSTEM: "•",
    ActivityKind.ATTACHMENT: "▤",
    ActivityKind.EVENT: "★",
}


def kind_label(kind: ActivityKind) -> str:
    # Literal calls so lupdate finds every name.
    labels = {
        ActivityKind.CALL: QCoreApplication.translate("ActivityKind", "Call"),
        ActivityKind.EMAIL: QCoreApplication.translate("ActivityKind", "Email"),
        ActivityKind.WHATSAPP: QCoreApplication.translate("ActivityKind", "WhatsApp"),
        ActivityKind.SMS: QCoreApplication.translate("ActivityKind", "SMS"),
        ActivityKind.MEETING: QCoreApplication.translate("ActivityKind", "Meeting"),
        ActivityKind.NOTE: QCoreApplication.translate("ActivityKind", "Note"),
        ActivityKind.STAGE_CHANGE: QCoreApplication.translate("ActivityKind", "Stage change"),
        ActivityKind.ASSIGNMENT: QCoreApplication.translate("ActivityKind", "Assignment"),
        ActivityKind.SYSTEM: QCoreApplication.translate("ActivityKind", "System"),
        ActivityKind.ATTACHMENT: QCoreApplication.translate("ActivityKind", "File"),
        ActivityKind.EVENT: QCoreApplication.translate("ActivityKind", "Lead's action"),
    }
    return labels[kind]


def kind_color(kind: ActivityKind) -> QColor:
    return QColor(KIND_COLORS[kind])


def event_tag_label(tag: str) -> str:
    """A lead's action as people say it; a team's own tag as it was typed."""
    # Literal calls so lupdate finds every name.
    labels = {
        "solutions_page": QCoreApplication.translate("EventTag", "Visited the solutions page"),
        "pricing_page": QCoreApplication.translate("EventTag", "Visited the pricing page"),
        "user_guide": QCoreApplication.translate("EventTag", "Downloaded the user guide"),
        "webinar": QCoreApplication.translate("EventTag", "Attended a webinar"),
        "quote_request": QCoreApplication.translate("EventTag", "Requested a quote"),
        "email_opened": QCoreApplication.translate("EventTag", "Opened an email"),
    }
    return labels.get(tag) or tag.replace("_", " ")


# the rules a new database starts with, named in English there (migration 0015): shown
# in the user's language as long as the owner has not renamed them
DEFAULT_RULE_TAGS = {
    "Visited the solutions page": "solutions_page",
    "Downloaded the user guide": "user_guide",
    "Attended a webinar": "webinar",
    "Requested a quote": "quote_request",
}


def rule_name_label(name: str) -> str:
    tag = DEFAULT_RULE_TAGS.get(name)
    return event_tag_label(tag) if tag else name
