"""Cleaning and checking lead input; every refusal names its field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from leaddesk.domain.amounts import parse_amount
from leaddesk.domain.leads import DO_NOT_CONTACT_FIELDS, EDITABLE_FIELDS, SOURCE_KEY
from leaddesk.domain.stages import Stage
from leaddesk.domain.text_rules import LIMITS, clean_amount, clean_custom, clean_id, clean_text
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
    "external_id": 120,
}
#: fields that may hold several lines; every other one is a single line
MULTILINE = {"notes", "address", "reason"}
MAX_DEAL_VALUE = Decimal("999999999999.99")


@lru_cache(maxsize=1 << 16)
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


# an ASCII dot-atom local part (RFC 5322 atext), which email-validator leaves as it is
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_LOCAL = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*\Z")
_LOCAL_MAX, _ADDRESS_MAX = 64, 254


def normalize_email(raw: str) -> str:
    """The address as email-validator normalises it (no DNS look-up).

    An import checks a hundred thousand addresses on a few thousand domains, and the
    domain is most of email-validator's work: a plain ASCII local part is checked here
    and its domain once per domain; anything else takes the whole check."""
    local, at, domain = raw.rpartition("@")
    if at and len(local) <= _LOCAL_MAX and _PLAIN_LOCAL.match(local):
        ok, checked = _checked_domain(domain)
        if not ok:
            raise ValueError(checked)
        address = f"{local}@{checked}"
        if len(address) <= _ADDRESS_MAX:
            return address
    try:
        return validate_email(raw, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(str(exc)) from None


@lru_cache(maxsize=8192)
def _checked_domain(domain: str) -> tuple[bool, str]:
    """(True, the normalised domain) or (False, why it is refused)."""
    try:
        return True, validate_email(f"a@{domain}", check_deliverability=False).domain
    except EmailNotValidError as exc:
        return False, str(exc)


def lead_email(raw: str) -> str:
    """A lead's address as stored: normalised and in lower case, so the same address
    typed in another case is recognised as the same contact (mail systems treat the
    local part without regard to case, whatever RFC 5321 allows)."""
    return normalize_email(raw.strip()).lower()


class _Reported(Exception):
    """The value's problem is already among the issues."""


def clean_lead(
    values: Mapping[str, Any],
    *,
    default_region: str = "US",
    partial: bool = False,
    currency: str | None = None,
) -> dict[str, Any]:
    """Return cleaned values, or raise ValidationError listing every bad field.

    ``partial`` is for updates: only the given fields are checked, but a
    name may not be emptied. ``currency`` is the lead's (for the deal value's
    decimals) unless ``values`` change it.
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
            out[name] = clean_text(
                issues, name, values[name], limit=limit, multiline=name in MULTILINE
            )
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
            if clean_text(issues, "email", values["email"], limit=254) is None:
                raise _Reported
            out["email"] = lead_email(str(values["email"]))
        except _Reported:
            pass
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
                if clean_text(issues, name, values[name], limit=40) is None:
                    raise _Reported
                out[name] = normalize_phone(str(values[name]).strip(), region)
            except _Reported:
                pass
            except ValueError as exc:
                bad(name, "phone_invalid", str(exc))
        elif name in values:
            out[name] = None

    if "currency" in values:
        cur = clean_text(issues, "currency", values["currency"], limit=None) or ""
        cur = cur.upper()
        if cur and (len(cur) != 3 or not cur.isascii() or not cur.isalpha()):
            bad("currency", "currency_invalid", f"{cur!r} is not a three-letter currency code.")
        out["currency"] = cur or None

    if "deal_value" in values:
        raw = values["deal_value"]
        if raw in (None, ""):
            out["deal_value"] = None
        else:
            try:  # typed text in any common form; numbers as they are
                amount = parse_amount(raw) if isinstance(raw, str) else raw
            except ValueError:
                bad("deal_value", "not_a_number", f"{raw!r} is not an amount.")
            else:
                value = clean_amount(
                    issues,
                    "deal_value",
                    amount,
                    currency=out.get("currency") or currency,
                    maximum=MAX_DEAL_VALUE,
                )
                if value is not None:
                    out["deal_value"] = value

    if "stage" in values:
        try:
            out["stage"] = Stage(str(values["stage"]).strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in Stage)
            bad("stage", "stage_unknown", f"Unknown stage {values['stage']!r}; one of: {names}.")

    if "source" in values:
        # a key of the owner's list; the service checks that the list has it
        src = values["source"]
        if src in (None, ""):
            out["source"] = None
        else:
            key = str(src).strip().lower()
            if SOURCE_KEY.fullmatch(key):
                out["source"] = key
            else:
                bad("source", "source_unknown", f"{src!r} is not a source's key.")

    for name in DO_NOT_CONTACT_FIELDS:
        if name in values:
            flag = values[name]
            if flag in (None, ""):
                out[name] = False
            elif isinstance(flag, bool):
                out[name] = flag
            else:
                bad(name, "not_yes_no", f"{flag!r} is neither yes nor no.")

    if "score" in values:
        try:
            raw_score = values["score"] or 0
            score = int(raw_score)
            if score != raw_score and not isinstance(raw_score, str):
                raise ValueError  # 7.5 is not a score, nor is NaN
        except (TypeError, ValueError, OverflowError):
            bad("score", "not_a_number", f"{values['score']!r} is not a whole number.")
        else:
            if not 0 <= score <= 100:
                bad("score", "out_of_range", "The score is between 0 and 100.")
            out["score"] = score

    if "birthday" in values:
        b = values["birthday"]
        if b in (None, ""):
            out["birthday"] = None
        else:
            try:
                day = b if isinstance(b, dt.date) else dt.date.fromisoformat(str(b))
            except ValueError:
                bad("birthday", "date_invalid", f"{b!r} is not a date (YYYY-MM-DD).")
            else:
                if isinstance(day, dt.datetime):
                    day = day.date()
                if not dt.date(1900, 1, 1) <= day <= dt.date.today():
                    bad("birthday", "date_out_of_range", f"{day} is not a birthday.")
                else:
                    out["birthday"] = day

    for name in ("social_profiles", "custom_fields"):
        if name in values:
            kept = clean_custom(issues, name, values[name] or {})
            if kept is not None:
                out[name] = kept

    if "tags" in values:
        try:
            out["tags"] = clean_tags(values["tags"] or [])
        except ValidationError as exc:
            issues.extend(exc.issues)

    for name in ("segment_id", "campaign_id", "owner_id", "captured_by_id"):
        if name in values:
            out[name] = clean_id(issues, name, values[name])
    if "product_ids" in values:
        ids = [clean_id(issues, "product_ids", i) for i in values["product_ids"] or []]
        out["product_ids"] = [i for i in ids if i is not None]

    if issues:
        raise ValidationError(issues)
    return out


def clean_tags(tags: Iterable[object]) -> list[str]:
    """Trimmed, without blanks or repeats (ignoring case: the first spelling wins),
    sorted; a tag over 50 characters is refused."""
    seen: dict[str, str] = {}
    issues: list[FieldIssue] = []
    for t in tags:
        name = clean_text(issues, "tags", t, limit=None) or ""
        if name:
            seen.setdefault(name.casefold(), name)
    cleaned = sorted(seen.values())
    issues += [
        FieldIssue("tags", "too_long", f"Tag {t[:20]!r}… is longer than 50 characters.")
        for t in cleaned
        if len(t) > LIMITS["tags.name"]
    ]
    if issues:
        raise ValidationError(issues)
    return cleaned
