"""Links that hand a message to the system's WhatsApp, SMS, phone or mail program."""

from __future__ import annotations

from urllib.parse import quote


def whatsapp_link(e164: str, text: str = "") -> str:
    """WhatsApp's click-to-chat link: the number in international form without '+'."""
    number = "".join(ch for ch in e164 if ch.isdigit())
    return f"https://wa.me/{number}" + (f"?text={quote(text, safe='')}" if text else "")


def sms_link(e164: str, text: str = "") -> str:
    """An RFC 5724 ``sms:`` link with the body prefilled."""
    number = "+" + "".join(ch for ch in e164 if ch.isdigit())
    return f"sms:{number}" + (f"?body={quote(text, safe='')}" if text else "")


def tel_link(e164: str) -> str:
    return f"tel:{e164}"


def mailto_link(address: str) -> str:
    return f"mailto:{quote(address, safe='@')}"
