"""Message templates: what a template may say, checked before anything is sent.

Templates are written by the team and rendered with Jinja2's sandbox, narrowed
further: a template reads only the placeholders offered here (strings about the
lead, the sending user and a product), calls nothing, includes nothing, and
every problem is reported with its line and column in the part it is in.
"""

from __future__ import annotations

import re
import types
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, nodes
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError
from jinja2.lexer import ignored_tokens
from jinja2.parser import Parser
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from leaddesk.domain.bidi import isolate_value
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
MAX_OUTPUT = 100_000  # characters of one rendered part
MAX_REPEAT = 10_000  # 'ab' * n and the like
PARTS = ("subject", "body", "html")


@dataclass(frozen=True)
class Problem:
    """Something wrong in one part of a template, and where (1-based)."""

    part: str
    line: int
    column: int
    code: str  # syntax, unknown_placeholder, unknown_field, not_allowed, unknown_filter, render
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
    """A lead or user as a template sees it: named strings and nothing else."""

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


class _Sandbox(SandboxedEnvironment):
    """Jinja's sandbox with nothing to call and only the offered attributes to read."""

    intercepted_binops = frozenset({"*", "**"})

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        return isinstance(obj, Offered) and attr in obj._fields

    def is_safe_callable(self, obj: Any) -> bool:
        return False

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > 100:
            raise SecurityError("the power is too large")
        if operator == "*":
            size = next((len(v) for v in (left, right) if isinstance(v, str | list | tuple)), None)
            times = next((v for v in (left, right) if isinstance(v, int)), 1)
            if size is not None and size * times > MAX_REPEAT:
                raise SecurityError("the repeated text is too long")
        return super().call_binop(context, operator, left, right)


def _isolated(value: Any) -> Any:
    if isinstance(value, Markup):  # already safe HTML stays safe
        return Markup(isolate_value(str(value)))
    return isolate_value(str(value))


