"""Templates: writing, duplicating and retiring them, the defaults, and what a
template is rendered with for a lead."""

from __future__ import annotations

import builtins
import datetime as dt
import json
import uuid
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from leaddesk.domain.activities import Channel
from leaddesk.domain.leads import display_name, format_number
from leaddesk.domain.outbox import LANGUAGES, VARIANT_LABELS
from leaddesk.domain.template_terms import SUBJECT_LIMIT
from leaddesk.domain.templates import MessageContext, Problem, TemplateProblems, check_template
from leaddesk.errors import FieldIssue, NotFound, ValidationError
from leaddesk.paths import resource
from leaddesk.services.context import ServiceContext, check_version, missing
from leaddesk.services.convert import template_record
from leaddesk.services.message_records import (
    TemplateDraft,
    TemplateRecord,
    VariantDraft,
    VariantReport,
    VariantResult,
)
from leaddesk.services.records import Changes, Result
from leaddesk.store import bulk
from leaddesk.store import outbox as oq
from leaddesk.store import templates as q
from leaddesk.store.leads import get_lead
from leaddesk.store.models import Lead, MessageTemplate, Product, TemplateVariant, User
from leaddesk.store.session import transaction

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DEFAULTS_FILE = ("templates", "defaults.json")
FAMILIES = uuid.UUID("5f0c7e0a-61a4-4c55-9d2e-1b8f8f3c2a10")  # namespace of the shipped ones
CHANGED = Changes(templates=True)


def lead_values(lead: Lead) -> dict[str, object]:
    """What a template may read of a lead (see domain.templates.LEAD_FIELDS)."""
    return {
        "first_name": lead.first_name,
        "last_name": lead.last_name,
        "name": display_name(lead.first_name, lead.last_name, lead.company),
        "company": lead.company,
        "job_title": lead.job_title,
        "email": lead.email,
        "phone": lead.phone,
        "whatsapp": lead.whatsapp or lead.phone,
        "city": lead.city,
        "country": lead.country,
        "number": format_number(lead.number),
    }


def shipped_templates() -> list[dict[str, Any]]:
    """The templates LeadDesk comes with (resources/templates/defaults.json)."""
    data = json.loads(resource(*DEFAULTS_FILE).read_text(encoding="utf-8"))
    return list(data["templates"])


