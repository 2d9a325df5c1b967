"""Templates: saved whole with their variants, checked before saving, the defaults
installed once, and the variant report against a hand-computed example."""

from __future__ import annotations

import datetime as dt
import itertools
import math

import pytest

from leaddesk.domain.activities import ActivityKind, Channel, Direction
from leaddesk.domain.stages import Stage
from leaddesk.domain.templates import TemplateProblems
from leaddesk.errors import ConflictError, ValidationError
from leaddesk.services.message_records import TemplateDraft, VariantDraft
from leaddesk.services.workspace import Workspace, open_workspace
from tests.services.messaging_support import default_template, ids, leads, rep


def draft(*variants: VariantDraft, channel: Channel = Channel.EMAIL) -> TemplateDraft:
    return TemplateDraft("Follow-up", channel, "en", "meeting_request", variants)


def test_defaults_are_installed_once_in_every_language(ws: Workspace, db_url: str) -> None:
    found = ws.templates.list()
    assert len(found) == 36
    assert {(t.channel, t.language) for t in found} == {
        (c, lang) for c in Channel for lang in ("en", "ar", "pl")
    }
    assert {t.category for t in found} == {
        "introduction",
        "meeting_request",
        "thank_you",
        "product_launch",
    }
    assert all(t.variants and t.variants[0].label == "A" for t in found)
    again = open_workspace(db_url)  # opening again adds nothing
    try:
        assert len(again.templates.list()) == 36
        assert again.templates.install_defaults() == 0
    finally:
        again.close()


def test_save_checks_every_variant_and_names_line_and_column(ws: Workspace) -> None:
    with pytest.raises(TemplateProblems) as info:
        ws.templates.save(
            draft(
                VariantDraft("A", "Hi {{ lead.first_name }}", "Meet?"),
                VariantDraft("B", "Hi\n{{ lead.frist_name }}", "Meet {{ lead.company }"),
            )
        )
    texts = [str(p) for p in info.value.problems]
    assert "variant B, subject, line 1, column 22: Unexpected '}'." in texts
    assert any(
        t.startswith("variant B, body, line 2, column 4: Unknown placeholder") for t in texts
    )
    assert "Template 'Follow-up'" in info.value.message
    with pytest.raises(ValidationError) as missing:
        ws.templates.save(draft(VariantDraft("A", " ", None)))
    assert {i.code for i in missing.value.issues} == {"body_required", "subject_required"}
    assert len(ws.templates.list()) == 36  # nothing saved


def test_variants_are_replaced_as_a_whole_and_removed_ones_retire(ws: Workspace) -> None:
    t = ws.templates.save(
        draft(VariantDraft("A", "Body A", "Subject A"), VariantDraft("B", "Body B", "Subject B"))
    ).value
    assert [v.label for v in t.variants] == ["A", "B"] and t.version == 1
    edited = ws.templates.save(
        draft(VariantDraft("A", "Body A2", "Subject A"), VariantDraft("C", "Body C", "S C")),
        template_id=t.id,
        expected_version=t.version,
    ).value
    assert [v.label for v in edited.variants] == ["A", "C"]
    assert edited.variant("A").body == "Body A2" and edited.version == 2
    with pytest.raises(ConflictError):  # somebody saved meanwhile
        ws.templates.save(draft(VariantDraft("A", "x", "y")), template_id=t.id, expected_version=1)
    back = ws.templates.save(
        draft(VariantDraft("A", "Body A2", "Subject A"), VariantDraft("B", "Body B again", "S")),
        template_id=t.id,
    ).value
    assert [v.label for v in back.variants] == ["A", "B"]
    assert back.variant("B").body == "Body B again"  # the retired B came back, same row


def test_whatsapp_and_sms_templates_keep_no_subject_or_html(ws: Workspace) -> None:
    t = ws.templates.save(
        draft(
            VariantDraft("A", "Hi {{ lead.first_name }}", "ignored", "<p>x</p>"),
            channel=Channel.SMS,
        )
    ).value
    assert t.variants[0].subject is None and t.variants[0].html is None


