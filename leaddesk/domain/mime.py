"""An email as the receiving program expects it: UTF-8 everywhere, a plain-text
part always, HTML as an alternative when the template has one.

Every header is one line made from checked values: what a lead's record holds can
never add a header or a recipient. A display name or a subject is only read, so a
line break or another control character in it becomes a space; an address is what
the message is sent to, so one that is not plainly an address fails the message.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from email.utils import format_datetime

from leaddesk.errors import LeadDeskError

# C0 and C1 control characters (CR, LF, tab, NUL...) and Unicode's line and paragraph
# separators: none has a place in a header, and any may break one
_CONTROL = r"\x00-\x1f\x7f-\x9f\u2028\u2029"
_CONTROLS = re.compile(f"\\s*[{_CONTROL}]+\\s*")
_LINE_BREAK = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL_CHAR = re.compile(f"[{_CONTROL}]")
# RFC 5322's specials and spaces: an address with one would need quoting, which
# LeadDesk never accepts from a user (see validation.lead_email)
_NOT_IN_ADDRESS = re.compile(r'[\s()<>\[\]:;@\\,"]')
_MESSAGE_ID = re.compile(r"<[!-;=?-~]+@[!-;=?-~]+>")  # printable ASCII, no < > or space
SHOWN_MAX = 120


class UnsendableEmail(LeadDeskError):
    """What is stored cannot be written as an email (an address with a line break):
    the message fails with this reason, it is not the server's or the account's fault.
    ``whose`` is "recipient", "sender" or "message"."""

    code = "email_unbuildable"

    def __init__(self, message: str, *, code: str, whose: str, params: dict[str, object]) -> None:
        super().__init__(message, code=code, params={"whose": whose, **params})
        self.whose = whose


def single_line(text: str) -> str:
    """``text`` fit for a header: each run of line breaks, tabs or other control
    characters (with the spaces around it) one space, no space at either end."""
    return _CONTROLS.sub(" ", text).strip()


def shown(text: str) -> str:
    """``text`` quoted in a sentence: control characters written as escapes (\\r\\n),
    so that what was refused is visible and cannot break the sentence's line."""
    out = "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)
    return out if len(out) <= SHOWN_MAX else out[: SHOWN_MAX - 1] + "…"


WHOSE = {"recipient": "The recipient's address", "sender": "The sender address"}
ADVICE = {
    "recipient": "it cannot be sent to. Correct the lead's email address, then retry the message.",
    "sender": "no email can be sent from it. Correct it in Settings.",
}


def checked_address(address: str, whose: str = "recipient") -> str:
    """``address`` if it can be written in a header and an SMTP command as it is;
    else UnsendableEmail saying what is wrong with it (``whose``: "recipient" or
    "sender")."""
    local, at, domain = address.rpartition("@")
    if _LINE_BREAK.search(address):
        code, problem = "address_line_break", "contains a line break"
    elif _CONTROL_CHAR.search(address):
        code, problem = "address_control_character", "contains a control character"
    elif not (at and local and domain) or _NOT_IN_ADDRESS.search(local + domain):
        code = "address_invalid"
        problem = "is not an email address (a name, one @ and a domain, without spaces)"
    else:
        return address
    raise UnsendableEmail(
        f"{WHOSE[whose]} {shown(address)} {problem}; {ADVICE[whose]}",
        code=code,
        whose=whose,
        params={"address": shown(address)},
    )


@dataclass(frozen=True)
class Mailbox:
    name: str
    address: str

    def header(self, whose: str = "recipient") -> Address:
        """The mailbox as a header writes it: the name on one line, the address
        checked (UnsendableEmail names ``whose`` address is wrong)."""
        local, _, domain = checked_address(self.address, whose).rpartition("@")
        return Address(display_name=single_line(self.name or ""), username=local, domain=domain)

    @property
    def ascii(self) -> bool:
        return self.address.isascii()


def new_message_id(sender: str, unique: str) -> str:
    """A Message-ID in the sender's own domain, from the outbox row's own unique id
    (kept with the queued message, so a message sent again carries the same one)."""
    domain = sender.rpartition("@")[2] or "leaddesk.invalid"
    return f"<{unique}@{domain.encode('idna').decode('ascii')}>"


def build_email(
    *,
    sender: Mailbox,
    to: Mailbox,
    subject: str,
    text: str,
    html: str | None,
    message_id: str,
    date: dt.datetime,
    reply_to: str | None = None,
) -> EmailMessage:
    """The message, every header one line; UnsendableEmail when an address or the
    Message-ID cannot be written as one."""
    from_, to_ = sender.header("sender"), to.header("recipient")
    if not _MESSAGE_ID.fullmatch(message_id):
        raise UnsendableEmail(
            f"The message to {shown(to.address)} has no usable Message-ID "
            f"({shown(message_id) or 'none'}); it cannot be sent as it is. Queue it "
            "again to this lead.",
            code="message_id_invalid",
            whose="message",
            params={"recipient": shown(to.address), "message_id": shown(message_id)},
        )
    utf8_addresses = not (sender.ascii and to.ascii)
    msg = EmailMessage(policy=SMTPUTF8 if utf8_addresses else SMTP)
    msg["From"] = from_
    msg["To"] = to_
    if reply_to:
        msg["Reply-To"] = Mailbox("", reply_to).header("sender")
    msg["Subject"] = single_line(subject)
    msg["Date"] = format_datetime(date.astimezone(dt.UTC))
    msg["Message-ID"] = message_id
    msg["MIME-Version"] = "1.0"
    msg.set_content(text if text.endswith("\n") else text + "\n", charset="utf-8")
    if html:
        msg.add_alternative(html, subtype="html", charset="utf-8")
    return msg


def needs_smtputf8(msg: EmailMessage) -> bool:
    return msg.policy is SMTPUTF8
