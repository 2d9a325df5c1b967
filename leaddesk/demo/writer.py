"""Filling a database with the demo: a team, products, campaigns and leads with their
histories, written through the store's bulk writer (Core inserts or COPY)."""

from __future__ import annotations

import datetime as dt
import gc
import random
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from leaddesk.demo.generator import DemoGenerator, DemoScoring, DemoSummary
from leaddesk.demo.messages import DemoMessaging
from leaddesk.demo.wording import wording
from leaddesk.errors import RuleViolation
from leaddesk.services.templates import default_rows, shipped_templates
from leaddesk.services.workspace import Workspace
from leaddesk.store import bulk
from leaddesk.store import scoring as sq

# where the shipped templates' demo ids come from
TEMPLATE_IDS = uuid.UUID("0b7f3f4e-9a51-4d0e-8c6e-2f1d6c9a4b27")
# the big tables, whose indexes are built once after the load instead of row by row
REBUILT = ("leads", "activities", "stage_visits", "follow_ups", "lead_products", "lead_tags",
           "score_due")  # fmt: skip


def populate(
    workspace: Workspace,
    leads: int,
    *,
    seed: int = 1,
    replace: bool = False,
    activities_per_lead: float = 5.0,
    anchor: dt.datetime | None = None,
    language: str | None = None,
) -> DemoSummary:
    """Fill the database with a team, products, campaigns and ``leads`` leads.

    Refuses a database that already has leads unless ``replace`` (which
    wipes everything first), so real data is never mixed with demo data. What the
    team itself typed (follow-ups, notes, reasons, products…) is in ``language``.
    """
    started = time.perf_counter()
    ctx = workspace.ctx
    if anchor is None:
        now = ctx.clock()
        anchor = now.replace(hour=12, minute=0, second=0, microsecond=0)
    gen = DemoGenerator(seed, anchor, activities_per_lead, wording(language))
    with _collector_paused(), bulk.bulk_load(ctx.db.writer(), rebuild=REBUILT) as load:
        conn = load.conn
        existing = bulk.lead_count(conn)
        if existing and not replace:
            raise RuleViolation(
                f"The database {ctx.db.title} already has {existing} leads; demo data "
                "goes into an empty database (use --replace to wipe it first)."
            )
        if existing or replace:
            bulk.wipe(conn)
        else:  # installed when the database was opened: the demo brings its own
            bulk.remove_shipped_templates(conn)
        refs = gen.reference_rows()
        for table, rows in refs.items():
            load.insert(table, rows)
        templates, variants = default_rows(shipped_templates(), anchor - dt.timedelta(days=400))
        _fixed_ids(templates, variants)
        load.insert("message_templates", templates)
        load.insert("template_variants", variants)
        # its own generator, so the leads are the same with or without it
        history_rng = random.Random(seed + 1)
        messaging = DemoMessaging(
            history_rng,
            lambda: uuid.UUID(int=history_rng.getrandbits(128), version=4),
            anchor,
            templates,
            variants,
            refs["users"],
            refs["products"],
            team_language=(language or "en").split("_")[0],
        )
        first = bulk.reserve_block(conn, leads) if leads else 1
        # histories stream in as they are made, before their leads (the load checks
        # foreign keys at its end)
        totals = gen.leads(leads, first, refs, load.insert, messaging, _scoring(conn))
        messaging.today()
        for table, rows in messaging.rows().items():
            load.insert(table, rows)
    bulk.refresh_statistics(ctx.db.engine)
    return DemoSummary(
        users=len(refs["users"]),
        leads=totals.get("leads", 0),
        activities=totals.get("activities", 0),
        follow_ups=totals.get("follow_ups", 0),
        seconds=time.perf_counter() - started,
    )


def _scoring(conn: Connection) -> DemoScoring:
    """The database's rules (the handbook's after a wipe), to score the demo leads by."""
    s = Session(bind=conn)
    try:
        thresholds, _version = sq.thresholds(s)
        return DemoScoring(tuple(sq.active_rules(s)), thresholds)
    finally:
        s.close()


def _fixed_ids(templates: list[dict[str, Any]], variants: list[dict[str, Any]]) -> None:
    """The shipped templates' ids from their origins instead of uuid4, so that the same
    seed gives the same database down to the template ids in the timelines."""
    ids = {t["id"]: uuid.uuid5(TEMPLATE_IDS, t["origin"]) for t in templates}
    for t in templates:
        t["id"] = ids[t["id"]]
    for v in variants:
        v["template_id"] = ids[v["template_id"]]
        v["id"] = uuid.uuid5(v["template_id"], v["label"])


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the rows are made and written.

    The rows hold no reference cycles, but millions of them pass through and the
    100,000 waiting leads stay: each full collection walks all of those, and a
    100,000-lead seed spent 14 s of its 55 s in 46 of them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
