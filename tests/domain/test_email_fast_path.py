"""The import's fast check of addresses says exactly what email-validator says: the
same normalised address, or a refusal with the same words."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email

from leaddesk.domain.validation import normalize_email

ADDRESSES = [
    "anna.kowalska@example.com", "Anna.Kowalska@EXAMPLE.COM", "o'brien+tag@mail.co.uk",
    "a@b", "a@b.c", "user@localhost", "user@-bad.com", "user@bad-.com", "x@exa mple.com",
    ".lead@example.com", "lead.@example.com", "le..ad@example.com", "x" * 65 + "@example.com",
    "a@" + "d" * 250 + ".com", "user@münchen.de", "user@xn--mnchen-3ya.de", "zoë@example.com",
    "محمد@example.com", "user@مثال.اختبار", '"quoted"@example.com', "no-at-sign",
    "two@@example.com", "a@b@example.com", "user@example.invalid", "user@192.168.0.1",
    "user@[192.168.0.1]", "user@example..com", "USER@Example.Com", "x@example.com.",
] + [f"{'l' * n}@{'d' * 60}.{'e' * 60}.{'f' * 60}.com" for n in (1, 40, 64)]  # fmt: skip


def _library(raw: str) -> tuple[bool, str]:
    try:
        return True, validate_email(raw, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        return False, str(exc)


@pytest.mark.parametrize("raw", ADDRESSES)
def test_the_fast_path_agrees_with_email_validator(raw: str) -> None:
    try:
        ours = (True, normalize_email(raw))
    except ValueError as exc:
        ours = (False, str(exc))
    assert ours == _library(raw)
