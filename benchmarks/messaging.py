"""Suite `messaging`: render and queue 1,000 personalised emails, then send them to a
real SMTP server (aiosmtpd, in this process) and count messages per second."""

from __future__ import annotations

import statistics
import sys
import time
from typing import Any

from leaddesk.demo import populate
from leaddesk.domain.mime import Mailbox
from leaddesk.services.lead_table import TableQuery
from leaddesk.services.smtp import SmtpAccount, SmtpTransport
from leaddesk.services.workspace import open_workspace
from tests.support.smtp_server import SmtpServer

BATCH = 1000
SENDER = Mailbox("Maria Nowak", "maria@example.com")


def run(url: str, leads: int) -> dict[str, Any]:
    ws = open_workspace(url)
    try:
        print(f"seeding {leads} leads into {ws.title}…", file=sys.stderr)
        populate(ws, leads, seed=1, replace=True)
        me = ws.users.list()[0]
        template = next(t for t in ws.templates.list() if t.origin == "introduction/email/en")
        ids = ws.table.ids(TableQuery())
        with_email: list[Any] = []
        for rows in ws.table.rows(ids):
            with_email += [r.id for r in rows if r.email]
            if len(with_email) >= BATCH * 3:
                break
        batches = [with_email[i * BATCH : (i + 1) * BATCH] for i in range(3)]

        queue_times = []
        for chosen in batches:
            t = time.perf_counter()
            result = ws.messaging.queue(
                chosen, template.id, user_id=me.id, sender=SENDER, match_language=True
            ).value
            queue_times.append(time.perf_counter() - t)
            assert result.queued == BATCH, result.queued
            print(f"  queued {result.queued} in {queue_times[-1]:.3f} s", file=sys.stderr)
        last_batch = result.batch_id

        with SmtpServer() as server:
            account = SmtpAccount(
                "127.0.0.1", server.port, "none", None, None, SENDER.address, SENDER.name
            )
            stamps: list[float] = []
            with SmtpTransport(account) as transport:
                t = time.perf_counter()
                report = ws.outbox.send_all(
                    transport,
                    batch_id=last_batch,
                    progress=lambda _o: stamps.append(time.perf_counter()),
                )
                send_s = time.perf_counter() - t
            assert report.sent == BATCH and len(server.inbox.received) == BATCH, report
        gaps = [(b - a) * 1000 for a, b in zip([t, *stamps], stamps, strict=False)]
        print(f"  sent {report.sent} in {send_s:.2f} s", file=sys.stderr)
        return {
            "backend": ws.backend,
            "leads": leads,
            "queue_1000_s": round(statistics.median(queue_times), 3),
            "queue_1000_first_s": round(queue_times[0], 3),
            "send_per_s": round(BATCH / send_s, 1),
            "send_p50_ms": round(statistics.median(gaps), 2),
            "send_p95_ms": round(sorted(gaps)[int(0.95 * (len(gaps) - 1))], 2),
        }
    finally:
        ws.close()