def default_rows(
    shipped: list[dict[str, Any]], now: dt.datetime
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of ``message_templates`` and ``template_variants`` (one variant A each); the
    three languages of one message share a family."""
    templates, variants = [], []
    stamps = {"created_at": now, "updated_at": now, "version": 1}
    for d in shipped:
        template_id = uuid.uuid4()
        templates.append(
            {
                "id": template_id,
                "name": d["name"],
                "channel": Channel(d["channel"]),
                "language": d["language"],
                "category": d["category"],
                "origin": d["origin"],
                "family": uuid.uuid5(FAMILIES, f"{d['category']}/{d['channel']}"),
                "retired_at": None,
                **stamps,
            }
        )
        variants.append(
            {
                "id": uuid.uuid4(),
                "template_id": template_id,
                "label": "A",
                "subject": d["subject"],
                "body": d["body"],
                "html": None,
                "retired_at": None,
                **stamps,
            }
        )
    return templates, variants


def check_draft(draft: TemplateDraft) -> TemplateDraft:
    """The draft cleaned, or ValidationError / TemplateProblems saying what is wrong."""
    issues: list[FieldIssue] = []
    name, category = draft.name.strip(), draft.category.strip()
    if not name:
        issues.append(FieldIssue("name", "required", "A template needs a name."))
    elif len(name) > 160:
        issues.append(FieldIssue("name", "too_long", "At most 160 characters."))
    if not category:
        issues.append(FieldIssue("category", "required", "A template needs a category."))
    elif len(category) > 60:
        issues.append(FieldIssue("category", "too_long", "At most 60 characters."))
    try:
        channel = Channel(draft.channel)
    except ValueError:
        issues.append(FieldIssue("channel", "unknown", f"Unknown channel {draft.channel!r}."))
        channel = Channel.EMAIL
    if draft.language not in LANGUAGES:
        issues.append(
            FieldIssue(
                "language",
                "unknown",
                f"Unknown language {draft.language!r}; use one of {', '.join(LANGUAGES)}.",
            )
        )
    labels = [v.label for v in draft.variants]
    if not draft.variants:
        issues.append(FieldIssue("variants", "required", "A template needs some text."))
    if len(set(labels)) != len(labels) or any(lb not in VARIANT_LABELS for lb in labels):
        issues.append(
            FieldIssue("variants", "labels", "Variants are labelled A, B, C... once each.")
        )
    variants = []
    for v in draft.variants:
        subject = (v.subject or "").strip() if channel is Channel.EMAIL else None
        html = (v.html or "").strip() or None if channel is Channel.EMAIL else None
        if not v.body.strip():
            issues.append(
                FieldIssue(f"variant {v.label}", "body_required", f"Variant {v.label} has no text.")
            )
        if channel is Channel.EMAIL and not subject:
            issues.append(
                FieldIssue(
                    f"variant {v.label}", "subject_required", f"Variant {v.label} has no subject."
                )
            )
        if subject and len(subject) > SUBJECT_LIMIT:
            issues.append(
                FieldIssue(
                    f"variant {v.label}", "too_long", f"A subject is at most {SUBJECT_LIMIT}."
                )
            )
        variants.append(VariantDraft(v.label, v.body, subject or None, html))
    if issues:
        raise ValidationError(issues)
    problems: list[Problem] = []
    for v in variants:
        found = check_template(v.subject, v.body, v.html)
        problems += [replace(p, variant=v.label) if len(variants) > 1 else p for p in found]
    if problems:
        raise TemplateProblems(problems, name)
    return TemplateDraft(name, channel, draft.language, category, tuple(variants))


class TemplateService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(
        self,
        *,
        channel: Channel | None = None,
        language: str | None = None,
        include_retired: bool = False,
    ) -> list[TemplateRecord]:
        with transaction(self.ctx.db, write=False) as s:
            found = q.list_templates(
                s, channel=channel, language=language, include_retired=include_retired
            )
            return [template_record(t) for t in found]

    def get(self, template_id: uuid.UUID) -> TemplateRecord:
        with transaction(self.ctx.db, write=False) as s:
            t = q.get_template(s, template_id)
            if t is None:
                raise missing("Template", template_id)
            return template_record(t)

    def save(
        self,
        draft: TemplateDraft,
        *,
        template_id: uuid.UUID | None = None,
        expected_version: int | None = None,
        family: uuid.UUID | None = None,
    ) -> Result[TemplateRecord]:
        """Create a template (a translation when ``family`` names another's), or
        replace one's fields and variants as a whole.

        A variant the draft leaves out is retired, not deleted, so the reports of
        what was sent with it stay whole.
        """
        clean = check_draft(draft)
        now = self.ctx.clock()
        with transaction(self.ctx.db) as s:
            if template_id is None:
                new_id = uuid.uuid4()
                self._check_language_free(s, family or new_id, new_id, clean.language)
                t = MessageTemplate(id=new_id, family=family or new_id, origin=None)
                s.add(t)
                t.variants = []
            else:
                found = q.get_template(s, template_id, lock=True)
                if found is None:
                    raise missing("Template", template_id)
                check_version(
                    "Template", template_id, expected_version, found.version, label=found.name
                )
                self._check_language_free(s, found.family, found.id, clean.language)
                t = found
            t.name, t.channel = clean.name, clean.channel
            t.language, t.category = clean.language, clean.category
            t.updated_at = now  # the variants are part of the template: its version moves
            by_label = {v.label: v for v in t.variants}
            for v in clean.variants:
                row = by_label.get(v.label)
                if row is None:
                    row = TemplateVariant(label=v.label)
                    t.variants.append(row)
                row.subject, row.body, row.html, row.retired_at = v.subject, v.body, v.html, None
            kept = {v.label for v in clean.variants}
            for row in t.variants:
                if row.label not in kept and row.retired_at is None:
                    row.retired_at = now
            s.flush()
            return Result(template_record(t), CHANGED)

    @staticmethod
    def _check_language_free(
        s: Session, family: uuid.UUID, template_id: uuid.UUID, language: str
    ) -> None:
        """One translation per language in a family, so a lead's language picks one."""
        for other in q.family_members(s, family):
            if other.id != template_id and other.language == language and other.retired_at is None:
                raise ValidationError(
                    [
                        FieldIssue(
                            "language",
                            "translation_exists",
                            f"{other.name!r} is already this message in {language}.",
                            {"template": other.name},
                        )
                    ]
                )

    def duplicate(
        self,
        template_id: uuid.UUID,
        name: str,
        *,
        language: str | None = None,
        translation: bool = False,
    ) -> Result[TemplateRecord]:
        """A copy to reword; ``translation``: the same message in ``language``, linked to
        the original so each lead can get it in their own language."""
        original = self.get(template_id)
        draft = TemplateDraft(
            name=name,
            channel=original.channel,
            language=language or original.language,
            category=original.category,
            variants=tuple(
                VariantDraft(v.label, v.body, v.subject, v.html) for v in original.variants
            ),
        )
        return self.save(draft, family=original.family if translation else None)

    def translations(self, template_id: uuid.UUID) -> builtins.list[TemplateRecord]:
        """The template and its translations, by language."""
        with transaction(self.ctx.db, write=False) as s:
            t = q.get_template(s, template_id)
            if t is None:
                raise missing("Template", template_id)
            return [template_record(m) for m in q.family_members(s, t.family)]

    def set_retired(
        self, template_id: uuid.UUID, retired: bool, *, expected_version: int | None = None
    ) -> Result[TemplateRecord]:
        """Retired templates are kept (with their history) but no longer offered."""
        with transaction(self.ctx.db) as s:
            t = q.get_template(s, template_id, lock=True)
            if t is None:
                raise missing("Template", template_id)
            check_version("Template", template_id, expected_version, t.version, label=t.name)
            t.retired_at = self.ctx.clock() if retired else None
            s.flush()
            return Result(template_record(t), CHANGED)

    def install_defaults(self) -> int:
        """Add the shipped templates this database has not had yet; returns how many."""
        with transaction(self.ctx.db) as s:
            have = q.origins(s)
            missing_ones = [d for d in shipped_templates() if d["origin"] not in have]
            templates, variants = default_rows(missing_ones, self.ctx.clock())
            bulk.insert_rows(s.connection(), "message_templates", templates)
            bulk.insert_rows(s.connection(), "template_variants", variants)
            return len(templates)

    def context(
        self,
        lead_id: uuid.UUID,
        *,
        user_id: uuid.UUID | None = None,
        product_id: uuid.UUID | None = None,
    ) -> MessageContext:
        """What a template is rendered with for this lead (for previews)."""
        with transaction(self.ctx.db, write=False) as s:
            lead = get_lead(s, lead_id)
            if lead is None:
                raise missing("Lead", lead_id)
            user = s.get(User, user_id) if user_id else None
            if product_id is not None:
                product = s.get(Product, product_id)
                if product is None:
                    raise NotFound(f"Product {product_id} does not exist.", code="no_such_product")
                product_name = product.name
            else:
                product_name = q.first_products(s, [lead_id]).get(lead_id, "")
            return MessageContext(
                lead=lead_values(lead),
                user={"name": user.name, "email": user.email} if user else {},
                product=product_name,
            )

    def report(self, template_id: uuid.UUID) -> VariantReport:
        """Each variant's replies and conversions, and whether they differ (95%)."""
        with transaction(self.ctx.db, write=False) as s:
            if q.get_template(s, template_id) is None:
                raise missing("Template", template_id)
            rows = oq.variant_outcomes(s, template_id, now=self.ctx.clock())
            results = tuple(
                VariantResult(
                    label=r.variant_label,
                    sent=int(r.sent),
                    replied=int(r.replied or 0),
                    converted=int(r.converted or 0),
                    settled=int(r.closed_windows or 0),
                )
                for r in rows
            )
        return VariantReport.of(template_id, results)
