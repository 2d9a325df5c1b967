"""The team's web forms: defining them, their secrets, and the snippet for the site."""

from __future__ import annotations

import datetime as dt
import re
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from leaddesk.domain import web_forms as forms
from leaddesk.domain.activities import event_tag
from leaddesk.domain.text_rules import clean_text
from leaddesk.errors import FieldIssue, NotFound, ValidationError
from leaddesk.services.context import ServiceContext
from leaddesk.store import leads as lq
from leaddesk.store import web_forms as q
from leaddesk.store.models import Campaign
from leaddesk.store.models_capture import WebForm
from leaddesk.store.session import retried, transaction

_URL = re.compile(r"https?://[^\s/?#]+[^\s]*", re.IGNORECASE)
DEFAULT_SOURCE = "web_form"
_ISSUE_CODES = {
    "unknown": "web_form_field_unknown",
    "needs_name": "web_form_needs_name",
    "needs_contact": "web_form_needs_contact",
}


@dataclass(frozen=True)
class WebFormRecord:
    id: uuid.UUID
    key: str
    name: str
    token: str
    fields: tuple[str, ...]
    source: str | None
    campaign_id: uuid.UUID | None
    redirect_url: str | None
    retired_at: dt.datetime | None
    version: int
    event_tag: str | None = None  # each submission is this action of the lead's

    @property
    def retired(self) -> bool:
        return self.retired_at is not None


def _record(f: WebForm) -> WebFormRecord:
    return WebFormRecord(
        id=f.id,
        key=f.key,
        name=f.name,
        token=f.token,
        fields=tuple(f.fields or ()),
        source=f.source,
        campaign_id=f.campaign_id,
        redirect_url=f.redirect_url,
        retired_at=f.retired_at,
        version=f.version,
        event_tag=f.event_tag,
    )


def event_tag_or_none(text: str | None) -> str | None:
    return event_tag(text) if text and text.strip() else None


def new_token() -> str:
    return secrets.token_urlsafe(32)  # 43 characters; the column holds 64


def _clean(
    name: str, fields: Sequence[str], redirect_url: str | None
) -> tuple[str, list[str], str | None]:
    """The definition as stored, or ValidationError naming each bad part."""
    issues: list[FieldIssue] = []
    cleaned_name = clean_text(issues, "name", name, limit=120) or ""
    if not cleaned_name and not issues:
        issues.append(FieldIssue("name", "web_form_name_required", "A web form needs a name."))
    for problem in forms.check_fields(list(fields)):
        kind, _, field = problem.partition(":")
        message = {
            "unknown": f"{field!r} is not a field a web form may ask for.",
            "needs_name": "A web form asks for a first or last name.",
            "needs_contact": "A web form asks for an email address or a phone number.",
        }[kind]
        issues.append(
            FieldIssue("fields", _ISSUE_CODES[kind], message, {"field": field} if field else {})
        )
    url = (redirect_url or "").strip() or None
    if url is not None:
        clean_text(issues, "redirect_url", url, limit=500)
        if not _URL.fullmatch(url):
            issues.append(
                FieldIssue(
                    "redirect_url",
                    "url_invalid",
                    f"{url[:80]!r} is not a web address (http:// or https://).",
                )
            )
    if issues:
        raise ValidationError(issues)
    return cleaned_name, forms.ordered_fields(fields), url


class WebFormService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, *, include_retired: bool = True) -> list[WebFormRecord]:
        with transaction(self.ctx.db, write=False) as s:
            return [_record(f) for f in q.all_forms(s, include_retired=include_retired)]

    def get(self, form_id: uuid.UUID) -> WebFormRecord:
        with transaction(self.ctx.db, write=False) as s:
            return _record(self._form(s, form_id))

    @retried
    def create(
        self,
        name: str,
        fields: Sequence[str],
        source: str | None = DEFAULT_SOURCE,
        campaign_id: uuid.UUID | None = None,
        redirect_url: str | None = None,
        event_tag: str | None = None,
    ) -> WebFormRecord:
        """A new form with a key made from its name (unique) and a new secret."""
        cleaned, kept, url = _clean(name, fields, redirect_url)
        with transaction(self.ctx.db) as s:
            self._check_links(s, source, campaign_id)
            base = forms.form_key(cleaned)
            form = WebForm(
                key=forms.form_key(cleaned, q.keys_like(s, base)),
                name=cleaned,
                token=new_token(),
                fields=kept,
                source=source,
                campaign_id=campaign_id,
                redirect_url=url,
                event_tag=event_tag_or_none(event_tag),
            )
            s.add(form)
            s.flush()
            return _record(form)

    @retried
    def update(
        self,
        form_id: uuid.UUID,
        *,
        name: str,
        fields: Sequence[str],
        source: str | None,
        campaign_id: uuid.UUID | None,
        redirect_url: str | None,
        event_tag: str | None = None,
    ) -> WebFormRecord:
        """Change what a form asks and where its leads go; its key (the address the
        site posts to) and its secret stay, so the site's page keeps working."""
        cleaned, kept, url = _clean(name, fields, redirect_url)
        with transaction(self.ctx.db) as s:
            form = self._form(s, form_id, lock=True)
            self._check_links(s, source, campaign_id)
            form.name, form.fields, form.source = cleaned, kept, source
            form.campaign_id, form.redirect_url = campaign_id, url
            form.event_tag = event_tag_or_none(event_tag)
            s.flush()
            return _record(form)

    @retried
    def retire(self, form_id: uuid.UUID, *, retired: bool = True) -> WebFormRecord:
        """A retired form's posts are refused (404); its leads stay as they are."""
        with transaction(self.ctx.db) as s:
            form = self._form(s, form_id, lock=True)
            form.retired_at = self.ctx.clock() if retired else None
            s.flush()
            return _record(form)

    @retried
    def new_token(self, form_id: uuid.UUID) -> WebFormRecord:
        """A new secret: posts with the old one are refused from now on (after a page
        leaked it, say); the site needs the new snippet."""
        with transaction(self.ctx.db) as s:
            form = self._form(s, form_id, lock=True)
            form.token = new_token()
            s.flush()
            return _record(form)

    def snippet(self, form_id: uuid.UUID, base_url: str) -> str:
        form = self.get(form_id)
        return forms.snippet(form.key, form.token, form.fields, base_url)

    def _form(self, s: Session, form_id: uuid.UUID, *, lock: bool = False) -> WebForm:
        form = q.form_by_id(s, form_id, lock=lock)
        if form is None:
            raise NotFound(
                f"Web form {form_id} does not exist.", code="missing", params={"kind": "Web form"}
            )
        return form

    @staticmethod
    def _check_links(s: Session, source: str | None, campaign_id: uuid.UUID | None) -> None:
        if source is not None and not lq.source_exists(s, source):
            raise NotFound(f"source: there is no source {source!r}.", code="no_such_source")
        if campaign_id is not None and s.get(Campaign, campaign_id) is None:
            raise NotFound(
                f"campaign_id: there is no campaign {campaign_id}.", code="no_such_campaign"
            )
