"""A reader of every release cannot narrow a small count to less than from 0 to 10.

Random histories of up to three releases of overlapping periods, some rounded
to fives, are protected one after another, each knowing what the earlier
ones published. An independent attacker (`tests/stats/brute.py`: SciPy's
integer programming over every run of quarters, none of the code under
test) then solves for every sensitive count: the smallest and largest value
any whole, non-negative table agreeing with all published figures allows.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hogo.stats import protection
from tests.stats.brute import Figure, narrowest

COLUMNS = ["a", "b", "c"]
QUARTERS = ["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3"]

History = tuple[dict[protection.Atom, int], list[list[str]], int]


@st.composite
def histories(draw: st.DrawFn) -> History:
    counts = st.one_of(st.integers(0, 4), st.integers(0, 15), st.integers(10, 200))
    values = {(q, c): draw(counts) for q in QUARTERS for c in COLUMNS}
    periods = []
    for _ in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, len(QUARTERS) - 1))
        periods.append(QUARTERS[start : draw(st.integers(start + 1, len(QUARTERS)))])
    return values, periods, draw(st.sampled_from([0, 0, 5]))


def publish_all(history: History) -> tuple[list[str], list[Figure], list[set[protection.Cell]]]:
    values, periods, rounding = history
    published: list[protection.Published] = []
    withheld_before: list[frozenset[protection.Atom]] = []
    figures: list[Figure] = []
    covered: set[str] = set()
    withheld_each = []
    for period in periods:
        covered |= set(period)
        cells = protection.layout(period, COLUMNS)
        withheld = protection.suppress(
            cells,
            values,
            earlier=published,
            earlier_withheld=withheld_before,
            quarters=[q for q in QUARTERS if q in covered],
            columns=COLUMNS,
            rounding=rounding,
        )
        shown = protection.render(cells, values, withheld, rounding=rounding)
        for cell in cells:
            text = shown[cell.row, cell.column]
            if text == protection.WITHHELD:
                withheld_before.append(cell.atoms)
                continue
            assert not 0 < int(text) < 10 or rounding
            published.append(protection.Published(cell.atoms, rounding))
            # What the reader knows from the printed figure alone: the counts that
            # round half up to it.
            shown_count = int(text)
            low = max(0, shown_count - rounding // 2) if rounding else shown_count
            high = shown_count + rounding - 1 - rounding // 2 if rounding else shown_count
            figures.append((cell.atoms, low, high))
        withheld_each.append(withheld)
    return [q for q in QUARTERS if q in covered], figures, withheld_each


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories())
def test_no_sensitive_count_can_be_narrowed_across_releases(history: History) -> None:
    values = history[0]
    quarters, figures, _withheld = publish_all(history)
    assert narrowest(quarters, COLUMNS, values, figures) == []


def test_the_reader_knowing_counts_are_whole_and_not_negative_gains_nothing() -> None:
    # One arrival in a quarter, a second category big enough to hide it: with the
    # row total and both column totals published, the 1 would be exactly solvable;
    # with only non-negativity, a pattern that leaves it in [0, 1] would be too.
    values = {("2024-Q1", "a"): 1, ("2024-Q1", "b"): 50, ("2024-Q2", "a"): 0, ("2024-Q2", "b"): 60}
    values.update({(q, "c"): 0 for q in ("2024-Q1", "2024-Q2")})
    history: History = (values, [["2024-Q1", "2024-Q2"]], 0)
    quarters, figures, (withheld,) = publish_all(history)
    assert narrowest(quarters, COLUMNS, values, figures) == []
    assert any(cell.atoms == {("2024-Q1", "a")} for cell in withheld)


def test_a_configured_protection_level_is_the_one_kept() -> None:
    values = {
        (q, c): n
        for (q, c), n in zip(
            [(q, c) for q in QUARTERS[:3] for c in COLUMNS],
            [12, 3, 0, 25, 14, 1, 0, 18, 30],
            strict=True,
        )
    }
    cells = protection.layout(QUARTERS[:3], COLUMNS)
    withheld = protection.suppress(cells, values, quarters=QUARTERS[:3], columns=COLUMNS, level=15)
    shown = protection.render(cells, values, withheld, level=15)
    assert all(t == protection.WITHHELD or not 0 < int(t) < 15 for t in shown.values())
    figures: list[Figure] = [
        (cell.atoms, int(shown[cell.row, cell.column]), int(shown[cell.row, cell.column]))
        for cell in cells
        if cell not in withheld
    ]
    assert narrowest(QUARTERS[:3], COLUMNS, values, figures, level=15) == []
