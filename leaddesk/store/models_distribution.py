"""The schema of distribution (migration 0019): teams and their rotation, each
rep's absences, working time and capacity, partner organisations, the owner's
assignment rules, and a log of every assignment with its reasons.

The rotation's state is each member's credit (domain.rotation): a capture takes the
team's row FOR UPDATE, reads the credits, and writes them back with the lead, so two
captures at once take turns instead of the same one. The log is narrow and
append-only, apart from the leads table (whose 29 indexes every leads write pays):
"new leads today" per rep and the partner report count from it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from leaddesk.store.models import Base, Tracked

PARTNER_HOLDS = ("pending", "accepted")  # a lead in these is a partner's, not the pool's


class Team(Tracked, Base):
    __tablename__ = "teams"
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (UniqueConstraint("name"),)


class TeamMember(Base):
    """A rep in a team's rotation: ``weight`` leads for each one of a weight-1
    colleague's, ``credit`` where the rotation stands for them."""

    __tablename__ = "team_members"
    team_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    weight: Mapped[int] = mapped_column(Integer, default=1)
    credit: Mapped[int] = mapped_column(Integer, default=0)


class Absence(Tracked, Base):
    """A rep away from ``starts`` to ``ends`` (both days included, their own days)."""

    __tablename__ = "absences"
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("users.id", ondelete="CASCADE"))
    starts: Mapped[dt.date] = mapped_column(Date)
    ends: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))  # domain.rotation.AbsenceKind
    note: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (Index("ix_absences_user", "user_id", "ends"),)


class Partner(Tracked, Base):
    """A distributor, reseller, broker or agent who takes leads in its territory."""

    __tablename__ = "partners"
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    territory: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    contacts: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    response_hours: Mapped[int] = mapped_column(Integer, default=48)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PartnerLead(Base):
    """A lead pushed to a partner: pending until the partner accepts or returns it,
    or its response time runs out (then the rules after the one that pushed it, or
    the pool, take it). Kept after the answer: the partner report counts from here."""

    __tablename__ = "partner_leads"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    lead_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("leads.id", ondelete="CASCADE"))
    partner_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("partners.id", ondelete="CASCADE")
    )
    rule_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # the rule that pushed it
    state: Mapped[str] = mapped_column(String(16))  # pending, accepted, returned, expired
    pushed_at: Mapped[dt.datetime] = mapped_column()
    due_at: Mapped[dt.datetime] = mapped_column()
    answered_at: Mapped[dt.datetime | None] = mapped_column()
    reason: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (
        Index("ix_partner_leads_due", "state", "due_at"),
        Index("ix_partner_leads_lead", "lead_id", "state"),
        Index("ix_partner_leads_partner", "partner_id", "pushed_at"),
    )


class AssignmentRuleRow(Tracked, Base):
    """One rule (domain.distribution.AssignmentRule); the list's last, ``is_default``,
    takes what no other matched. Retired, not deleted: the log names its rules."""

    __tablename__ = "assignment_rules"
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    target: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    conditions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    retired_at: Mapped[dt.datetime | None] = mapped_column()
    # the first-contact target of the leads it decides, in working minutes (0020)
    response_minutes: Mapped[int | None] = mapped_column(Integer)


class LeadClaim(Base):
    """A lead a rep took from the pool, theirs until ``expires_at`` unless they log a
    contact first (then the claim is kept as fulfilled and the sweep drops it)."""

    __tablename__ = "lead_claims"
    lead_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("users.id", ondelete="CASCADE"))
    claimed_at: Mapped[dt.datetime] = mapped_column()
    expires_at: Mapped[dt.datetime] = mapped_column()
    warned_at: Mapped[dt.datetime | None] = mapped_column()

    __table_args__ = (
        Index("ix_lead_claims_expires", "expires_at", "lead_id"),  # the sweep's order
        Index("ix_lead_claims_user", "user_id", "claimed_at"),
    )


class AssignmentLog(Base):
    """Every assignment: the lead, who or what got it, when, by which rule, and the
    decision's whole explanation (domain.distribution.Decision.to_dict)."""

    __tablename__ = "assignments"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    lead_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("leads.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # the rep who got it
    team_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    partner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    rule_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    at: Mapped[dt.datetime] = mapped_column()
    target: Mapped[str] = mapped_column(String(16))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (
        Index("ix_assignments_user_at", "user_id", "at"),
        Index("ix_assignments_lead", "lead_id", "at"),
        Index("ix_assignments_partner", "partner_id", "at"),
    )


class ResponseTarget(Base):
    """When a lead's first contact is due (migration 0020), set by its rule or its
    source at capture; ``met_at`` when it came, ``flagged_at`` once the sweep found it
    late and told the owner. Kept after it is met: Insights counts the share on time."""

    __tablename__ = "response_targets"
    lead_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True
    )
    due_at: Mapped[dt.datetime] = mapped_column()
    minutes: Mapped[int] = mapped_column(Integer)
    set_by: Mapped[str] = mapped_column(String(16))  # "rule" or "source"
    met_at: Mapped[dt.datetime | None] = mapped_column()
    flagged_at: Mapped[dt.datetime | None] = mapped_column()

    # the sweep: unflagged, unmet, by due time (met ones out of its range)
    __table_args__ = (Index("ix_response_targets_open", "flagged_at", "met_at", "due_at"),)


class HandOver(Base):
    """A lead an absence handed from its rep to a colleague (or the rules: whoever
    they chose, None for the pool); given back at ``return_at`` unless that is None."""

    __tablename__ = "hand_overs"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    # None once the absence is removed (early): its leads still go back
    absence_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("absences.id", ondelete="SET NULL")
    )
    lead_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("leads.id", ondelete="CASCADE"))
    from_user_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    to_user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    handed_at: Mapped[dt.datetime] = mapped_column()
    return_at: Mapped[dt.datetime | None] = mapped_column()
    returned_at: Mapped[dt.datetime | None] = mapped_column()

    __table_args__ = (
        Index("ix_hand_overs_due", "returned_at", "return_at"),
        Index("ix_hand_overs_absence", "absence_id"),
    )
