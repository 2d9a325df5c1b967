"""Identical submissions posted at the same moment to the real service on a database
server: one lead, every submission on its timeline."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from leaddesk.services.workspace import open_workspace
from tests.support.capture_server import Answer, CaptureProcess


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_simultaneous_identical_posts_make_one_lead(db_url: str, tmp_path: Path) -> None:
    ws = open_workspace(db_url, default_region="PL")
    try:
        form = ws.web_forms.create("Race", ["first_name", "email", "phone"])
        body = json.dumps(
            {
                "first_name": "Zoe",
                "email": "zoe@race.pl",
                "phone": "+48 601 999 888",
                "_token": form.token,
            }
        ).encode()
        n = 10
        with CaptureProcess(db_url, tmp_path, "--rate-limit", "1000") as server:
            conns = [server.connection() for _ in range(n)]
            for c in conns:
                c.connect()  # connected before the start, so the posts leave together
            barrier = threading.Barrier(n)
            answers: list[Answer] = []

            def post(i: int) -> None:
                barrier.wait()
                answers.append(
                    server.request(
                        "POST",
                        f"/f/{form.key}",
                        body,
                        {"Content-Type": "application/json"},
                        conn=conns[i],
                    )
                )

            threads = [threading.Thread(target=post, args=(i,)) for i in range(n)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            for c in conns:
                c.close()
            assert [a.status for a in answers] == [201] * n, [a.body for a in answers]
            assert sum(a.json()["created"] for a in answers) == 1
            assert len({a.json()["lead"] for a in answers}) == 1
            assert server.request("GET", "/nowhere").status == 404
            assert "404 GET /nowhere" in server.stderr()
        (card,) = ws.leads.search("zoe")
        entries = [
            e for e in ws.activities.timeline(card.id) if e.details.get("event") == "web_form"
        ]
        assert len(entries) == n
    finally:
        ws.close()
