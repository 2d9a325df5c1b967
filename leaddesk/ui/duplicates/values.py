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
    t = QCoreApplication.translate
    return {
        "first_name": t("MergeFields", "First name"),
        "last_name": t("MergeFields", "Last name"),
        "company": t("MergeFields", "Company"),
        "job_title": t("MergeFields", "Job title"),
        "email": t("MergeFields", "Email"),
        "phone": t("MergeFields", "Phone"),
        "whatsapp": t("MergeFields", "WhatsApp"),
        "address": t("MergeFields", "Address"),
        "city": t("MergeFields", "City"),
        "country": t("MergeFields", "Country"),
        "stage": t("MergeFields", "Stage"),
        "owner_id": t("MergeFields", "Owner"),
        "deal_value": t("MergeFields", "Deal value"),
        "currency": t("MergeFields", "Currency"),
        "source": t("MergeFields", "Source"),
        "campaign_id": t("MergeFields", "Campaign"),
        "segment_id": t("MergeFields", "Segment"),
        "score": t("MergeFields", "Score"),
        "website": t("MergeFields", "Website"),
        "birthday": t("MergeFields", "Birthday"),
        "notes": t("MergeFields", "Notes"),
        "social_profiles": t("MergeFields", "Social profiles"),
        "external_id": t("MergeFields", "Record id elsewhere"),
        "dnc_email": t("MergeFields", "Do not email"),
        "dnc_phone": t("MergeFields", "Do not call"),
        "dnc_whatsapp": t("MergeFields", "Do not WhatsApp"),
        "dnc_sms": t("MergeFields", "Do not text"),
    }


def field_label(plan: MergePlan, key: str, labels: dict[str, str]) -> str:
    if key.startswith(CUSTOM):
        name = key.removeprefix(CUSTOM)
        return plan.custom_names.get(name, name)
    return labels.get(key, key)


def value_text(plan: MergePlan, key: str, value: Any) -> str:
    """A field's value as the lead form would show it; "—" for nothing."""
    t = QCoreApplication.translate
    if key in FLAGS:
        return t("MergeFields", "yes") if value else t("MergeFields", "no")
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
        return t("MergeFields", "yes") if value else t("MergeFields", "no")
    if isinstance(value, int):
        return number(value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v)
    return isolated(" ".join(str(value).split()))


def rules_text(rules: frozenset[str]) -> str:
    """Why a group was found, in words: "same email · similar names"."""
    t = QCoreApplication.translate
    names = {
        "external_id": t("DuplicateRules", "same record id"),
        "email": t("DuplicateRules", "same email"),
        "phone": t("DuplicateRules", "same phone number"),
        "name_company": t("DuplicateRules", "similar names at the same company"),
    }
    return " · ".join(
        names[r] for r in ("external_id", "email", "phone", "name_company") if r in rules
    )
