"""An independent attacker: every sensitive count's interval, by brute force.

Lists every run of quarters of every column and of all columns (quadratic,
fine at test sizes), and solves for each sensitive one the reader's two
integer programmes with SciPy's `milp`: smallest and largest sum over every
table of whole, non-negative counts that agrees with all published figures.
None of the code under test is used.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

Atom = tuple[str, str]
Figure = tuple[frozenset[Atom], int, int]  # atoms, and the range a reader knows their sum is in


def all_runs(quarters: Sequence[str], columns: Sequence[str]) -> list[frozenset[Atom]]:
    runs = []
    for start in range(len(quarters)):
        for end in range(start + 1, len(quarters) + 1):
            for wanted in [*([c] for c in columns), list(columns)]:
                runs.append(frozenset((q, c) for q in quarters[start:end] for c in wanted))
    return runs


def interval(
    atoms: Sequence[Atom], figures: Sequence[Figure], group: frozenset[Atom], cap: int = 10_000
) -> tuple[float, float]:
    """The smallest and largest whole-number sum of `group` the figures allow."""
    index = {atom: i for i, atom in enumerate(atoms)}
    n = len(atoms)
    matrix = np.zeros((max(1, len(figures)), n))
    low = np.zeros(max(1, len(figures)))
    high = np.zeros(max(1, len(figures)))
    for row, (cells, lo, hi) in enumerate(figures):
        for atom in cells:
            matrix[row, index[atom]] = 1
        low[row], high[row] = lo, hi
    costs = np.zeros(n)
    for atom in group:
        costs[index[atom]] = 1
    found = []
    for sign in (1, -1):
        result = milp(
            sign * costs,
            constraints=[LinearConstraint(matrix, low, high)],
            integrality=np.ones(n),
            bounds=Bounds(0, cap),
        )
        assert result.status == 0, result.message
        found.append(sign * result.fun)
    return found[0], found[1]


def narrowest(
    quarters: Sequence[str],
    columns: Sequence[str],
    values: dict[Atom, int],
    figures: Sequence[Figure],
    level: int = 10,
) -> list[tuple[frozenset[Atom], float, float]]:
    """Every sensitive count whose interval does not reach from 0 to `level`."""
    atoms = [(q, c) for q in quarters for c in columns]
    bad = []
    for group in all_runs(quarters, columns):
        count = sum(values.get(atom, 0) for atom in group)
        if 0 < count < level:
            low, high = interval(atoms, figures, group)
            if low > 0.5 or high < level - 0.5:
                bad.append((group, low, high))
    return bad
