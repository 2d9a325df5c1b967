"""Web form submissions on every backend: a new lead, a repeat added to the lead it
already is, refusals that store nothing, and identical submissions at the same moment
making one lead."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.web_forms import snippet
from leaddesk.errors import NotFound, NotPermitted, ValidationError
from leaddesk.services.web_forms import WebFormRecord
from leaddesk.services.workspace import Workspace, open_workspace
from leaddesk.store.models import Activity, Campaign, Lead
from leaddesk.store.session import transaction

FIELDS = ["first_name", "last_name", "email", "phone", "company", "notes"]
AT = dt.datetime(2026, 3, 2, 10, 30, tzinfo=dt.UTC)


def _campaign(ws: Workspace) -> Campaign:
    with transaction(ws.ctx.db) as s:
        campaign = Campaign(name="Spring fair", cost=0, currency="PLN")
        s.add(campaign)
        s.flush()
        return campaign


def _form(ws: Workspace, **kw: object) -> WebFormRecord:
    return ws.web_forms.create("Contact us", FIELDS, **kw)  # type: ignore[arg-type]


def _counts(ws: Workspace) -> tuple[int, int]:
    """Leads, and web form entries on timelines."""
    with transaction(ws.ctx.db, write=False) as s:
        leads = s.scalar(select(func.count()).select_from(Lead))
        entries = [
            a.details
            for a in s.scalars(select(Activity).where(Activity.kind == ActivityKind.SYSTEM))
            if a.details.get("event") == "web_form"
        ]
    return int(leads or 0), len(entries)


def test_a_submission_makes_a_lead_with_the_forms_source_and_campaign(ws: Workspace) -> None:
    campaign = _campaign(ws)
    form = _form(ws, source="web_form", campaign_id=campaign.id)
    result = ws.capture.submit(
        form.key,
        form.token,
        {
            "first_name": " Anna ",
            "last_name": "Kowalska",
            "email": "Anna@Acme.PL",
            "phone": "601 234 567",
            "notes": "<script>alert(1)</script> call me",
            "stage": "customer",  # not the form's: ignored, kept in the raw record
            "score": "100",
        },
        page="https://acme.example/contact",
        remote="203.0.113.9",
        received_at=AT,
    )
    assert result.created and result.number == "L-000001"
    assert result.lead_id in result.changes.leads and result.lead_id in result.changes.timelines
    lead = ws.leads.get(result.lead_id)
    assert (lead.first_name, lead.email, lead.phone) == ("Anna", "anna@acme.pl", "+48601234567")
    assert lead.source == "web_form" and lead.campaign_id == campaign.id
    assert lead.stage.value == "open" and lead.score == 0
    assert lead.notes == "<script>alert(1)</script> call me"  # plain text, as typed
    assert ws.leads.search("kowalska")[0].id == lead.id  # the search text is written
    entries = ws.activities.timeline(lead.id)
    web = [e for e in entries if e.details.get("event") == "web_form"]
    assert len(web) == 1 and web[0].occurred_at == AT
    assert web[0].details["form"] == form.key and web[0].details["created"] is True
    assert web[0].details["page"] == "https://acme.example/contact"
    assert web[0].details["fields"]["stage"] == "customer"
    assert "created" in {e.details.get("event") for e in entries}


def test_a_repeat_is_added_to_the_lead_and_fills_only_empty_fields(ws: Workspace) -> None:
    form = _form(ws)
    first = ws.capture.submit(
        form.key, form.token, {"first_name": "Anna", "email": "anna@acme.pl", "company": "Acme"}
    )
    again = ws.capture.submit(
        form.key,
        form.token,
        {
            "first_name": "Annie",
            "email": "ANNA@acme.pl",
            "company": "Other Co",
            "phone": "+48 601 234 567",
        },
    )
    assert not again.created and again.lead_id == first.lead_id and again.filled == ("phone",)
    lead = ws.leads.get(first.lead_id)
    assert (lead.first_name, lead.company, lead.phone) == ("Anna", "Acme", "+48601234567")
    # by the phone alone (another address): still the same person
    third = ws.capture.submit(
        form.key, form.token, {"first_name": "A", "email": "a@b.pl", "phone": "601234567"}
    )
    assert third.lead_id == first.lead_id and not third.created
    assert _counts(ws) == (1, 3)


def test_invalid_fields_are_named_and_nothing_is_stored(ws: Workspace) -> None:
    form = _form(ws)
    with pytest.raises(ValidationError) as caught:
        ws.capture.submit(
            form.key,
            form.token,
            {"first_name": "Anna\x00", "email": "anna@", "phone": "12", "company": "x" * 201},
        )
    assert caught.value.fields() == {"first_name", "email", "phone", "company"}
    with pytest.raises(ValidationError) as caught:
        ws.capture.submit(form.key, form.token, {"email": "anna@acme.pl"})
    assert {i.code for i in caught.value.issues} == {"name_required"}
    assert _counts(ws) == (0, 0)


def test_wrong_token_unknown_and_retired_forms_are_refused(ws: Workspace) -> None:
    form = _form(ws)
    good = {"first_name": "Anna", "email": "anna@acme.pl"}
    with pytest.raises(NotPermitted) as wrong:
        ws.capture.submit(form.key, form.token[:-1] + "x", good)
    assert wrong.value.code == "web_form_token"
    with pytest.raises(NotPermitted):
        ws.capture.submit(form.key, None, good)
    with pytest.raises(NotFound) as unknown:
        ws.capture.submit("no-such-form", form.token, good)
    assert unknown.value.code == "web_form_unknown"
    renewed = ws.web_forms.new_token(form.id)
    with pytest.raises(NotPermitted):
        ws.capture.submit(form.key, form.token, good)  # the old secret no longer works
    ws.web_forms.retire(form.id)
    with pytest.raises(NotFound) as retired:
        ws.capture.submit(form.key, renewed.token, good)
    assert retired.value.code == "web_form_retired"
    assert _counts(ws) == (0, 0)


def test_forms_get_unique_keys_and_a_snippet(ws: Workspace) -> None:
    one = ws.web_forms.create("Contact us!", ["first_name", "email"])
    two = ws.web_forms.create("Contact — us", ["last_name", "phone"])
    assert (one.key, two.key) == ("contact-us", "contact-us-2")
    assert one.token != two.token and len(one.token) >= 40
    html = ws.web_forms.snippet(one.id, "https://leads.example/")
    assert 'action="https://leads.example/f/contact-us"' in html
    assert f'name="_token" value="{one.token}"' in html
    assert 'type="email"' in html and 'name="homepage"' in html
    assert 'type="hidden" name="homepage"' not in html
    assert 'type="tel"' in ws.web_forms.snippet(two.id, "http://x")
    hostile = snippet('a"><script>', "t<", ["first_name"], "http://x")
    assert "<script>" not in hostile and "&quot;&gt;&lt;script&gt;" in hostile
    with pytest.raises(ValidationError) as caught:
        ws.web_forms.create("", ["company", "stage"], redirect_url="javascript:alert(1)")
    assert {i.code for i in caught.value.issues} == {
        "web_form_name_required",
        "web_form_field_unknown",
        "web_form_needs_name",
        "web_form_needs_contact",
        "url_invalid",
    }
    edited = ws.web_forms.update(
        one.id,
        name="Contact",
        fields=["email", "first_name", "notes"],
        source=None,
        campaign_id=None,
        redirect_url="https://acme.example/thanks",
    )
    assert edited.key == one.key and edited.token == one.token
    assert edited.fields == ("first_name", "email", "notes")
    assert [f.key for f in ws.web_forms.list()] == ["contact-us", "contact-us-2"]


def test_identical_submissions_at_the_same_moment_make_one_lead(db_url: str) -> None:
    """Real separate connections (one workspace per thread), released together."""
    setup = open_workspace(db_url, default_region="PL")
    form = _form(setup)
    threads_n = 8
    barrier = threading.Barrier(threads_n)
    results: list[object] = []
    spaces = [open_workspace(db_url, default_region="PL") for _ in range(threads_n)]

    def post(ws: Workspace) -> None:
        barrier.wait()
        try:
            results.append(
                ws.capture.submit(
                    form.key,
                    form.token,
                    {"first_name": "Ola", "email": "ola@example.com", "phone": "601 000 111"},
                )
            )
        except Exception as exc:  # counted below: every submission must go through
            results.append(exc)

    threads = [threading.Thread(target=post, args=(w,)) for w in spaces]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    try:
        assert all(not isinstance(r, Exception) for r in results), results
        created = [r for r in results if getattr(r, "created", False)]
        assert len(results) == threads_n and len(created) == 1
        assert _counts(setup) == (1, threads_n)
    finally:
        for w in spaces:
            w.close()
        setup.close()


def test_a_form_that_counts_as_an_action_scores_each_submission(ws: Workspace) -> None:
    form = ws.web_forms.create("Quote request", FIELDS, event_tag="Quote request")
    assert form.event_tag == "quote_request"
    first = ws.capture.submit(form.key, form.token, {"first_name": "Ola", "email": "ola@x.pl"})
    assert ws.leads.get(first.lead_id).score == 50  # the handbook's quote request
    assert first.lead_id in first.changes.leads
    webinar = ws.web_forms.update(
        form.id, name="Webinar", fields=FIELDS, source=form.source, campaign_id=None,
        redirect_url=None, event_tag="webinar",
    )  # fmt: skip
    ws.capture.submit(webinar.key, webinar.token, {"first_name": "Ola", "email": "ola@x.pl"})
    assert ws.leads.get(first.lead_id).score == 70  # the same lead: quote and webinar
    events = [a.tag for a in ws.activities.timeline(first.lead_id) if a.kind is ActivityKind.EVENT]
    assert events == ["webinar", "quote_request"]
