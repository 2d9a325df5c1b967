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
        # a source's targets (Settings ▸ Sources ▸ Targets…)
        "source_response": QCoreApplication.translate(
            "Distribution", "A first-contact target is 1 minute to a week."
        ),
        "source_claim": QCoreApplication.translate(
            "Distribution", "A claim lasts 1 to 336 hours (two weeks)."
        ),
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
        "nul_character": QCoreApplication.translate(
            "LeadForm", "Contains a NUL character, which is not text."
        ),
        "broken_character": QCoreApplication.translate(
            "LeadForm", "Contains a broken character (a lone surrogate); type it again."
        ),
        "control_character": QCoreApplication.translate(
            "LeadForm", "Contains an invisible control character; remove it."
        ),
        "line_break": QCoreApplication.translate(
            "LeadForm", "Must be one line; it contains a line break."
        ),
        "too_many_decimals": QCoreApplication.translate(
            "LeadForm", "Has more decimals than its currency has."
        ),
        "date_out_of_range": QCoreApplication.translate(
            "LeadForm", "Outside the dates LeadDesk keeps."
        ),
        "naive_time": QCoreApplication.translate("LeadForm", "The time needs a time zone."),
        "not_an_id": QCoreApplication.translate("LeadForm", "Not a record of LeadDesk."),
        "not_text": QCoreApplication.translate("LeadForm", "Not text."),
        "not_a_value": QCoreApplication.translate("LeadForm", "This kind of value cannot be kept."),
        "web_form_name_required": QCoreApplication.translate(
            "WebForms", "A web form needs a name."
        ),
        "web_form_field_unknown": QCoreApplication.translate(
            "WebForms", "A web form cannot ask for this field."
        ),
        "web_form_needs_name": QCoreApplication.translate(
            "WebForms", "Tick the first name or the last name: a lead needs a name."
        ),
        "web_form_needs_contact": QCoreApplication.translate(
            "WebForms", "Tick the email, phone or WhatsApp field: the team needs a way to answer."
        ),
        "url_invalid": QCoreApplication.translate(
            "WebForms", "Not a web address; it starts with http:// or https://."
        ),
        "required": QCoreApplication.translate("LeadForm", "Cannot be empty."),
        "no_choices": QCoreApplication.translate(
            "LeadForm", "A choice field needs at least one choice."
        ),
        "too_many_choices": QCoreApplication.translate("LeadForm", "Too many choices."),
        "not_a_choice": QCoreApplication.translate("LeadForm", "Not one of the field's choices."),
        "not_yes_no": QCoreApplication.translate("LeadForm", "Neither yes nor no."),
    }
    return known.get(issue.code, issue.message)


def field_label(field: str) -> str:
    """A field's name as the screens call it; the technical name where there is none."""
    base, _, own = field.partition(".")
    labels = {
        "first_name": QCoreApplication.translate("Fields", "First name"),
        "last_name": QCoreApplication.translate("Fields", "Last name"),
        "company": QCoreApplication.translate("Fields", "Company"),
        "job_title": QCoreApplication.translate("Fields", "Job title"),
        "email": QCoreApplication.translate("Fields", "Email"),
        "phone": QCoreApplication.translate("Fields", "Phone"),
        "whatsapp": QCoreApplication.translate("Fields", "WhatsApp"),
        "address": QCoreApplication.translate("Fields", "Address"),
        "city": QCoreApplication.translate("Fields", "City"),
        "country": QCoreApplication.translate("Fields", "Country"),
        "website": QCoreApplication.translate("Fields", "Website"),
        "notes": QCoreApplication.translate("Fields", "Notes"),
        "reason": QCoreApplication.translate("Fields", "Reason"),
        "deal_value": QCoreApplication.translate("Fields", "Deal value"),
        "currency": QCoreApplication.translate("Fields", "Currency"),
        "score": QCoreApplication.translate("Fields", "Score"),
        "birthday": QCoreApplication.translate("Fields", "Birthday"),
        "tags": QCoreApplication.translate("Fields", "Tags"),
        "custom_fields": QCoreApplication.translate("Fields", "Own fields"),
        "social_profiles": QCoreApplication.translate("Fields", "Social profiles"),
        "subject": QCoreApplication.translate("Fields", "Subject"),
        "body": QCoreApplication.translate("Fields", "Text"),
        "title": QCoreApplication.translate("Fields", "Title"),
        "due_at": QCoreApplication.translate("Fields", "Due"),
        "occurred_at": QCoreApplication.translate("Fields", "When"),
        "name": QCoreApplication.translate("Fields", "Name"),
        "fields": QCoreApplication.translate("Fields", "Fields of the form"),
        "redirect_url": QCoreApplication.translate("Fields", "Page after sending"),
        "choices": QCoreApplication.translate("Fields", "Choices"),
    }
    label = labels.get(base, base)
    return f"{label} ({own})" if own else label


def issues_text(issues: list[FieldIssue] | tuple[FieldIssue, ...]) -> str:
    """Every refused value with the field it is in: for screens that show no form."""
    return "; ".join(
        QCoreApplication.translate("Fields", "%1: %2")
        .replace("%1", field_label(i.field))
        .replace("%2", issue_text(i))
        for i in issues
    )
