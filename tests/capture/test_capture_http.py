"""The real ``leaddesk capture serve`` process, posted to over HTTP: every answer it
gives, and afterwards exactly what the database holds."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from leaddesk.domain.activities import ActivityKind
from leaddesk.services.web_forms import WebFormRecord
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.store import schema
from leaddesk.store.engine import open_database
from leaddesk.store.models import Activity, Lead
from leaddesk.store.session import transaction
from tests.support.capture_server import CaptureProcess

FIELDS = ["first_name", "last_name", "email", "phone", "notes"]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("capture")


@pytest.fixture(scope="module")
def url(home: Path) -> str:
    url = f"sqlite:///{home / 'capture.sqlite'}"
    db = open_database(url)
    schema.upgrade(db)
    db.dispose()
    return url


@pytest.fixture(scope="module")
def space(url: str) -> Iterator[Workspace]:
    ws = open_workspace(url, default_region="PL")
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def server(url: str, home: Path, space: Workspace) -> Iterator[CaptureProcess]:
    with CaptureProcess(url, home, "--rate-limit", "1000") as proc:
        yield proc


def _form(ws: Workspace, **kw: str) -> WebFormRecord:
    return ws.web_forms.create(f"Form {uuid.uuid4().hex[:6]}", FIELDS, **kw)  # type: ignore[arg-type]


def stored(ws: Workspace, key: str) -> tuple[set[int], int]:
    """The numbers of the leads this form's submissions went to, and how many of its
    submissions are on timelines."""
    with transaction(ws.ctx.db, write=False) as s:
        rows = s.execute(
            select(Activity.details, Lead.number)
            .join(Lead, Lead.id == Activity.lead_id)
            .where(Activity.kind == ActivityKind.SYSTEM)
        ).all()
    mine = [r for r in rows if r.details.get("event") == "web_form" and r.details["form"] == key]
    return {r.number for r in mine}, len(mine)


def test_health(server: CaptureProcess) -> None:
    answer = server.request("GET", "/health")
    assert answer.status == 200 and answer.json() == {"status": "ok"}


def test_json_form_and_multipart_posts_make_and_find_leads(
    server: CaptureProcess, space: Workspace
) -> None:
    form = _form(space)
    first = server.post_json(
        form.key,
        {"first_name": "Anna", "email": "anna.http@acme.pl", "_token": form.token},
    )
    assert first.status == 201, first.body
    body = first.json()
    assert body["created"] is True and body["lead"].startswith("L-")
    # the same person again, as a browser posts a form: the thank-you page, no new lead
    again = server.post_form(
        form.key, {"first_name": "Anna", "email": "ANNA.http@acme.pl", "_token": form.token}
    )
    assert again.status == 200 and b"Thank you" in again.body
    assert again.headers["content-type"].startswith("text/html")
    # multipart, the secret in the header, and a new person
    boundary = "----leaddesk" + uuid.uuid4().hex
    parts = [("first_name", "Jan"), ("phone", "+48 601 222 333"), ("notes", "zażółć")]
    multipart = (
        "".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{n}"\r\n\r\n{v}\r\n'
            for n, v in parts
        )
        + f"--{boundary}--\r\n"
    )
    third = server.request(
        "POST",
        f"/f/{form.key}",
        multipart.encode(),
        {
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "X-LeadDesk-Token": form.token,
            "Accept": "application/json",
        },
    )
    assert third.status == 201, third.body
    assert third.json()["created"] is True
    numbers, entries = stored(space, form.key)
    assert len(numbers) == 2 and entries == 3
    assert f"L-{min(numbers):06d}" == body["lead"]
    jan = space.leads.by_number(third.json()["lead"])
    assert (jan.first_name, jan.phone, jan.notes) == ("Jan", "+48601222333", "zażółć")
    assert jan.source == "web_form"


def test_a_browser_post_is_sent_on_to_the_forms_page(
    server: CaptureProcess, space: Workspace
) -> None:
    form = _form(space, redirect_url="https://acme.example/thanks?from=form")
    answer = server.post_form(
        form.key,
        {"last_name": "Nowak", "email": "nowak@acme.pl", "_token": form.token},
        Referer="https://acme.example/contact",
    )
    assert answer.status == 303
    assert answer.headers["location"] == "https://acme.example/thanks?from=form"
    lead = space.leads.search("nowak")[0]
    entry = next(
        e for e in space.activities.timeline(lead.id) if e.details.get("event") == "web_form"
    )
    assert entry.details["page"] == "https://acme.example/contact"
    assert "_token" not in entry.details["fields"]


def test_refusals_store_nothing(server: CaptureProcess, space: Workspace) -> None:
    form = _form(space)
    good = {"first_name": "Eve", "email": "eve@acme.pl"}
    assert server.post_form(form.key, good).status == 403  # no token
    assert server.post_form(form.key, {**good, "_token": "x" + form.token}).status == 403
    assert server.post_json("no-such-form", {**good, "_token": form.token}).status == 404
    assert server.post_json("../../etc", {**good, "_token": form.token}).status == 404
    assert server.request("GET", f"/f/{form.key}").status == 405
    assert server.request("PUT", f"/f/{form.key}", b"{}").status == 405
    plain = server.request(
        "POST", f"/f/{form.key}", b"first_name=Eve", {"Content-Type": "text/plain"}
    )
    assert plain.status == 415
    bot = server.post_form(form.key, {**good, "_token": form.token, "homepage": "http://spam"})
    assert bot.status == 400
    not_utf8 = server.request(
        "POST",
        f"/f/{form.key}",
        b"first_name=%FF%FEEve&email=eve%40acme.pl&_token=" + form.token.encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert not_utf8.status == 400
    raw_bytes = server.request(
        "POST",
        f"/f/{form.key}",
        b'{"first_name": "\xff\xfe", "_token": "' + form.token.encode() + b'"}',
        {"Content-Type": "application/json"},
    )
    assert raw_bytes.status == 400
    assert server.post_json(form.key, ["not", "an", "object"]).status == 400  # type: ignore[arg-type]
    big = {**good, "_token": form.token, "notes": "x" * (65 * 1024)}
    assert server.post_form(form.key, big).status == 413  # by its Content-Length
    streamed = server.request(
        "POST",
        f"/f/{form.key}",
        json.dumps(big).encode(),
        {"Content-Type": "application/json"},
        chunked=True,  # no Content-Length: counted as it arrives
    )
    assert streamed.status == 413
    space.web_forms.retire(form.id)
    assert server.post_json(form.key, {**good, "_token": form.token}).status == 404
    assert stored(space, form.key) == (set(), 0)
    assert space.leads.search("eve") == []
    log = server.stderr()
    for line in ("403 POST", "404 POST", "405 GET", "415 POST", "400 POST", "413 POST"):
        assert line in log
    assert "honeypot" in log


def test_invalid_fields_are_named_per_field(server: CaptureProcess, space: Workspace) -> None:
    form = _form(space)
    answer = server.post_json(
        form.key,
        {
            "first_name": "Mal\u0007lory",
            "email": "mallory@",
            "phone": "12",
            "notes": "<b>fine</b>",
            "_token": form.token,
        },
    )
    assert answer.status == 422
    fields = answer.json()["fields"]
    assert set(fields) == {"first_name", "email", "phone"}
    assert fields["first_name"][0]["code"] == "control_character"
    page = server.post_form(
        form.key,
        {"first_name": "<script>alert(1)</script>", "email": "x@", "_token": form.token},
    )
    assert page.status == 422 and page.headers["content-type"].startswith("text/html")
    assert b"<script>" not in page.body and b"email" in page.body
    assert stored(space, form.key) == (set(), 0)


def test_hostile_text_is_kept_as_plain_text(server: CaptureProcess, space: Workspace) -> None:
    form = _form(space)
    answer = server.post_json(
        form.key,
        {
            "first_name": "<img src=x onerror=alert(1)>",
            "email": "hostile@acme.pl",
            "notes": "<script>alert('x')</script>\nline two",
            "extra\u0000field": "\u0000\u001b[31mred",  # not the form's: kept, cleaned
            "_token": form.token,
        },
    )
    assert answer.status == 201, answer.body
    lead = space.leads.by_number(answer.json()["lead"])
    assert lead.first_name == "<img src=x onerror=alert(1)>"
    assert lead.notes == "<script>alert('x')</script>\nline two"
    entry = next(
        e for e in space.activities.timeline(lead.id) if e.details.get("event") == "web_form"
    )
    assert entry.details["fields"]["extrafield"] == "[31mred"


def test_cors_for_pages_posting_json(server: CaptureProcess, space: Workspace) -> None:
    form = _form(space)
    pre = server.request(
        "OPTIONS",
        f"/f/{form.key}",
        headers={
            "Origin": "https://acme.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type,x-leaddesk-token",
        },
    )
    assert pre.status == 204
    assert pre.headers["access-control-allow-origin"] == "*"
    assert "POST" in pre.headers["access-control-allow-methods"]
    assert "X-LeadDesk-Token" in pre.headers["access-control-allow-headers"]
    posted = server.post_json(
        form.key,
        {"first_name": "Cors", "email": "cors@acme.pl"},
        Origin="https://acme.example",
        **{"X-LeadDesk-Token": form.token},
    )
    assert posted.status == 201 and posted.headers["access-control-allow-origin"] == "*"


def test_keep_alive_connection_takes_many_submissions(
    server: CaptureProcess, space: Workspace
) -> None:
    form = _form(space)
    conn = server.connection()
    try:
        for i in range(20):
            body = json.dumps(
                {"first_name": f"K{i}", "email": f"k{i % 10}@keep.pl", "_token": form.token}
            ).encode()
            answer = server.request(
                "POST", f"/f/{form.key}", body, {"Content-Type": "application/json"}, conn=conn
            )
            assert answer.status == 201
    finally:
        conn.close()
    numbers, entries = stored(space, form.key)
    assert len(numbers) == 10 and entries == 20


def test_the_rate_limit_answers_429_with_retry_after(
    url: str, home: Path, space: Workspace
) -> None:
    form = _form(space)
    with CaptureProcess(url, home, "--rate-limit", "3", "--rate-window", "600") as limited:
        answers = [
            limited.post_json(
                form.key, {"first_name": "R", "email": f"r{i}@rate.pl", "_token": form.token}
            )
            for i in range(5)
        ]
        assert [a.status for a in answers] == [201, 201, 201, 429, 429]
        assert 0 < int(answers[3].headers["retry-after"]) <= 600
        other = _form(space)  # the limit is per form and address
        ok = limited.post_json(
            other.key, {"first_name": "R", "email": "r@other.pl", "_token": other.token}
        )
        assert ok.status == 201
        assert "429 POST" in limited.stderr()
        assert limited.stop() == 0  # SIGTERM: a clean stop
    assert stored(space, form.key)[1] == 3
