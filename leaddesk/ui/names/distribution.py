"""Distribution's set-up in the reader's language: where a rule sends leads, the
fields and operators of its conditions, a condition in words, kinds of absence and
of partner, weekday names, and why the service refused a rule, a team or a partner
(its English message where LeadDesk has no words of its own yet)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from leaddesk.domain.conditions import Operator
from leaddesk.domain.distribution import Condition, Target
from leaddesk.domain.rotation import AbsenceKind
from leaddesk.errors import FieldIssue
from leaddesk.services.distribution_reads import PartnerKind
from leaddesk.ui.formatting import isolated
from leaddesk.ui.names.scoring import fit_field_label, operator_label


def target_label(target: Target) -> str:
    labels = {
        Target.REP: QCoreApplication.translate("Distribution", "A rep"),
        Target.TEAM: QCoreApplication.translate("Distribution", "A team (rotation)"),
        Target.PARTNER: QCoreApplication.translate("Distribution", "A partner"),
        Target.POOL: QCoreApplication.translate("Distribution", "The pool"),
        Target.NOBODY: QCoreApplication.translate("Distribution", "Nobody (left unassigned)"),
    }
    return labels[target]


def sends_to_text(target: Target, name: str | None) -> str:
    """Where a rule sends its leads: "Team Poland", "The pool"."""
    texts = {
        Target.REP: QCoreApplication.translate("Distribution", "Rep %1"),
        Target.TEAM: QCoreApplication.translate("Distribution", "Team %1 (rotation)"),
        Target.PARTNER: QCoreApplication.translate("Distribution", "Partner %1"),
    }
    if target not in texts:
        return target_label(target)
    shown = isolated(name) if name else QCoreApplication.translate("Distribution", "(not chosen)")
    return texts[target].replace("%1", shown)


def rule_field_label(key: str, custom_names: Mapping[str, str]) -> str:
    """A field a condition reads; one added to the rules later, by its own name."""
    labels = {
        "qualification": QCoreApplication.translate("Distribution", "Qualification"),
        "language": QCoreApplication.translate("Distribution", "Language"),
        "stage": QCoreApplication.translate("Distribution", "Stage"),
        "web_form": QCoreApplication.translate("Distribution", "Web form"),
        # its one value is "overdue": past the first-contact target (the sweep asks)
        "response": QCoreApplication.translate("Distribution", "First contact"),
    }
    if key in labels:
        return labels[key]
    return fit_field_label(key, custom_names)


def condition_text(
    c: Condition, custom_names: Mapping[str, str], value_labels: Mapping[str, str] | None = None
) -> str:
    """One condition in words: "Country is one of PL, DE", "Deal value from 5 to 9".
    ``value_labels``: how a stored value is shown (a source's key by its name)."""
    name = rule_field_label(c.field, custom_names)
    if c.operator is Operator.RANGE:
        low, high = (*c.values, "", "")[:2]
        if low and high:
            text = QCoreApplication.translate("Distribution", "%1 from %2 to %3")
        elif low:
            text = QCoreApplication.translate("Distribution", "%1 at least %2")
        else:
            text = QCoreApplication.translate("Distribution", "%1 at most %3")
        return text.replace("%1", name).replace("%2", isolated(low)).replace("%3", isolated(high))
    if c.operator in (Operator.IS_EMPTY, Operator.IS_GIVEN):
        return (
            QCoreApplication.translate("Distribution", "%1 %2")
            .replace("%1", name)
            .replace("%2", operator_label(c.operator))
        )
    values = QCoreApplication.translate("Distribution", ", ").join(
        isolated((value_labels or {}).get(v, v)) for v in c.values if v.strip()
    )
    return (
        QCoreApplication.translate("Distribution", "%1 %2 %3")
        .replace("%1", name)
        .replace("%2", operator_label(c.operator))
        .replace("%3", values)
    )


def conditions_text(
    conditions: Sequence[Condition],
    custom_names: Mapping[str, str],
    value_labels: Mapping[str, str] | None = None,
) -> str:
    """All of a rule's conditions (all must hold); none: every lead."""
    if not conditions:
        return QCoreApplication.translate("Distribution", "Every lead")
    joiner = QCoreApplication.translate("Distribution", " and ")
    return joiner.join(condition_text(c, custom_names, value_labels) for c in conditions)


def absence_kind_label(kind: AbsenceKind) -> str:
    labels = {
        AbsenceKind.HOLIDAY: QCoreApplication.translate("Distribution", "Holiday"),
        AbsenceKind.SICK: QCoreApplication.translate("Distribution", "Sick leave"),
        AbsenceKind.OTHER: QCoreApplication.translate("Distribution", "Other"),
    }
    return labels[kind]


def partner_kind_label(kind: str) -> str:
    labels = {
        PartnerKind.DISTRIBUTOR.value: QCoreApplication.translate("Distribution", "Distributor"),
        PartnerKind.RESELLER.value: QCoreApplication.translate("Distribution", "Reseller"),
        PartnerKind.BROKER.value: QCoreApplication.translate("Distribution", "Broker"),
        PartnerKind.AGENT.value: QCoreApplication.translate("Distribution", "Agent"),
    }
    return labels.get(kind, kind)


def weekday_name(day: int) -> str:
    """0 Monday … 6 Sunday, in the reader's language (Qt counts Monday as 1)."""
    return QLocale().dayName(day + 1, QLocale.FormatType.LongFormat)


def issue_text(issue: FieldIssue) -> str:
    """Why a rule, team, absence or partner was refused, without the rule's name (the
    screen says which rule beside it)."""
    known = {
        "rule_name": QCoreApplication.translate(
            "Distribution", "A rule needs a name of 1 to 120 characters."
        ),
        "rule_target": QCoreApplication.translate(
            "Distribution", "Choose the rep, team or partner to send leads to."
        ),
        "rule_condition": QCoreApplication.translate("Distribution", "A condition needs a field."),
        "rule_field": QCoreApplication.translate("Distribution", "A rule cannot read this field."),
        "rule_values": QCoreApplication.translate("Distribution", "This condition needs a value."),
        "member_weight": QCoreApplication.translate(
            "Distribution", "A weight is a whole number from 1 to 10."
        ),
        "team_name": QCoreApplication.translate(
            "Distribution", "A team needs a name of 1 to 120 characters."
        ),
        "team_taken": QCoreApplication.translate(
            "Distribution", "There is a team of that name already."
        ),
        "absence_order": QCoreApplication.translate(
            "Distribution", "An absence ends on or after the day it starts."
        ),
        "time_zone_unknown": QCoreApplication.translate(
            "Distribution", "Choose a time zone from the list (such as Europe/Warsaw)."
        ),
        "partner_name": QCoreApplication.translate(
            "Distribution", "A partner needs a name of 1 to 200 characters."
        ),
        "partner_kind": QCoreApplication.translate("Distribution", "Choose the kind of partner."),
        "partner_hours": QCoreApplication.translate(
            "Distribution", "Choose how many hours the partner has to answer."
        ),
        "email_invalid": QCoreApplication.translate("Distribution", "Not a valid email address."),
        "rule_response": QCoreApplication.translate(
            "Distribution", "A first-contact target is 1 minute to a week."
        ),
    }
    return known.get(issue.code, issue.message)


def issues_text(issues: Sequence[FieldIssue]) -> str:
    return "\n".join(issue_text(i) for i in issues)
