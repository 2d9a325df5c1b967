"""Queries over the outbox: claiming the next message, its state changes, progress.

State changes are conditional UPDATEs on the claim token, so two senders (two
copies of the app on one shared database) can never both send one message: the
one whose claim was taken over finds its UPDATE matched no row and stops.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Sequence
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Result,
    Row,
    Table,
    and_,
    case,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from leaddesk.domain.activities import DO_NOT_CONTACT_FLAG, ActivityKind, Channel, Direction
from leaddesk.domain.outbox import MessageStatus
from leaddesk.domain.stages import Stage
from leaddesk.store.models import Activity, Lead, OutboxBatch, OutboxMessage, User
from leaddesk.store.models_partner_links import NOTICE_LABEL

M = OutboxMessage
# Core statements on the sending path: no ORM bookkeeping (declarative types __table__
# as any FromClause; a class mapped by __tablename__ has a Table)
T = cast(Table, OutboxMessage.__table__)


def _matched(result: Result[*tuple[Any, ...]]) -> int:
    """The rows an UPDATE matched. Session.execute() returns a CursorResult for one, which
    has the rowcount, but is annotated as returning any Result."""
    return cast("CursorResult[*tuple[Any, ...]]", result).rowcount


def _claimable(sender: str, channel: Channel, now: dt.datetime, lease: dt.timedelta) -> Any:
    queued = and_(
        M.status == MessageStatus.QUEUED,
        or_(M.not_before.is_(None), M.not_before <= now),
    )
    abandoned = and_(
        M.status == MessageStatus.SENDING,
        M.handed_over_at.is_(None),
        M.claimed_at < now - lease,
    )
    # a lead who asked not to be contacted this way since it was queued gets nothing
    flagged = and_(
        M.variant_label != NOTICE_LABEL,  # a partner notice goes to the partner
        exists().where(Lead.id == M.lead_id, getattr(Lead, DO_NOT_CONTACT_FLAG[channel]).is_(True)),
    )
    return and_(M.channel == channel, M.sender == sender, or_(queued, abandoned), ~flagged)


def claim(
    session: Session,
    *,
    sender: str,
    token: uuid.UUID,
    now: dt.datetime,
    lease: dt.timedelta,
    limit: int,
    batch_id: uuid.UUID | None = None,
    channel: Channel = Channel.EMAIL,
) -> list[OutboxMessage]:
    """Take up to ``limit`` of the oldest messages this sender may send, in order.

    Another sender may take some of the same rows between our SELECT and UPDATE; the
    UPDATE only takes rows still claimable, and what we got is read back by token.
    """
    where = _claimable(sender, channel, now, lease)
    if batch_id is not None:
        where = and_(where, M.batch_id == batch_id)
    candidates = list(
        session.execute(select(M.id).where(where).order_by(M.created_at, M.id).limit(limit))
        .scalars()
        .all()
    )
    if not candidates:
        return []
    session.execute(
        update(T)
        .where(T.c.id.in_(candidates), where)
        .values(
            status=MessageStatus.SENDING,
            claim_token=token,
            claimed_at=now,
            attempts=T.c.attempts + 1,
            updated_at=now,
            version=T.c.version + 1,
        )
    )
    taken = session.scalars(
        select(M)
        .where(M.id.in_(candidates), M.claim_token == token, M.status == MessageStatus.SENDING)
        .order_by(M.created_at, M.id)
        .execution_options(populate_existing=True)
    ).all()
    return list(taken)


def _update_held(
    session: Session,
    message_id: uuid.UUID,
    token: uuid.UUID,
    held_as: MessageStatus,
    now: dt.datetime,
    values: dict[str, Any],
) -> bool:
    result = session.execute(
        update(T)
        .where(T.c.id == message_id, T.c.claim_token == token, T.c.status == held_as)
        .values(updated_at=now, version=T.c.version + 1, **values)
    )
    return _matched(result) == 1


def set_claimed(
    session: Session, message_id: uuid.UUID, token: uuid.UUID, now: dt.datetime, **values: Any
) -> bool:
    """Change a message this sender still holds; False if its claim was taken over."""
    return _update_held(session, message_id, token, MessageStatus.SENDING, now, values)


def set_handed_over_result(
    session: Session, message_id: uuid.UUID, token: uuid.UUID, now: dt.datetime, **values: Any
) -> bool:
    """Record the server's answer to a message handed over by this sender."""
    return _update_held(session, message_id, token, MessageStatus.HANDED_OVER, now, values)


