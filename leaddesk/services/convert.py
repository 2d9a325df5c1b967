"""ORM rows to plain records, in one place."""

from __future__ import annotations

from typing import Any

from leaddesk.domain.leads import display_name, format_number
from leaddesk.services.message_records import OutboxRow, TemplateRecord, VariantRecord
from leaddesk.services.records import (
    ActivityRecord,
    AttachmentRecord,
    Card,
    FollowUpRecord,
    LeadRecord,
    UserRecord,
)
from leaddesk.store.models import (
    Activity,
    Attachment,
    FollowUp,
    Lead,
    MessageTemplate,
    OutboxMessage,
    User,
)

_LEAD_PLAIN = (
    "id",
    "dnc_email",
    "dnc_phone",
    "dnc_whatsapp",
    "dnc_sms",
    "external_id",
    "number",
    "version",
    "stage",
    "position",
    "stage_changed_at",
    "created_at",
    "updated_at",
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
    "segment_id",
    "deal_value",
    "currency",
    "source",
    "campaign_id",
    "website",
    "birthday",
    "notes",
    "owner_id",
    "captured_by_id",
    "score",
    "qualification",
    "probability",
    "reason",
    "last_contacted_at",
)


def lead_record(lead: Lead) -> LeadRecord:
    """Needs the lead's tags and products loaded (see store.leads.get_lead)."""
    values: dict[str, Any] = {name: getattr(lead, name) for name in _LEAD_PLAIN}
    values["number"] = format_number(lead.number)
    values["tags"] = tuple(sorted(t.name for t in lead.tags))
    values["product_ids"] = tuple(sorted(p.id for p in lead.products))
    values["social_profiles"] = dict(lead.social_profiles or {})
    values["custom_fields"] = dict(lead.custom_fields or {})
    return LeadRecord(**values)


def card(row: Any) -> Card:
    return Card(
        id=row.id,
        number=format_number(row.number),
        name=display_name(row.first_name, row.last_name, row.company),
        company=row.company,
        deal_value=row.deal_value,
        currency=row.currency,
        score=row.score,
        source=row.source,
        stage=row.stage,
        position=row.position,
        stage_changed_at=row.stage_changed_at,
        version=row.version,
        owner_id=row.owner_id,
        owner_name=row.owner_name,
        next_follow_up=row.next_follow_up,
        qualification=row.qualification,
        probability=row.probability,
        response_due=row.response_due,
    )


def activity_record(a: Activity) -> ActivityRecord:
    return ActivityRecord(
        id=a.id,
        lead_id=a.lead_id,
        kind=a.kind,
        direction=a.direction,
        subject=a.subject,
        body=a.body,
        occurred_at=a.occurred_at,
        user_id=a.user_id,
        outcome=a.outcome,
        details=dict(a.details or {}),
        tag=a.tag,
    )


def follow_up_record(f: FollowUp) -> FollowUpRecord:
    return FollowUpRecord(
        id=f.id,
        lead_id=f.lead_id,
        due_at=f.due_at,
        title=f.title,
        notes_before=f.notes_before,
        notes_after=f.notes_after,
        assignee_id=f.assignee_id,
        done_at=f.done_at,
        version=f.version,
    )


def user_record(u: User) -> UserRecord:
    return UserRecord(
        id=u.id, name=u.name, email=u.email, role=u.role, active=u.active, version=u.version
    )


def attachment_record(a: Attachment) -> AttachmentRecord:
    return AttachmentRecord(
        id=a.id,
        lead_id=a.lead_id,
        name=a.name,
        media_type=a.media_type,
        size=a.size,
        sha256=a.sha256,
        created_at=a.created_at,
        user_id=a.user_id,
    )


def template_record(t: MessageTemplate) -> TemplateRecord:
    """Needs the template's variants loaded; retired variants are left out."""
    return TemplateRecord(
        id=t.id,
        name=t.name,
        channel=t.channel,
        language=t.language,
        category=t.category,
        origin=t.origin,
        family=t.family,
        retired_at=t.retired_at,
        version=t.version,
        updated_at=t.updated_at,
        variants=tuple(
            VariantRecord(
                id=v.id,
                label=v.label,
                subject=v.subject,
                body=v.body,
                html=v.html,
                version=v.version,
            )
            for v in sorted(t.variants, key=lambda v: v.label)
            if v.retired_at is None
        ),
    )


def outbox_row(m: OutboxMessage, lead_number: int) -> OutboxRow:
    return OutboxRow(
        id=m.id,
        batch_id=m.batch_id,
        lead_id=m.lead_id,
        lead_number=format_number(lead_number),
        channel=m.channel,
        recipient=m.recipient,
        recipient_name=m.recipient_name,
        subject=m.subject,
        body=m.body,
        status=m.status,
        attempts=m.attempts,
        template_name=m.template_name,
        variant_label=m.variant_label,
        language=m.language,
        created_at=m.created_at,
        sent_at=m.sent_at,
        handed_over_at=m.handed_over_at,
        error_code=m.error_code,
        error=m.error,
        version=m.version,
        message_id=m.message_id,
        not_before=m.not_before,
    )
