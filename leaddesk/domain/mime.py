"""An email as the receiving program expects it: UTF-8 everywhere, a plain-text
part always, HTML as an alternative when the template has one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from email.utils import format_datetime


@dataclass(frozen=True)
class Mailbox:
    name: str
    address: str

    def header(self) -> Address:
        local, _, domain = self.address.rpartition("@")
        return Address(display_name=self.name or "", username=local, domain=domain)

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
    utf8_addresses = not (sender.ascii and to.ascii)
    msg = EmailMessage(policy=SMTPUTF8 if utf8_addresses else SMTP)
    msg["From"] = sender.header()
    msg["To"] = to.header()
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date.astimezone(dt.UTC))
    msg["Message-ID"] = message_id
    msg["MIME-Version"] = "1.0"
    msg.set_content(text if text.endswith("\n") else text + "\n", charset="utf-8")
    if html:
        msg.add_alternative(html, subtype="html", charset="utf-8")
    return msg


def needs_smtputf8(msg: EmailMessage) -> bool:
    return msg.policy is SMTPUTF8
