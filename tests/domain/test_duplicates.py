"""The duplicate rules import and the Duplicates screen share."""

from __future__ import annotations

import random
import uuid

from leaddesk.domain.duplicates import (
    Contact,
    MatchIndex,
    company_key,
    duplicate_groups,
    fold,
)


def _c(**kw: object) -> Contact:
    return Contact(uuid.uuid4(), **kw)  # type: ignore[arg-type]


def test_folding_sets_aside_case_accents_arabic_marks_and_legal_forms() -> None:
    assert fold("Łódź-Bałuty") == fold("lodz baluty") == "lodz baluty"
    assert fold("أحمد") == fold("احمد")
    assert fold("مُحَمَّد") == fold("محمد")
    assert company_key("ACME Sp. z o.o.") == company_key("Acme") == "acme"
    assert company_key("Globex GmbH") == "globex"


def test_groups_chain_exact_rules_and_similar_names_at_one_company() -> None:
    a = _c(email="a@x.pl")
    b = _c(email="a@x.pl", phones=("+48601234567",))
    c = _c(phones=("+48601234567",))
    d = _c(first_name="Anna", last_name="Kowalska", company="ACME Sp. z o.o.")
    e = _c(first_name="kowalska", last_name="ANNA", company="Acme")
    f = _c(first_name="Anna", last_name="Kowalska", company="Globex")  # another company
    g = _c(first_name="Jan", last_name="Nowak", company="Acme")  # another person
    groups = duplicate_groups([a, b, c, d, e, f, g])
    assert [set(x.ids) for x in groups] == [{a.id, b.id, c.id}, {d.id, e.id}]
    assert groups[0].rules == {"email", "phone"} and groups[1].rules == {"name_company"}


def test_a_large_company_block_finds_the_same_pairs() -> None:
    rnd = random.Random(4)
    names = ["".join(rnd.choice("bcdfghklmnprstwz") + rnd.choice("aeiou") for _ in range(4))
             for _ in range(80)]  # fmt: skip
    people = [_c(first_name=n, last_name="Kowalski", company="Self") for n in names]
    twin = _c(first_name=names[7].upper(), last_name="kowalski", company="self")
    # the words the other way round, and one letter off: still the same person
    swapped = _c(first_name="Kowalsky", last_name=names[7], company="SELF")
    groups = duplicate_groups([*people, twin, swapped])
    assert [set(g.ids) for g in groups] == [{people[7].id, twin.id, swapped.id}]
    small = duplicate_groups([people[3], _c(first_name="Kowalski", last_name=names[3],
                                            company="Self")])  # fmt: skip
    assert small and small[0].score == 100


def test_the_threshold_decides_how_alike_names_must_be() -> None:
    a = _c(first_name="Katarzyna", last_name="Wiśniewska", company="Firma")
    b = _c(first_name="Katarzyna", last_name="Wisniewski", company="Firma")
    assert duplicate_groups([a, b], threshold=80)
    assert not duplicate_groups([a, b], threshold=98)


def test_index_matches_the_strongest_rule_first() -> None:
    idx = MatchIndex()
    known = _c(email="a@x.pl", external_id="zcrm_1", first_name="Ann", company="Acme")
    idx.add(known)
    assert idx.match(_c(external_id="zcrm_1")).rule == "external_id"  # type: ignore[union-attr]
    assert idx.match(_c(email="a@x.pl")).rule == "email"  # type: ignore[union-attr]
    assert idx.match(_c(first_name="Ann", company="ACME Inc.")).rule == "name_company"  # type: ignore[union-attr]
    assert idx.match(_c(first_name="Bob", company="Acme")) is None
