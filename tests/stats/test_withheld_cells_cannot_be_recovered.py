"""No withheld cell, nor any small count, can be solved for from what is published.

Two releases of overlapping periods are checked together: the second is
protected knowing what the first published, and the exact check runs over
the equations of both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hogo.stats import protection
from tests.stats.exact import determined

COLUMNS = ["a", "b", "c"]
QUARTERS = ["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"]


@st.composite
def scenario(draw: st.DrawFn) -> tuple[dict[protection.Atom, int], list[str], list[str]]:
    counts = st.one_of(st.integers(0, 4), st.integers(0, 15), st.integers(10, 200))
    values = {(q, c): draw(counts) for q in QUARTERS for c in COLUMNS}
    first_start = draw(st.integers(0, 3))
    first = QUARTERS[first_start : draw(st.integers(first_start + 1, 4))]
    second_start = draw(st.integers(0, 3))
    second = QUARTERS[second_start : draw(st.integers(second_start + 1, 4))]
    return values, first, second


def _published(
    cells: list[protection.Cell], withheld: set[protection.Cell]
) -> list[frozenset[protection.Atom]]:
    return [cell.atoms for cell in cells if cell not in withheld]


@settings(max_examples=40, deadline=None)
@given(scenario())
def test_no_small_count_follows_from_two_overlapping_releases(
    case: tuple[dict[protection.Atom, int], list[str], list[str]],
) -> None:
    values, first, second = case
    cells_1 = protection.layout(first, COLUMNS)
    withheld_1 = protection.suppress(cells_1, values, quarters=first, columns=COLUMNS)
    earlier = _published(cells_1, withheld_1)
    union = [q for q in QUARTERS if q in first or q in second]
    cells_2 = protection.layout(second, COLUMNS)
    withheld_2 = protection.suppress(
        cells_2,
        values,
        earlier=earlier,
        earlier_withheld=[cell.atoms for cell in withheld_1],
        quarters=union,
        columns=COLUMNS,
    )
    published = earlier + _published(cells_2, withheld_2)
    atoms = [(q, c) for q in union for c in COLUMNS]
    small = [
        group
        for group in protection.sensitive_groups(union, COLUMNS)
        if protection.is_small(protection.value_of(group, values))
    ]
    withheld = [cell.atoms for cell in [*withheld_1, *withheld_2]]
    for group in [*small, *withheld]:
        assert not determined(atoms, published, group), sorted(group)
