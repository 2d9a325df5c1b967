"""The conversion model's inputs: what the caller says each column is, and how its values
become the numbers logistic regression weighs.

The caller (the scoring service) describes each input column by name and kind and hands
over rows as plain dicts ``{column: value}``; missing values are None, "" or a placeholder
(model_values). Each kind becomes a few features, always with a way to say "missing":

- NUMBER: median-imputed, clipped to the training part's 0.5 to 99.5 % range, standardised
  (one feature per standard deviation), a missing flag, and the value's sextile as
  one-hot bins, so an effect that is not a straight line (visits: few is bad, some good,
  very many a bot) is still learnt;
- COUNT: the same on log(1 + x) of a non-negative number: activity counts and recency in
  days, where the step from 0 to 3 matters more than from 30 to 33;
- YES_NO: 1 for yes, and a missing flag;
- CATEGORY: one-hot over the levels seen at least ``min_count`` times (folded, so
  "Google" and "google" are one), the rest grouped as "other", missing its own level;
- WORDS: a job title's words seen at least ``min_count`` times, one feature each, and a
  missing flag.

An encoder is plain data (``to_dict``/``encoder_from_dict``), fitted on the training part
only. It encodes one value in pure Python (a lead being saved) or a column of values with
numpy as sparse triplets (training, and scoring the whole database).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

from leaddesk.domain.model_values import category_key, number, shown, words, yes_no

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Triplets = tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.float64]]

MISSING = "(missing)"
OTHER = "(other)"
MAX_LEVELS = 60  # more levels than this is free text: the rarest join "other"
MAX_WORDS = 120
BINS = 6


class FeatureKind(StrEnum):
    NUMBER = "number"
    COUNT = "count"
    YES_NO = "yes_no"
    CATEGORY = "category"
    WORDS = "words"


@dataclass(frozen=True)
class FeatureSpec:
    """One input column: its key in the rows, and what kind of value it holds."""

    column: str
    kind: FeatureKind


def _np() -> Any:
    import numpy  # imported when asked: the app's start does not pay for it

    return numpy


@dataclass(frozen=True)
class NumberEncoder:
    column: str
    kind: FeatureKind  # NUMBER or COUNT (log1p)
    median: float
    lo: float
    hi: float
    mean: float
    scale: float
    edges: tuple[float, ...]  # bin edges on the value as given (not log1p): both paths agree

    @property
    def width(self) -> int:
        return 2 + (len(self.edges) + 1 if self.edges else 0)

    def labels(self) -> tuple[str, ...]:
        bins = []
        if self.edges:
            cuts = [round(e, 2) for e in self.edges]
            bins = [f"< {cuts[0]:g}"]
            bins += [f"{a:g} to {b:g}" for a, b in itertools.pairwise(cuts)]
            bins.append(f"≥ {cuts[-1]:g}")
        return ("per standard deviation", MISSING, *bins)

    def _forward(self, x: float) -> float:
        return math.log1p(max(x, 0.0)) if self.kind is FeatureKind.COUNT else x

    def one(self, value: object) -> list[tuple[int, float]]:
        x = number(value)
        if x is None:
            return [(0, (self.median - self.mean) / self.scale), (1, 1.0)]
        t = min(max(self._forward(x), self.lo), self.hi)
        out = [(0, (t - self.mean) / self.scale)]
        if self.edges:
            k = sum(1 for e in self.edges if x >= e)  # numpy's searchsorted(side="right")
            out.append((2 + k, 1.0))
        return out

    def batch(self, values: Sequence[object]) -> Triplets:
        np = _np()
        n = len(values)
        x = np.array([number(v) for v in values], dtype=float)  # None becomes nan
        missing = np.isnan(x)
        raw = x
        if self.kind is FeatureKind.COUNT:
            x = np.log1p(np.maximum(x, 0.0))
        t = np.clip(np.where(missing, self.median, x), self.lo, self.hi)
        z = (np.where(missing, self.median, t) - self.mean) / self.scale
        rows = [np.arange(n), np.flatnonzero(missing)]
        cols = [np.zeros(n, dtype=np.intp), np.ones(int(missing.sum()), dtype=np.intp)]
        data = [z, np.ones(int(missing.sum()))]
        if self.edges:
            seen = np.flatnonzero(~missing)
            k = np.searchsorted(np.array(self.edges), raw[seen], side="right")
            rows.append(seen)
            cols.append(2 + k)
            data.append(np.ones(len(seen)))
        return _joined(rows, cols, data)

    def to_dict(self) -> dict[str, Any]:
        return {
            "column": self.column, "kind": self.kind.value, "median": self.median,
            "lo": self.lo, "hi": self.hi, "mean": self.mean, "scale": self.scale,
            "edges": list(self.edges),
        }  # fmt: skip


@dataclass(frozen=True)
class YesNoEncoder:
    column: str
    kind: FeatureKind = FeatureKind.YES_NO

    width = 2

    def labels(self) -> tuple[str, ...]:
        return ("yes", MISSING)

    def one(self, value: object) -> list[tuple[int, float]]:
        flag = yes_no(value)
        return [] if flag is False else [(0 if flag else 1, 1.0)]

    def batch(self, values: Sequence[object]) -> Triplets:
        np = _np()
        code = {True: 0, False: -1, None: 1}
        seen: dict[object, int] = {}
        found: list[int] = []
        for v in values:
            try:
                found.append(seen[v])
            except KeyError:
                seen[v] = code[yes_no(v)]
                found.append(seen[v])
            except TypeError:  # not hashable: read it each time
                found.append(code[yes_no(v)])
        codes = np.array(found, dtype=int)
        rows = np.flatnonzero(codes >= 0)
        return rows, codes[rows].astype(np.intp), np.ones(len(rows))

    def to_dict(self) -> dict[str, Any]:
        return {"column": self.column, "kind": self.kind.value}


@dataclass(frozen=True)
class CategoryEncoder:
    column: str
    levels: tuple[str, ...]  # folded keys, most common first
    shown: tuple[str, ...]  # each level as most often written, for the model page
    kind: FeatureKind = FeatureKind.CATEGORY

    @property
    def width(self) -> int:
        return len(self.levels) + 2

    def labels(self) -> tuple[str, ...]:
        return (*self.shown, OTHER, MISSING)

    @cached_property
    def _index(self) -> dict[str | None, int]:
        found: dict[str | None, int] = {k: i for i, k in enumerate(self.levels)}
        found[None] = len(self.levels) + 1
        return found

    def one(self, value: object) -> list[tuple[int, float]]:
        key = category_key(value)
        return [(self._index.get(key, len(self.levels)), 1.0)]

    def batch(self, values: Sequence[object]) -> Triplets:
        np = _np()
        index, other = self._index, len(self.levels)
        # a value read once per batch; by type too, as True == 1 but reads "yes", not "1"
        seen: dict[object, int] = {}
        cols: list[int] = []
        for v in values:
            key = v if v.__class__ is str else (v.__class__, v)
            try:
                cols.append(seen[key])
            except KeyError:
                seen[key] = index.get(category_key(v), other)
                cols.append(seen[key])
            except TypeError:  # not hashable: read it each time
                cols.append(index.get(category_key(v), other))
        n = len(values)
        return np.arange(n), np.array(cols, dtype=np.intp), np.ones(n)

    def to_dict(self) -> dict[str, Any]:
        return {
            "column": self.column, "kind": self.kind.value,
            "levels": list(self.levels), "shown": list(self.shown),
        }  # fmt: skip


@dataclass(frozen=True)
class WordsEncoder:
    column: str
    vocabulary: tuple[str, ...]
    kind: FeatureKind = FeatureKind.WORDS

    @property
    def width(self) -> int:
        return len(self.vocabulary) + 1

    def labels(self) -> tuple[str, ...]:
        return (*self.vocabulary, MISSING)

    @cached_property
    def _index(self) -> dict[str, int]:
        return {w: i for i, w in enumerate(self.vocabulary)}

    def one(self, value: object) -> list[tuple[int, float]]:
        found = words(value)
        if not found:
            return [(len(self.vocabulary), 1.0)]
        index = self._index
        return [(index[w], 1.0) for w in found if w in index]

    def batch(self, values: Sequence[object]) -> Triplets:
        np = _np()
        index = self._index
        missing = len(self.vocabulary)
        rows: list[int] = []
        cols: list[int] = []
        for r, v in enumerate(values):
            found = words(v)
            if not found:
                rows.append(r)
                cols.append(missing)
                continue
            for w in found:
                i = index.get(w)
                if i is not None:
                    rows.append(r)
                    cols.append(i)
        return np.array(rows, dtype=np.intp), np.array(cols, dtype=np.intp), np.ones(len(rows))

    def to_dict(self) -> dict[str, Any]:
        return {"column": self.column, "kind": self.kind.value, "vocabulary": list(self.vocabulary)}


Encoder = NumberEncoder | YesNoEncoder | CategoryEncoder | WordsEncoder


def _joined(rows: list[Any], cols: list[Any], data: list[Any]) -> Triplets:
    np = _np()
    return (
        np.concatenate(rows).astype(np.intp),
        np.concatenate(cols).astype(np.intp),
        np.concatenate(data).astype(float),
    )


def fit_encoder(spec: FeatureSpec, values: Sequence[object], *, min_count: int) -> Encoder:
    """The encoder of one column, learnt from the training part's values."""
    if spec.kind in (FeatureKind.NUMBER, FeatureKind.COUNT):
        return _fit_number(spec, values)
    if spec.kind is FeatureKind.YES_NO:
        return YesNoEncoder(spec.column)
    if spec.kind is FeatureKind.CATEGORY:
        keys = Counter(category_key(v) for v in values)
        keys.pop(None, None)
        kept = [k for k, c in keys.most_common(MAX_LEVELS) if c >= min_count and k is not None]
        spelled: dict[str, Counter[str]] = {k: Counter() for k in kept}
        for v in values:
            key = category_key(v)
            if key in spelled:
                spelled[key][shown(v)] += 1
        labels = tuple(spelled[k].most_common(1)[0][0] for k in kept)
        return CategoryEncoder(spec.column, tuple(kept), labels)
    counts = Counter(w for v in values for w in words(v))
    vocabulary = [w for w, c in counts.most_common(MAX_WORDS) if c >= min_count]
    return WordsEncoder(spec.column, tuple(vocabulary))


