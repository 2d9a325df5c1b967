"""What a web form is on the team's site: the lead fields it may carry, the key its
address is made of, and the HTML snippet a web designer pastes into a page.

The snippet is built here, without a template engine, so that every value in it goes
through one escape (html.escape, quotes too) and a form named ``<script>`` is shown as
text on the page, never run.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence

#: the lead fields a visitor may fill in, in the order the snippet shows them; the rest
#: (stage, owner, score, tags...) are the team's, never a stranger's
WEB_FIELDS = (
    "first_name",
    "last_name",
    "company",
    "job_title",
    "email",
    "phone",
    "whatsapp",
    "address",
    "city",
    "country",
    "website",
    "notes",
)
NAME_FIELDS = ("first_name", "last_name")
CONTACT_FIELDS = ("email", "phone", "whatsapp")

#: the field a person never sees and a bot fills in: a submission with it is refused
HONEYPOT = "homepage"
#: the field carrying the form's secret (also accepted as the X-LeadDesk-Token header)
TOKEN_FIELD = "_token"
KEY_LENGTH = 40

_INPUT_TYPES = {"email": "email", "phone": "tel", "whatsapp": "tel", "website": "url"}
_AUTOCOMPLETE = {
    "first_name": "given-name",
    "last_name": "family-name",
    "company": "organization",
    "job_title": "organization-title",
    "email": "email",
    "phone": "tel",
    "whatsapp": "tel",
    "address": "street-address",
    "city": "address-level2",
    "country": "country",
    "website": "url",
}
# the snippet is for the site's own page and its designer: English, to be reworded there
_LABELS = {
    "first_name": "First name",
    "last_name": "Last name",
    "company": "Company",
    "job_title": "Job title",
    "email": "Email",
    "phone": "Phone",
    "whatsapp": "WhatsApp",
    "address": "Address",
    "city": "City",
    "country": "Country (two letters)",
    "website": "Website",
    "notes": "Message",
}
# off-screen rather than display:none or type=hidden, which bots know to skip
_HIDDEN_STYLE = (
    "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
    "clip-path:inset(50%);white-space:nowrap"
)


def form_key(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """The URL-safe key for a form called ``name``: "Contact us (EN)" → "contact-us-en";
    a letter outside a-z is written without its accent or, if it has none, left out;
    "form" when nothing is left. A key in ``taken`` gets -2, -3..."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[: KEY_LENGTH - 4]
    base = base.strip("-") or "form"
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    return key


def check_fields(fields: Sequence[str]) -> list[str]:
    """Why ``fields`` cannot make a form (unknown fields, no name, no way to reach the
    person), as codes; empty when they can."""
    problems = [f"unknown:{f}" for f in fields if f not in WEB_FIELDS]
    if not any(f in fields for f in NAME_FIELDS):
        problems.append("needs_name")
    if not any(f in fields for f in CONTACT_FIELDS):
        problems.append("needs_contact")
    return problems


def ordered_fields(fields: Sequence[str]) -> list[str]:
    """``fields`` without repeats, in the snippet's order."""
    wanted = set(fields)
    return [f for f in WEB_FIELDS if f in wanted]


def action_url(base_url: str, key: str) -> str:
    return f"{base_url.rstrip('/')}/f/{key}"


def snippet(key: str, token: str, fields: Sequence[str], base_url: str) -> str:
    """The HTML form that posts to the capture service: one input per field (email,
    tel and url inputs where they fit), the secret as a hidden input, a honeypot input
    people never see, and a submit button."""

    def esc(value: str) -> str:
        return html.escape(value, quote=True)

    lines = [
        f'<form method="post" action="{esc(action_url(base_url, key))}" accept-charset="UTF-8">',
        f'  <input type="hidden" name="{TOKEN_FIELD}" value="{esc(token)}">',
    ]
    for name in ordered_fields(fields):
        ident = f"ld-{esc(key)}-{name}"
        label = esc(_LABELS[name])
        lines.append(f'  <p><label for="{ident}">{label}</label><br>')
        auto = _AUTOCOMPLETE.get(name)
        auto_attr = f' autocomplete="{auto}"' if auto else ""
        if name == "notes":
            lines.append(f'    <textarea id="{ident}" name="{name}" rows="4"></textarea></p>')
        else:
            kind = _INPUT_TYPES.get(name, "text")
            lines.append(f'    <input type="{kind}" id="{ident}" name="{name}"{auto_attr}></p>')
    lines += [
        f'  <div style="{_HIDDEN_STYLE}" aria-hidden="true">',
        f'    <label for="ld-{esc(key)}-{HONEYPOT}">Leave this empty</label>',
        f'    <input type="text" id="ld-{esc(key)}-{HONEYPOT}" name="{HONEYPOT}" '
        'tabindex="-1" autocomplete="off">',
        "  </div>",
        '  <p><button type="submit">Send</button></p>',
        "</form>",
    ]
    return "\n".join(lines) + "\n"
