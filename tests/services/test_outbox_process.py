"""A real crash: the sending process is killed mid-batch, and a new one finishes the
batch with every message delivered exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from leaddesk.config.settings import Settings
from leaddesk.domain.outbox import MessageStatus
from leaddesk.services.workspace import Workspace
from tests.services.messaging_support import SENDER, default_template, ids, leads, rep
from tests.support.smtp_server import SmtpServer

ROOT = Path(__file__).resolve().parents[2]


def _send(db_url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "leaddesk", "outbox", "send", "--db", db_url],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_killed_mid_batch_then_restarted_delivers_each_message_once(
    ws: Workspace, db_url: str, smtp_server: SmtpServer
) -> None:
    me = rep(ws)
    batch = leads(ws, 6, user=me)
    ws.messaging.queue(
        ids(batch), default_template(ws, "introduction/email/en").id, user_id=me.id, sender=SENDER
    )
    Settings(
        smtp_host="127.0.0.1",
        smtp_port=smtp_server.port,
        smtp_security="none",
        sender_email=SENDER.address,
        sender_name=SENDER.name,
    ).save()
    stuck, released = threading.Event(), threading.Event()

    def hold_fourth(n: int, moment: str, _server: object) -> None:
        if n == 4 and moment == "rcpt" and not released.is_set():
            stuck.set()
            released.wait(30)  # the client waits for our answer until it is killed

    smtp_server.inbox.on = hold_fourth
    first = _send(db_url)
    try:
        assert stuck.wait(60), first.communicate(timeout=5)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        released.set()
    assert first.returncode == -signal.SIGKILL
    assert len(smtp_server.inbox.received) == 3
    counts = {s: ws.outbox.count(statuses=[s]) for s in MessageStatus}
    claimed = counts[MessageStatus.SENDING]  # the one in hand and the rest of its claim
    assert counts[MessageStatus.SENT] == 3 and claimed >= 1
    assert claimed + counts[MessageStatus.QUEUED] == 3

    second = _send(db_url)
    out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err
    assert f"{claimed} message(s) left mid-send" in out and "3 sent, 0 failed" in out
    addresses = [lead.email or "" for lead in batch]
    assert sorted(r.rcpt_tos[0] for r in smtp_server.inbox.received) == sorted(addresses)
    assert ws.outbox.count(statuses=[MessageStatus.SENT]) == 6
