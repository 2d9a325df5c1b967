"""Channels, languages, categories, message states and failures as users read them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from leaddesk.domain.activities import Channel
from leaddesk.domain.outbox import RTL_LANGUAGES, Failure, MessageStatus


def channel_label(channel: Channel) -> str:
    labels = {
        Channel.EMAIL: QCoreApplication.translate("Messaging", "Email"),
        Channel.WHATSAPP: QCoreApplication.translate("Messaging", "WhatsApp"),
        Channel.SMS: QCoreApplication.translate("Messaging", "SMS"),
    }
    return labels[channel]


def language_label(code: str) -> str:
    """Each language in its own name, as language pickers usually show them."""
    return {"en": "English", "ar": "العربية", "pl": "Polski"}.get(code, code)


def category_label(category: str) -> str:
    labels = {
        "introduction": QCoreApplication.translate("Messaging", "Product introduction"),
        "meeting_request": QCoreApplication.translate("Messaging", "Meeting request"),
        "thank_you": QCoreApplication.translate("Messaging", "Thank-you note"),
        "product_launch": QCoreApplication.translate("Messaging", "New product launch"),
    }
    return labels.get(category, category)


def status_label(status: MessageStatus) -> str:
    labels = {
        MessageStatus.QUEUED: QCoreApplication.translate("Messaging", "Waiting"),
        MessageStatus.SENDING: QCoreApplication.translate("Messaging", "Sending"),
        MessageStatus.HANDED_OVER: QCoreApplication.translate("Messaging", "Not confirmed"),
        MessageStatus.SENT: QCoreApplication.translate("Messaging", "Sent"),
        MessageStatus.FAILED: QCoreApplication.translate("Messaging", "Failed"),
        MessageStatus.CANCELLED: QCoreApplication.translate("Messaging", "Cancelled"),
    }
    return labels[status]


STATUS_COLORS = {
    MessageStatus.QUEUED: "#7F8C8D",
    MessageStatus.SENDING: "#2E86DE",
    MessageStatus.HANDED_OVER: "#D35400",
    MessageStatus.SENT: "#1E8449",
    MessageStatus.FAILED: "#C0392B",
    MessageStatus.CANCELLED: "#95A5A6",
}


def failure_text(failure: Failure | str | None, detail: str | None) -> str:
    """What went wrong and what to do, followed by the server's own words."""
    hints = {
        Failure.AUTH: QCoreApplication.translate(
            "Messaging", "The email server refused your user name or password."
        ),
        Failure.RECIPIENT: QCoreApplication.translate(
            "Messaging", "The email server refused the lead's address."
        ),
        Failure.SENDER: QCoreApplication.translate(
            "Messaging", "The email server refused your sender address."
        ),
        Failure.MESSAGE: QCoreApplication.translate(
            "Messaging", "The email server refused the message."
        ),
        Failure.CONNECTION: QCoreApplication.translate(
            "Messaging", "The connection to the email server failed or was lost."
        ),
        Failure.TLS: QCoreApplication.translate(
            "Messaging", "A secure connection to the email server could not be set up."
        ),
        Failure.TEMPORARY: QCoreApplication.translate(
            "Messaging", "The email server asked to try again later."
        ),
        Failure.SETUP: QCoreApplication.translate(
            "Messaging", "Email is not set up: add your server in Settings."
        ),
        Failure.INVALID: QCoreApplication.translate(
            "Messaging",
            "This message cannot be written as an email (for instance the lead's address "
            "is not one); correct the lead, then retry it.",
        ),
    }
    try:  # a failure without a hint of its own is told by its detail alone
        hint = hints.get(Failure(failure), "") if failure else ""
    except ValueError:
        hint = ""
    return " ".join(part for part in (hint, f"({detail})" if detail else "") if part)


def text_direction(language: str) -> Qt.LayoutDirection:
    return (
        Qt.LayoutDirection.RightToLeft
        if language in RTL_LANGUAGES
        else Qt.LayoutDirection.LeftToRight
    )


def skip_reason(reason: str) -> str:
    labels = {
        "no_email": QCoreApplication.translate("Messaging", "no email address"),
        "no_phone": QCoreApplication.translate("Messaging", "no phone number"),
        "do_not_contact": QCoreApplication.translate(
            "Messaging", "asked not to be contacted this way"
        ),
        "subject_too_long": QCoreApplication.translate(
            "Messaging", "the subject would be longer than 300 characters"
        ),
        "cannot_fill_in": QCoreApplication.translate(
            "Messaging", "the template cannot be filled in for this lead"
        ),
        "no_sender": QCoreApplication.translate(
            "Messaging", "the automatic answer has no sender address"
        ),
        "template_gone": QCoreApplication.translate(
            "Messaging", "the automatic answer's template is retired"
        ),
    }
    return labels.get(reason, reason)
