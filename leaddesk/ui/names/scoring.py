"""Point rules in the reader's language: groups, operators, engagements, the lead's
actions (event tags), the fields a fit rule reads, a rule's condition in words, and why
the rules screen refused a rule. A tag LeadDesk does not know (one the team typed) is
shown as typed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject

from leaddesk.domain.activities import ActivityKind
from leaddesk.domain.scoring import Engagement, FitOperator, Qualification, RuleGroup, ScoreRule
from leaddesk.errors import FieldIssue
from leaddesk.services.scoring_rules import MAX_HALF_LIFE, MAX_POINTS, MAX_THRESHOLD
from leaddesk.ui.formatting import isolated, number, signed
from leaddesk.ui.names.activities import event_tag_label, kind_label
from leaddesk.ui.names.issues import field_label

# the lead fields a fit rule can read, in the order the rule editor offers them
FIT_FIELDS = (
    "segment",
    "job_title",
    "country",
    "city",
    "company",
    "deal_value",
    "product",
    "source",
    "campaign",
)
CUSTOM = "custom:"


class _Counted(QObject):
    """The words with a count in them: lupdate gives plural forms only to a QObject's
    ``self.tr`` (never to QCoreApplication.translate with a count)."""

    def no_answer(self, contacts: int) -> str:
        return self.tr("No answer to the last %Ln contact(s)", "", contacts)

    def days(self, days: int) -> str:
        return self.tr("%Ln day(s)", "", days)


def group_label(group: RuleGroup) -> str:
    labels = {
        RuleGroup.FIT: QCoreApplication.translate("Scoring", "Fit"),
        RuleGroup.BEHAVIOUR: QCoreApplication.translate("Scoring", "Behaviour"),
        RuleGroup.ENGAGEMENT: QCoreApplication.translate("Scoring", "Engagement"),
    }
    return labels[group]


def operator_label(op: FitOperator) -> str:
    labels = {
        FitOperator.EQUALS: QCoreApplication.translate("Scoring", "equals"),
        FitOperator.ONE_OF: QCoreApplication.translate("Scoring", "is one of"),
        FitOperator.CONTAINS: QCoreApplication.translate("Scoring", "contains"),
        FitOperator.RANGE: QCoreApplication.translate("Scoring", "is between"),
        FitOperator.IS_EMPTY: QCoreApplication.translate("Scoring", "is empty"),
        FitOperator.IS_GIVEN: QCoreApplication.translate("Scoring", "is given"),
    }
    return labels[op]


def engagement_label(kind: Engagement) -> str:
    labels = {
        Engagement.REPLIED: QCoreApplication.translate("Scoring", "Replied"),
        Engagement.MEETING_HELD: QCoreApplication.translate("Scoring", "Meeting held"),
        Engagement.POSITIVE_CALL: QCoreApplication.translate("Scoring", "Call with a good outcome"),
        Engagement.NO_ANSWER: QCoreApplication.translate(
            "Scoring", "No answer to the last contacts"
        ),
    }
    return labels[kind]


def tag_label(tag: str) -> str:
    """A lead's action by its tag (the timeline and the log dialog name them alike)."""
    return event_tag_label(tag)


def fit_field_label(key: str, custom_names: Mapping[str, str]) -> str:
    """A lead field a fit rule reads; a custom field by its name (its key if retired)."""
    if key.startswith(CUSTOM):
        own = key[len(CUSTOM) :]
        return custom_names.get(own, own)
    labels = {
        "segment": QCoreApplication.translate("Scoring", "Segment"),
        "product": QCoreApplication.translate("Scoring", "Product of interest"),
        "source": QCoreApplication.translate("Scoring", "Source"),
        "campaign": QCoreApplication.translate("Scoring", "Campaign"),
    }
    return labels.get(key) or field_label(key)


def points_text(points: int) -> str:
    """Points with their sign, as a rule adds or takes them."""
    if points < 0:
        return signed(QCoreApplication.translate("Scoring", "−%1").replace("%1", number(-points)))
    return signed(QCoreApplication.translate("Scoring", "+%1").replace("%1", number(points)))


def _values(rule: ScoreRule, value_label: Mapping[str, str]) -> str:
    shown = [isolated(value_label.get(v, v)) for v in rule.values if v.strip()]
    return QCoreApplication.translate("Scoring", ", ").join(shown)


