"""An exact, independent check of what a set of published sums determines.

Gaussian elimination over fractions: no floating point, and none of the code
under test, so the property tests do not grade the suppression by itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from hogo.stats.protection import Atom


def determined(
    atoms: Sequence[Atom], published: Sequence[frozenset[Atom]], target: frozenset[Atom]
) -> bool:
    """Whether the sum over `target` is a linear combination of the published sums."""
    index = {atom: i for i, atom in enumerate(atoms)}

    def vector(group: frozenset[Atom]) -> list[Fraction]:
        row = [Fraction(0)] * len(atoms)
        for atom in group:
            row[index[atom]] = Fraction(1)
        return row

    basis: list[tuple[int, list[Fraction]]] = []  # (pivot column, row) in echelon form
    for group in published:
        row = _reduce(vector(group), basis)
        pivot = next((i for i, x in enumerate(row) if x != 0), None)
        if pivot is not None:
            basis.append((pivot, [x / row[pivot] for x in row]))
    return not any(_reduce(vector(target), basis))


def _reduce(row: list[Fraction], basis: list[tuple[int, list[Fraction]]]) -> list[Fraction]:
    row = list(row)
    for pivot, base in basis:
        if row[pivot] != 0:
            factor = row[pivot]
            row = [x - factor * b for x, b in zip(row, base, strict=True)]
    return row
