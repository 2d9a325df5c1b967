"""Jinja's sandbox, narrowed: nothing to call, only offered attributes, and every
render bounded in time and memory.

Jinja's own sandbox stops a template reaching Python, not one that runs away:
``(9**99)**99`` squares its way to a number nobody can print, ``'%02000000000d' % 1``
asks for 2 GB, two nested loops over 10,000 characters turn 10^8 times. Here:

* the operators that can grow a value from small ones (``*``, ``**``, ``%``, ``+``)
  check before they compute, and Jinja does not fold them at compile time either;
* every ``~`` join and ``replace`` is held to MAX_OUTPUT characters, so no value a
  template can make is larger, and so no single step is slow;
* every loop turn counts against one budget per render (MAX_STEPS, and a clock of
  MAX_SECONDS), so nested loops stop as soon as their total is too much;
* output is counted as it streams, and text captured in blocks (``{% set x %}``,
  ``{% filter %}``), the one way around that count, is refused by the checker.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any

from jinja2 import StrictUndefined, nodes, pass_context
from jinja2.environment import Template
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from jinja2.visitor import NodeTransformer
from markupsafe import Markup

from leaddesk.domain.bidi import isolate_value
from leaddesk.domain.template_terms import (
    FILTERS,
    MAX_BITS,
    MAX_OUTPUT,
    MAX_REPEAT,
    MAX_SECONDS,
    MAX_STEPS,
    MAX_WIDTH,
    Offered,
)

# one %-conversion: optional mapping key, flags, width, precision, length, type
_CONVERSION = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)", re.DOTALL)
_STEPS, _SIZED = "_leaddesk_steps", "_leaddesk_sized"  # filters the renderer adds itself


class RenderLimit(SecurityError):
    """A render went past one of the bounds; the message says which.

    ``line``: the template line, when it was stopped from outside the template's own
    code (its traceback then names no template line)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class _Budget:
    """The loop turns and time one render may still use."""

    __slots__ = ("deadline", "steps")

    def __init__(self) -> None:
        self.deadline = time.monotonic() + MAX_SECONDS
        self.steps = 0

    def step(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise RenderLimit(f"The loops repeat more than {MAX_STEPS:,} times.")
        if self.steps % 64 == 0:
            self.check_time()

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise RenderLimit(f"Filling in the template took longer than {MAX_SECONDS:g} s.")


_budget: ContextVar[_Budget | None] = ContextVar("leaddesk_template_budget", default=None)


def _sized(value: Any) -> Any:
    if isinstance(value, str | list | tuple) and len(value) > MAX_OUTPUT:
        raise RenderLimit(f"A value is longer than {MAX_OUTPUT:,} characters.")
    return value


@pass_context  # never folded at compile time: it counts turns as the render runs
def _steps(_context: Context, iterable: Iterable[Any]) -> Iterator[Any]:
    budget = _budget.get() or _Budget()
    for item in iterable:
        budget.step()
        yield item


@pass_context
def _sized_filter(_context: Context, value: Any) -> Any:
    return _sized(value)


def _bounded_replace(eval_ctx: Any, s: Any, old: Any, new: Any, count: Any = None) -> Any:
    text, old_text, new_text = str(s), str(old), str(new)
    times = text.count(old_text) if old_text else len(text) + 1
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    if len(text) + times * max(len(new_text) - len(old_text), 0) > MAX_OUTPUT:
        raise RenderLimit(f"The replaced text would be longer than {MAX_OUTPUT:,} characters.")
    return _REPLACE(eval_ctx, s, old, new, count)


_REPLACE = SandboxedEnvironment().filters["replace"]
_bounded_replace.jinja_pass_arg = _REPLACE.jinja_pass_arg  # type: ignore[attr-defined]


def _check_format(spec: str) -> None:
    for m in _CONVERSION.finditer(spec):
        width, precision = m.group(1), m.group(2)
        if "*" in (width, precision):
            raise RenderLimit("A format cannot take its width from a value ('%*d').")
        if any(n and int(n) > MAX_WIDTH for n in (width, precision)):
            raise RenderLimit(f"A format is wider than {MAX_WIDTH:,} characters.")


def _check_numbers(operator: str, left: Any, right: Any) -> None:
    if not (isinstance(left, int) and isinstance(right, int)):
        return
    if operator == "**" and right > 0 and abs(left) > 1 and left.bit_length() * right > MAX_BITS:
        raise RenderLimit("The power is too large.")
    if operator == "*" and left.bit_length() + right.bit_length() > MAX_BITS:
        raise RenderLimit("The product is too large.")


class _Bounds(NodeTransformer):
    """Count every loop turn against the render's budget; size every ``~`` join."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, _STEPS, [], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Filter(node, _SIZED, [], [], None, None, lineno=node.lineno)


class BoundedTemplate(Template):
    """A compiled template whose render streams, counted, under a fresh budget."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        token = _budget.set(budget := _Budget())
        try:
            pieces: list[str] = []
            size = 0
            stream = self.generate(*args, **kwargs)
            for piece in stream:
                size += len(piece)
                if size > MAX_OUTPUT:
                    raise RenderLimit(
                        f"The text is longer than {MAX_OUTPUT:,} characters.", self._at(stream)
                    )
                budget.check_time()
                pieces.append(piece)
            return str(self.environment.concat(pieces))
        finally:
            _budget.reset(token)

    def _at(self, stream: Any) -> int | None:
        """The template line the paused render is at."""
        while getattr(stream, "gi_yieldfrom", None) is not None:
            stream = stream.gi_yieldfrom
        frame = getattr(stream, "gi_frame", None)
        return self.get_corresponding_lineno(frame.f_lineno) if frame is not None else None


class Sandbox(SandboxedEnvironment):
    """Jinja's sandbox with nothing to call and only the offered attributes to read."""

    # intercepted operators are also never folded at compile time, where a constant
    # '%02000000000d' % 1 would otherwise be computed before any check ran
    intercepted_binops = frozenset({"*", "**", "%", "+"})
    template_class = BoundedTemplate

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        return isinstance(obj, Offered) and attr in obj._fields

    def is_safe_callable(self, obj: Any) -> bool:
        return False

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            size = next((len(v) for v in (left, right) if isinstance(v, str | list | tuple)), None)
            times = next((v for v in (left, right) if isinstance(v, int)), 1)
            if size is not None and size * times > MAX_REPEAT:
                raise RenderLimit("The repeated text is too long.")
        if operator == "%" and isinstance(left, str):
            _check_format(left)
        _check_numbers(operator, left, right)
        return _sized(super().call_binop(context, operator, left, right))

    def _generate(
        self,
        source: nodes.Template,
        name: str | None,
        filename: str | None,
        defer_init: bool = False,
    ) -> str:
        return super()._generate(_Bounds().visit(source), name, filename, defer_init)


def user_filters(env: SandboxedEnvironment) -> dict[str, Any]:
    """The filters a template may name (the renderer's own are not among them)."""
    return {k: v for k, v in env.filters.items() if not k.startswith("_leaddesk")}


def _isolated(value: Any) -> Any:
    if isinstance(value, Markup):  # already safe HTML stays safe
        return Markup(isolate_value(str(value)))
    return isolate_value(str(value))


def environment(html: bool, shown: bool = False) -> Sandbox:
    env = Sandbox(
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
    env.filters["replace"] = _bounded_replace
    env.filters[_STEPS] = _steps
    env.filters[_SIZED] = _sized_filter
    env.tests = {k: v for k, v in env.tests.items() if k in {"defined", "undefined", "none"}}
    return env


TEXT_ENV = environment(html=False)
HTML_ENV = environment(html=True)
SHOWN_ENVS = {
    False: environment(html=False, shown=True),
    True: environment(html=True, shown=True),
}
