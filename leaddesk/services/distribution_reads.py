"""What Settings ▸ Distribution shows, as plain records: the teams with their
members in rotation order, people's working time and limits, a rep's absences and
the partner organisations; and the small edits beside them (a team renamed or
switched off, an absence removed, a partner edited) that the set-up service's
bigger writes do not cover.

``DistributionService`` takes these as a mixin, so the screen reaches everything of
distribution as ``workspace.distribution``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import available_timezones

from sqlalchemy.orm import Session

from leaddesk.domain.rotation import AbsenceKind
from leaddesk.domain.validation import normalize_email
from leaddesk.errors import FieldIssue, NotFound, ValidationError
from leaddesk.services.context import ServiceContext
from leaddesk.services.records import Changes
from leaddesk.store import distribution_setup as dsq
from leaddesk.store import hand_overs as hq
from leaddesk.store.models import User
from leaddesk.store.models_distribution import Absence, Partner, Team
from leaddesk.store.session import retried, transaction

MAX_RESPONSE_HOURS = 24 * 30


class PartnerKind(StrEnum):
    DISTRIBUTOR = "distributor"
    RESELLER = "reseller"
    BROKER = "broker"
    AGENT = "agent"


@dataclass(frozen=True)
class MemberRecord:
    user_id: uuid.UUID
    name: str
    weight: int
    active: bool  # the person's own state (a deactivated rep is skipped)


@dataclass(frozen=True)
class TeamRecord:
    id: uuid.UUID
    name: str
    active: bool
    members: tuple[MemberRecord, ...] = ()


@dataclass(frozen=True)
class AbsenceRecord:
    id: uuid.UUID
    user_id: uuid.UUID
    starts: dt.date
    ends: dt.date
    kind: AbsenceKind
    note: str | None


@dataclass(frozen=True)
class PartnerRecord:
    id: uuid.UUID
    name: str
    kind: str  # a PartnerKind's value
    territory: str | None
    email: str | None
    response_hours: int
    active: bool


@dataclass(frozen=True)
class WorkingRecord:
    """A person's working days (0 Monday … 6 Sunday; None: every day), hours (None:
    all day) in their time zone, and limits (None: none)."""

    user_id: uuid.UUID
    name: str
    days: frozenset[int] | None
    starts: dt.time | None
    ends: dt.time | None
    zone: str | None
    max_open: int | None
    max_new_per_day: int | None
    max_claimed_open: int | None
    max_claims_per_day: int | None


def working_record(u: User) -> WorkingRecord:
    days = frozenset(int(d) for d in u.work_days) if u.work_days is not None else None
    return WorkingRecord(u.id, u.name, days, u.work_starts, u.work_ends, u.time_zone,
                         u.max_open_leads, u.max_new_per_day, u.max_claimed_open,
                         u.max_claims_per_day)  # fmt: skip


def partner_record(p: Partner) -> PartnerRecord:
    return PartnerRecord(p.id, p.name, p.kind, p.territory, p.email, p.response_hours, p.active)


def check_team_name(s: Session, name: str, team_id: uuid.UUID | None = None) -> str:
    """The name cleaned, or why it cannot name a team (empty, too long, taken)."""
    clean = " ".join(name.split())
    if not clean or len(clean) > 120:
        text = "A team needs a name of 1 to 120 characters."
        raise ValidationError([FieldIssue("name", "team_name", text)])
    other = dsq.team_named(s, clean)
    if other is not None and other.id != team_id:
        text = f"There is a team called {clean!r} already."
        raise ValidationError([FieldIssue("name", "team_taken", text)])
    return clean


@dataclass(frozen=True)
class PartnerFields:
    name: str
    kind: str
    territory: str | None
    email: str | None
    response_hours: int


def check_partner(
    name: str, kind: str, territory: str | None, email: str | None, response_hours: int
) -> PartnerFields:
    """A partner's fields cleaned, or every problem with them named."""
    issues: list[FieldIssue] = []
    clean = " ".join(name.split())
    if not clean or len(clean) > 200:
        issues.append(FieldIssue("name", "partner_name",
                                 "A partner needs a name of 1 to 200 characters."))  # fmt: skip
    if kind not in set(PartnerKind):
        issues.append(FieldIssue("kind", "partner_kind", f"Unknown kind of partner {kind!r}."))
    address = (email or "").strip() or None
    if address is not None:
        try:
            address = normalize_email(address).lower()
        except ValueError as exc:
            issues.append(FieldIssue("email", "email_invalid", str(exc)))
    if not 1 <= response_hours <= MAX_RESPONSE_HOURS:
        text = f"A partner answers within 1 to {MAX_RESPONSE_HOURS} hours."
        issues.append(FieldIssue("response_hours", "partner_hours", text))
    if issues:
        raise ValidationError(issues)
    area = " ".join((territory or "").split())[:200] or None
    return PartnerFields(clean, kind, area, address, response_hours)


