"""When two leads are the same person: the rules import, capture and the Duplicates
screen share.

Two leads are duplicates when they have the same email address, the same phone number
(E.164, either of the lead's numbers), the same record id from the program they were
imported from, or names similar enough (rapidfuzz's token-sort ratio, at least the
user's threshold) at the same company. Comparing every pair of 100,000 leads is 5·10⁹
comparisons; comparing within blocks (same address, same number, same normalised
company) is a few hundred thousand.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

DEFAULT_NAME_THRESHOLD = 90
BIG_BLOCK = 60  # companies with more leads than this are compared with cdist
_HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")  # vowel marks and tatweel
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})
_NOT_WORD = re.compile(r"[^\w]+")
# legal forms that say nothing about which company it is
_COMPANY_FORMS = frozenset(
    [
        "inc",
        "ltd",
        "llc",
        "llp",
        "gmbh",
        "ag",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "bv",
        "nv",
        "plc",
        "co",
        "corp",
        "corporation",
        "company",
        "limited",
        "sp",
        "z",
        "o",
        "oo",
        "spzoo",
        "sro",
        "sk",
        "spk",
        "sc",
        "شركه",
        "مؤسسه",
        "ذ",
        "م",
        "م",
    ]
)


def fold(text: str | None) -> str:
    """Text as compared: case, accents, Arabic vowel marks and letter variants and
    punctuation set aside ("Łódź-Bałuty" and "lodz baluty" fold alike)."""
    if not text:
        return ""
    t = text.casefold()
    if not t.isascii():
        t = _HARAKAT.sub("", t.translate(_ALEF)).replace("ł", "l")
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", t).split())


@functools.lru_cache(maxsize=1 << 16)
def company_key(company: str | None) -> str:
    """A company's name without its legal form: "ACME Sp. z o.o." ~ "Acme".

    Cached: a scan asks it for every lead, and a company's leads share its name."""
    words = [w for w in fold(company).split() if w not in _COMPANY_FORMS]
    return " ".join(words)


def name_key(first: str | None, last: str | None) -> str:
    return " ".join(sorted(fold(f"{first or ''} {last or ''}").split()))


@dataclass(frozen=True)
class Contact:
    """What the rules compare of a lead (or of a row about to become one)."""

    id: uuid.UUID
    email: str | None = None
    phones: tuple[str, ...] = ()
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    external_id: str | None = None

    @property
    def name(self) -> str:
        return name_key(self.first_name, self.last_name)


@dataclass(frozen=True)
class Match:
    id: uuid.UUID
    rule: str  # "email", "phone", "external_id", "name_company"
    score: int  # 100 for an exact rule, the names' similarity otherwise


@dataclass
class MatchIndex:
    """Leads by email, phone, external id and company, for finding a row's match."""

    threshold: int = DEFAULT_NAME_THRESHOLD
    emails: dict[str, uuid.UUID] = field(default_factory=dict)
    phones: dict[str, uuid.UUID] = field(default_factory=dict)
    external: dict[str, uuid.UUID] = field(default_factory=dict)
    companies: dict[str, list[tuple[str, uuid.UUID]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def add(self, c: Contact) -> None:
        if c.email:
            self.emails.setdefault(c.email, c.id)
        for p in c.phones:
            self.phones.setdefault(p, c.id)
        if c.external_id:
            self.external.setdefault(c.external_id, c.id)
        company, name = company_key(c.company), c.name
        if company and name:
            self.companies[company].append((name, c.id))

    def match(self, c: Contact) -> Match | None:
        """The lead ``c`` is most surely a duplicate of, or None."""
        if c.external_id and (found := self.external.get(c.external_id)):
            return Match(found, "external_id", 100)
        if c.email and (found := self.emails.get(c.email)):
            return Match(found, "email", 100)
        for p in c.phones:
            if found := self.phones.get(p):
                return Match(found, "phone", 100)
        company, name = company_key(c.company), c.name
        if not (company and name):
            return None
        best: Match | None = None
        for other, other_id in self.companies.get(company, ()):
            score = round(fuzz.token_sort_ratio(name, other))
            if score >= self.threshold and (best is None or score > best.score):
                best = Match(other_id, "name_company", score)
        return best


@dataclass(frozen=True)
class Group:
    """Leads that are likely one person, the strongest evidence first."""

    ids: tuple[uuid.UUID, ...]
    rules: frozenset[str]
    score: int


def duplicate_groups(
    contacts: Sequence[Contact], *, threshold: int = DEFAULT_NAME_THRESHOLD
) -> list[Group]:
    """Groups of two or more contacts linked by any rule (a chain a~b~c is one
    group), strongest first: exact rules before similar names, more rules first."""
    parent = list(range(len(contacts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    rules: dict[int, set[str]] = defaultdict(set)
    scores: dict[int, int] = defaultdict(int)

    def link(i: int, j: int, rule: str, score: int) -> None:
        a, b = root(i), root(j)
        if a != b:
            parent[b] = a
            rules[a] |= rules.pop(b, set())
            scores[a] = max(scores[a], scores.pop(b, 0))
        rules[a].add(rule)
        scores[a] = max(scores[a], score)

    def block(keys: Iterable[tuple[str, int]], rule: str) -> None:
        first: dict[str, int] = {}
        for key, i in keys:
            if key in first:
                link(first[key], i, rule, 100)
            else:
                first[key] = i

    block(((c.email, i) for i, c in enumerate(contacts) if c.email), "email")
    block(((p, i) for i, c in enumerate(contacts) for p in c.phones), "phone")
    block(((c.external_id, i) for i, c in enumerate(contacts) if c.external_id), "external_id")
    by_company: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, c in enumerate(contacts):
        if (key := company_key(c.company)) and (name := c.name):
            by_company[key].append((i, name))
    blocks: list[list[tuple[int, str]]] = []
    for members in by_company.values():
        if len(members) < BIG_BLOCK:
            blocks.append(members)
            continue
        # a large company: within it, names whose token-sorted forms begin alike (two
        # names at 90 or more differ in a letter or two, rarely in the very first)
        by_start: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for member in members:
            by_start[member[1][:1]].append(member)
        blocks += by_start.values()
    # names are name_key()s, their words sorted already: the plain ratio of two is their
    # token-sort ratio, without sorting the words again for every pair (a third of the time)
    for part in blocks:
        if len(part) < 2:
            continue
        if len(part) < BIG_BLOCK:
            for a, (i, name_a) in enumerate(part):
                for j, name_b in part[a + 1 :]:
                    score = fuzz.ratio(name_a, name_b, score_cutoff=threshold)
                    if score:
                        link(i, j, "name_company", round(score))
            continue
        names = [name for _, name in part]  # all pairs at once, in C
        matrix = process.cdist(names, names, scorer=fuzz.ratio, score_cutoff=threshold, workers=-1)
        for a, b in zip(*matrix.nonzero(), strict=True):
            if a < b:
                link(part[a][0], part[b][0], "name_company", round(float(matrix[a, b])))

    grouped: dict[int, list[uuid.UUID]] = defaultdict(list)
    for i, c in enumerate(contacts):
        grouped[root(i)].append(c.id)
    groups = [
        Group(tuple(ids), frozenset(rules[r]), scores[r])
        for r, ids in grouped.items()
        if len(ids) > 1
    ]
    exact = {"email", "phone", "external_id"}
    groups.sort(key=lambda g: (not (g.rules & exact), -len(g.rules), -g.score, -len(g.ids)))
    return groups