def condition_text(
    rule: ScoreRule,
    custom_names: Mapping[str, str],
    value_label: Mapping[str, str] | None = None,
) -> str:
    """What a rule looks for, in words ("Company is given", "Webinar (lead's action)").
    ``value_label``: how a stored value is shown (a source's key by its name)."""
    if rule.group is RuleGroup.FIT:
        return _fit_text(rule, custom_names, value_label or {})
    if rule.group is RuleGroup.BEHAVIOUR:
        if rule.tag and rule.activity_kind in (None, ActivityKind.EVENT):
            return tag_label(rule.tag)
        kind = kind_label(rule.activity_kind) if rule.activity_kind else ""
        if rule.tag:
            return (
                QCoreApplication.translate("Scoring", "%1 tagged %2")
                .replace("%1", kind)
                .replace("%2", isolated(tag_label(rule.tag)))
            )
        return kind
    if rule.engagement is Engagement.NO_ANSWER:
        return _Counted().no_answer(rule.last_n)
    return engagement_label(rule.engagement) if rule.engagement else ""


def _fit_text(rule: ScoreRule, custom_names: Mapping[str, str], labels: Mapping[str, str]) -> str:
    name = fit_field_label(rule.field or "", custom_names)
    op = rule.operator
    if op is None:
        return name
    if op is FitOperator.RANGE:
        low, high = (*rule.values, "", "")[:2]
        if low and high:
            text = QCoreApplication.translate("Scoring", "%1 from %2 to %3")
        elif low:
            text = QCoreApplication.translate("Scoring", "%1 at least %2")
        else:
            text = QCoreApplication.translate("Scoring", "%1 at most %3")
        return text.replace("%1", name).replace("%2", isolated(low)).replace("%3", isolated(high))
    if op in (FitOperator.IS_EMPTY, FitOperator.IS_GIVEN):
        return (
            QCoreApplication.translate("Scoring", "%1 %2")
            .replace("%1", name)
            .replace("%2", operator_label(op))
        )
    return (
        QCoreApplication.translate("Scoring", "%1 %2 %3")
        .replace("%1", name)
        .replace("%2", operator_label(op))
        .replace("%3", _values(rule, labels))
    )


def counting_text(rule: ScoreRule) -> str:
    """Once, or every time (up to a cap)."""
    if not rule.per_occurrence:
        return QCoreApplication.translate("Scoring", "Once")
    if rule.cap is None:
        return QCoreApplication.translate("Scoring", "Every time")
    return QCoreApplication.translate("Scoring", "Every time, up to %1").replace(
        "%1", number(rule.cap)
    )


def half_life_text(rule: ScoreRule) -> str:
    """After how long the rule's points count half; a dash for points that never fade."""
    if rule.group is RuleGroup.FIT or not rule.half_life_days:
        return "–"
    return _Counted().days(round(rule.half_life_days))


def issue_text(issue: FieldIssue) -> str:
    """Why the rules screen refused a rule or the thresholds (without the rule's name:
    the screen shows it beside the rule)."""
    part = issue.field.rpartition(".")[2]
    conditions = {
        "field": QCoreApplication.translate("Scoring", "Choose a field and an operator."),
        "tag": QCoreApplication.translate("Scoring", "Choose a kind of activity or a tag."),
        "engagement": QCoreApplication.translate("Scoring", "Choose what the rule counts."),
    }
    known = {
        "rule_name": QCoreApplication.translate(
            "Scoring", "A rule needs a name of 1 to 120 characters."
        ),
        "rule_points": QCoreApplication.translate(
            "Scoring", "Points must be between −%1 and %1, and not 0."
        ).replace("%1", number(MAX_POINTS)),
        "rule_values": QCoreApplication.translate("Scoring", "This condition needs a value."),
        "rule_last_n": QCoreApplication.translate(
            "Scoring", "The number of contacts must be between 1 and 20."
        ),
        "rule_half_life": QCoreApplication.translate(
            "Scoring", "A half-life is more than 0 and at most %1 days."
        ).replace("%1", number(int(MAX_HALF_LIFE))),
        "rule_cap": QCoreApplication.translate("Scoring", "A cap must be more than 0 points."),
        "thresholds_order": QCoreApplication.translate(
            "Scoring",
            "The MQL threshold must be above 0 and below the SQL threshold, which is at most %1.",
        ).replace("%1", number(MAX_THRESHOLD)),
    }
    if issue.code == "rule_condition":
        return conditions.get(part, issue.message)
    return known.get(issue.code, issue.message)


def qualification_label(level: str | Qualification) -> str:
    if level == Qualification.SQL:
        return QCoreApplication.translate("Scoring", "SQL")
    if level == Qualification.MQL:
        return QCoreApplication.translate("Scoring", "MQL")
    return ""


def score_button_text(score: int, level: str) -> str:
    text = QCoreApplication.translate("Scoring", "Score %1").replace("%1", number(score))
    shown = qualification_label(level)
    return f"{text} · {shown}" if shown else text
