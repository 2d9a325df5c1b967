"""Realistic, deterministic demo data: the same seed on the same day gives the
same database. Each lead's history goes to the writer in chunks as it is made; the
leads themselves wait, as compact tuples, until all exist, because their numbers
follow creation time and their board positions follow the whole column."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from typing import Any
from uuid import UUID

from leaddesk.demo import names as N
from leaddesk.demo.messages import DemoMessaging
from leaddesk.demo.wording import ENGLISH, Wording
from leaddesk.domain.activities import CONTACT_KINDS, ActivityKind, Direction, is_response
from leaddesk.domain.leads import Source, format_number, search_text
from leaddesk.domain.ordering import keys_for
from leaddesk.domain.scoring import (
    Event,
    LeadFacts,
    Qualification,
    RuleGroup,
    Score,
    ScoreRule,
    Thresholds,
    history,
)
from leaddesk.domain.stage_history import (
    Change,
    elapsed_seconds,
    furthest,
    replay,
    stage_seconds,
    won_at,
)
from leaddesk.domain.stages import FUNNEL, Stage
from leaddesk.store.stage_history import SECONDS_OF

# Where leads end up: believable for a small B2B team's history.
FINAL_STAGE_WEIGHTS = {
    Stage.OPEN: 16,
    Stage.CONTACTED: 15,
    Stage.NURTURING: 14,
    Stage.QUALIFIED: 11,
    Stage.NEGOTIATION: 7,
    Stage.CUSTOMER: 13,
    Stage.INACTIVE: 5,
    Stage.DISQUALIFIED: 19,
}
SOURCE_WEIGHTS = {
    Source.WEB_FORM: 30,
    Source.CALL: 14,
    Source.WHATSAPP: 16,
    Source.EMAIL: 8,
    Source.REFERRAL: 10,
    Source.SOCIAL: 9,
    Source.EVENT: 7,
    Source.IMPORT: 4,
    Source.WALK_IN: 2,
}
LOCALES = (("en", 40), ("pl", 30), ("ar", 30))
PHONE_PREFIXES = {
    "US": ("+1212", "+1312", "+1512", "+1303", "+1617"),
    "GB": ("+4474", "+4475", "+4477", "+4478", "+4479"),
    "PL": tuple(f"+48{p}" for p in ("50", "51", "53", "57", "60", "66", "69", "72", "79", "88")),
    "SA": tuple(f"+9665{d}" for d in "0345689"),
    "AE": tuple(f"+9715{d}" for d in "02568"),
    "EG": tuple(f"+201{d}" for d in "0125"),
}
# the lead's own actions (kind "event", which the handbook's rules score): the tag, the
# funnel stage it usually happens in, and its chance by the furthest stage the lead
# reached (Open, Contacted, Nurturing, Qualified, Negotiation, Customer)
ACTIONS = (
    ("solutions_page", Stage.OPEN, (0.45, 0.6, 0.75, 0.85, 0.9, 0.9)),
    ("user_guide", Stage.CONTACTED, (0.08, 0.25, 0.6, 0.7, 0.75, 0.75)),
    ("webinar", Stage.NURTURING, (0.02, 0.08, 0.45, 0.6, 0.65, 0.65)),
    ("quote_request", Stage.QUALIFIED, (0.0, 0.01, 0.06, 0.55, 0.8, 0.85)),
)
SCORED_KINDS = frozenset({*CONTACT_KINDS, ActivityKind.EVENT})
PARTS_SHOWN = 6  # as a rescore's "Became SQL" entry names them
# leads handed to the writer at a time once numbered
LEAD_CHUNK = 5000
PHONE_LENGTH = {"US": 12, "GB": 13, "PL": 12, "SA": 13, "AE": 13, "EG": 13}


@dataclass(frozen=True)
class DemoScoring:
    """The database's rules and thresholds: each demo lead gets the score they give it
    (worked out here, as a rescore would, so the demo needs none)."""

    rules: tuple[ScoreRule, ...]
    thresholds: Thresholds

    @property
    def reads_events(self) -> bool:
        return any(r.group is not RuleGroup.FIT for r in self.rules)


@dataclass(frozen=True)
class DemoSummary:
    users: int
    leads: int
    activities: int
    follow_ups: int
    seconds: float


class DemoGenerator:
    """Builds rows for every table from one random generator."""

    def __init__(
        self,
        seed: int,
        anchor: dt.datetime,
        activities_per_lead: float = 5.0,
        words: Wording = ENGLISH,
    ):
        self.words = words  # what the team typed, in the database's language
        self.rng = random.Random(seed)
        self.anchor = anchor
        self.per_lead = activities_per_lead

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def reference_rows(self) -> dict[str, list[dict[str, Any]]]:
        words = self.words
        t0 = self.anchor - dt.timedelta(days=400)
        base = {"created_at": t0, "updated_at": t0, "version": 1}
        users = [
            dict(base, id=self.uuid(), name=n, email=e, role=r, active=True) for n, e, r in N.TEAM
        ]
        products = [
            dict(
                base,
                id=self.uuid(),
                name=n,
                price=Decimal(p),
                currency="USD",
                active=True,
                bit=1 << i,
            )
            for i, (n, p) in enumerate(zip(words.products, N.PRICES, strict=True))
        ]
        segments = [dict(base, id=self.uuid(), name=n) for n in words.segments]
        tags = [dict(base, id=self.uuid(), name=n) for n in words.tags]
        campaigns = []
        for i, (name, (channel, cost)) in enumerate(
            zip(words.campaigns, N.CAMPAIGN_SPEND, strict=True)
        ):
            start = (self.anchor - dt.timedelta(days=360 - i * 28)).date()
            campaigns.append(
                dict(
                    base,
                    id=self.uuid(),
                    name=name,
                    channel=channel,
                    cost=Decimal(cost),
                    currency="USD",
                    starts_on=start,
                    ends_on=start + dt.timedelta(days=45),
                )
            )
        return {
            "users": users,
            "products": products,
            "segments": segments,
            "tags": tags,
            "campaigns": campaigns,
        }

    def _person(self) -> dict[str, Any]:
        r = self.rng
        locale = r.choices([code for code, _ in LOCALES], [w for _, w in LOCALES])[0]
        if locale == "en":
            first, last = r.choice(N.EN_FIRST), r.choice(N.EN_LAST)
            latin = (first.lower(), last.lower())
            company, country = r.choice(N.EN_COMPANIES), r.choice(("US", "US", "GB"))
        elif locale == "pl":
            first, last = r.choice(N.PL_FIRST), r.choice(N.PL_LAST)
            if first.endswith("a"):  # Polish surnames agree with the person
                last = _feminine(last)
            latin = (_ascii(first), _ascii(last))
            company, country = r.choice(N.PL_COMPANIES), "PL"
        else:
            (first, f_lat), (last, l_lat) = r.choice(N.AR_FIRST), r.choice(N.AR_LAST)
            latin = (f_lat, l_lat)
            company, country = r.choice(N.AR_COMPANIES), r.choice(("SA", "AE", "EG"))
        prefix = r.choice(PHONE_PREFIXES[country])
        digits = PHONE_LENGTH[country] - len(prefix)
        phone = prefix + "".join(r.choice("0123456789") for _ in range(digits))
        if country == "US":  # exchange codes never start with 0 or 1
            phone = phone[:5] + r.choice("23456789") + phone[6:]
        domain = (
            "example.com" if locale == "en" else ("example.pl" if locale == "pl" else "example.net")
        )
        return {
            "first_name": first,
            "last_name": last,
            "company": company if r.random() < 0.8 else None,
            "job_title": r.choice(self.words.job_titles),
            "country": country,
            "city": r.choice(N.CITIES[country]),
            "phone": phone,
            "whatsapp": phone if r.random() < 0.6 else None,
            "email": f"{latin[0]}.{latin[1]}{r.randint(1, 999)}@{domain}"
            if r.random() < 0.9
            else None,
        }

    def _path(self) -> list[Stage]:
        r = self.rng
        final = r.choices(list(FINAL_STAGE_WEIGHTS), list(FINAL_STAGE_WEIGHTS.values()))[0]
        if final is Stage.DISQUALIFIED:
            stop = r.choice(FUNNEL[:5])
            path = [*FUNNEL[: FUNNEL.index(stop) + 1], Stage.DISQUALIFIED]
        elif final is Stage.INACTIVE:
            path = [*FUNNEL, Stage.INACTIVE]
        else:
            path = list(FUNNEL[: FUNNEL.index(final) + 1])
        # One lead in ten skips a middle stage (a hot inquiry jumps ahead).
        if len(path) > 3 and r.random() < 0.1:
            # never Customer on the way to Inactive: only a customer becomes Inactive
            last = len(path) - (2 if path[-1] is Stage.INACTIVE else 1)
            del path[r.randrange(1, last)]
        return path

    def _actions(
        self, lead_id: UUID, path: list[Stage], times: list[dt.datetime]
    ) -> list[dict[str, Any]]:
        """The lead's own actions along its way (a visit, a download, a webinar, a quote
        request), each while the lead was in the stage it usually comes in."""
        r = self.rng
        orders = [FUNNEL.index(st) if st in FUNNEL else -1 for st in path]
        furthest_order = min(max(orders), len(ACTIONS[0][2]) - 1)
        out = []
        for tag, usual, odds in ACTIONS:
            if r.random() >= odds[furthest_order]:
                continue
            k = FUNNEL.index(usual)
            j = max((i for i, o in enumerate(orders) if 0 <= o <= k), default=0)
            start = times[j]
            end = times[j + 1] if j + 1 < len(times) else start + dt.timedelta(days=21)
            end = min(end, self.anchor)
            for _ in range(r.choice((1, 1, 2, 3)) if tag == "solutions_page" else 1):
                when = start + (end - start) * r.random() if end > start else start
                out.append(_activity(self, lead_id, ActivityKind.EVENT, when, None, tag=tag))
        return out

    def _scored(
        self,
        lead_id: UUID,
        facts: LeadFacts,
        scoring: DemoScoring,
        lead_acts: list[dict[str, Any]],
    ) -> dict[str, Any]:
        """The lead's kept score, as the rules give it today, and a "Became MQL/SQL"
        entry on its timeline at each threshold its actions took it over."""
        final, crossings = history(facts, scoring.rules, scoring.thresholds, self.anchor)
        at = {c.level: c.at for c in crossings}
        for c in crossings:
            lead_acts.append(
                _activity(
                    self,
                    lead_id,
                    ActivityKind.SYSTEM,
                    c.at,
                    None,
                    details=_crossing_details(c.level, c.score),
                )
            )
        sql_at = at.get(Qualification.SQL)
        return {
            "score": final.total,
            "score_due_at": final.valid_until,  # to score_due (store.bulk)
            "qualification": final.qualification(scoring.thresholds).value,
            "mql_at": at.get(Qualification.MQL, sql_at),
            "sql_at": sql_at,
        }

    def leads(
        self,
        count: int,
        first_number: int,
        refs: dict[str, list[dict[str, Any]]],
        emit: Callable[[str, list[dict[str, Any]]], object],
        messaging: DemoMessaging | None = None,
        scoring: DemoScoring | None = None,
    ) -> dict[str, int]:
        """Generate ``count`` leads, handing their rows to ``emit`` table by table."""
        r = self.rng
        reps = [u for u in refs["users"] if u["role"] == "rep"]
        team = refs["users"]
        products, segments, tags = refs["products"], refs["segments"], refs["tags"]
        campaigns_by_channel: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in refs["campaigns"]:
            campaigns_by_channel[c["channel"]].append(c)
        sources, source_w = list(SOURCE_WEIGHTS), list(SOURCE_WEIGHTS.values())
        # each lead as a tuple of its values until all are made (a quarter of a dict's
        # size): numbers and board positions follow from the others
        leads: list[tuple[Any, ...]] = []
        columns: tuple[str, ...] = ()
        activities: list[dict[str, Any]] = []
        follow_ups: list[dict[str, Any]] = []
        links: dict[str, list[dict[str, Any]]] = {
            "lead_products": [],
            "lead_tags": [],
            "stage_visits": [],
        }
        totals: defaultdict[str, int] = defaultdict(int)

        def flush(final: bool = False) -> None:
            for table, rows in (
                ("activities", activities),
                ("follow_ups", follow_ups),
                ("lead_products", links["lead_products"]),
                ("lead_tags", links["lead_tags"]),
                ("stage_visits", links["stage_visits"]),
            ):
                if rows and (final or len(rows) >= 20000):
                    totals[table] += len(rows)
                    emit(table, rows[:])
                    rows.clear()

        for i in range(count):
            age_days = min(365.0, r.expovariate(1 / 120)) + 0.1
            created = self.anchor - dt.timedelta(days=age_days, seconds=r.randrange(86400))
            path = self._path()
            lead_id = self.uuid()
            owner = r.choice(reps) if (path[-1] is not Stage.OPEN or r.random() < 0.6) else None
            source = r.choices(sources, source_w)[0]
            campaign = (
                r.choice(campaigns_by_channel[source.value])
                if campaigns_by_channel.get(source.value) and r.random() < 0.7
                else None
            )
            chosen = r.sample(products, k=r.choice((1, 1, 1, 2, 2, 3)))
            value = sum((p["price"] for p in chosen), Decimal(0)) * r.choice((1, 1, 2, 3, 5))
            person = self._person()
            # stage history: each step hours to weeks after the previous; a young lead
            # is still on its way (the steps that would fall after today have not happened)
            times = [created]
            for gap in [r.uniform(4, 24 * 18) for _ in path[1:]]:
                times.append(times[-1] + dt.timedelta(hours=gap))
            reached = sum(1 for t in times if t < self.anchor)
            path, times = path[:reached], times[:reached]
            stage = path[-1]
            actor = (owner or r.choice(team))["id"]
            lead_acts = [
                _activity(
                    self,
                    lead_id,
                    ActivityKind.SYSTEM,
                    created,
                    actor,
                    details={"event": "created", "source": source.value},
                )
            ]
            for prev, nxt, when in zip(path, path[1:], times[1:], strict=False):
                reason = None
                if nxt is Stage.DISQUALIFIED:
                    reason = r.choice(self.words.disqualify_reasons)
                elif nxt is Stage.INACTIVE:
                    reason = r.choice(self.words.inactive_reasons)
                lead_acts.append(
                    _activity(
                        self,
                        lead_id,
                        ActivityKind.STAGE_CHANGE,
                        when,
                        actor,
                        details={"from": prev.value, "to": nxt.value, "reason": reason},
                    )
                )
            extra = max(0, round(self.per_lead) - len(lead_acts))
            span = (times[-1] - created).total_seconds() or 3600.0
            for _ in range(extra):
                when = created + dt.timedelta(seconds=r.uniform(60, max(120.0, span)))
                kind = r.choice(
                    (
                        ActivityKind.CALL,
                        ActivityKind.CALL,
                        ActivityKind.EMAIL,
                        ActivityKind.WHATSAPP,
                        ActivityKind.NOTE,
                        ActivityKind.MEETING,
                        ActivityKind.SMS,
                    )
                )
                lead_acts.append(
                    _activity(
                        self,
                        lead_id,
                        kind,
                        min(when, self.anchor),
                        actor,
                        direction=(Direction.OUTBOUND if r.random() < 0.75 else Direction.INBOUND)
                        if kind not in (ActivityKind.NOTE, ActivityKind.MEETING)
                        else None,
                        outcome=r.choice(N.CALL_OUTCOMES) if kind is ActivityKind.CALL else None,
                        subject=r.choice(self.words.follow_up_titles)
                        if kind is not ActivityKind.CALL
                        else None,
                    )
                )
            if messaging is not None:
                lead_acts += messaging.for_lead(lead_id, person, owner, created)
            lead_acts += self._actions(lead_id, path, times)
            segment = r.choice(segments) if r.random() < 0.8 else None
            kept = _NO_SCORE
            if scoring is not None:
                facts = _facts(person, value, source, segment, campaign, chosen, lead_acts, scoring)
                kept = self._scored(lead_id, facts, scoring, lead_acts)
            activities.extend(lead_acts)
            next_due = None
            if not stage.is_closed and r.random() < 0.7:
                next_due = self.anchor + dt.timedelta(hours=r.uniform(-24 * 7, 24 * 21))
                follow_ups.append(_follow_up(self, lead_id, next_due, owner, None))
            if r.random() < 0.3:
                due = created + dt.timedelta(days=r.uniform(1, 10))
                if due < self.anchor:
                    follow_ups.append(_follow_up(self, lead_id, due, owner, due))
            stays = replay(
                path[0],
                created,
                [Change(when, a, b) for a, b, when in zip(path, path[1:], times[1:], strict=False)],
            )
            for n, v in enumerate(stays):
                links["stage_visits"].append(
                    {
                        # from the lead's id, so the other rows' random draws stay as they were
                        "id": uuid.uuid5(lead_id, str(n)),
                        "lead_id": lead_id,
                        "stage": v.stage,
                        "entered_at": v.entered_at,
                        "left_at": v.left_at,
                        "seconds": v.seconds,
                        "undone": False,
                    }
                )
            spent = stage_seconds(stays)
            responded = min(
                (
                    a["occurred_at"]
                    for a in lead_acts
                    if is_response(a["kind"], a["direction"]) and a["occurred_at"] >= created
                ),
                default=None,
            )
            for p in chosen:
                links["lead_products"].append({"lead_id": lead_id, "product_id": p["id"]})
            for tg in r.sample(tags, k=r.choice((0, 0, 1, 1, 2))):
                links["lead_tags"].append({"lead_id": lead_id, "tag_id": tg["id"]})
            reason = (
                next(
                    (
                        a["details"]["reason"]
                        for a in reversed(lead_acts)
                        if a["kind"] == ActivityKind.STAGE_CHANGE
                    ),
                    None,
                )
                if stage.needs_reason
                else None
            )
            lead = {
                "id": lead_id,
                **person,
                "address": None,
                "segment_id": segment["id"] if segment else None,
                "deal_value": value,
                "currency": "USD",
                "source": source,
                "campaign_id": campaign["id"] if campaign else None,
                "website": None,
                "social_profiles": {},
                "birthday": None,
                "notes": None,
                "custom_fields": {},
                "stage": stage,
                "stage_changed_at": times[-1],
                "next_follow_up_at": next_due,
                "furthest_stage": furthest(stays),
                "won_at": won_at(stays),
                "first_response_at": responded,
                "first_response_s": elapsed_seconds(created, responded) if responded else None,
                "product_bits": sum(p["bit"] for p in chosen),
                **{SECONDS_OF[st]: spent.get(st) for st in SECONDS_OF},
                "last_contacted_at": max(
                    (a["occurred_at"] for a in lead_acts if a["kind"] in CONTACT_KINDS),
                    default=None,
                ),
                "reason": reason,
                "owner_id": owner["id"] if owner else None,
                "captured_by_id": actor,
                **kept,
                "deleted_at": None,
                "created_at": created,
                "updated_at": times[-1],
                "version": 1 + len(path),
            }
            columns = columns or tuple(lead)
            leads.append(tuple(lead.values()))
            if i % 2000 == 1999:
                flush()

        totals["leads"] = _emit_numbered(leads, columns, first_number, emit)
        flush(final=True)
        return dict(totals)


def _emit_numbered(
    drafts: list[tuple[Any, ...]],
    columns: tuple[str, ...],
    first_number: int,
    emit: Callable[[str, list[dict[str, Any]]], object],
) -> int:
    """Number the leads by creation time, give each column's cards their positions
    (newest moved first) and hand the finished rows to ``emit`` in chunks."""
    at = {name: i for i, name in enumerate(columns)}
    drafts.sort(key=itemgetter(at["created_at"]))
    by_stage: dict[Stage, list[int]] = defaultdict(list)
    for n, draft in enumerate(drafts):
        by_stage[draft[at["stage"]]].append(n)
    positions = [""] * len(drafts)
    changed = at["stage_changed_at"]
    for column in by_stage.values():
        column.sort(key=lambda n: drafts[n][changed], reverse=True)
        for n, key in zip(column, keys_for(len(column)), strict=True):
            positions[n] = key
    for start in range(0, len(drafts), LEAD_CHUNK):
        rows, due = [], []
        for n in range(start, min(start + LEAD_CHUNK, len(drafts))):
            lead = dict(zip(columns, drafts[n], strict=True))
            lead["number"] = first_number + n
            lead["search_text"] = search_text(
                format_number(lead["number"]),
                lead["first_name"],
                lead["last_name"],
                lead["company"],
                lead["email"],
                lead["phone"],
                lead["whatsapp"],
            )[:700]
            lead["position"] = positions[n]
            if (due_at := lead.pop("score_due_at", None)) is not None:
                due.append({"lead_id": lead["id"], "due_at": due_at})
            rows.append(lead)
        emit("leads", rows)
        emit("score_due", due)
    return len(drafts)


_NO_SCORE: dict[str, Any] = {
    "score": 0,
    "score_due_at": None,
    "qualification": Qualification.NONE.value,
    "mql_at": None,
    "sql_at": None,
}


def _facts(
    person: dict[str, Any],
    value: Decimal,
    source: Source,
    segment: dict[str, Any] | None,
    campaign: dict[str, Any] | None,
    products: list[dict[str, Any]],
    acts: list[dict[str, Any]],
    scoring: DemoScoring,
) -> LeadFacts:
    """What scoring reads of a lead (as store.scoring.facts reads it back)."""
    fields: dict[str, object] = {
        "company": person["company"],
        "job_title": person["job_title"],
        "city": person["city"],
        "country": person["country"],
        "deal_value": value,
        "source": source.value,
        "segment": segment["name"] if segment else None,
        "campaign": campaign["name"] if campaign else None,
        "product": tuple(p["name"] for p in products),
    }
    if not scoring.reads_events:
        return LeadFacts(fields)
    events = [
        Event(a["kind"], a["occurred_at"], a["direction"], a["tag"], a["outcome"])
        for a in acts
        if a["kind"] in SCORED_KINDS
    ]
    return LeadFacts(fields, events)


def _crossing_details(level: Qualification, result: Score) -> dict[str, Any]:
    """As services.scoring writes a crossing on the timeline."""
    parts = sorted(result.parts, key=lambda p: -abs(p.points))[:PARTS_SHOWN]
    return {
        "event": "qualified",
        "level": level.value,
        "total": result.total,
        "parts": [[p.name, round(p.points)] for p in parts],
        "more": max(0, len(result.parts) - len(parts)),
    }


def _activity(
    g: DemoGenerator,
    lead_id: uuid.UUID,
    kind: ActivityKind,
    when: dt.datetime,
    user_id: uuid.UUID | None,
    *,
    details: dict[str, Any] | None = None,
    direction: Direction | None = None,
    outcome: str | None = None,
    subject: str | None = None,
    tag: str | None = None,
) -> dict[str, Any]:
    return {
        "id": g.uuid(),
        "lead_id": lead_id,
        "kind": kind,
        "direction": direction,
        "subject": subject,
        "body": None,
        "occurred_at": when,
        "user_id": user_id,
        "outcome": outcome,
        "tag": tag,
        "details": details or {},
        "created_at": when,
    }


def _follow_up(
    g: DemoGenerator,
    lead_id: uuid.UUID,
    due: dt.datetime,
    owner: dict[str, Any] | None,
    done: dt.datetime | None,
) -> dict[str, Any]:
    return {
        "id": g.uuid(),
        "lead_id": lead_id,
        "due_at": due,
        "title": g.rng.choice(g.words.follow_up_titles),
        "notes_before": None,
        "notes_after": g.words.done_note if done else None,
        "assignee_id": owner["id"] if owner else None,
        "done_at": done,
        "created_at": due - dt.timedelta(days=2),
        "updated_at": done or due,
        "version": 2 if done else 1,
    }


def _feminine(surname: str) -> str:
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


_ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def _ascii(text: str) -> str:
    return text.translate(_ASCII).lower()