def test_duplicate_and_retire(ws: Workspace) -> None:
    original = default_template(ws, "thank_you/email/pl")
    copy = ws.templates.duplicate(original.id, "Podziękowanie (kopia)").value
    assert copy.origin is None and copy.language == "pl"
    assert copy.variants[0].body == original.variants[0].body
    retired = ws.templates.set_retired(copy.id, True, expected_version=copy.version).value
    assert retired.retired
    assert copy.id not in {t.id for t in ws.templates.list()}
    assert copy.id in {t.id for t in ws.templates.list(include_retired=True)}
    ws.templates.set_retired(copy.id, False)
    assert copy.id in {t.id for t in ws.templates.list()}


def test_context_offers_the_lead_the_user_and_a_product(ws: Workspace) -> None:
    me = rep(ws)
    products = ws.leads.form_choices().products
    lead = ws.leads.create(
        {"first_name": "Zofia", "company": "Kwiaty Sp. z o.o.", "phone": "601 234 567"}
    ).value
    ctx = ws.templates.context(lead.id, user_id=me.id)
    values = ctx.variables()
    assert values["lead"].first_name == "Zofia" and values["lead"].number == lead.number
    assert values["lead"].whatsapp == "+48601234567"  # the phone, when no WhatsApp number
    assert values["user"].name == "Maria Nowak" and ctx.product == ""
    assert products == () or ctx.product in {p.name for p in products} or ctx.product == ""


def test_variant_report_matches_a_hand_computed_example(ws: Workspace) -> None:
    """A: 20 sent, 6 replied, 4 reached Qualified or Customer; B: 20 sent, 12 replied, 5.

    Replies: pooled 18/40 = 0.45, se = sqrt(0.45 * 0.55 * (1/20 + 1/20)) = 0.157321,
    z = (0.30 - 0.60) / 0.157321 = -1.906925, p = erfc(1.906925 / sqrt 2) = 0.05653:
    not significant at 95%. Conversions: 4/20 vs 5/20, pooled 9/40 = 0.225,
    se = sqrt(0.225 * 0.775 * 0.1) = 0.132051, z = -0.05 / 0.132051 = -0.378641, p = 0.70496.
    """
    me = rep(ws)
    template = ws.templates.save(
        TemplateDraft(
            "Intro",
            Channel.WHATSAPP,
            "en",
            "introduction",
            (VariantDraft("A", "Hi {{ lead.first_name }}"), VariantDraft("B", "Hello there")),
        )
    ).value
    people = leads(ws, 40, user=me, phone="+48601234567")
    queued = ws.messaging.queue(ids(people), template.id, user_id=me.id, seed=3).value
    rows = ws.outbox.messages(batch_id=queued.batch_id)
    by_variant = {
        "A": [r for r in rows if r.variant_label == "A"],
        "B": [r for r in rows if r.variant_label == "B"],
    }
    assert len(by_variant["A"]) == len(by_variant["B"]) == 20
    for r in rows:
        ws.outbox.confirm_manual(r.id, sent=True)
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    late = dt.datetime.now(dt.UTC) + dt.timedelta(days=20)  # after the 14-day window
    early = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)  # before the message
    plan = {"A": (6, 4), "B": (12, 5)}
    for label, (replies, wins) in plan.items():
        group = by_variant[label]
        for r in group[:replies]:
            ws.activities.log(
                r.lead_id,
                ActivityKind.WHATSAPP,
                direction=Direction.INBOUND,
                occurred_at=soon,
                body="Yes please",
            )
        for r in group[replies : replies + 3]:  # neither counts
            ws.activities.log(
                r.lead_id, ActivityKind.EMAIL, direction=Direction.INBOUND, occurred_at=late
            )
            ws.activities.log(
                r.lead_id, ActivityKind.CALL, direction=Direction.INBOUND, occurred_at=early
            )
        for i, r in enumerate(group[:wins]):
            target = Stage.CUSTOMER if i % 2 else Stage.QUALIFIED
            ws.pipeline.move(r.lead_id, target, user_id=me.id)
        # moving to Contacted is not a conversion
        ws.pipeline.move(group[-1].lead_id, Stage.CONTACTED, user_id=me.id)
    report = ws.templates.report(template.id)
    got = {r.label: (r.sent, r.replied, r.converted) for r in report.results}
    assert got == {"A": (20, 6, 4), "B": (20, 12, 5)}
    assert report.results[0].reply_rate == pytest.approx(0.30)
    assert report.replies is not None and report.conversions is not None
    assert report.replies.statistic == pytest.approx(-1.906925, abs=1e-6)
    assert report.replies.p_value == pytest.approx(math.erfc(1.906925 / math.sqrt(2)), abs=1e-6)
    assert report.replies.p_value == pytest.approx(0.05653, abs=1e-5)
    assert not report.replies.significant
    assert report.conversions.statistic == pytest.approx(-0.378641, abs=1e-6)
    assert report.conversions.p_value == pytest.approx(0.70496, abs=1e-5)
    assert all(r.settled == 0 for r in report.results)  # windows still open


