"""Agreement statistics for QA calibration: pure Python, no Qt, no numpy.

Calibration compares a reviewer's answers with reference decisions (golden
items, or the moderator's live decision) and reviewers with one another. Raw
accuracy alone misleads when one category dominates, and Cohen's kappa
misleads the other way when violations are rare (the prevalence paradox: 94 %
agreement can give a kappa near zero), so the report gives accuracy, kappa and
Gwet's AC1 side by side; Krippendorff's alpha covers several reviewers who did
not all rate the same items.

Every function takes labels as hashable values (action codes, policy areas)
and ``None`` for "no rating". A coefficient that is undefined for the data
(for example kappa when both raters used one single category) is ``None``,
never NaN, so that it survives JSON.

References:

* Cohen, J. (1960). A coefficient of agreement for nominal scales. *Educational
  and Psychological Measurement* 20(1), 37-46.
* Gwet, K. L. (2008). Computing inter-rater reliability and its variance in the
  presence of high agreement. *British Journal of Mathematical and Statistical
  Psychology* 61(1), 29-48.
* Gwet, K. L. (2014). *Handbook of Inter-Rater Reliability*, 4th ed. (the
  multi-rater AC1 with missing ratings, and its worked 4-rater example).
* Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability.
  Annenberg School for Communication, University of Pennsylvania.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

L = TypeVar("L", bound=Hashable)

__all__ = [
    "ConfusionMatrix",
    "PairStats",
    "cohen_kappa",
    "confusion_matrix",
    "gwet_ac1",
    "gwet_ac1_multi",
    "krippendorff_alpha_nominal",
    "pair_stats",
    "percent_agreement",
]


def _pairs(a: Sequence[L | None], b: Sequence[L | None]) -> list[tuple[L, L]]:
    """The items both raters rated; the sequences are aligned item by item."""
    if len(a) != len(b):
        raise ValueError(f"the two raters' sequences differ in length ({len(a)} vs {len(b)})")
    return [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]


def percent_agreement(a: Sequence[L | None], b: Sequence[L | None]) -> float | None:
    """Share of the items rated by both on which they gave the same label: p_o = n_agree / n.

    None when no item was rated by both.
    """
    pairs = _pairs(a, b)
    if not pairs:
        return None
    return sum(1 for x, y in pairs if x == y) / len(pairs)


def cohen_kappa(a: Sequence[L | None], b: Sequence[L | None]) -> float | None:
    """Cohen's (1960) kappa for two raters on the items both rated.

    kappa = (p_o - p_e) / (1 - p_e), with p_o the observed agreement and
    p_e = sum_k p_(a,k) * p_(b,k) the agreement expected from each rater's own
    marginal distribution (Cohen 1960). None when p_e = 1 (both
    raters used one and the same category throughout) or nothing was rated by both.
    """
    pairs = _pairs(a, b)
    n = len(pairs)
    if n == 0:
        return None
    po = sum(1 for x, y in pairs if x == y) / n
    ca = Counter(x for x, _ in pairs)
    cb = Counter(y for _, y in pairs)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if pe >= 1.0:
        return None
    return (po - pe) / (1.0 - pe)


def gwet_ac1(
    a: Sequence[L | None], b: Sequence[L | None], categories: Iterable[L] | None = None
) -> float | None:
    """Gwet's (2008) first-order agreement coefficient AC1 for two raters.

    AC1 = (p_a - p_e) / (1 - p_e), with p_a the observed agreement and
    p_e = 1/(Q-1) * sum_q pi_q (1 - pi_q), where pi_q = (p_(a,q) + p_(b,q)) / 2 is
    the mean share of category q and Q the number of categories (Gwet 2008).
    Chance agreement is the probability that a rating is random times the
    probability of agreeing at random, so it stays small when one
    category dominates: AC1 does not collapse in the prevalence paradox.

    ``categories`` is the rating scale (e.g. every action of the taxonomy); by
    default the categories the raters used. None when Q < 2 or nothing was rated
    by both.
    """
    pairs = _pairs(a, b)
    units = [[x, y] for x, y in pairs]
    return gwet_ac1_multi(units, categories) if units else None


def gwet_ac1_multi(
    ratings: Sequence[Sequence[L | None]], categories: Iterable[L] | None = None
) -> float | None:
    """Gwet's AC1 for any number of raters with missing ratings (Gwet 2008, sec. 5; 2014).

    ``ratings`` is one row per item (unit), one column per rater, None where a
    rater did not rate the item. With r_i raters on item i and r_iq of them
    choosing q:

    * p_a = 1/n' * sum over items with r_i >= 2 of sum_q r_iq (r_iq - 1) / (r_i (r_i - 1)),
      n' being the number of such items;
    * pi_q = 1/n * sum over items with r_i >= 1 of r_iq / r_i;
    * p_e = 1/(Q-1) * sum_q pi_q (1 - pi_q); AC1 = (p_a - p_e) / (1 - p_e).

    For two raters and no missing ratings this is :func:`gwet_ac1`.
    """
    rows = [Counter(v for v in row if v is not None) for row in ratings]
    rows = [r for r in rows if r]
    cats = set(categories) if categories is not None else set()
    for r in rows:
        cats.update(r)
    q = len(cats)
    multi = [r for r in rows if sum(r.values()) >= 2]
    if q < 2 or not multi:
        return None
    pa = 0.0
    for r in multi:
        ri = sum(r.values())
        pa += sum(c * (c - 1) for c in r.values()) / (ri * (ri - 1))
    pa /= len(multi)
    pi: defaultdict[L, float] = defaultdict(float)
    for r in rows:
        ri = sum(r.values())
        for k, c in r.items():
            pi[k] += c / ri
    n = len(rows)
    pe = sum((p / n) * (1.0 - p / n) for p in pi.values()) / (q - 1)
    return (pa - pe) / (1.0 - pe)


def krippendorff_alpha_nominal(ratings: Sequence[Sequence[L | None]]) -> float | None:
    """Krippendorff's alpha for nominal data, any number of raters, missing ratings allowed.

    Follows Krippendorff (2011), section C: one row per unit, one column per
    observer. Units with fewer than two values are not pairable and drop out.
    The coincidence matrix counts every ordered pair of values within a unit,
    weighted 1/(m_u - 1) where m_u is the number of values in the unit:
    o_ck = sum_u (number of c-k pairs in u) / (m_u - 1). With n_c = sum_k o_ck and
    n = sum_c n_c, for nominal data

        alpha = 1 - (n - 1) * sum_(c != k) o_ck / sum_(c != k) n_c * n_k

    (observed over expected disagreement, D_o / D_e). None when no unit is
    pairable or every value is the same (D_e = 0).
    """
    coincidence: defaultdict[tuple[L, L], float] = defaultdict(float)
    for row in ratings:
        values = [v for v in row if v is not None]
        m = len(values)
        if m < 2:
            continue
        counts = Counter(values)
        for c, nc in counts.items():
            for k, nk in counts.items():
                pairs = nc * (nc - 1) if c == k else nc * nk
                if pairs:
                    coincidence[(c, k)] += pairs / (m - 1)
    if not coincidence:
        return None
    marg: defaultdict[L, float] = defaultdict(float)
    for (c, _k), v in coincidence.items():
        marg[c] += v
    n = sum(marg.values())
    observed = sum(v for (c, k), v in coincidence.items() if c != k)
    expected = sum(marg[c] * marg[k] for c in marg for k in marg if c != k)
    if expected == 0:
        return None
    return 1.0 - (n - 1) * observed / expected


@dataclass(frozen=True)
class ConfusionMatrix(Generic[L]):
    """Counts of (reference label, answer label); rows are the reference, columns the answer."""

    labels: list[L]
    counts: list[list[int]]

    def count(self, reference: L, answer: L) -> int:
        return self.counts[self.labels.index(reference)][self.labels.index(answer)]

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.counts)


def confusion_matrix(
    reference: Sequence[L | None], answer: Sequence[L | None], labels: Iterable[L] | None = None
) -> ConfusionMatrix[L]:
    """The confusion matrix of the items both rated. ``labels`` fixes the order (the
    taxonomy's order reads best); labels seen in the data but not listed follow, sorted."""
    pairs = _pairs(reference, answer)
    order: list[L] = list(dict.fromkeys(labels)) if labels is not None else []
    seen = {v for p in pairs for v in p}
    order += sorted((v for v in seen if v not in order), key=str)
    index = {v: i for i, v in enumerate(order)}
    counts = [[0] * len(order) for _ in order]
    for x, y in pairs:
        counts[index[x]][index[y]] += 1
    return ConfusionMatrix(labels=order, counts=counts)


@dataclass(frozen=True)
class PairStats(Generic[L]):
    """One reviewer against the reference: what the calibration report shows."""

    n: int
    agreed: int
    accuracy: float | None
    kappa: float | None
    ac1: float | None
    matrix: ConfusionMatrix[L] = field(repr=False)


def pair_stats(
    reference: Sequence[L | None], answer: Sequence[L | None], categories: Iterable[L] | None = None
) -> PairStats[L]:
    """Accuracy, Cohen's kappa, Gwet's AC1 and the confusion matrix in one call."""
    cats = list(categories) if categories is not None else None
    pairs = _pairs(reference, answer)
    return PairStats(
        n=len(pairs),
        agreed=sum(1 for x, y in pairs if x == y),
        accuracy=percent_agreement(reference, answer),
        kappa=cohen_kappa(reference, answer),
        ac1=gwet_ac1(reference, answer, cats),
        matrix=confusion_matrix(reference, answer, cats),
    )
