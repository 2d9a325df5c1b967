"""Checking a template before it is used: what it reads, what it may not do, and
where each problem is (Jinja's lexer knows lines; the columns are worked out here)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jinja2 import TemplateSyntaxError, nodes
from jinja2.lexer import ignored_tokens
from jinja2.parser import Parser
from jinja2.sandbox import SandboxedEnvironment

from leaddesk.domain.template_sandbox import HTML_ENV, TEXT_ENV, Sandbox, user_filters
from leaddesk.domain.template_terms import OFFERED, PLACEHOLDERS, Problem


# --- where things are ---------------------------------------------------------------
@dataclass(frozen=True)
class _Tok:
    line: int
    column: int
    type: str
    value: str


def positions(env: SandboxedEnvironment, source: str) -> list[_Tok]:
    """Every token with its line and column (the lexer itself only knows lines).

    When the lexer stops at an error, the tokens before it are returned.
    """
    text = normalized(source)
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


def normalized(source: str) -> str:
    return source.replace("\r\n", "\n").replace("\r", "\n")


def _syntax_problem(env: Sandbox, part: str, source: str, exc: TemplateSyntaxError) -> Problem:
    line = exc.lineno or 1
    message = exc.message or str(exc)
    column = 1
    lexed = re.search(r" at (\d+)$", message)
    text = normalized(source)
    if lexed:  # the lexer names the offset of the character it stopped at
        offset = int(lexed.group(1))
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        message = message[: lexed.start()]
    else:
        column = _lexer_stop(env, source, line) or _parser_column(env, source, line)
    return Problem(part, line, column, "syntax", sentence(message))


def _lexer_stop(env: Sandbox, source: str, line: int) -> int | None:
    """Where the lexer gave up (just after its last good token), if it did."""
    try:
        for _ in env.lexer.tokeniter(normalized(source), None):
            pass
    except TemplateSyntaxError:
        placed = positions(env, source)
        last = placed[-1] if placed else None
        if last is not None and last.line == line and "\n" not in last.value:
            return last.column + len(last.value)
        return 1
    return None


def _parser_column(env: Sandbox, source: str, line: int) -> int:
    """The column of the token the parser stopped at."""
    placed = [t for t in positions(env, source) if t.type not in ignored_tokens]
    stream_tokens = list(env.lexer.wrap(iter((t.line, t.type, t.value) for t in placed)))
    by_identity = {id(tok): pos for tok, pos in zip(stream_tokens, placed, strict=False)}
    parser = Parser(env, normalized(source))
    parser.stream = _stream(stream_tokens)
    try:
        parser.parse()
    except TemplateSyntaxError:
        current = parser.stream.current
        pos = by_identity.get(id(current))
        if pos is not None and pos.line == line:
            return pos.column
        if current.type == "eof":
            lines = normalized(source).split("\n")
            return len(lines[line - 1]) + 1 if line - 1 < len(lines) else 1
    return 1


def _stream(tokens: list[Any]) -> Any:
    from jinja2.lexer import TokenStream

    return TokenStream(iter(tokens), None, None)


def sentence(message: str) -> str:
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
    # text captured in a block would grow past the count the render keeps of its output
    nodes.AssignBlock: "Templates cannot capture text in a block; use {% set name = ... %}.",
    nodes.FilterBlock: "Use a filter on a placeholder, such as {{ lead.name|upper }}, "
    "instead of a filter block.",
}
TOO_DEEP = "The template is nested too deeply to be read."


def _walk(node: nodes.Node) -> Iterator[nodes.Node]:
    yield node
    for child in node.iter_child_nodes():
        yield from _walk(child)


def check_part(part: str, source: str, *, html: bool = False) -> list[Problem]:
    """Everything wrong with one part, in reading order; empty when it is fine."""
    env = HTML_ENV if html else TEXT_ENV
    try:
        return _check_part(env, part, source)
    except RecursionError:  # brackets or tags nested hundreds deep
        return [Problem(part, 1, 1, "too_deep", TOO_DEEP)]


def _check_part(env: Sandbox, part: str, source: str) -> list[Problem]:
    try:
        tree = env.parse(normalized(source))
    except TemplateSyntaxError as exc:
        return [_syntax_problem(env, part, source, exc)]
    tokens = positions(env, source)
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
                    Problem(part, line, first_column(tokens, line), "not_allowed", message)
                )
        if isinstance(node, nodes.For) and node.recursive:
            column = first_column(tokens, line)
            problems.append(
                Problem(part, line, column, "not_allowed", "Loops cannot be recursive.")
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
            known = user_filters(env) if isinstance(node, nodes.Filter) else env.tests
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
    base = node.node
    refused = None
    if node.attr.startswith("_"):
        refused = f"Templates cannot read {node.attr!r}."
    elif not isinstance(base, nodes.Name) or base.name in local:
        refused = f"Templates can only read the offered placeholders, not .{node.attr}."
    if refused is not None or not isinstance(base, nodes.Name):
        column = first_column(tokens, line)
        return [Problem(part, line, column, "not_allowed", refused or "", node.attr)]
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


def first_column(tokens: list[_Tok], line: int) -> int:
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
