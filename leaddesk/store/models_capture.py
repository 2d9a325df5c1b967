"""The schema of capture (migration 0014): web forms, automatic first responses,
merges that can be undone, and import mappings saved under a name.

Kept apart from ``models`` so each module stays readable; ``models`` imports this one
at its end, so ``Base.metadata`` always holds these tables too.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from leaddesk.store.models import Base, Tracked, utcnow


class WebForm(Tracked, Base):
    """A form on the team's web site that posts to ``leaddesk capture serve``.

    ``key`` is the path the site posts to (``/f/<key>``); ``token`` is the secret the
    snippet carries, so a stranger who guesses the path still cannot post.
    """

    __tablename__ = "web_forms"
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    token: Mapped[str] = mapped_column(String(64))
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)  # lead fields it accepts
    source: Mapped[str | None] = mapped_column(String(40))  # a key of sources
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL")
    )
    redirect_url: Mapped[str | None] = mapped_column(String(500))
    retired_at: Mapped[dt.datetime | None] = mapped_column()
    # each submission is also this action of the lead's, for scoring ("webinar",
    # "quote_request"…; migration 0015)
    event_tag: Mapped[str | None] = mapped_column(String(40))


class FirstResponseRule(Tracked, Base):
    """The automatic first answer to a new lead from one source or one web form.

    A form's rule wins over its source's. ``delay_minutes`` is how long the answer
    waits in the outbox before it may go out.
    """

    __tablename__ = "first_response_rules"
    source: Mapped[str | None] = mapped_column(String(40), unique=True)
    web_form_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("web_forms.id", ondelete="CASCADE"), unique=True
    )
    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("message_templates.id", ondelete="CASCADE")
    )
    delay_minutes: Mapped[int] = mapped_column(Integer, default=0)
    # the From of an email answer: the outbox sends it from the LeadDesk (app or
    # ``leaddesk outbox send``) whose mailbox this is
    sender: Mapped[str | None] = mapped_column(String(254))
    sender_name: Mapped[str | None] = mapped_column(String(160))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class FirstResponseSend(Base):
    """That a lead's first response was decided: the lead is the key, so no lead is ever
    answered twice, even by two capture processes at once."""

    __tablename__ = "first_response_sends"
    lead_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True
    )
    rule_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("first_response_rules.id", ondelete="SET NULL")
    )
    outbox_message_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("outbox_messages.id", ondelete="SET NULL")
    )
    skipped: Mapped[str | None] = mapped_column(String(32))  # why nothing was queued
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class LeadMerge(Tracked, Base):
    """Leads merged into one: enough to put every one of them back exactly.

    ``snapshot`` holds the kept lead's fields before, each merged lead's row, and the
    ids of the rows (timeline, follow-ups, files, messages, tags) that moved.
    """

    __tablename__ = "lead_merges"
    kept_lead_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    merged_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    undone_at: Mapped[dt.datetime | None] = mapped_column()

    __table_args__ = (Index("ix_lead_merges_kept", "kept_lead_id", "created_at"),)


class ImportMapping(Tracked, Base):
    """A column mapping saved under a name (the JSON of ``domain.import_mapping``)."""

    __tablename__ = "import_mappings"
    name: Mapped[str] = mapped_column(String(120), unique=True)
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
