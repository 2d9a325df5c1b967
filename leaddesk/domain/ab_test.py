"""Comparing template variants: which wording gets more replies or customers.

Two variants are compared with the pooled two-proportion z-test; three or
more with Pearson's chi-square test of independence on the k x 2 table (for
two variants both give the same p-value). Significant means p < 0.05.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

ALPHA = 0.05
MIN_EXPECTED = 5  # below this in any cell the tests' approximation is poor


@dataclass(frozen=True)
class Proportion:
    label: str
    trials: int  # messages sent
    successes: int  # of them replied (or converted)

    @property
    def rate(self) -> float | None:
        return self.successes / self.trials if self.trials else None


@dataclass(frozen=True)
class Comparison:
    test: str  # "z" (two variants) or "chi2"
    statistic: float
    p_value: float
    df: int
    small_sample: bool  # an expected count below 5: read with care

    @property
    def significant(self) -> bool:
        return self.p_value < ALPHA


def compare(groups: Sequence[Proportion]) -> Comparison | None:
    """None while there is nothing to compare (fewer than two variants with sends,
    or every message had the same outcome)."""
    used = [g for g in groups if g.trials > 0]
    if len(used) < 2:
        return None
    n = sum(g.trials for g in used)
    k = sum(g.successes for g in used)
    if k == 0 or k == n:
        return None
    pooled = k / n
    small = any(min(g.trials * pooled, g.trials * (1 - pooled)) < MIN_EXPECTED for g in used)
    if len(used) == 2:
        a, b = used
        se = math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials))
        z = (a.successes / a.trials - b.successes / b.trials) / se
        from scipy import stats  # imported when asked: it takes a second and more

        p = 2 * float(stats.norm.sf(abs(z)))
        return Comparison("z", z, p, 1, small)
    table = [[g.successes, g.trials - g.successes] for g in used]
    from scipy import stats

    chi2, p, df, _expected = stats.chi2_contingency(table, correction=False)
    return Comparison("chi2", float(chi2), float(p), int(df), small)
