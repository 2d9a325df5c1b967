"""What the import screens call things in the user's language: the fields a column
can go to, the outcome of a row, a cell's problem and a custom field's kind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from leaddesk.domain.custom_fields import FieldKind
from leaddesk.domain.import_mapping import IGNORE, custom_name, event_of
from leaddesk.errors import FieldIssue
from leaddesk.ui.formatting import isolated
from leaddesk.ui.names.activities import event_tag_label
from leaddesk.ui.names.issues import field_label, issue_text


def target_label(target: str, custom_names: dict[str, str] | None = None) -> str:
    """A mapping target as the lead form and the leads table name it."""
    if target == IGNORE:
        return QCoreApplication.translate("ImportTargets", "Ignore")
    if (key := custom_name(target)) is not None:
        return (custom_names or {}).get(key, key)
    if (tag := event_of(target)) is not None:  # a lead's action, for scoring
        return QCoreApplication.translate("ImportTargets", "Event: %1").replace(
            "%1", event_tag_label(tag)
        )
    own = {
        "full_name": QCoreApplication.translate("ImportTargets", "Full name"),
        "mobile": QCoreApplication.translate("ImportTargets", "Mobile"),
        "postal_code": QCoreApplication.translate("ImportTargets", "Postal code"),
        "region": QCoreApplication.translate("ImportTargets", "Region"),
        "source": QCoreApplication.translate("LeadsTable", "Source"),
        "campaign": QCoreApplication.translate("LeadsTable", "Campaign"),
        "stage": QCoreApplication.translate("LeadsTable", "Stage"),
        "owner": QCoreApplication.translate("LeadsTable", "Owner"),
        "segment": QCoreApplication.translate("ImportTargets", "Segment"),
        "product": QCoreApplication.translate("ImportTargets", "Products"),
        "created_at": QCoreApplication.translate("LeadsTable", "Created"),
        "number": QCoreApplication.translate("ImportTargets", "Lead number"),
        "external_id": QCoreApplication.translate("ImportTargets", "ID in the other program"),
        "dnc_email": QCoreApplication.translate("ImportTargets", "Do not email"),
        "dnc_phone": QCoreApplication.translate("ImportTargets", "Do not call"),
        "dnc_whatsapp": QCoreApplication.translate("ImportTargets", "No WhatsApp"),
        "dnc_sms": QCoreApplication.translate("ImportTargets", "No text messages"),
    }
    return own.get(target) or field_label(target)


def action_label(action: str) -> str:
    labels = {
        "create": QCoreApplication.translate("ImportPreview", "New lead"),
        "update": QCoreApplication.translate("ImportPreview", "Updates a lead"),
        "duplicate": QCoreApplication.translate("ImportPreview", "Duplicate, skipped"),
        "reject": QCoreApplication.translate("ImportPreview", "Rejected"),
    }
    return labels.get(action, action)


def kind_label(kind: FieldKind) -> str:
    labels = {
        FieldKind.NUMBER: QCoreApplication.translate("ImportMapping", "Number"),
        FieldKind.YES_NO: QCoreApplication.translate("ImportMapping", "Yes/no"),
        FieldKind.DATE: QCoreApplication.translate("ImportMapping", "Date"),
        FieldKind.CHOICE: QCoreApplication.translate("ImportMapping", "Choice"),
        FieldKind.TEXT: QCoreApplication.translate("ImportMapping", "Text"),
    }
    return labels[kind]


def problem_sentence(code: str, message: str) -> str:
    """Why a cell (or row) was not taken, in the user's language where LeadDesk knows
    it; the import's English message otherwise."""
    known = {
        "country_unknown": QCoreApplication.translate(
            "ImportProblems", "Not a country LeadDesk knows."
        ),
        "stage_unknown": QCoreApplication.translate(
            "ImportProblems", "Not a stage LeadDesk knows; map the status to a stage."
        ),
        "not_yes_no": QCoreApplication.translate("ImportProblems", "Neither yes nor no."),
        "custom_invalid": QCoreApplication.translate(
            "ImportProblems", "Does not fit the kind of this custom field."
        ),
        "owner_unknown": QCoreApplication.translate(
            "ImportProblems", "Nobody on the team has this name; the lead is left unassigned."
        ),
        "product_unknown": QCoreApplication.translate(
            "ImportProblems", "Not one of the products; left out."
        ),
    }
    if code in known:
        return known[code]
    if code:
        return issue_text(FieldIssue("", code, message))
    return message


def problem_text(column: str, code: str, message: str, *, plain: bool = False) -> str:
    """A problem with the column it is in ("Email: Not a valid email address.");
    ``plain`` without the direction marks a label needs (for a file)."""
    sentence = problem_sentence(code, message)
    if not column:
        return sentence
    return (
        QCoreApplication.translate("ImportProblems", "%1: %2")
        .replace("%1", column if plain else isolated(column))
        .replace("%2", sentence)
    )
