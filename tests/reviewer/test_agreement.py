"""reviewer.agreement against published worked examples and two independent packages.

Published examples:

* Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability": section A
  (binary, two observers, alpha = 0.095), section B (nominal, two observers,
  alpha = 0.692) and section C (nominal, four observers, twelve units, missing
  values, alpha = 0.743).
* Gwet, Handbook of Inter-Rater Reliability (4th ed., 2014): the four-rater,
  twelve-unit data with missing ratings (the same units as Krippendorff's
  section C); AC1 = 0.7754 with p_a = 0.8182 and p_e = 0.1903 (also the values
  the irrCAC documentation prints for its ``raw_4raters`` data set).
* Cohen's kappa: the textbook 2x2 example (20 yes/yes, 5 yes/no, 10 no/yes,
  15 no/no: p_o = 0.70, p_e = 0.50, kappa = 0.40).

Random data is cross-checked against the ``krippendorff`` and ``irrCAC``
packages (test-only dependencies).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

import pytest

from reviewer.agreement import (
    cohen_kappa,
    confusion_matrix,
    gwet_ac1,
    gwet_ac1_multi,
    krippendorff_alpha_nominal,
    pair_stats,
    percent_agreement,
)

N = None

# Krippendorff (2011), section C: observers A-D (rows) by units 1-12 (columns).
KRIPP_C = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]


def units_of(observers: Sequence[Sequence[object]]) -> list[list[object]]:
    """Observer-by-unit rows to unit-by-rater rows."""
    return [list(col) for col in zip(*observers, strict=True)]


def test_krippendorff_2011_section_c_four_observers_missing_values() -> None:
    alpha = krippendorff_alpha_nominal(units_of(KRIPP_C))
    assert alpha == pytest.approx(0.743, abs=5e-4)
    assert alpha == pytest.approx(0.7434210526, abs=1e-9)  # all decimals of the paper's sums


def test_krippendorff_2011_section_a_binary_two_observers() -> None:
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha_nominal(units_of([a, b])) == pytest.approx(0.095, abs=5e-4)


def test_krippendorff_2011_section_b_nominal_two_observers() -> None:
    a = ["a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"]
    b = ["b", "a", "b", "b", "b", "c", "c", "c", "e", "d", "d", "d"]
    assert krippendorff_alpha_nominal(units_of([a, b])) == pytest.approx(0.692, abs=5e-4)


def test_gwet_handbook_four_raters_ac1() -> None:
    # The same data as Krippendorff's section C, but unit 12's single rating given by
    # rater 3 (a unit with one rating still counts towards pi_q in AC1).
    units = units_of(KRIPP_C)
    assert gwet_ac1_multi(units) == pytest.approx(0.77544, abs=5e-5)


def test_cohen_kappa_textbook_example() -> None:
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert percent_agreement(a, b) == pytest.approx(0.70)
    assert cohen_kappa(a, b) == pytest.approx(0.40)


def test_prevalence_paradox_high_accuracy_low_kappa_high_ac1() -> None:
    """Feinstein and Cicchetti's paradox: violations are rare, both raters almost always
    say 'no violation'. 94 % agreement, kappa below zero, AC1 about 0.94."""
    reference = ["none"] * 118 + ["none"] * 5 + ["violation"] * 2
    answer = ["none"] * 118 + ["violation"] * 5 + ["none"] * 2
    stats = pair_stats(reference, answer, ["none", "violation"])
    assert stats.accuracy == pytest.approx(0.944)
    assert stats.kappa is not None
    assert stats.kappa < 0.0
    assert stats.kappa == pytest.approx(-0.0234, abs=5e-4)
    assert stats.ac1 is not None
    assert stats.ac1 > 0.9
    assert stats.ac1 == pytest.approx(0.9408, abs=5e-4)
    assert stats.matrix.count("none", "violation") == 5
    assert stats.matrix.count("violation", "none") == 2


def test_undefined_coefficients_are_none_not_nan() -> None:
    same = ["a"] * 5
    assert cohen_kappa(same, same) is None  # p_e = 1
    assert gwet_ac1(same, same) is None  # one category: Q - 1 = 0
    assert gwet_ac1(same, same, ["a", "b"]) == pytest.approx(1.0)
    assert krippendorff_alpha_nominal(units_of([same, same])) is None  # D_e = 0
    assert percent_agreement([], []) is None
    assert percent_agreement(["a", None], [None, "b"]) is None
    with pytest.raises(ValueError, match="differ in length"):
        cohen_kappa(["a"], ["a", "b"])


def test_confusion_matrix_orders_by_given_labels_then_unseen() -> None:
    m = confusion_matrix(["x", "y", "z", None], ["x", "x", "z", "y"], labels=["z", "y", "x"])
    assert m.labels == ["z", "y", "x"]
    assert m.counts == [[1, 0, 0], [0, 0, 1], [0, 0, 1]]
    assert m.total == 3
    m2 = confusion_matrix(["q"], ["r"], labels=["x"])
    assert m2.labels == ["x", "q", "r"]


# --- random data against the krippendorff and irrCAC packages --------------------------------


def _random_ratings(
    rng: random.Random, units: int, raters: int, cats: int, missing: float
) -> list[list[int | None]]:
    rows: list[list[int | None]] = []
    for _ in range(units):
        truth = rng.randrange(cats)
        row: list[int | None] = []
        for _r in range(raters):
            if rng.random() < missing:
                row.append(None)
            else:
                row.append(truth if rng.random() < 0.6 else rng.randrange(cats))
        rows.append(row)
    return rows


@pytest.mark.parametrize("seed", range(6))
def test_alpha_agrees_with_krippendorff_package(seed: int) -> None:
    krippendorff = pytest.importorskip("krippendorff")
    rng = random.Random(seed)
    rows = _random_ratings(rng, units=40, raters=2 + seed % 4, cats=3 + seed % 3, missing=0.2)
    data = [[math.nan if v is None else float(v) for v in col] for col in zip(*rows, strict=True)]
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert krippendorff_alpha_nominal(rows) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("seed", range(6))
def test_ac1_and_kappa_agree_with_irrcac(seed: int) -> None:
    pd = pytest.importorskip("pandas")
    raw = pytest.importorskip("irrCAC.raw")
    rng = random.Random(100 + seed)
    raters = 2 + seed % 3
    rows = _random_ratings(rng, units=30, raters=raters, cats=2 + seed % 4, missing=0.15)
    rows = [r for r in rows if any(v is not None for v in r)]
    frame = pd.DataFrame(
        [[math.nan if v is None else float(v) for v in r] for r in rows],
        columns=[f"r{i}" for i in range(raters)],
    )
    cac = raw.CAC(frame, digits=12)
    assert gwet_ac1_multi(rows) == pytest.approx(cac.gwet()["est"]["coefficient_value"], abs=1e-9)
    assert krippendorff_alpha_nominal(rows) == pytest.approx(
        cac.krippendorff()["est"]["coefficient_value"], abs=1e-9
    )
    if raters == 2:
        complete = [r for r in rows if None not in r]
        a = [r[0] for r in complete]
        b = [r[1] for r in complete]
        two = raw.CAC(pd.DataFrame({"a": a, "b": b}, dtype=float), digits=12)
        # Conger's kappa for two raters is Cohen's kappa.
        assert cohen_kappa(a, b) == pytest.approx(
            two.conger()["est"]["coefficient_value"], abs=1e-9
        )
        assert gwet_ac1(a, b) == pytest.approx(two.gwet()["est"]["coefficient_value"], abs=1e-9)


def test_agreement_is_standard_library_only() -> None:
    """The service computes its reports with this module (as it uses reviewer.contract), so
    it must stay a leaf: standard library only, nothing else from the client."""
    import ast
    import sys
    from pathlib import Path

    import reviewer.agreement

    tree = ast.parse(Path(reviewer.agreement.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}, imported
