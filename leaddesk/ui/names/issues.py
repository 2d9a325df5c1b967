"""Why a lead's value was refused, in the user's language (the domain's own message,
in English, where LeadDesk has no words of its own for it yet)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from leaddesk.errors import FieldIssue


def issue_text(issue: FieldIssue) -> str:
    """The reason a value was refused, in the user's language where LeadDesk knows it."""
    known = {
        "name_required": QCoreApplication.translate(
            "LeadForm", "A lead needs a first or last name."
        ),
        "email_invalid": QCoreApplication.translate("LeadForm", "Not a valid email address."),
        "phone_invalid": QCoreApplication.translate(
            "LeadForm", "Not a valid phone number (include the country code if abroad)."
        ),
        "negative": QCoreApplication.translate("LeadForm", "Cannot be negative."),
        "not_a_number": QCoreApplication.translate("LeadForm", "Not an amount."),
        "too_large": QCoreApplication.translate("LeadForm", "Too large."),
        "too_long": QCoreApplication.translate("LeadForm", "Too long."),
        "currency_invalid": QCoreApplication.translate(
            "LeadForm", "Use a three-letter currency code, such as USD."
        ),
        "date_invalid": QCoreApplication.translate("LeadForm", "Not a date (YYYY-MM-DD)."),
    }
    return known.get(issue.code, issue.message)
