"""Small-cell protection for released tables. No database here.

A released table is built from *atoms*: one count per quarter and column
(for example "arrivals of Japanese spouses in 2024-Q1"). Every released cell
is a sum of atoms, so every released number is one linear equation over them.

A count from 1 to 9 can point at a person. Such a count is *sensitive* when
it is an atom, or the sum of one column (or of all columns) over any run of
whole quarters: those are the groups a reader could name ("arrivals in the
spring"). The suppression below withholds cells until no sensitive count can
be worked out by solving the linear system of everything published for the
table so far, this release and all earlier ones together. That is what stops
two overlapping releases from being differenced to isolate a small cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

SMALL = 10
WITHHELD = f"<{SMALL}"
TOTAL = "total"

Atom = tuple[str, str]  # (quarter, column)


@dataclass(frozen=True)
class Cell:
    row: str
    column: str
    atoms: frozenset[Atom]

    @property
    def is_total(self) -> bool:
        return TOTAL in (self.row, self.column)


def layout(quarters: Sequence[str], columns: Sequence[str]) -> list[Cell]:
    """The cells of a release: one row per quarter, a total column and a total row."""
    cells: list[Cell] = []
    for quarter in quarters:
        for column in columns:
            cells.append(Cell(quarter, column, frozenset({(quarter, column)})))
        cells.append(Cell(quarter, TOTAL, frozenset((quarter, c) for c in columns)))
    for column in columns:
        cells.append(Cell(TOTAL, column, frozenset((q, column) for q in quarters)))
    everything = frozenset((q, c) for q in quarters for c in columns)
    cells.append(Cell(TOTAL, TOTAL, everything))
    return cells


def value_of(atoms: Iterable[Atom], values: dict[Atom, int]) -> int:
    return sum(values.get(atom, 0) for atom in atoms)


def is_small(count: int) -> bool:
    return 0 < count < SMALL


def sensitive_groups(quarters: Sequence[str], columns: Sequence[str]) -> list[frozenset[Atom]]:
    """Every column, and all columns together, over every run of consecutive quarters."""
    groups: list[frozenset[Atom]] = []
    for start in range(len(quarters)):
        for end in range(start + 1, len(quarters) + 1):
            run = quarters[start:end]
            for column in columns:
                groups.append(frozenset((q, column) for q in run))
            groups.append(frozenset((q, c) for q in run for c in columns))
    return groups


class _Space:
    """The span of the published equations, to ask which sums they determine."""

    def __init__(self, index: dict[Atom, int], rows: Sequence[frozenset[Atom]]) -> None:
        self.index = index
        matrix = _matrix(index, rows)
        if matrix.shape[0] == 0:
            self.basis: npt.NDArray[np.float64] = np.zeros((0, len(index)))
            return
        _u, singular, vt = np.linalg.svd(matrix, full_matrices=False)
        tolerance = max(matrix.shape) * np.finfo(float).eps * (singular[0] if singular.size else 0)
        self.basis = vt[singular > max(tolerance, 1e-9)]

    def determined(self, groups: Sequence[frozenset[Atom]]) -> list[bool]:
        """Whether each sum of atoms follows from the published equations."""
        if not groups:
            return []
        vectors = _matrix(self.index, groups)
        residual = vectors - (vectors @ self.basis.T) @ self.basis
        return [bool(norm < 1e-6) for norm in np.linalg.norm(residual, axis=1)]


def _matrix(index: dict[Atom, int], rows: Sequence[frozenset[Atom]]) -> npt.NDArray[np.float64]:
    matrix = np.zeros((len(rows), len(index)))
    for i, atoms in enumerate(rows):
        for atom in atoms:
            matrix[i, index[atom]] = 1.0
    return matrix


class Unprotectable(RuntimeError):
    """Earlier releases already determine a small count: nothing new can be safe."""


def suppress(
    cells: Sequence[Cell],
    values: dict[Atom, int],
    *,
    earlier: Sequence[frozenset[Atom]] = (),
    earlier_withheld: Sequence[frozenset[Atom]] = (),
    quarters: Sequence[str],
    columns: Sequence[str],
) -> set[Cell]:
    """The cells of this release to withhold.

    `earlier` are the cells published by earlier releases of the same table,
    `earlier_withheld` the cells they withheld, `values` the atoms' counts (the
    same ones those releases used), and `quarters` every quarter released so
    far or now, in order. No withheld cell, and no small count, may follow
    from what is published.
    """
    index = {(q, c): i for i, (q, c) in enumerate((q, c) for q in quarters for c in columns)}
    # Cells earlier releases already determine are published again, unchanged:
    # withholding them now would hide nothing.
    before = _Space(index, earlier).determined([cell.atoms for cell in cells])
    known = {cell for cell, hit in zip(cells, before, strict=True) if hit}
    withheld = {cell for cell in cells if is_small(value_of(cell.atoms, values))}
    if withheld & known:
        raise Unprotectable("earlier releases already determine a count from 1 to 9")
    small = [
        group for group in sensitive_groups(quarters, columns) if is_small(value_of(group, values))
    ]
    # Cheapest complements first: inner cells before totals, small counts before large.
    order = sorted(cells, key=lambda c: (c.is_total, value_of(c.atoms, values), c.row, c.column))
    while True:
        published = [cell.atoms for cell in cells if cell not in withheld]
        space = _Space(index, [*earlier, *published])
        hidden = [*small, *earlier_withheld, *(cell.atoms for cell in withheld)]
        exposed = [g for g, hit in zip(hidden, space.determined(hidden), strict=True) if hit]
        if not exposed:
            return withheld
        target = exposed[0]
        candidates = [c for c in order if c not in withheld and c not in known]
        if not candidates:
            raise Unprotectable("earlier releases already determine a count from 1 to 9")
        withheld.add(_best_complement(target, candidates, cells, withheld, earlier, index))


def _best_complement(
    target: frozenset[Atom],
    candidates: list[Cell],
    cells: Sequence[Cell],
    withheld: set[Cell],
    earlier: Sequence[frozenset[Atom]],
    index: dict[Atom, int],
) -> Cell:
    """The first candidate whose withholding hides `target`, else one that touches it."""
    for candidate in candidates:
        kept = [c.atoms for c in cells if c not in withheld and c != candidate]
        if not _Space(index, [*earlier, *kept]).determined([target])[0]:
            return candidate
    touching = [c for c in candidates if c.atoms & target]
    return (touching or candidates)[0]


def round_to(count: int, base: int) -> int:
    """Round half up to a multiple of `base` (no rounding when base is 0 or 1)."""
    if base <= 1:
        return count
    return ((count + base // 2) // base) * base


def render(
    cells: Sequence[Cell],
    values: dict[Atom, int],
    withheld: set[Cell],
    *,
    rounding: int = 0,
) -> dict[tuple[str, str], str]:
    """The released text of every cell: a count, or "<10" when withheld."""
    shown: dict[tuple[str, str], str] = {}
    for cell in cells:
        if cell in withheld:
            shown[cell.row, cell.column] = WITHHELD
        else:
            shown[cell.row, cell.column] = str(round_to(value_of(cell.atoms, values), rounding))
    return shown
