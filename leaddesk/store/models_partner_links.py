"""The settings of partners' reply links (migration 0021): one row with the secret
that signs each link, the address the links point to, and the address the notices
are sent from.

The secret lives in the database, not in one user's preferences: the app that
pushes a lead and ``leaddesk capture serve`` that checks the answer may run on two
machines, and both must sign and check alike.
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from leaddesk.store.models import Base

LINKS_ID = 1  # the one row
# the variant label of a partner notice in the outbox: a message about the lead to
# somebody else, so the lead's do-not-contact marks do not hold it back, and sending
# it is not a contact with the lead (nor its first response)
NOTICE_LABEL = "partner"


class PartnerLinks(Base):
    __tablename__ = "partner_links"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    secret: Mapped[str] = mapped_column(String(64))  # hex, 32 random bytes
    # where partners reach ``leaddesk capture serve``; None: they answer by reply
    base_url: Mapped[str | None] = mapped_column(String(300))
    sender: Mapped[str | None] = mapped_column(String(254))  # the From of the notices
    sender_name: Mapped[str | None] = mapped_column(String(160))
