"""The attacker's problem: what a reader can deduce from released tables. No database here.

The unknowns are the atoms of a table (one count per quarter and column),
whole numbers and never negative. Every published cell is a sum of atoms and
tells the reader that its sum lies in a range: exactly its value, or the
counts that round to it. For a group of atoms (a sum the reader could name)
the reader's knowledge is the interval between the smallest and the largest
sum over every table that agrees with everything published: the *attacker's
problem* of the cell-suppression literature, two linear programmes per group.

Solving two programmes for every sensitive group would be slow, so the check
works with *certificates*: whole-number tables that agree with everything
published. One such table proves, for every group at once, that the reader
cannot rule out its sum. A programme is solved only for a group no table so
far has proved safe, and its optimal table joins the certificates; a
weighted programme first proves many groups in one go. A group is exposed
only when the linear relaxation itself shows it (so the whole-number bound is
at least as narrow), or when the mixed-integer programme does.

The solver is HiGHS, through `highspy`, warm-started between objectives.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import highspy
import numpy as np
import numpy.typing as npt
from scipy import sparse  # type: ignore[import-untyped]

Vector = npt.NDArray[np.float64]
IntVector = npt.NDArray[np.int64]

INFINITY = highspy.kHighsInf
_TOLERANCE = 1e-6
_banner = threading.Lock()
_banner_shown = False


def solver() -> highspy.Highs:
    """A silent HiGHS instance (its start-up banner goes to file descriptor 1 otherwise)."""
    global _banner_shown
    with _banner:
        if _banner_shown:
            highs = highspy.Highs()  # type: ignore[no-untyped-call]
        else:
            sys.stdout.flush()
            saved = os.dup(1)
            try:
                with open(os.devnull, "w") as null:
                    os.dup2(null.fileno(), 1)
                    highs = highspy.Highs()  # type: ignore[no-untyped-call]
            finally:
                os.dup2(saved, 1)
                os.close(saved)
            _banner_shown = True
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("random_seed", 0)
    highs.setOptionValue("threads", 1)
    return highs


def _ok(highs: highspy.Highs) -> bool:
    return bool(highs.getModelStatus() == highspy.HighsModelStatus.kOptimal)


def csr(groups: Sequence[Sequence[int]], n: int) -> sparse.csr_matrix:
    """The 0/1 incidence matrix of groups of atom indices."""
    starts = np.zeros(len(groups) + 1, dtype=np.int64)
    starts[1:] = np.cumsum([len(g) for g in groups])
    indices = np.fromiter((i for g in groups for i in g), dtype=np.int64, count=int(starts[-1]))
    data = np.ones(len(indices), dtype=np.float64)
    return sparse.csr_matrix((data, indices, starts), shape=(len(groups), n))


@dataclass(frozen=True)
class Exposure:
    """A group whose interval is too narrow: `side` is "low" or "high", `bound` the reader's."""

    side: str
    group: int  # index into the low groups or the high atoms
    bound: float


