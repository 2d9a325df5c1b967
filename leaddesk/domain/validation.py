"""Cleaning and checking lead input; every refusal names its field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from leaddesk.domain.amounts import parse_amount
from leaddesk.domain.leads import EDITABLE_FIELDS, Source
from leaddesk.domain.stages import Stage
from leaddesk.errors import FieldIssue, ValidationError

MAX_TEXT = {
    "first_name": 100,
    "last_name": 100,
    "company": 200,
    "job_title": 120,
    "address": 300,
    "city": 120,
    "country": 2,
    "website": 300,
    "notes": 20000,
    "reason": 500,
}
MAX_DEAL_VALUE = Decimal("999999999999.99")


def normalize_phone(raw: str, default_region: str) -> str:
    """E.164 form of ``raw``; raises ValueError with a message if it is not a number."""
    try:
        parsed = phonenumbers.parse(raw, default_region.upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"{raw!r} is not a phone number ({exc._msg}).") from None
    if not phonenumbers.is_valid_number(parsed):
        raise ValueError(f"{raw!r} is not a valid phone number for its country.")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str | None, home: str | None = None) -> str:
    """How a stored number is shown: as its country writes it (601 234 567) when it
    belongs to ``home`` (the lead's country), else in international format; as stored
    if unparsable. The national form reads back as the same number in ``home``."""
    if not e164:
        return ""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if home and phonenumbers.region_code_for_number(parsed) == home.upper():
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_email(raw: str) -> str:
    try:
        return validate_email(raw, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(str(exc)) from None


def lead_email(raw: str) -> str:
    """A lead's address as stored: normalised and in lower case, so the same address
    typed in another case is recognised as the same contact (mail systems treat the
    local part without regard to case, whatever RFC 5321 allows)."""
    return normalize_email(raw.strip()).lower()


def clean_lead(
    values: Mapping[str, Any], *, default_region: str = "US", partial: bool = False
) -> dict[str, Any]:
    """Return cleaned values, or raise ValidationError listing every bad field.

    ``partial`` is for updates: only the given fields are checked, but a
    name may not be emptied.
    """
    issues: list[FieldIssue] = []
    out: dict[str, Any] = {}

    def bad(field: str, code: str, message: str) -> None:
        issues.append(FieldIssue(field, code, message))

    unknown = set(values) - set(EDITABLE_FIELDS)
    for name in sorted(unknown):
        bad(name, "unknown_field", f"{name!r} is not a lead field.")

    for name, limit in MAX_TEXT.items():
        if name in values:
            v = values[name]
            v = (str(v).strip() or None) if v is not None else None
            if v is not None and len(v) > limit:
                bad(name, "too_long", f"At most {limit} characters (got {len(v)}).")
            out[name] = v
    if out.get("country"):
        out["country"] = out["country"].upper()

    for name in ("first_name", "last_name"):
        if name in values or not partial:
            out.setdefault(name, None)
    if not partial or "first_name" in values or "last_name" in values:
        first = out.get("first_name", values.get("first_name"))
        last = out.get("last_name", values.get("last_name"))
        if not first and not last:
            bad("first_name", "name_required", "A lead needs a first or last name.")

    if values.get("email"):
        try:
            out["email"] = lead_email(str(values["email"]))
        except ValueError as exc:
            bad("email", "email_invalid", str(exc))
    elif "email" in values:
        out["email"] = None

    # a number written without its country code is the lead's country's, when it has one
    country = out.get("country")
    region = country if country and re.fullmatch("[A-Z]{2}", country) else default_region
    for name in ("phone", "whatsapp"):
        if values.get(name):
            try:
                out[name] = normalize_phone(str(values[name]).strip(), region)
            except ValueError as exc:
                bad(name, "phone_invalid", str(exc))
        elif name in values:
            out[name] = None

    if "deal_value" in values:
        raw = values["deal_value"]
        if raw in (None, ""):
            out["deal_value"] = None
        else:
            try:  # typed text in any common form; numbers as they are
                value = parse_amount(raw) if isinstance(raw, str) else Decimal(str(raw))
                value = value.quantize(Decimal("0.01"))
            except (InvalidOperation, ValueError):
                bad("deal_value", "not_a_number", f"{raw!r} is not an amount.")
            else:
                if value < 0:
                    bad("deal_value", "negative", "The deal value cannot be negative.")
                elif value > MAX_DEAL_VALUE:
                    bad("deal_value", "too_large", "The deal value is too large.")
                else:
                    out["deal_value"] = value

    if "currency" in values:
        cur = (values["currency"] or "").strip().upper()
        if cur and (len(cur) != 3 or not cur.isalpha()):
            bad("currency", "currency_invalid", f"{cur!r} is not a three-letter currency code.")
        out["currency"] = cur or None

    if "stage" in values:
        try:
            out["stage"] = Stage(str(values["stage"]).strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in Stage)
            bad("stage", "stage_unknown", f"Unknown stage {values['stage']!r}; one of: {names}.")

    if "source" in values:
        src = values["source"]
        if src in (None, ""):
            out["source"] = None
        else:
            try:
                out["source"] = Source(str(src).strip().lower())
            except ValueError:
                names = ", ".join(s.value for s in Source)
                bad("source", "source_unknown", f"Unknown source {src!r}; one of: {names}.")

    if "score" in values:
        try:
            score = int(values["score"] or 0)
        except (TypeError, ValueError):
            bad("score", "not_a_number", f"{values['score']!r} is not a whole number.")
        else:
            if not 0 <= score <= 100:
                bad("score", "out_of_range", "The score is between 0 and 100.")
            out["score"] = score

    if "birthday" in values:
        b = values["birthday"]
        if b in (None, ""):
            out["birthday"] = None
        elif isinstance(b, dt.date):
            out["birthday"] = b
        else:
            try:
                out["birthday"] = dt.date.fromisoformat(str(b))
            except ValueError:
                bad("birthday", "date_invalid", f"{b!r} is not a date (YYYY-MM-DD).")

    for name in ("social_profiles", "custom_fields"):
        if name in values:
            v = values[name] or {}
            if not isinstance(v, Mapping):
                bad(name, "not_a_mapping", "Expected named values.")
            else:
                out[name] = {str(k): v[k] for k in v}

    if "tags" in values:
        try:
            out["tags"] = clean_tags(values["tags"] or [])
        except ValidationError as exc:
            issues.extend(exc.issues)

    for name in ("product_ids", "segment_id", "campaign_id", "owner_id", "captured_by_id"):
        if name in values:
            out[name] = values[name]

    if issues:
        raise ValidationError(issues)
    return out


def clean_tags(tags: Iterable[object]) -> list[str]:
    """Trimmed, without blanks or repeats (ignoring case: the first spelling wins),
    sorted; a tag over 50 characters is refused."""
    seen: dict[str, str] = {}
    for t in tags:
        name = str(t).strip()
        if name:
            seen.setdefault(name.casefold(), name)
    cleaned = sorted(seen.values())
    long = [t for t in cleaned if len(t) > 50]
    if long:
        raise ValidationError(
            [
                FieldIssue("tags", "too_long", f"Tag {t[:20]!r}… is longer than 50 characters.")
                for t in long
            ]
        )
    return cleaned
