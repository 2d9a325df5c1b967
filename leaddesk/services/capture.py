"""A web form's submission made into a lead, or added to the lead it already is.

One transaction: the form and its secret are checked, the values cleaned exactly as the
lead form cleans them, the contact (folded email, E.164 numbers) held so a second copy
of the same submission arriving at the same moment waits, then looked up; a new lead is
written through the same path as a lead typed in (``leads.insert_lead``), a known one
gets only its empty fields filled. Either way the submission is on the lead's timeline,
with what was posted.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from leaddesk.domain import web_forms as forms
from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.leads import format_number
from leaddesk.domain.stages import Stage
from leaddesk.domain.validation import clean_lead
from leaddesk.errors import NotFound, NotPermitted
from leaddesk.services.context import ServiceContext
from leaddesk.services.first_response import answer_new_lead
from leaddesk.services.leads import insert_lead, refresh_search_text
from leaddesk.services.records import Changes
from leaddesk.services.scoring import rescore_in
from leaddesk.store import leads as lq
from leaddesk.store import web_forms as q
from leaddesk.store.models import Activity, Lead
from leaddesk.store.session import retried, transaction

#: what of a submission is kept on the timeline as posted (the rest is cut): enough to
#: read what a visitor wrote, never a way to fill the database through one form
RAW_FIELDS = 40
RAW_NAME = 60
RAW_VALUE = 2000
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_FILLABLE = tuple(f for f in forms.WEB_FIELDS if f not in ("notes",))


@dataclass(frozen=True)
class CaptureResult:
    lead_id: uuid.UUID
    number: str  # L-000123
    created: bool  # False: the submission was added to the lead it already is
    changes: Changes
    filled: tuple[str, ...] = ()  # the known lead's empty fields the submission filled
    redirect_url: str | None = None  # the form's page to send a browser on to


def plain(text: str, limit: int) -> str:
    """``text`` as it may be kept for reading: invisible and broken characters out,
    cut at ``limit``. Never interpreted: the timeline shows it as text."""
    return _INVISIBLE.sub("", text)[:limit]


def raw_record(fields: Mapping[str, str]) -> dict[str, str]:
    """What was posted, but the secret and the honeypot, as plain text."""
    out: dict[str, str] = {}
    for name, value in fields.items():
        if name in (forms.TOKEN_FIELD, forms.HONEYPOT) or len(out) >= RAW_FIELDS:
            continue
        key = plain(str(name), RAW_NAME)
        if key:
            out[key] = plain(str(value), RAW_VALUE)
    return out


def _body(raw: Mapping[str, str]) -> str:
    return "\n".join(f"{name}: {value}" for name, value in raw.items() if value)


def _contacts(cleaned: Mapping[str, Any]) -> tuple[set[str], set[str]]:
    emails = {cleaned["email"]} if cleaned.get("email") else set()
    phones = {cleaned[f] for f in ("phone", "whatsapp") if cleaned.get(f)}
    return emails, phones


class CaptureService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @retried
    def submit(
        self,
        form_key: str,
        token: str | None,
        fields: Mapping[str, str],
        *,
        page: str | None = None,
        remote: str | None = None,
        received_at: dt.datetime | None = None,
    ) -> CaptureResult:
        """Take one submission of the form ``form_key``; raises NotFound (no such form,
        or retired), NotPermitted (wrong secret) or ValidationError (per field)."""
        at = received_at or self.ctx.clock()
        with transaction(self.ctx.db) as s:
            form = q.form_by_key(s, form_key)
            if form is None:
                raise NotFound(
                    f"There is no web form {form_key[:60]!r}.",
                    code="web_form_unknown",
                    params={"key": form_key[:60]},
                )
            if form.retired_at is not None:
                raise NotFound(
                    f"The web form {form.name!r} is retired; it takes no more submissions.",
                    code="web_form_retired",
                    params={"name": form.name},
                )
            if not token or not secrets.compare_digest(token.encode(), form.token.encode()):
                raise NotPermitted(
                    f"The web form {form.name!r} was posted without its secret token (or "
                    "with an old one); nothing was saved.",
                    code="web_form_token",
                    params={"name": form.name},
                )
            taken = {
                name: value
                for name, value in fields.items()
                if name in form.fields and str(value).strip()
            }
            cleaned = clean_lead(
                taken, default_region=self.ctx.default_region, currency=self.ctx.currency
            )
            emails, phones = _contacts(cleaned)
            q.hold_contacts(s, [f"e:{e}" for e in emails] + [f"p:{p}" for p in phones])
            found = lq.same_contact(s, emails, phones, limit=1) if emails or phones else []
            raw = raw_record(fields)
            details = {
                "form": form.key,
                "form_name": form.name,
                "page": plain(page, 500) if page else None,
                "remote": plain(remote, 64) if remote else None,
                "fields": raw,
            }
            if found:
                lead = found[0]
                filled = self._fill_empty(lead, cleaned)
                created = False
            else:
                values = {**cleaned, "source": form.source, "campaign_id": form.campaign_id}
                lead = insert_lead(
                    s, self.ctx, values, Stage.OPEN, None, user_id=None, web_form=form.name
                )
                filled = ()
                created = True
            s.add(
                Activity(
                    lead_id=lead.id,
                    kind=ActivityKind.SYSTEM,
                    occurred_at=at,
                    subject=plain(f"Web form: {form.name}", 300),
                    body=_body(raw) or None,
                    details={"event": "web_form", **details, "created": created},
                )
            )
            if form.event_tag:  # the submission is also the lead's action, for scoring
                s.add(Activity(lead_id=lead.id, kind=ActivityKind.EVENT, occurred_at=at,
                               tag=form.event_tag, subject=plain(form.name, 300)))  # fmt: skip
            changes = Changes(timelines=frozenset({lead.id}))
            changes |= rescore_in(s, self.ctx, [lead.id], now=at)
            if created:  # the automatic first answer, with the lead or not at all
                answered = answer_new_lead(s, lead, now=lead.created_at, web_form_id=form.id)
                changes |= Changes(outbox=answered is not None)
            if created or filled:
                changes |= Changes(leads=frozenset({lead.id}), stages=frozenset({lead.stage}))
            return CaptureResult(
                lead.id,
                format_number(lead.number),
                created,
                changes,
                filled,
                form.redirect_url,
            )

    def _fill_empty(self, lead: Lead, cleaned: Mapping[str, Any]) -> tuple[str, ...]:
        """Give the known lead what it lacks; what it has stays as the team wrote it."""
        filled = []
        for name in _FILLABLE:
            value = cleaned.get(name)
            if value and not getattr(lead, name):
                setattr(lead, name, value)
                filled.append(name)
        if filled:
            lead.updated_at = self.ctx.clock()
            refresh_search_text(lead)
        return tuple(filled)
