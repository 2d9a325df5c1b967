"""How the Duplicates screen and the merge dialog name fields, rules and values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from leaddesk.domain.stages import Stage
from leaddesk.domain.validation import format_phone
from leaddesk.services.merge_plan import CUSTOM, MergePlan
from leaddesk.ui.formatting import amount, date_text, isolated, left_to_right, number
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.names.stages import stage_label

NAMED = ("owner_id", "campaign_id", "segment_id")
FLAGS = ("dnc_email", "dnc_phone", "dnc_whatsapp", "dnc_sms")


def field_labels() -> dict[str, str]:
    return {
        "first_name": QCoreApplication.translate("MergeFields", "First name"),
        "last_name": QCoreApplication.translate("MergeFields", "Last name"),
        "company": QCoreApplication.translate("MergeFields", "Company"),
        "job_title": QCoreApplication.translate("MergeFields", "Job title"),
        "email": QCoreApplication.translate("MergeFields", "Email"),
        "phone": QCoreApplication.translate("MergeFields", "Phone"),
        "whatsapp": QCoreApplication.translate("MergeFields", "WhatsApp"),
        "address": QCoreApplication.translate("MergeFields", "Address"),
        "city": QCoreApplication.translate("MergeFields", "City"),
        "country": QCoreApplication.translate("MergeFields", "Country"),
        "stage": QCoreApplication.translate("MergeFields", "Stage"),
        "owner_id": QCoreApplication.translate("MergeFields", "Owner"),
        "deal_value": QCoreApplication.translate("MergeFields", "Deal value"),
        "currency": QCoreApplication.translate("MergeFields", "Currency"),
        "source": QCoreApplication.translate("MergeFields", "Source"),
        "campaign_id": QCoreApplication.translate("MergeFields", "Campaign"),
        "segment_id": QCoreApplication.translate("MergeFields", "Segment"),
        "score": QCoreApplication.translate("MergeFields", "Score"),
        "website": QCoreApplication.translate("MergeFields", "Website"),
        "birthday": QCoreApplication.translate("MergeFields", "Birthday"),
        "notes": QCoreApplication.translate("MergeFields", "Notes"),
        "social_profiles": QCoreApplication.translate("MergeFields", "Social profiles"),
        "external_id": QCoreApplication.translate("MergeFields", "Record id elsewhere"),
        "dnc_email": QCoreApplication.translate("MergeFields", "Do not email"),
        "dnc_phone": QCoreApplication.translate("MergeFields", "Do not call"),
        "dnc_whatsapp": QCoreApplication.translate("MergeFields", "Do not WhatsApp"),
        "dnc_sms": QCoreApplication.translate("MergeFields", "Do not text"),
    }


def field_label(plan: MergePlan, key: str, labels: dict[str, str]) -> str:
    if key.startswith(CUSTOM):
        name = key.removeprefix(CUSTOM)
        return plan.custom_names.get(name, name)
    return labels.get(key, key)


def value_text(plan: MergePlan, key: str, value: Any) -> str:
    """A field's value as the lead form would show it; "—" for nothing."""
    if key in FLAGS:
        return (
            QCoreApplication.translate("MergeFields", "yes")
            if value
            else QCoreApplication.translate("MergeFields", "no")
        )
    if value is None or value == "" or value == {}:
        return "—"
    if key == "stage":
        return stage_label(Stage(value))
    if key in NAMED:
        return plan.names.get(str(value), str(value))
    if key == "source":
        return source_label(str(value), plan.names.get(str(value)))
    if key in ("phone", "whatsapp"):
        return left_to_right(format_phone(str(value)))
    if key in ("email", "website"):
        return left_to_right(str(value))
    if isinstance(value, Decimal):
        return amount(value)
    if isinstance(value, dt.date):
        return date_text(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("MergeFields", "yes")
            if value
            else QCoreApplication.translate("MergeFields", "no")
        )
    if isinstance(value, int):
        return number(value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v)
    return isolated(" ".join(str(value).split()))


def rules_text(rules: frozenset[str]) -> str:
    """Why a group was found, in words: "same email · similar names"."""
    names = {
        "external_id": QCoreApplication.translate("DuplicateRules", "same record id"),
        "email": QCoreApplication.translate("DuplicateRules", "same email"),
        "phone": QCoreApplication.translate("DuplicateRules", "same phone number"),
        "name_company": QCoreApplication.translate(
            "DuplicateRules", "similar names at the same company"
        ),
    }
    return " · ".join(
        names[r] for r in ("external_id", "email", "phone", "name_company") if r in rules
    )