def check_zone(zone: str | None) -> None:
    if zone is not None and zone not in available_timezones():
        text = f"Unknown time zone {zone!r} (such as Europe/Warsaw)."
        raise ValidationError([FieldIssue("zone", "time_zone_unknown", text)])


class DistributionReads:
    ctx: ServiceContext

    def teams(self) -> list[TeamRecord]:
        """Every team by name, active or not, each with its members in rotation order."""
        with transaction(self.ctx.db, write=False) as s:
            found: dict[uuid.UUID, list[MemberRecord]] = {}
            for m, u in dsq.members(s):
                found.setdefault(m.team_id, []).append(
                    MemberRecord(u.id, u.name, m.weight, u.active)
                )
            return [TeamRecord(t.id, t.name, t.active, tuple(found.get(t.id, ())))
                    for t in dsq.teams(s)]  # fmt: skip

    @retried
    def rename_team(self, team_id: uuid.UUID, name: str) -> Changes:
        with transaction(self.ctx.db) as s:
            team = s.get(Team, team_id)
            if team is None:
                raise NotFound(f"There is no team {team_id}.", code="no_team")
            team.name = check_team_name(s, name, team_id)
        return Changes(reference=True)

    @retried
    def set_team_active(self, team_id: uuid.UUID, active: bool) -> Changes:
        """A team switched off keeps its members; a rule naming it sends to the pool."""
        with transaction(self.ctx.db) as s:
            team = s.get(Team, team_id)
            if team is None:
                raise NotFound(f"There is no team {team_id}.", code="no_team")
            team.active = active
        return Changes(reference=True)

    def working(self, *, active_only: bool = True) -> list[WorkingRecord]:
        """People by name with their working time and limits."""
        with transaction(self.ctx.db, write=False) as s:
            return [working_record(u) for u in dsq.people(s, active_only=active_only)]

    def working_of(self, user_id: uuid.UUID) -> WorkingRecord:
        with transaction(self.ctx.db, write=False) as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFound(f"There is no user {user_id}.", code="no_user")
            return working_record(user)

    def absences(self, user_id: uuid.UUID) -> list[AbsenceRecord]:
        """The person's absences, earliest first (past ones too: a record of them)."""
        with transaction(self.ctx.db, write=False) as s:
            return [AbsenceRecord(a.id, a.user_id, a.starts, a.ends, AbsenceKind(a.kind), a.note)
                    for a in dsq.absences(s, user_id)]  # fmt: skip

    @retried
    def remove_absence(self, absence_id: uuid.UUID) -> Changes:
        """Gone: a rep back early is in the rotation again at once, and what the
        absence handed over to come back is due back now (the next sweep returns it)."""
        with transaction(self.ctx.db) as s:
            row = s.get(Absence, absence_id)
            if row is not None:
                hq.due_back_now(s, absence_id, self.ctx.clock())
                s.delete(row)
        return Changes(users=True)

    def partners(self) -> list[PartnerRecord]:
        with transaction(self.ctx.db, write=False) as s:
            return [partner_record(p) for p in dsq.partners(s)]

    @retried
    def update_partner(
        self,
        partner_id: uuid.UUID,
        *,
        name: str,
        kind: str,
        territory: str | None = None,
        email: str | None = None,
        response_hours: int = 48,
        active: bool = True,
    ) -> Changes:
        clean = check_partner(name, kind, territory, email, response_hours)
        with transaction(self.ctx.db) as s:
            row = s.get(Partner, partner_id)
            if row is None:
                # "missing" has its sentence ("This record no longer exists.") already
                raise NotFound(f"There is no partner {partner_id}.", code="missing",
                               params={"kind": "Partner"})  # fmt: skip
            row.name, row.kind, row.territory = clean.name, clean.kind, clean.territory
            row.email, row.response_hours = clean.email, clean.response_hours
            row.active = active
        return Changes(reference=True)
