"""The demo's distribution, set up through the services after the leads are in: a
Polish team's weighted rotation with one rep on holiday, Arabic-speaking leads to
the reps who read Arabic, big deals left for the owner, referrals to a partner, and
first-contact targets for web forms and calls; so Settings ▸ Distribution, the pool
and the cards' explanations show something real on a fresh demo."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import AssignmentRule, Condition, Target
from leaddesk.domain.rotation import AbsenceKind
from leaddesk.services.distribution_setup import MemberWeight
from leaddesk.services.leads import LeadService
from leaddesk.services.workspace import Workspace

# what the owner typed, in the team's language
NAMES = {
    "en": ("Polish web forms", "Arabic speakers", "Big deals: the owner looks first",
           "Referrals to Nord Distribution", "Everyone else", "Poland", "Arabic desk",
           "Summer holiday"),
    "pl": ("Polskie formularze", "Klienci arabskojęzyczni", "Duże transakcje: najpierw właściciel",
           "Polecenia do Nord Distribution", "Wszyscy pozostali", "Polska", "Zespół arabski",
           "Urlop"),
    "ar": ("نماذج الويب البولندية", "الناطقون بالعربية", "الصفقات الكبيرة: يراجعها المالك أولاً",
           "الإحالات إلى Nord Distribution", "الجميع", "بولندا", "الفريق العربي", "إجازة"),
}  # fmt: skip


def set_up_distribution(ws: Workspace, language: str | None = None) -> None:
    words = NAMES.get((language or "en").split("_")[0], NAMES["en"])
    polish, arabic, big, referrals, rest, poland, desk, holiday = words
    users = {u.name: u.id for u in ws.users.list()}
    kasia, tomasz, marek = users["Kasia Wrona"], users["Tomasz Lis"], users["Marek Zieliński"]
    omar, noura = users["Omar Khalil"], users["Noura Saleh"]
    everyone = [users[n] for n in ("Sophie Turner", "Daniel Reyes", "Kasia Wrona", "Omar Khalil")]
    team = ws.distribution.create_team(
        poland, [MemberWeight(kasia, 2), MemberWeight(tomasz, 1), MemberWeight(marek, 1)]
    )
    arabic_desk = ws.distribution.create_team(desk, [MemberWeight(omar), MemberWeight(noura)])
    general = ws.distribution.create_team(rest, [MemberWeight(u) for u in everyone])
    partner = ws.distribution.add_partner(
        "Nord Distribution", "distributor", territory="PL, DE", email="leads@nord.example",
        response_hours=48,
    )  # fmt: skip
    today = ws.ctx.clock().date()
    ws.distribution.add_absence(tomasz, today - dt.timedelta(days=1), today + dt.timedelta(days=6),
                                AbsenceKind.HOLIDAY, holiday)  # fmt: skip
    for rep in (kasia, tomasz, marek, omar, noura, *everyone):
        ws.distribution.set_working(rep, days=range(5), starts=dt.time(9), ends=dt.time(17),
                                    zone="Europe/Warsaw")  # fmt: skip
    ws.distribution.set_claim_limits(kasia, untouched=10, per_day=20)

    def when(field: str, operator: Operator, *values: str) -> Condition:
        return Condition(field, operator, values)

    ws.distribution.save_rules(
        [
            AssignmentRule("big", big, Target.NOBODY, None,
                           (when("deal_value", Operator.RANGE, "50000", ""),)),
            AssignmentRule("pl", polish, Target.TEAM, str(team),
                           (when("country", Operator.EQUALS, "PL"),
                            when("source", Operator.EQUALS, "web_form")), response_minutes=60),
            AssignmentRule("ar", arabic, Target.TEAM, str(arabic_desk),
                           (when("language", Operator.EQUALS, "ar"),)),
            AssignmentRule("ref", referrals, Target.PARTNER, str(partner),
                           (when("source", Operator.EQUALS, "referral"),)),
        ],
        AssignmentRule("rest", rest, Target.TEAM, str(general)),
    )  # fmt: skip
    ws.sources.set_targets("web_form", response_minutes=60, claim_hours=8)
    ws.sources.set_targets("call", response_minutes=120, claim_hours=None)


# today's new inquiries, captured after the rules were set: each shows where the rules
# sent it and why (first name, last name, country, source, deal value)
ARRIVALS = (
    ("Agnieszka", "Nowak", "PL", "web_form", None),
    ("Piotr", "Wiśniewski", "PL", "web_form", None),
    ("Joanna", "Kamińska", "PL", "web_form", None),
    ("Khalid", "Al-Mansour", "AE", "whatsapp", None),
    ("Fatima", "Zahra", "SA", "call", None),
    ("Henrik", "Larsen", "DK", "referral", None),
    ("Grace", "Miller", "GB", "email", "85000"),
    ("Lucas", "Martin", "FR", "call", None),
)


def capture_arrivals(ws: Workspace) -> int:
    """Today's inquiries through the same path as a lead typed in (the rules run), as
    they came in this morning, in the team's working hours (Warsaw)."""
    day = ws.ctx.clock().astimezone(ZoneInfo("Europe/Warsaw")).date()
    at = dt.datetime.combine(day, dt.time(9, 5), ZoneInfo("Europe/Warsaw")).astimezone(dt.UTC)
    clock = {"now": at}
    leads = LeadService(dataclasses.replace(ws.ctx, clock=lambda: clock["now"]))
    for first, last, country, source, value in ARRIVALS:
        clock["now"] += dt.timedelta(minutes=17)
        values: dict[str, object] = {"first_name": first, "last_name": last,
                                     "country": country, "source": source}  # fmt: skip
        if value is not None:
            values["deal_value"] = value
        leads.create(values)
    return len(ARRIVALS)
