"""Headers are one line each, made from checked values: nothing a record holds can
add a header, and an address that is not plainly an address is refused with a reason."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from email.message import EmailMessage

import pytest

from leaddesk.domain.mime import (
    Mailbox,
    UnsendableEmail,
    build_email,
    checked_address,
    shown,
    single_line,
)

DATE = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC)
MESSAGE_ID = "<0123abcd@example.com>"
HEADERS = "from to subject date message-id mime-version content-type content-transfer-encoding"


def build(**kw: object) -> EmailMessage:
    values: dict[str, object] = {
        "sender": Mailbox("Maria Nowak", "maria@example.com"),
        "to": Mailbox("Ann Smith", "ann@example.org"),
        "subject": "Hello",
        "text": "Hi",
        "html": None,
        "message_id": MESSAGE_ID,
        "date": DATE,
    }
    values.update(kw)
    return build_email(**values)  # type: ignore[arg-type]


def head_lines(msg: EmailMessage) -> list[str]:
    raw = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
    return raw.split(b"\r\n\r\n", 1)[0].decode("utf-8").split("\r\n")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Ann\r\nBcc: x@y.z", "Ann Bcc: x@y.z"),
        ("Ann \n\n Smith", "Ann Smith"),
        ("Ann\tSmith", "Ann Smith"),
        ("Ann\x00\x07Smith\x7f", "Ann Smith"),
        ("Ann\u2028Smith\u0085", "Ann Smith"),
        ("\r\nAnn  Smith\r\n", "Ann  Smith"),  # the spaces a user typed are theirs
        ("Zofia Wójcik", "Zofia Wójcik"),
        ("أحمد\u200f الحربي", "أحمد\u200f الحربي"),  # direction marks are not controls
    ],
)
def test_single_line_turns_each_run_of_controls_into_one_space(raw: str, clean: str) -> None:
    assert single_line(raw) == clean


def test_shown_writes_controls_as_escapes() -> None:
    assert shown("a@b.c\r\nBcc: x@y.z") == r"a@b.c\r\nBcc: x@y.z"
    assert shown("zofia@wójcik.pl") == "zofia@wójcik.pl"
    assert len(shown("x" * 500)) == 120


@pytest.mark.parametrize(
    ("address", "code", "problem"),
    [
        ("a@b.c\r\nBcc: x@y.z", "address_line_break", "contains a line break"),
        ("a@b.c\n", "address_line_break", "contains a line break"),
        ("a@b.c\u2028", "address_line_break", "contains a line break"),
        ("a\x00@b.c", "address_control_character", "contains a control character"),
        ("a b@c.d", "address_invalid", "is not an email address"),
        ("ab.c", "address_invalid", "is not an email address"),
        ("a@", "address_invalid", "is not an email address"),
        ("a@b@c.d", "address_invalid", "is not an email address"),
        ("a@b.c>, x@y.z", "address_invalid", "is not an email address"),
    ],
)
def test_an_address_that_cannot_be_written_is_refused_with_its_reason(
    address: str, code: str, problem: str
) -> None:
    with pytest.raises(UnsendableEmail) as refused:
        checked_address(address)
    exc = refused.value
    assert exc.code == code and exc.whose == "recipient"
    assert exc.params == {"whose": "recipient", "address": shown(address)}
    assert exc.message.startswith(f"The recipient's address {shown(address)} {problem}")
    assert "\n" not in exc.message and "\r" not in exc.message


def test_plain_addresses_pass_as_they_are() -> None:
    for address in ("ann@example.org", "o'neil+tag@sub.example.co.uk", "zofia@wójcik.pl"):
        assert checked_address(address) == address


def test_a_bad_sender_address_names_the_settings() -> None:
    with pytest.raises(UnsendableEmail) as refused:
        build(sender=Mailbox("Maria", "maria@example.com\r\nBcc: x@y.z"))
    assert refused.value.whose == "sender" and "Correct it in Settings" in refused.value.message
    assert refused.value.message.startswith("The sender address maria@example.com\\r\\n")


def test_names_and_subjects_with_line_breaks_make_one_header_each() -> None:
    msg = build(
        sender=Mailbox("Maria\r\nX-Sender-Injected: 1", "maria@example.com"),
        to=Mailbox("Ann\r\nBcc: spy@evil.example", "ann@example.org"),
        subject="Hello\r\nBcc: spy@evil.example\r\n\r\nA body of our own",
    )
    lines = head_lines(msg)
    names = [line.split(":", 1)[0].lower() for line in lines if line[:1] not in " \t"]
    assert sorted(names) == sorted(HEADERS.split())
    parsed = email.message_from_bytes(bytes(msg), policy=email.policy.default)
    assert parsed["Subject"] == "Hello Bcc: spy@evil.example A body of our own"
    assert parsed["To"].addresses[0].display_name == "Ann Bcc: spy@evil.example"
    assert parsed["To"].addresses[0].addr_spec == "ann@example.org"
    assert parsed["From"].addresses[0].display_name == "Maria X-Sender-Injected: 1"


def test_a_message_without_a_usable_message_id_is_refused() -> None:
    for bad in ("", "<a@b.c>\r\nBcc: x@y.z", "no-brackets@example.com"):
        with pytest.raises(UnsendableEmail) as refused:
            build(message_id=bad)
        assert refused.value.code == "message_id_invalid" and refused.value.whose == "message"
