"""Templates render what they are offered and nothing else, and say where they are wrong."""

from __future__ import annotations

import pytest

from leaddesk.domain.templates import (
    PLACEHOLDERS,
    CompiledTemplate,
    MessageContext,
    TemplateProblems,
    check_part,
)

ANNA = MessageContext(
    lead={"first_name": "Anna", "last_name": "Kowalska", "name": "Anna Kowalska", "company": None},
    user={"name": "Maria Nowak", "email": "maria@example.com"},
    product="Cloud Backup",
)


def problems(source: str, *, html: bool = False) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.code) for p in check_part("body", source, html=html)]


def test_offered_placeholders_render_and_missing_values_are_empty() -> None:
    t = CompiledTemplate(
        "Hello {{ lead.first_name }}",
        "Dear {{ lead.name }},\n{% if lead.company %}at {{ lead.company }}\n{% endif %}"
        "{{ product|upper }} from {{ user.name }}",
    )
    out = t.render(ANNA)
    assert out.subject == "Hello Anna"
    assert out.body == "Dear Anna Kowalska,\nCLOUD BACKUP from Maria Nowak"
    assert out.html is None
    assert "lead.first_name" in PLACEHOLDERS and "product" in PLACEHOLDERS


def test_html_part_escapes_lead_values_and_the_text_part_does_not() -> None:
    ctx = MessageContext(lead={"name": "Tom <b>& Co</b>"})
    t = CompiledTemplate("Hi", "{{ lead.name }}", "<p>{{ lead.name }}</p>")
    out = t.render(ctx)
    assert out.body == "Tom <b>& Co</b>"
    assert out.html == "<p>Tom &lt;b&gt;&amp; Co&lt;/b&gt;</p>"


def test_subject_is_one_line() -> None:
    t = CompiledTemplate("New:\n  {{ product }}\n", "x")
    assert t.render(ANNA).subject == "New: Cloud Backup"


@pytest.mark.parametrize(
    ("source", "where"),
    [
        ("Hello {{ lead.frist_name }}", (1, 10, "unknown_field")),
        ("Hi\n  {{ foo }} and {{ lead.company }}", (2, 6, "unknown_placeholder")),
        ("ok\n{{ product.name }}", (2, 4, "unknown_field")),
        ("Hi {{ lead.first_name }\nok", (1, 23, "syntax")),
        ("Hi {{ lead..x }}", (1, 13, "syntax")),
        ('Hi {{ "abc }}', (1, 7, "syntax")),
        ("Hi {% if lead.company %} y", (1, 27, "syntax")),
        ("{{ lead.first_name | bogus }}", (1, 22, "unknown_filter")),
    ],
)
def test_problems_name_their_line_and_column(source: str, where: tuple[int, int, str]) -> None:
    assert problems(source)[0] == where


def test_an_unknown_placeholder_is_named_with_the_ones_offered() -> None:
    (p,) = check_part("subject", "Hi {{ lead.frist_name }}")
    assert p.part == "subject" and p.name == "lead.frist_name"
    assert "lead.first_name" in p.message and str(p).startswith("subject, line 1, column 7:")


def test_loop_and_set_variables_are_not_unknown() -> None:
    assert problems("{% for c in lead.name %}{{ c }}{% endfor %}{% set x = product %}{{ x }}") == []


@pytest.mark.parametrize(
    "attack",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ lead.__class__ }}",
        "{{ lead._values }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ lipsum.__globals__ }}",
        "{{ self._TemplateReference__context }}",
        "{{ config }}",
        "{{ range(10) }}",
        "{{ ''|attr('__class__') }}",
        "{{ lead.first_name.upper() }}",
        "{{ lead['_values'] }}",
        "{% include '/etc/passwd' %}",
        "{% extends '/etc/passwd' %}",
        "{% import 'os' as os %}",
        "{% macro m() %}x{% endmacro %}{{ m() }}",
        "{{ namespace(a=1) }}",
    ],
)
def test_sandbox_escapes_are_refused_before_rendering(attack: str) -> None:
    assert problems(attack), attack
    with pytest.raises(TemplateProblems):
        CompiledTemplate(None, attack)


def test_the_runtime_sandbox_holds_even_without_the_static_check() -> None:
    """The environment itself refuses what the checker would have caught."""
    from jinja2.exceptions import SecurityError, UndefinedError

    from leaddesk.domain.templates import TEXT_ENV

    variables = ANNA.variables()
    for attack in (
        "{{ ''.__class__ }}",
        "{{ lead.__class__.__init__ }}",
        "{{ lead._values }}",
        "{{ lead.first_name.upper() }}",
        "{{ lead.nope }}",
        "{{ 'a' * 1000000 }}",
        "{{ 9 ** 999999 }}",
    ):
        with pytest.raises((SecurityError, UndefinedError)):
            TEXT_ENV.from_string(attack).render(variables)


def test_output_size_is_bounded() -> None:
    t = CompiledTemplate(None, "{{ 'x' * 9000 }}{{ 'x' * 9000 }}" * 6)
    with pytest.raises(TemplateProblems, match="longer than 100,000"):
        t.render(ANNA)