def _fit_number(spec: FeatureSpec, values: Sequence[object]) -> NumberEncoder:
    np = _np()
    raw = np.array([number(v) for v in values], dtype=float)
    raw = raw[~np.isnan(raw)]
    if not len(raw):
        return NumberEncoder(spec.column, spec.kind, 0.0, 0.0, 0.0, 0.0, 1.0, ())
    x = np.log1p(np.maximum(raw, 0.0)) if spec.kind is FeatureKind.COUNT else raw
    lo, hi = (float(q) for q in np.quantile(x, [0.005, 0.995]))
    x = np.clip(x, lo, hi)
    scale = float(x.std()) or 1.0
    raw_lo, raw_hi = np.quantile(raw, [0.005, 0.995])
    cuts = np.unique(np.quantile(np.clip(raw, raw_lo, raw_hi), np.arange(1, BINS) / BINS))
    edges = tuple(float(e) for e in cuts if raw_lo < e <= raw_hi)
    median = float(np.median(x))
    return NumberEncoder(spec.column, spec.kind, median, lo, hi, float(x.mean()), scale, edges)


def encoder_from_dict(d: dict[str, Any]) -> Encoder:
    kind = FeatureKind(d["kind"])
    column = str(d["column"])
    if kind in (FeatureKind.NUMBER, FeatureKind.COUNT):
        return NumberEncoder(
            column, kind, float(d["median"]), float(d["lo"]), float(d["hi"]),
            float(d["mean"]), float(d["scale"]), tuple(float(e) for e in d["edges"]),
        )  # fmt: skip
    if kind is FeatureKind.YES_NO:
        return YesNoEncoder(column)
    if kind is FeatureKind.CATEGORY:
        return CategoryEncoder(
            column, tuple(str(k) for k in d["levels"]), tuple(str(s) for s in d["shown"])
        )
    return WordsEncoder(column, tuple(str(w) for w in d["vocabulary"]))