def _environment(html: bool, shown: bool = False) -> _Sandbox:
    env = _Sandbox(
        # on screen, each value in an isolate of its own: a Latin company name in an
        # Arabic sentence (or the reverse) cannot reorder the words around it
        finalize=_isolated if shown else None,
        undefined=StrictUndefined,
        autoescape=html,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.clear()  # no range, lipsum, cycler, joiner, namespace, dict
    env.filters = {k: v for k, v in env.filters.items() if k in FILTERS}
    env.tests = {k: v for k, v in env.tests.items() if k in {"defined", "undefined", "none"}}
    return env


TEXT_ENV = _environment(html=False)
HTML_ENV = _environment(html=True)
SHOWN_ENVS = {
    False: _environment(html=False, shown=True),
    True: _environment(html=True, shown=True),
}


# --- where things are ---------------------------------------------------------------
@dataclass(frozen=True)
class _Tok:
    line: int
    column: int
    type: str
    value: str


def _positions(env: SandboxedEnvironment, source: str) -> list[_Tok]:
    """Every token with its line and column (the lexer itself only knows lines).

    When the lexer stops at an error, the tokens before it are returned.
    """
    text = _normalized(source)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    out: list[_Tok] = []
    cursor = 0
    try:
        for lineno, kind, value in env.lexer.tokeniter(text, None):
            at = text.find(value, cursor) if value else cursor
            if at < 0:
                at = cursor
            start = line_starts[lineno - 1] if lineno - 1 < len(line_starts) else 0
            out.append(_Tok(lineno, max(at, start) - start + 1, kind, value))
            cursor = at + len(value)
    except TemplateSyntaxError:
        pass  # the tokens up to the lexer's error are still placed
    return out


def _normalized(source: str) -> str:
    return source.replace("\r\n", "\n").replace("\r", "\n")


def _syntax_problem(env: _Sandbox, part: str, source: str, exc: TemplateSyntaxError) -> Problem:
    line = exc.lineno or 1
    message = exc.message or str(exc)
    column = 1
    lexed = re.search(r" at (\d+)$", message)
    text = _normalized(source)
    if lexed:  # the lexer names the offset of the character it stopped at
        offset = int(lexed.group(1))
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        message = message[: lexed.start()]
    else:
        column = _lexer_stop(env, source, line) or _parser_column(env, source, line)
    return Problem(part, line, column, "syntax", _sentence(message))


def _lexer_stop(env: _Sandbox, source: str, line: int) -> int | None:
    """Where the lexer gave up (just after its last good token), if it did."""
    try:
        for _ in env.lexer.tokeniter(_normalized(source), None):
            pass
    except TemplateSyntaxError:
        placed = _positions(env, source)
        last = placed[-1] if placed else None
        if last is not None and last.line == line and "\n" not in last.value:
            return last.column + len(last.value)
        return 1
    return None


def _parser_column(env: _Sandbox, source: str, line: int) -> int:
    """The column of the token the parser stopped at."""
    placed = [t for t in _positions(env, source) if t.type not in ignored_tokens]
    stream_tokens = list(env.lexer.wrap(iter((t.line, t.type, t.value) for t in placed)))
    by_identity = {id(tok): pos for tok, pos in zip(stream_tokens, placed, strict=False)}
    parser = Parser(env, _normalized(source))
    parser.stream = _stream(stream_tokens)
    try:
        parser.parse()
    except TemplateSyntaxError:
        current = parser.stream.current
        pos = by_identity.get(id(current))
        if pos is not None and pos.line == line:
            return pos.column
        if current.type == "eof":
            lines = _normalized(source).split("\n")
            return len(lines[line - 1]) + 1 if line - 1 < len(lines) else 1
    return 1


def _stream(tokens: list[Any]) -> Any:
    from jinja2.lexer import TokenStream

    return TokenStream(iter(tokens), None, None)


def _sentence(message: str) -> str:
    message = message.strip()
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def _locate(tokens: list[_Tok], line: int, root: str, attr: str | None = None) -> int:
    """Column of ``root`` (followed by ``.attr`` when given) on ``line``."""
    on_line = [t for t in tokens if t.line == line and t.type not in ignored_tokens]
    for i, t in enumerate(on_line):
        if t.type == "name" and t.value == root:
            if attr is None:
                return t.column
            if (
                i + 2 < len(on_line)
                and on_line[i + 1].value == "."
                and on_line[i + 2].value == attr
            ):
                return t.column
    return next((t.column for t in on_line if t.value == root), 1)


# --- checking -----------------------------------------------------------------------
_FORBIDDEN: dict[type[nodes.Node], str] = {
    nodes.Call: "Templates cannot call functions or methods.",
    nodes.Include: "Templates cannot include other files.",
    nodes.Extends: "Templates cannot extend other files.",
    nodes.Import: "Templates cannot import other files.",
    nodes.FromImport: "Templates cannot import other files.",
    nodes.Macro: "Templates cannot define macros.",
    nodes.CallBlock: "Templates cannot call macros.",
    nodes.Block: "Templates cannot define blocks.",
    nodes.Getitem: "Use a placeholder such as {{ lead.first_name }} instead of brackets.",
}


def _walk(node: nodes.Node) -> Iterator[nodes.Node]:
    yield node
    for child in node.iter_child_nodes():
        yield from _walk(child)


def check_part(part: str, source: str, *, html: bool = False) -> list[Problem]:
    """Everything wrong with one part, in reading order; empty when it is fine."""
    env = HTML_ENV if html else TEXT_ENV
    try:
        tree = env.parse(_normalized(source))
    except TemplateSyntaxError as exc:
        return [_syntax_problem(env, part, source, exc)]
    tokens = _positions(env, source)
    problems: list[Problem] = []
    local: set[str] = set()
    callees = {id(n.node) for n in tree.find_all(nodes.Call)}
    for node in _walk(tree):
        if isinstance(node, nodes.For | nodes.Assign | nodes.With):
            targets = [node.target] if not isinstance(node, nodes.With) else node.targets
            for target in targets:
                names = [target, *target.find_all(nodes.Name)]
                local.update(n.name for n in names if isinstance(n, nodes.Name))
    for node in _walk(tree):
        line = getattr(node, "lineno", 1) or 1
        for kind, message in _FORBIDDEN.items():
            if type(node) is kind:
                problems.append(
                    Problem(part, line, _first_column(tokens, line), "not_allowed", message)
                )
        if isinstance(node, nodes.Getattr) and id(node) not in callees:
            problems.extend(_check_getattr(part, node, tokens, local))
        elif isinstance(node, nodes.Name) and node.ctx == "load":
            if node.name not in OFFERED and node.name not in local:
                problems.append(
                    Problem(
                        part,
                        line,
                        _locate(tokens, line, node.name),
                        "unknown_placeholder",
                        f"Unknown placeholder {{{{ {node.name} }}}}; "
                        f"use one of: {', '.join(PLACEHOLDERS)}.",
                        node.name,
                    )
                )
        elif isinstance(node, nodes.Filter | nodes.Test):
            known = env.filters if isinstance(node, nodes.Filter) else env.tests
            if node.name not in known:
                what = "filter" if isinstance(node, nodes.Filter) else "test"
                problems.append(
                    Problem(
                        part,
                        line,
                        _locate(tokens, line, node.name),
                        "unknown_filter",
                        f"Unknown {what} {node.name!r}; allowed: {', '.join(sorted(known))}.",
                        node.name,
                    )
                )
    problems.sort(key=lambda p: (p.line, p.column))
    return _unique(problems)


def _check_getattr(
    part: str, node: nodes.Getattr, tokens: list[_Tok], local: set[str]
) -> list[Problem]:
    line = node.lineno or 1
    if node.attr.startswith("_"):
        return [
            Problem(
                part,
                line,
                _first_column(tokens, line),
                "not_allowed",
                f"Templates cannot read {node.attr!r}.",
                node.attr,
            )
        ]
    base = node.node
    if not isinstance(base, nodes.Name) or base.name in local:
        return [
            Problem(
                part,
                line,
                _first_column(tokens, line),
                "not_allowed",
                f"Templates can only read the offered placeholders, not .{node.attr}.",
                node.attr,
            )
        ]
    offered = OFFERED.get(base.name, ())
    if base.name in OFFERED and (offered is None or node.attr not in offered):
        return [
            Problem(
                part,
                line,
                _locate(tokens, line, base.name, node.attr),
                "unknown_field",
                f"Unknown placeholder {{{{ {base.name}.{node.attr} }}}}; "
                f"use one of: {', '.join(PLACEHOLDERS)}.",
                f"{base.name}.{node.attr}",
            )
        ]
    return []


def _first_column(tokens: list[_Tok], line: int) -> int:
    """Where the tag or expression containing a construct starts on its line."""
    for t in tokens:
        if t.line == line and t.type in ("variable_begin", "block_begin"):
            return t.column
    return 1


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[int, int, str]] = set()
    out = []
    for p in problems:
        key = (p.line, p.column, p.message)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


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
        self._sources = parts
        self._compiled = {
            part: self._env(part == "html", shown).from_string(_normalized(source))
            for part, source in parts.items()
            if source
        }
        self.has_html = bool(html and html.strip())

    @staticmethod
    def _env(html: bool, shown: bool) -> _Sandbox:
        if shown:
            return SHOWN_ENVS[html]
        return HTML_ENV if html else TEXT_ENV

    def render(self, ctx: MessageContext) -> Rendered:
        values = ctx.variables()
        out: dict[str, str] = {}
        for part in PARTS:
            template = self._compiled.get(part)
            out[part] = self._render_part(part, template, values) if template else ""
        return Rendered(
            subject=" ".join(out["subject"].split()),  # one line, as a header must be
            body=out["body"],
            html=out["html"] if self.has_html else None,
        )

    def _render_part(self, part: str, template: Any, values: dict[str, object]) -> str:
        try:
            text = template.render(values)
        except (UndefinedError, SecurityError, TemplateError, TypeError, ValueError) as exc:
            line = _template_line(exc)
            problem = Problem(part, line, 1, "render", _sentence(str(exc)))
            raise TemplateProblems([problem], self.name) from None
        if len(text) > MAX_OUTPUT:
            problem = Problem(
                part, 1, 1, "render", f"The text is longer than {MAX_OUTPUT:,} characters."
            )
            raise TemplateProblems([problem], self.name)
        return str(text)


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
    """All problems of a template's parts (an email's subject and HTML part included)."""
    return [
        *check_part("subject", subject or ""),
        *check_part("body", body),
        *check_part("html", html or "", html=True),
    ]