def test_each_lead_gets_the_templates_own_translation_or_the_template(ws: Workspace) -> None:
    me = rep(ws)
    polish = ws.leads.create({"first_name": "Ewa", "phone": "+48601234567", "country": "PL"})
    english = ws.leads.create({"first_name": "Tom", "phone": "+12125550123", "country": "US"})
    spring = ws.templates.save(
        TemplateDraft(
            "Spring offer",
            Channel.SMS,
            "en",
            "introduction",  # the same category as a shipped template, not its translation
            (VariantDraft("A", "Spring prices, {{ lead.first_name }}!"),),
        )
    ).value
    lead_ids = [polish.value.id, english.value.id]
    queued = ws.messaging.queue(lead_ids, spring.id, user_id=me.id).value
    rows = ws.outbox.messages(batch_id=queued.batch_id)
    assert {r.template_name for r in rows} == {"Spring offer"}  # no translation yet

    polish_version = ws.templates.duplicate(
        spring.id, "Wiosenna oferta", language="pl", translation=True
    ).value
    assert polish_version.family == spring.family and polish_version.language == "pl"
    ws.templates.save(
        TemplateDraft(
            "Wiosenna oferta",
            Channel.SMS,
            "pl",
            "introduction",
            (VariantDraft("A", "Wiosenne ceny, {{ lead.first_name }}!"),),
        ),
        template_id=polish_version.id,
    )
    assert [t.language for t in ws.templates.translations(spring.id)] == ["en", "pl"]
    queued = ws.messaging.queue(lead_ids, spring.id, user_id=me.id).value
    bodies = {r.lead_id: r.body for r in ws.outbox.messages(batch_id=queued.batch_id)}
    assert bodies == {
        polish.value.id: "Wiosenne ceny, Ewa!",
        english.value.id: "Spring prices, Tom!",
    }
    with pytest.raises(ValidationError, match="already this message in pl"):
        ws.templates.duplicate(spring.id, "Druga", language="pl", translation=True)


COMPANIES = {
    "ar": ("شركة النور", "مؤسسة الفجر"),
    "pl": ("Firma Nowak", "Zakład Lis"),
    "en": ("Acme Company", "North Ltd"),
}


def _doubled(text: str) -> list[str]:
    """Neighbouring words that say the same thing twice ("لشركة شركة", "company Company")."""
    words = [w.strip(".,:;!?،–-").casefold() for w in text.split()]
    found = []
    for a, b in itertools.pairwise(words):
        if a and (a == b or a in {"ل" + b, "لل" + b[2:] if b.startswith("ال") else ""}):
            found.append(f"{a} {b}")
    return found


@pytest.mark.parametrize("language", ["ar", "pl", "en"])
def test_shipped_templates_read_well_with_real_company_names(language: str) -> None:
    from leaddesk.domain.templates import CompiledTemplate, MessageContext
    from leaddesk.services.templates import shipped_templates

    shipped = [t for t in shipped_templates() if t["language"] == language]
    assert shipped
    for t in shipped:
        compiled = CompiledTemplate(t.get("subject"), t["body"], t.get("html"), name=t["origin"])
        for company in COMPANIES[language]:
            lead = {"first_name": "Ala", "company": company}
            out = compiled.render(MessageContext(lead, {"name": "Omar"}, ""))
            assert not _doubled(out.subject + "\n" + out.body), (t["origin"], company, out.subject)
