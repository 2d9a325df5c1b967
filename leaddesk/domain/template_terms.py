"""What a template may read, the limits every render keeps, and how a problem is told.

Shared by the checker (template_check), the sandbox (template_sandbox) and the
renderer (templates), so none of them imports another's internals.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from leaddesk.errors import LeadDeskError

# The kinds of message a team keeps templates for; a template may name its own.
CATEGORIES = ("introduction", "meeting_request", "thank_you", "product_launch")
LEAD_FIELDS = (
    "first_name",
    "last_name",
    "name",
    "company",
    "job_title",
    "email",
    "phone",
    "whatsapp",
    "city",
    "country",
    "number",
)
USER_FIELDS = ("name", "email")
# root name -> the fields it offers (None: the value is a plain string)
OFFERED: dict[str, tuple[str, ...] | None] = {
    "lead": LEAD_FIELDS,
    "user": USER_FIELDS,
    "product": None,
}
PLACEHOLDERS = tuple(
    f"{root}.{name}" if fields else root
    for root, fields in OFFERED.items()
    for name in (fields or ("",))
)
FILTERS = frozenset(
    {"upper", "lower", "title", "capitalize", "trim", "default", "d", "truncate", "replace"}
)
PARTS = ("subject", "body", "html")

# Every render is bounded in memory and time, whatever the team writes: no value and
# no part grows past MAX_OUTPUT characters, no number past MAX_BITS, no format is
# wider than MAX_WIDTH, loops run at most MAX_STEPS times in all, and a render that
# still takes longer than MAX_SECONDS is stopped. A real message needs a fraction.
MAX_OUTPUT = 100_000  # characters of one rendered part, or of any value in it
MAX_REPEAT = 10_000  # 'ab' * n and the like
MAX_BITS = 10_000  # about 3,000 digits; Python refuses to print more than 4,300
MAX_WIDTH = 1_000  # '%05000d' % 1
MAX_STEPS = 10_000  # loop turns of one render, nested loops counted together
MAX_SECONDS = 0.25  # one part's render: a screen that checks as the team types stays responsive
SUBJECT_LIMIT = 300  # characters of a rendered subject (the outbox column)


@dataclass(frozen=True)
class Problem:
    """Something wrong in one part of a template, and where (1-based)."""

    part: str
    line: int
    column: int
    # syntax, unknown_placeholder, unknown_field, not_allowed, unknown_filter, render,
    # too_deep
    code: str
    message: str
    name: str = ""  # the placeholder or construct named
    variant: str = ""  # the variant's label, when a template has several

    def __str__(self) -> str:
        where = f"variant {self.variant}, " if self.variant else ""
        return f"{where}{self.part}, line {self.line}, column {self.column}: {self.message}"


class TemplateProblems(LeadDeskError):
    """A template that cannot be rendered; nothing was sent or queued."""

    code = "template"

    def __init__(self, problems: list[Problem], template: str = "") -> None:
        self.problems = problems
        where = f"Template {template!r}: " if template else ""
        super().__init__(where + "; ".join(str(p) for p in problems))


class Offered:
    """A lead or user as a template sees it: named strings and nothing else.

    Printed any way a template can (``{{ lead }}``, ``'%r' % lead``) it is its name,
    never the Python object behind it.
    """

    __slots__ = ("_fields", "_values")

    def __init__(self, fields: tuple[str, ...], values: Mapping[str, object]) -> None:
        self._fields = fields
        self._values = {f: "" if values.get(f) is None else str(values[f]) for f in fields}

    def __getattr__(self, name: str) -> str:
        values: dict[str, str] = object.__getattribute__(self, "_values")
        if name in values:
            return values[name]
        raise AttributeError(name)

    def __getitem__(self, name: str) -> str:
        return self._values[name]

    def __str__(self) -> str:
        return self._values.get("name", "")

    def __repr__(self) -> str:
        return repr(str(self))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True)
class MessageContext:
    """The values one message is rendered with."""

    lead: Mapping[str, object]
    user: Mapping[str, object] = field(default_factory=dict)
    product: str = ""

    def variables(self) -> dict[str, object]:
        return {
            "lead": Offered(LEAD_FIELDS, self.lead),
            "user": Offered(USER_FIELDS, self.user),
            "product": self.product or "",
        }


# What a template is tried with when it is saved: a lead with every field filled in
# and one with none, so a template that cannot be rendered fails at save, not at send.
SAMPLE_CONTEXTS = (
    MessageContext(
        lead={
            "first_name": "Anna",
            "last_name": "Kowalska",
            "name": "Anna Kowalska",
            "company": "Example Ltd",
            "job_title": "Head of Sales",
            "email": "anna@example.com",
            "phone": "+48 601 234 567",
            "whatsapp": "+48 601 234 567",
            "city": "Kraków",
            "country": "PL",
            "number": "L-00042",
        },
        user={"name": "Maria Nowak", "email": "maria@example.com"},
        product="Cloud Backup",
    ),
    MessageContext(lead={}),
)
