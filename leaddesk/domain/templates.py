"""Message templates: what a template may say, checked before anything is sent.

Templates are written by the team and rendered with Jinja2's sandbox, narrowed
further (template_sandbox): a template reads only the placeholders offered here
(strings about the lead, the sending user and a product), calls nothing, includes
nothing, cannot run away in time or memory, and every problem is reported with its
line and column in the part it is in (template_check). A template is also tried on
sample leads when it is checked, so one that cannot be filled in fails at save.
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from typing import Any

from leaddesk.domain.template_check import (
    TOO_DEEP,
    check_part,
    first_column,
    normalized,
    positions,
    sentence,
)
from leaddesk.domain.template_sandbox import HTML_ENV, SHOWN_ENVS, TEXT_ENV, Sandbox
from leaddesk.domain.template_terms import (
    CATEGORIES,
    FILTERS,
    LEAD_FIELDS,
    MAX_OUTPUT,
    OFFERED,
    PARTS,
    PLACEHOLDERS,
    SAMPLE_CONTEXTS,
    SUBJECT_LIMIT,
    USER_FIELDS,
    MessageContext,
    Offered,
    Problem,
    TemplateProblems,
)

__all__ = [
    "CATEGORIES",
    "FILTERS",
    "HTML_ENV",
    "LEAD_FIELDS",
    "MAX_OUTPUT",
    "OFFERED",
    "PLACEHOLDERS",
    "TEXT_ENV",
    "USER_FIELDS",
    "CompiledTemplate",
    "MessageContext",
    "Offered",
    "Problem",
    "Rendered",
    "TemplateProblems",
    "check_part",
    "check_template",
    "trial_problems",
]


# --- rendering ----------------------------------------------------------------------
@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str
    html: str | None


class CompiledTemplate:
    """A checked template, compiled once and rendered for many leads."""

    def __init__(
        self,
        subject: str | None,
        body: str,
        html: str | None = None,
        *,
        name: str = "",
        shown: bool = False,
    ) -> None:
        """``shown``: rendered to be read on screen (a preview), each value isolated;
        never for a message that is sent."""
        self.name = name
        parts = {"subject": subject or "", "body": body, "html": html or ""}
        problems = [
            p
            for part, source in parts.items()
            for p in check_part(part, source, html=part == "html")
        ]
        if problems:
            raise TemplateProblems(problems, name)
        self._sources = {part: normalized(source) for part, source in parts.items()}
        self._compiled = {
            part: self._compile(part, shown) for part, source in self._sources.items() if source
        }
        self.has_html = bool(html and html.strip())

    def _compile(self, part: str, shown: bool) -> Any:
        env = self._env(part == "html", shown)
        try:
            return env.from_string(self._sources[part])
        except (RecursionError, MemoryError, SyntaxError):  # Python's own nesting limits
            raise TemplateProblems([Problem(part, 1, 1, "too_deep", TOO_DEEP)], self.name) from None

    @staticmethod
    def _env(html: bool, shown: bool) -> Sandbox:
        if shown:
            return SHOWN_ENVS[html]
        return HTML_ENV if html else TEXT_ENV

    def render(self, ctx: MessageContext) -> Rendered:
        """The message for ``ctx``; TemplateProblems with the line and column of what
        failed, also when a subject would be longer than a subject may be."""
        values = ctx.variables()
        out: dict[str, str] = {}
        for part in PARTS:
            template = self._compiled.get(part)
            out[part] = self._render_part(part, template, values) if template else ""
        subject = " ".join(out["subject"].split())  # one line, as a header must be
        if len(subject) > SUBJECT_LIMIT:
            problem = Problem(
                "subject",
                1,
                1,
                "subject_too_long",
                f"The subject is {len(subject):,} characters long once filled in; "
                f"at most {SUBJECT_LIMIT}.",
            )
            raise TemplateProblems([problem], self.name)
        return Rendered(subject, out["body"], out["html"] if self.has_html else None)

    def _render_part(self, part: str, template: Any, values: dict[str, object]) -> str:
        try:
            return str(template.render(values))
        except Exception as exc:  # whatever the template's own code raised: its fault
            line = getattr(exc, "line", None) or _template_line(exc)
            source = self._sources[part]
            column = first_column(positions(TEXT_ENV, source), line)
            problem = Problem(part, line, column, "render", _render_sentence(exc))
            raise TemplateProblems([problem], self.name) from None


def _render_sentence(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return TOO_DEEP
    if isinstance(exc, ZeroDivisionError):
        return "Division by zero."
    if isinstance(exc, KeyError):  # '%(x)s' % lead
        return f"There is no field {exc.args[0]!r} to fill in."
    if isinstance(exc, MemoryError):
        return "Filling in the template needs more memory than there is."
    return sentence(str(exc) or type(exc).__name__)


def _template_line(exc: BaseException) -> int:
    """The template line a render error came from (Jinja maps its frames to them)."""
    tb: types.TracebackType | None = exc.__traceback__
    line = 1
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def check_template(subject: str | None, body: str, html: str | None = None) -> list[Problem]:
    """All problems of a template's parts (an email's subject and HTML part included),
    and, when it reads well, what goes wrong filling it in for the sample leads."""
    problems = [
        *check_part("subject", subject or ""),
        *check_part("body", body),
        *check_part("html", html or "", html=True),
    ]
    return problems or trial_problems(subject, body, html)


def trial_problems(subject: str | None, body: str, html: str | None = None) -> list[Problem]:
    """What goes wrong when a checked template is filled in for SAMPLE_CONTEXTS:
    ``{{ 1/0 }}`` and ``'%c' % 1114112`` read well and fail only when rendered."""
    try:
        compiled = CompiledTemplate(subject, body, html)
        for ctx in SAMPLE_CONTEXTS:
            compiled.render(ctx)
    except TemplateProblems as exc:
        return list(exc.problems)
    return []