def release_claims(
    session: Session, message_ids: Collection[uuid.UUID], token: uuid.UUID, now: dt.datetime
) -> int:
    """Give back messages this sender claimed but did not start (it was stopped)."""
    if not message_ids:
        return 0
    result = session.execute(
        update(T)
        .where(
            T.c.id.in_(list(message_ids)),
            T.c.claim_token == token,
            T.c.status == MessageStatus.SENDING,
            T.c.handed_over_at.is_(None),
        )
        .values(
            status=MessageStatus.QUEUED,
            claim_token=None,
            claimed_at=None,
            attempts=T.c.attempts - 1,
            updated_at=now,
            version=T.c.version + 1,
        )
    )
    return _matched(result)


def release_abandoned(session: Session, *, sender: str, now: dt.datetime) -> int:
    """Put this sender's claims that never reached the server back in the queue
    (left by a copy of the app that stopped; safe, see the module's note)."""
    result = session.execute(
        update(M)
        .where(
            M.sender == sender,
            M.status == MessageStatus.SENDING,
            M.handed_over_at.is_(None),
        )
        .values(
            status=MessageStatus.QUEUED,
            claim_token=None,
            claimed_at=None,
            updated_at=now,
            version=M.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    return _matched(result)


def change_status(
    session: Session,
    ids: Collection[uuid.UUID],
    *,
    from_statuses: Collection[MessageStatus],
    now: dt.datetime,
    **values: Any,
) -> int:
    if not ids:
        return 0
    result = session.execute(
        update(M)
        .where(M.id.in_(list(ids)), M.status.in_(list(from_statuses)))
        .values(updated_at=now, version=M.version + 1, **values)
        .execution_options(synchronize_session=False)
    )
    return _matched(result)


def cancel_batch(session: Session, batch_id: uuid.UUID, *, now: dt.datetime) -> int:
    """Cancel what is not yet with a server: queued messages, and claimed ones not yet
    handed over (their sender finds its claim gone and drops them)."""
    result = session.execute(
        update(T)
        .where(
            T.c.batch_id == batch_id,
            or_(
                T.c.status == MessageStatus.QUEUED,
                and_(T.c.status == MessageStatus.SENDING, T.c.handed_over_at.is_(None)),
            ),
        )
        .values(
            status=MessageStatus.CANCELLED,
            claim_token=None,
            claimed_at=None,
            updated_at=now,
            version=T.c.version + 1,
        )
    )
    return _matched(result)


def change_batch_status(
    session: Session,
    batch_id: uuid.UUID,
    *,
    from_statuses: Collection[MessageStatus],
    now: dt.datetime,
    **values: Any,
) -> int:
    result = session.execute(
        update(M)
        .where(M.batch_id == batch_id, M.status.in_(list(from_statuses)))
        .values(updated_at=now, version=M.version + 1, **values)
        .execution_options(synchronize_session=False)
    )
    return _matched(result)


def pending_count(session: Session, *, sender: str, channel: Channel = Channel.EMAIL) -> int:
    stmt = (
        select(func.count())
        .select_from(M)
        .where(
            M.channel == channel,
            M.sender == sender,
            M.status.in_([MessageStatus.QUEUED, MessageStatus.SENDING]),
        )
    )
    return int(session.execute(stmt).scalar_one())


def batch_counts(
    session: Session, batch_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, dict[MessageStatus, int]]:
    out: dict[uuid.UUID, dict[MessageStatus, int]] = {b: {} for b in batch_ids}
    if not batch_ids:
        return out
    rows = session.execute(
        select(M.batch_id, M.status, func.count())
        .where(M.batch_id.in_(list(batch_ids)))
        .group_by(M.batch_id, M.status)
    )
    for batch_id, status, n in rows:
        out[batch_id][MessageStatus(status)] = int(n)
    return out


def recent_batches(session: Session, *, limit: int) -> Sequence[tuple[OutboxBatch, str | None]]:
    """The newest batches, each with the name of the user who queued it (None: nobody's)."""
    stmt = (
        select(OutboxBatch, User.name.label("user_name"))
        .outerjoin(User, User.id == OutboxBatch.user_id)
        .order_by(OutboxBatch.created_at.desc(), OutboxBatch.id.desc())
        .limit(limit)
    )
    return session.execute(stmt).all()


def messages(
    session: Session,
    *,
    batch_id: uuid.UUID | None,
    statuses: Collection[MessageStatus],
    limit: int,
    offset: int = 0,
) -> Sequence[tuple[OutboxMessage, int]]:
    """Messages, each with its lead's number."""
    stmt = select(M, Lead.number.label("lead_number")).join(Lead, Lead.id == M.lead_id)
    if batch_id is not None:
        stmt = stmt.where(M.batch_id == batch_id)
    if statuses:
        stmt = stmt.where(M.status.in_(list(statuses)))
    stmt = stmt.order_by(M.created_at, M.id).offset(offset).limit(limit)
    return session.execute(stmt).all()


def count_messages(
    session: Session, *, batch_id: uuid.UUID | None, statuses: Collection[MessageStatus]
) -> int:
    stmt = select(func.count()).select_from(M)
    if batch_id is not None:
        stmt = stmt.where(M.batch_id == batch_id)
    if statuses:
        stmt = stmt.where(M.status.in_(list(statuses)))
    return int(session.execute(stmt).scalar_one())


def next_manual(
    session: Session, *, batch_id: uuid.UUID | None, user_id: uuid.UUID | None
) -> OutboxMessage | None:
    """The oldest WhatsApp or SMS message waiting for a rep to send it."""
    stmt = select(M).where(
        M.channel.in_([Channel.WHATSAPP, Channel.SMS]), M.status == MessageStatus.QUEUED
    )
    if batch_id is not None:
        stmt = stmt.where(M.batch_id == batch_id)
    if user_id is not None:
        stmt = stmt.where(M.user_id == user_id)
    return session.scalars(stmt.order_by(M.created_at, M.id).limit(1)).first()


REPLY_KINDS = (ActivityKind.EMAIL, ActivityKind.WHATSAPP, ActivityKind.SMS, ActivityKind.CALL)
WON_STAGES = (Stage.QUALIFIED, Stage.CUSTOMER)


def variant_outcomes(
    session: Session,
    template_id: uuid.UUID,
    *,
    now: dt.datetime,
) -> Sequence[Row[Any]]:
    """Per variant: messages sent, how many got a reply, how many went to a lead that
    later reached Qualified or Customer, and how many have their reply window closed.

    A reply is an inbound message or call logged on the lead's timeline after the
    message and no later than its ``reply_by`` (set when it was sent).
    """
    reply = aliased(Activity)
    moved = aliased(Activity)
    replied = exists().where(
        reply.lead_id == M.lead_id,
        reply.kind.in_(list(REPLY_KINDS)),
        reply.direction == Direction.INBOUND,
        reply.occurred_at > M.sent_at,
        reply.occurred_at <= M.reply_by,
    )
    converted = exists().where(
        moved.lead_id == M.lead_id,
        moved.kind == ActivityKind.STAGE_CHANGE,
        moved.occurred_at > M.sent_at,
        moved.details["to"].as_string().in_([s.value for s in WON_STAGES]),
    )
    ripe: ColumnElement[bool] = M.reply_by <= now  # its reply window has closed
    stmt = (
        select(
            M.variant_label,
            func.count().label("sent"),
            func.sum(case((replied, 1), else_=0)).label("replied"),
            func.sum(case((converted, 1), else_=0)).label("converted"),
            func.sum(case((ripe, 1), else_=0)).label("closed_windows"),
        )
        .where(M.template_id == template_id, M.status == MessageStatus.SENT)
        .group_by(M.variant_label)
        .order_by(M.variant_label)
    )
    return session.execute(stmt).all()
