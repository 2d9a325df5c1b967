"""Rules of the automatic first response, and which leads had theirs decided."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from leaddesk.store.models import MessageTemplate
from leaddesk.store.models_capture import FirstResponseRule, FirstResponseSend, WebForm


def rules(s: Session) -> list[tuple[FirstResponseRule, MessageTemplate, WebForm | None]]:
    rows = s.execute(
        select(FirstResponseRule, MessageTemplate, WebForm)
        .join(MessageTemplate, MessageTemplate.id == FirstResponseRule.template_id)
        .outerjoin(WebForm, WebForm.id == FirstResponseRule.web_form_id)
        .order_by(FirstResponseRule.created_at)
    )
    return [(r, t, f) for r, t, f in rows]


def rule_of(
    s: Session, *, source: str | None = None, web_form_id: uuid.UUID | None = None
) -> FirstResponseRule | None:
    """The rule kept for exactly this source or this form (active or not)."""
    if web_form_id is not None:
        where = FirstResponseRule.web_form_id == web_form_id
    else:
        where = FirstResponseRule.source == source
    return s.scalar(select(FirstResponseRule).where(where))


def rule_for(
    s: Session, source: str | None, web_form_id: uuid.UUID | None
) -> FirstResponseRule | None:
    """The active rule that answers a new lead: its form's, else its source's."""
    for rule in (
        rule_of(s, web_form_id=web_form_id) if web_form_id is not None else None,
        rule_of(s, source=source) if source is not None else None,
    ):
        if rule is not None and rule.active:
            return rule
    return None


def decided(s: Session, lead_id: uuid.UUID) -> bool:
    return s.get(FirstResponseSend, lead_id) is not None