class Attacker:
    """Everything published about one table, as a linear system over its atoms.

    `rows` is the 0/1 matrix of published sums with their ranges `low` to `high`
    (equal for an exact figure); a row can be withdrawn (its cell withheld).
    `low_groups` are the sums whose minimum must reach `low_targets`;
    `high_atoms` the atoms whose maximum must reach `high_targets`.
    """

    def __init__(
        self,
        n: int,
        bound: int,
        rows: sparse.csr_matrix,
        low: IntVector,
        high: IntVector,
        *,
        low_groups: sparse.csr_matrix,
        low_targets: IntVector,
        high_atoms: IntVector,
        high_targets: IntVector,
    ) -> None:
        self.n = n
        self.bound = bound
        self.rows = rows
        self.low = low
        self.high = high
        self.active = np.ones(rows.shape[0], dtype=bool)
        self.low_groups = low_groups
        self.low_targets = low_targets
        self.high_atoms = high_atoms
        self.high_targets = high_targets
        self.low_safe = np.zeros(low_groups.shape[0], dtype=bool)
        self.high_safe = np.zeros(len(high_atoms), dtype=bool)
        self.solves = 0
        self._rows_int = rows.astype(np.int64)
        self.highs = solver()
        self.highs.addVars(n, np.zeros(n), np.full(n, float(bound)))
        self.highs.addRows(
            rows.shape[0],
            low.astype(np.float64),
            high.astype(np.float64),
            rows.nnz,
            rows.indptr.astype(np.int32),
            rows.indices.astype(np.int32),
            rows.data.astype(np.float64),
        )
        self._all = np.arange(n, dtype=np.int32)

    def withdraw(self, row: int) -> None:
        """The cell of `row` is withheld: the reader no longer knows its sum."""
        if self.active[row]:
            self.active[row] = False
            self.highs.changeRowBounds(row, -INFINITY, INFINITY)

    # Certificates -------------------------------------------------------

    def agrees(self, x: Vector) -> IntVector | None:
        """`x` as whole numbers, if it is a table that agrees with everything published."""
        rounded = np.round(x)
        if np.max(np.abs(x - rounded), initial=0.0) > _TOLERANCE:
            return None
        table = rounded.astype(np.int64)
        if table.min(initial=0) < 0 or table.max(initial=0) > self.bound:
            return None
        sums = self._rows_int @ table
        active = self.active
        if np.any(sums[active] < self.low[active]) or np.any(sums[active] > self.high[active]):
            return None
        return table

    def certify(self, table: IntVector) -> None:
        """Every group `table` shows the reader cannot rule out is safe."""
        self.low_safe |= self.low_groups @ table <= self.low_targets
        self.high_safe |= table[self.high_atoms] >= self.high_targets

    # Solving ------------------------------------------------------------

    def _solve(
        self, costs: Vector, *, maximise: bool, integer: bool = False
    ) -> tuple[float, Vector] | None:
        highs = self.highs
        highs.changeColsCost(self.n, self._all, costs)
        sense = highspy.ObjSense.kMaximize if maximise else highspy.ObjSense.kMinimize
        highs.changeObjectiveSense(sense)
        if integer:
            kinds = np.full(self.n, highspy.HighsVarType.kInteger)
            highs.changeColsIntegrality(self.n, self._all, kinds)
        try:
            highs.run()
            self.solves += 1
            if not _ok(highs):
                return None
            x = np.asarray(highs.getSolution().col_value, dtype=np.float64)
            return float(highs.getInfo().objective_function_value), x
        finally:
            if integer:
                kinds = np.full(self.n, highspy.HighsVarType.kContinuous)
                highs.changeColsIntegrality(self.n, self._all, kinds)

    def _rounds(self, side: str) -> None:
        """Weighted programmes that prove many groups at once, while they make progress."""
        for _ in range(50):
            if side == "low":
                open_ = ~self.low_safe
                if not open_.any():
                    return
                weights = np.asarray(self.low_groups[open_].sum(axis=0)).ravel()
                result = self._solve(weights.astype(np.float64), maximise=False)
            else:
                open_ = ~self.high_safe
                if not open_.any():
                    return
                atoms = self.high_atoms[open_]
                weights = np.zeros(self.n)
                weights[atoms] = 1.0
                # Each atom needs only to reach its target: cap it there, so that the
                # programme spreads the mass over as many atoms as it can.
                caps = self.high_targets[open_].astype(np.float64)
                self.highs.changeColsBounds(
                    len(atoms), atoms.astype(np.int32), np.zeros(len(atoms)), caps
                )
                try:
                    result = self._solve(weights, maximise=True)
                finally:
                    self.highs.changeColsBounds(
                        len(atoms),
                        atoms.astype(np.int32),
                        np.zeros(len(atoms)),
                        np.full(len(atoms), float(self.bound)),
                    )
            before = int(self.low_safe.sum() + self.high_safe.sum())
            table = self.agrees(result[1]) if result else None
            if table is None:
                return
            self.certify(table)
            if int(self.low_safe.sum() + self.high_safe.sum()) == before:
                return

    def _one(self, side: str, group: int) -> Exposure | None:
        """Solve the reader's programme for one group: an exposure, or a new certificate."""
        if side == "low":
            costs = self.low_groups[group].toarray().ravel()
            target = float(self.low_targets[group])
            maximise = False
        else:
            costs = np.zeros(self.n)
            costs[self.high_atoms[group]] = 1.0
            target = float(self.high_targets[group])
            maximise = True
        for integer in (False, True):
            result = self._solve(costs, maximise=maximise, integer=integer)
            if result is None:
                # Published figures always admit the true table, so this is the solver's
                # failure; the group cannot be shown safe.
                return Exposure(side, group, float("nan"))
            value, x = result
            slack = 0.5 if integer else _TOLERANCE
            short = value > target + slack if side == "low" else value < target - slack
            if short:
                return Exposure(side, group, value)
            table = self.agrees(x)
            if table is not None:
                self.certify(table)
                safe = self.low_safe if side == "low" else self.high_safe
                if safe[group]:
                    return None
        return Exposure(side, group, float("nan"))

    def unproven(self) -> list[Exposure]:
        """The groups no certificate has shown safe yet, after the weighted programmes.

        Cheaper than `exposures` when the caller will act on every group anyway
        (the suppression protects each, which both decides and settles it).
        """
        found: list[Exposure] = []
        for side in ("high", "low"):
            self._rounds(side)
            safe = self.low_safe if side == "low" else self.high_safe
            found += [Exposure(side, int(group), float("nan")) for group in np.flatnonzero(~safe)]
        return found

    def exposures(self) -> list[Exposure]:
        """Every group whose interval the published figures make too narrow."""
        found: list[Exposure] = []
        for side in ("high", "low"):
            self._rounds(side)
            safe = self.low_safe if side == "low" else self.high_safe
            for group in np.flatnonzero(~safe):
                if safe[group]:
                    continue
                exposure = self._one(side, int(group))
                if exposure is not None:
                    found.append(exposure)
        return found
