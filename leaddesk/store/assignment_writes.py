"""The writes of one distribution, together: the rotation's credits, the new owners,
the timeline entries and the log. On PostgreSQL they go as one statement of
data-modifying CTEs when they are one lead's (a capture's), one round trip where
there were four (a capture's assignment is mostly waiting on the server); elsewhere,
and for many leads at once, one executemany each.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Executable, Table, bindparam, insert, update
from sqlalchemy.orm import Session

from leaddesk.store import distribution as dq
from leaddesk.store.models import Activity, Lead
from leaddesk.store.models_distribution import AssignmentLog, TeamMember
from leaddesk.store.scoring import add_entries

LEADS = cast(Table, Lead.__table__)
MEMBERS = cast(Table, TeamMember.__table__)
ACTIVITIES = cast(Table, Activity.__table__)
LOG = cast(Table, AssignmentLog.__table__)


def write_decisions(
    s: Session,
    *,
    credits: Sequence[tuple[uuid.UUID, Mapping[str, int]]],
    owners: Mapping[uuid.UUID, uuid.UUID | None],
    now: dt.datetime,
    entries: list[dict[str, Any]],
    logged: list[dict[str, Any]],
    close: bool = True,
) -> None:
    """``credits``: per team that took turns, each member's credit; ``owners``: the
    leads whose owner changes; ``close``: whether a lead given to someone may have a
    partner's push to close (a lead captured just now cannot)."""
    one = len(logged) == 1 and len(entries) == 1 and len(owners) <= 1
    if s.get_bind().dialect.name != "postgresql" or not one:
        for team_id, team_credits in credits:
            dq.set_credits(s, team_id, team_credits)
        dq.set_owners(s, owners, now, close=close)
        add_entries(s, entries)
        dq.log(s, logged)
        return
    credit_rows = [(team, uuid.UUID(user), c) for team, held in credits for user, c in held.items()]
    stmt = _one_lead_statement(len(credit_rows), bool(owners), tuple(entries[0]), tuple(logged[0]))
    params: dict[str, Any] = {f"e_{k}": v for k, v in entries[0].items()}
    params.update({f"l_{k}": v for k, v in logged[0].items()})
    for i, (team, user, credit) in enumerate(credit_rows):
        params.update({f"c{i}_team": team, f"c{i}_user": user, f"c{i}_credit": credit})
    if owners:
        ((lead, owner),) = owners.items()
        params.update({"o_lead": lead, "o_owner": owner, "o_now": now})
    s.connection().execute(stmt, params)
    if close:
        dq.close_pushes(s, [k for k, v in owners.items() if v is not None])
    dq.sync_owners(s, owners, now)


@functools.cache
def _one_lead_statement(
    credits: int, owner: bool, entry_keys: tuple[str, ...], log_keys: tuple[str, ...]
) -> Executable:
    """One lead's writes as one statement of its shape, named parameters only, so it
    is built and compiled once per shape (a statement carrying its rows' values would
    be compiled anew each time, costing more than the round trips it saves)."""
    ctes: list[Any] = [
        update(MEMBERS)
        .where(MEMBERS.c.team_id == bindparam(f"c{i}_team"),
               MEMBERS.c.user_id == bindparam(f"c{i}_user"))
        .values(credit=bindparam(f"c{i}_credit"))
        .cte(f"credit{i}")
        for i in range(credits)
    ]  # fmt: skip
    if owner:
        ctes.append(
            update(LEADS)
            .where(LEADS.c.id == bindparam("o_lead"))
            .values(owner_id=bindparam("o_owner"), version=LEADS.c.version + 1,
                    updated_at=bindparam("o_now"), outside_pool=False)
            .cte("owner")
        )  # fmt: skip
    ctes.append(
        insert(ACTIVITIES).values({k: bindparam(f"e_{k}") for k in entry_keys}).cte("entry")
    )
    return insert(LOG).values({k: bindparam(f"l_{k}") for k in log_keys}).add_cte(*ctes)
