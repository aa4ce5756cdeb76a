"""Whatever the counts, no released cell shows a count from 1 to 9."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hogo.stats import protection

COLUMNS = ["a", "b", "c", "d"]


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], dict[protection.Atom, int]]:
    quarters = [f"2024-Q{i}" for i in range(1, draw(st.integers(1, 4)) + 1)]
    counts = st.one_of(st.integers(0, 3), st.integers(0, 30), st.integers(0, 500))
    values = {(q, c): draw(counts) for q in quarters for c in COLUMNS}
    return quarters, values


@settings(max_examples=60, deadline=None)
@given(tables(), st.sampled_from([0, 5]))
def test_no_released_cell_is_between_one_and_nine(
    table: tuple[list[str], dict[protection.Atom, int]], rounding: int
) -> None:
    quarters, values = table
    cells = protection.layout(quarters, COLUMNS)
    withheld = protection.suppress(cells, values, quarters=quarters, columns=COLUMNS)
    shown = protection.render(cells, values, withheld, rounding=rounding)
    for text in shown.values():
        assert text == protection.WITHHELD or not 0 < int(text) < 10
    if rounding:
        assert all(t == protection.WITHHELD or int(t) % 5 == 0 for t in shown.values())
