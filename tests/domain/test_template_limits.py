"""No template can run away: every render ends quickly and small, and what cannot be
filled in is found when the template is checked, with its line and column."""

from __future__ import annotations

import threading
import time
import tracemalloc
from collections.abc import Callable

import pytest

from leaddesk.domain import template_sandbox
from leaddesk.domain.templates import (
    CompiledTemplate,
    MessageContext,
    TemplateProblems,
    check_part,
    check_template,
)

ANNA = MessageContext(
    lead={"first_name": "Anna", "last_name": "Kowalska", "name": "Anna Kowalska"},
    user={"name": "Maria Nowak"},
)
LIMIT_S = 3.0  # far above what the bounds allow, far below the minutes an unbounded run takes


def within(seconds: float, work: Callable[[], object]) -> object:
    """``work``'s result or exception, failing the test if it has not ended in time
    (it then runs on in a daemon thread, as a runaway render would have)."""
    done: list[object] = []

    def run() -> None:
        try:
            done.append(("ok", work()))
        except BaseException as exc:  # handed to the test as it is
            done.append(("raised", exc))

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert done, f"still running after {seconds} s"
    kind, value = done[0]  # type: ignore[misc]
    if kind == "raised":
        raise value  # type: ignore[misc]
    return value


RUNAWAYS = {
    "tower of powers": "{{ (((9**99)**99)**99)**99 }}",
    "squaring by products": "{% set a = 9**99 %}{% set b = a*a %}{% set c = b*b %}"
    "{% set d = c*c %}{% set e = d*d %}{% set f = e*e %}{% set g = f*f %}{{ g*g }}",
    "nested loops": "{% for a in 'x'*10000 %}{% for b in 'x'*10000 %}{% endfor %}{% endfor %}",
    "loops that print": "{% for a in 'x'*10000 %}{{ 'y'*10000 }}{% endfor %}",
    "wide format": "{{ '%02000000000d' % 1 }}",
    "width from a value": "{{ '%*d' % (2000000000, 1) }}",
    "doubling joins": "{% set a = 'x'*10000 %}{% set b = a ~ a %}{% set c = b ~ b %}"
    "{% set d = c ~ c %}{% set e = d ~ d %}{% set f = e ~ e %}{{ f ~ f }}",
    "doubling sums": "{% set a = 'x'*10000 %}{% set b = a + a %}{% set c = b + b %}"
    "{% set d = c + c %}{% set e = d + d %}{% set f = e + e %}{{ f + f }}",
    "replace that multiplies": "{{ ('x'*10000)|replace('x', 'x'*10000)|replace('x', 'yy') }}",
    "float overflow": "{{ 2.0 ** 100000 }}",
}


@pytest.mark.parametrize("source", RUNAWAYS.values(), ids=RUNAWAYS.keys())
def test_a_runaway_template_is_stopped_quickly_small_and_named(source: str) -> None:
    tracemalloc.start()
    try:
        started = time.monotonic()
        with pytest.raises(TemplateProblems) as caught:
            within(LIMIT_S, lambda: CompiledTemplate("Hi", "Dear Anna,\n" + source).render(ANNA))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < LIMIT_S
    assert peak < 50_000_000, f"{peak:,} bytes"
    (problem,) = caught.value.problems
    assert (problem.part, problem.line, problem.code) == ("body", 2, "render")


@pytest.mark.parametrize("source", RUNAWAYS.values(), ids=RUNAWAYS.keys())
def test_a_runaway_template_fails_its_check_before_it_is_saved(source: str) -> None:
    found = within(LIMIT_S, lambda: check_template("Hi", source))
    assert [p.code for p in found] == ["render"]  # type: ignore[attr-defined]


def test_a_render_that_takes_too_long_is_stopped_by_the_clock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(template_sandbox, "MAX_SECONDS", 0.05)
    slow = "{% for a in 'x'*9000 %}{{ ('y'*9000)|replace('y', 'zz')|truncate(5) }}{% endfor %}"
    with pytest.raises(TemplateProblems, match=r"longer than 0\.05 s"):
        within(LIMIT_S, lambda: CompiledTemplate(None, slow).render(ANNA))


def test_a_loop_of_reasonable_size_still_renders() -> None:
    t = CompiledTemplate(None, "{% for c in lead.first_name %}{{ c|upper }}.{% endfor %}")
    assert t.render(ANNA).body == "A.N.N.A."
    assert CompiledTemplate(None, "{{ 2 ** 64 }} {{ '%05d' % 42 }}").render(ANNA).body == (
        "18446744073709551616 00042"
    )


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{{ 1/0 }}", "Division by zero."),
        ("{{ '%c' % 1114112 }}", "%c arg not in range(0x110000)."),
        ("{{ '%(x)s' % lead }}", "There is no field 'x' to fill in."),
        ("{{ '%d' % lead.first_name }}", "%d format: a real number is required, not str."),
    ],
)
def test_what_reads_well_but_cannot_be_filled_in_fails_its_check_with_line_and_column(
    source: str, message: str
) -> None:
    (problem,) = check_template("Hi", "Dear {{ lead.first_name }},\n\n  Total: " + source)
    assert (problem.part, problem.line, problem.column) == ("body", 3, 10)
    assert (problem.code, problem.message) == ("render", message)


def test_deep_nesting_is_a_problem_not_a_crash() -> None:
    brackets = "{{ " + "(" * 400 + "1" + ")" * 400 + " }}"
    loops = "{% for a in 'ab' %}" * 40 + "x" + "{% endfor %}" * 40
    for source in (brackets, loops):
        found = check_template(None, source)
        assert [p.code for p in found] == ["too_deep"], source[:40]
        with pytest.raises(TemplateProblems, match="nested too deeply"):
            CompiledTemplate(None, source)


@pytest.mark.parametrize(
    "source",
    [
        "{% set x %}{{ lead.name }}{% endset %}{{ x }}",
        "{% filter upper %}{{ lead.name }}{% endfilter %}",
        "{% for c in lead.name recursive %}{{ c }}{% endfor %}",
        "{{ lead.name|_leaddesk_sized }}",
    ],
)
def test_what_could_slip_past_the_bounds_is_refused_by_the_check(source: str) -> None:
    found = check_part("body", source)
    assert found and found[0].code in ("not_allowed", "unknown_filter"), source


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("{{ '%r' % lead }}", "'Anna Kowalska'"),
        ("{{ '%s' % user }}", "Maria Nowak"),
        ("{{ lead }}", "Anna Kowalska"),
        ("{{ '%r' % (lead,) }}", "'Anna Kowalska'"),
    ],
)
def test_an_offered_object_prints_as_its_name_never_as_python(source: str, shown: str) -> None:
    out = CompiledTemplate(None, source).render(ANNA).body
    assert out == shown
    assert "object at" not in out and "leaddesk" not in out


def test_a_subject_longer_than_a_subject_may_be_is_refused_not_cut() -> None:
    long_company = MessageContext(lead={"name": "Anna", "company": "C" * 290})
    t = CompiledTemplate("Offer for {{ lead.company }} and {{ lead.name }}", "Hi")
    with pytest.raises(TemplateProblems) as caught:
        t.render(long_company)
    (problem,) = caught.value.problems
    assert (problem.part, problem.code) == ("subject", "subject_too_long")
    assert "309 characters" in problem.message
    assert len(t.render(ANNA).subject) < 300
