"""Amounts of money: the p % rule, the people behind an amount, and an attacker who cannot undo it.

The attacker here is written apart from the code under test: it re-derives
which figures are sensitive from the contributions, and solves the reader's
two linear programmes with SciPy's `linprog` over every figure published
by every release of the table.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from hogo.stats import magnitude, protection
from hogo.stats.protection import Atom, Cell

QUARTERS = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]
COLUMNS = ["monthly", "one_off"]
LEVEL = 10
P = 15


def _shares(*yen: int) -> dict[int, int]:
    return dict(enumerate(yen, start=1))


# The rule, worked by hand ------------------------------------------------------


def test_ten_equal_payments_may_be_shown() -> None:
    assert magnitude.sensitivity(_shares(*[100_000] * 10), level=LEVEL, p=P) is None


def test_one_person_is_withheld_and_needs_p_percent_either_way() -> None:
    found = magnitude.sensitivity(_shares(680_000), level=LEVEL, p=P)
    assert found is not None
    assert found.few
    assert found.dominated
    # 15 % of 680,000: the second contributor (nobody) would learn it exactly.
    assert found.protection == 102_000


def test_three_people_are_withheld_though_none_dominates() -> None:
    found = magnitude.sensitivity(_shares(170_000, 170_000, 170_000), level=LEVEL, p=P)
    assert found is not None
    assert found.few
    assert not found.dominated
    assert found.protection == 76_500  # 15 % of 510,000


def test_one_large_payment_among_many_fails_the_p_percent_rule() -> None:
    # x1 = 1,000,000, x2 = 100,000, eight others 10,000: the rest is 80,000, less than
    # 15 % of x1 (150,000). The second could estimate x1 to within 8 %.
    found = magnitude.sensitivity(_shares(1_000_000, 100_000, *[10_000] * 8), level=LEVEL, p=P)
    assert found is not None
    assert found.dominated
    assert not found.few
    assert found.protection == 150_000 - 80_000
    assert isinstance(found.protection, int)


def test_p_decides_at_the_margin() -> None:
    shares = _shares(1_000_000, 100_000, *[15_000] * 8)  # the rest: 120,000
    assert magnitude.sensitivity(shares, level=LEVEL, p=10) is None  # 100,000 < 120,000
    found = magnitude.sensitivity(shares, level=LEVEL, p=15)
    assert found is not None
    assert found.protection == 30_000


def test_the_level_is_the_configured_one() -> None:
    shares = _shares(*[100_000] * 12)
    assert magnitude.sensitivity(shares, level=10, p=P) is None
    assert magnitude.sensitivity(shares, level=15, p=P) is not None


# The independent attacker ------------------------------------------------------


def _rule(shares: dict[int, int]) -> int:
    """The protection a figure needs (0: none), worked out again without the code under test."""
    values = sorted((v for v in shares.values() if v > 0), reverse=True)
    if not values:
        return 0
    total = sum(values)
    top = values[0] + (values[1] if len(values) > 1 else 0)
    need = 0
    if P * values[0] > 100 * (total - top):
        need = -(-(P * values[0] - 100 * (total - top)) // 100)
    if len(values) < LEVEL:
        need = max(need, -(-(P * total) // 100), 1)
    return need


def _people(atoms: frozenset[Atom], paid: dict[Atom, dict[int, int]]) -> dict[int, int]:
    shares: dict[int, int] = {}
    for atom in atoms:
        for person, yen in paid.get(atom, {}).items():
            shares[person] = shares.get(person, 0) + yen
    return shares


def _reader_interval(
    atoms: Sequence[Atom], published: list[tuple[frozenset[Atom], int]], group: frozenset[Atom]
) -> tuple[float, float]:
    index = {atom: i for i, atom in enumerate(atoms)}
    a = np.zeros((max(1, len(published)), len(atoms)))
    b = np.zeros(max(1, len(published)))
    for row, (cells, value) in enumerate(published):
        for atom in cells:
            a[row, index[atom]] = 1.0
        b[row] = value
    c = np.array([1.0 if atom in group else 0.0 for atom in atoms])
    low = linprog(c, A_eq=a, b_eq=b, bounds=(0, None), method="highs")
    high = linprog(-c, A_eq=a, b_eq=b, bounds=(0, None), method="highs")
    assert low.status == 0
    return float(low.fun), (float("inf") if high.status == 3 else float(-high.fun))


def _release_all(
    paid: dict[Atom, dict[int, int]], periods: list[list[str]]
) -> tuple[
    list[tuple[frozenset[Atom], int]], list[frozenset[Atom]], list[dict[tuple[str, str], str]]
]:
    published: list[tuple[frozenset[Atom], int]] = []
    withheld_before: list[frozenset[Atom]] = []
    figures: list[frozenset[Atom]] = []
    shown_all = []
    seen: list[str] = []
    for period in periods:
        seen = sorted({*seen, *period}, key=QUARTERS.index)
        cells = protection.layout(period, COLUMNS)
        withheld = magnitude.suppress_amounts(
            cells,
            paid,
            earlier=[atoms for atoms, _value in published],
            earlier_withheld=withheld_before,
            quarters=seen,
            columns=COLUMNS,
            level=LEVEL,
            p=P,
        )
        shown = {}
        for cell in cells:
            figures.append(cell.atoms)
            if cell in withheld:
                withheld_before.append(cell.atoms)
                shown[cell.row, cell.column] = protection.WITHHELD
            else:
                value = magnitude.amount(cell.atoms, paid)
                assert isinstance(value, int)
                published.append((cell.atoms, value))
                shown[cell.row, cell.column] = str(value)
        shown_all.append(shown)
    return published, figures, shown_all


people = st.dictionaries(
    st.integers(1, 30), st.integers(1, 40).map(lambda k: k * 10_000), max_size=12
)
tables = st.fixed_dictionaries({(q, c): people for q in QUARTERS for c in COLUMNS})
periods = st.lists(
    st.tuples(st.integers(0, 3), st.integers(1, 4)).map(
        lambda t: QUARTERS[min(t[0], t[1] - 1) : max(t[1], t[0] + 1)]
    ),
    min_size=1,
    max_size=3,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paid=tables, history=periods)
def test_no_sensitive_amount_can_be_estimated_closely_across_releases(
    paid: dict[Atom, dict[int, int]], history: list[list[str]]
) -> None:
    try:
        published, figures, shown_all = _release_all(paid, history)
    except protection.Unprotectable:
        return  # refused, and nothing released: nothing to attack
    atoms = [(q, c) for q in QUARTERS for c in COLUMNS]
    for shown in shown_all:
        for text in shown.values():
            # Every withheld cell reads alike; every shown amount is whole yen.
            assert text == protection.WITHHELD or text.isdigit()
    for group in set(figures):
        need = _rule(_people(group, paid))
        if need == 0:
            continue
        value = magnitude.amount(group, paid)
        assert all(group != atoms_ for atoms_, _v in published), "a sensitive amount was shown"
        low, high = _reader_interval(atoms, published, group)
        assert low <= value - need + 1e-3
        assert high >= value + need - 1e-3


def test_one_person_in_a_quarter_is_hidden_with_a_complement() -> None:
    # Q1: one person paid 680,000 monthly; 12 people one-off. Q2: 12 and 12.
    paid: dict[Atom, dict[int, int]] = {
        ("2024-Q1", "monthly"): {1: 680_000},
        ("2024-Q1", "one_off"): {100 + i: 100_000 for i in range(12)},
        ("2024-Q2", "monthly"): {200 + i: 170_000 for i in range(12)},
        ("2024-Q2", "one_off"): {300 + i: 100_000 for i in range(12)},
    }
    period = QUARTERS[:2]
    cells = protection.layout(period, COLUMNS)
    withheld = magnitude.suppress_amounts(
        cells, paid, quarters=period, columns=COLUMNS, level=LEVEL, p=P
    )
    where = {(c.row, c.column) for c in withheld}
    assert ("2024-Q1", "monthly") in where
    # Its row and its column would give it away by subtraction: each loses one more cell.
    assert len(where & {("2024-Q1", "one_off"), ("2024-Q1", "total")}) >= 1
    assert len(where & {("2024-Q2", "monthly"), ("total", "monthly")}) >= 1
    published = [(c.atoms, magnitude.amount(c.atoms, paid)) for c in cells if c not in withheld]
    atoms = [(q, c) for q in period for c in COLUMNS]
    low, high = _reader_interval(atoms, published, frozenset({("2024-Q1", "monthly")}))
    assert low <= 680_000 - 102_000
    assert high >= 680_000 + 102_000


def test_a_cell_an_earlier_release_showed_cannot_be_taken_back() -> None:
    paid: dict[Atom, dict[int, int]] = {("2024-Q1", "monthly"): {1: 500_000}}
    cells = [Cell("2024-Q1", "monthly", frozenset({("2024-Q1", "monthly")}))]
    with pytest.raises(protection.Unprotectable, match="monthly, 2024-Q1"):
        magnitude.suppress_amounts(
            cells,
            paid,
            earlier=[frozenset({("2024-Q1", "monthly")})],
            quarters=["2024-Q1"],
            columns=["monthly"],
            level=LEVEL,
            p=P,
        )
