"""Small-cell protection for released tables. No database here.

A released table is built from *atoms*: one count per quarter and column
(for example "arrivals of Japanese spouses in 2024-Q1"). Every released cell
is a sum of atoms, so every released number tells a reader that a sum of
atoms lies in a known range (exactly the figure, or what rounds to it).

A count from 1 to `level - 1` (9 by default) can point at a person. Such a
count is *sensitive* when it is an atom, or the sum of one column (or of all
columns) over a run of whole quarters: those are the groups a reader could
name ("arrivals in the spring"). A reader who knows everything published for
the table so far, this release and all earlier ones, and that counts are
whole numbers and never negative, can narrow every sum to an interval (see
`attacker`). A release is safe when the interval of every sensitive count
still reaches from 0 to at least `level`: the reader can rule out neither
that nobody is behind it nor that it is not small at all.

Only few groups need checking. Counts are never negative, so a run's sum
grows with its length: a sensitive run contains a sensitive atom, and lies
inside a *maximal* run of sum below `level`. If every sensitive atom can
reach `level`, so can every sensitive run; if every maximal run can be 0, so
can every run inside it. That leaves at most one maximal run per starting
quarter and column, found lazily with two pointers, and one atom per cell.

Complementary cells are chosen by optimisation: for a count that is too
exposed, a linear programme over the changes to the table finds the cheapest
set of cells whose change lets the count reach 0 (or `level`) while every
other published figure stays as it is; those cells are withheld. This is the
network-flow style of protection of τ-ARGUS and sdcTable's heuristics, with
the attacker's problem solved exactly as the final word.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import highspy
import numpy as np
import numpy.typing as npt
from scipy import sparse  # type: ignore[import-untyped]

from hogo.stats.attacker import INFINITY, Attacker, Exposure, IntVector, Vector, csr, solver

SMALL = 10
# What a withheld cell is stored as, whatever the reason it is withheld: a small
# count and a complementary cell look alike, so the mark tells a reader nothing
# about the value behind it. Pages and files show it in the reader's language.
WITHHELD = "withheld"
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


@dataclass(frozen=True)
class Published:
    """A cell an earlier release published: its atoms, and the rounding it was shown with."""

    atoms: frozenset[Atom]
    rounding: int = 0


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


def is_small(count: int, level: int = SMALL) -> bool:
    return 0 < count < level


def is_withheld(text: str) -> bool:
    """Whether a stored cell was withheld (releases made before the neutral mark used "<10")."""
    return text == WITHHELD or text.startswith("<")


def sensitive_runs(
    quarters: Sequence[str],
    columns: Sequence[str],
    values: dict[Atom, int],
    level: int = SMALL,
) -> Iterator[frozenset[Atom]]:
    """Every sensitive group, one at a time: each column and all columns, every run of quarters.

    For checking small tables from outside; the suppression itself needs only
    the maximal runs and the atoms.
    """
    for column in [*columns, None]:
        wanted = list(columns) if column is None else [column]
        for start in range(len(quarters)):
            total = 0
            for end in range(start, len(quarters)):
                total += sum(values.get((quarters[end], c), 0) for c in wanted)
                if total >= level:
                    break
                if total > 0:
                    yield frozenset((q, c) for q in quarters[start : end + 1] for c in wanted)


def _maximal_runs(series: IntVector, level: int) -> Iterator[tuple[int, int]]:
    """The runs [start, end) of largest reach with a sum from 1 to level - 1."""
    end = 0
    total = 0
    previous_end = -1
    for start in range(len(series)):
        if end < start:
            end, total = start, 0
        while end < len(series) and total + series[end] < level:
            total += int(series[end])
            end += 1
        if end > previous_end and end > start and total > 0:
            yield start, end
        previous_end = max(previous_end, end)
        if end > start:
            total -= int(series[start])


def round_to(count: int, base: int) -> int:
    """Round half up to a multiple of `base` (no rounding when base is 0 or 1)."""
    if base <= 1:
        return count
    return ((count + base // 2) // base) * base


def rounded_range(count: int, base: int) -> tuple[int, int]:
    """What a reader knows of `count` from its rounded figure: the counts that round alike."""
    if base <= 1:
        return count, count
    shown = round_to(count, base)
    return max(0, shown - base // 2), shown + base - base // 2 - 1


class Unprotectable(RuntimeError):
    """Earlier releases already narrow a small count: nothing new can be made safe."""


@dataclass(frozen=True)
class _Group:
    column: str  # a column, or TOTAL for all columns
    first: str
    last: str

    def __str__(self) -> str:
        what = "all categories" if self.column == TOTAL else self.column
        when = self.first if self.first == self.last else f"{self.first} to {self.last}"
        return f"{what}, {when}"


class _Problem:
    """One table's atoms, its published and candidate cells, and its sensitive groups."""

    def __init__(
        self,
        cells: Sequence[Cell],
        values: dict[Atom, int],
        earlier: Sequence[frozenset[Atom] | Published],
        quarters: Sequence[str],
        columns: Sequence[str],
        rounding: int,
        level: int,
    ) -> None:
        self.level = level
        self.quarters = list(quarters)
        self.columns = list(columns)
        self.index = {
            (q, c): i * len(columns) + j
            for i, q in enumerate(quarters)
            for j, c in enumerate(columns)
        }
        n = len(self.index)
        self.n = n
        self.a = np.zeros(n, dtype=np.int64)
        for atom, i in self.index.items():
            self.a[i] = values.get(atom, 0)
        self.bound = int(self.a.sum()) + level
        # Earlier figures, each sum once; then one row per cell of this release.
        ranges: dict[frozenset[Atom], tuple[int, int]] = {}
        for item in earlier:
            published = item if isinstance(item, Published) else Published(item)
            count = value_of(published.atoms, values)
            ranges.setdefault(published.atoms, rounded_range(count, published.rounding))
        self.earlier = list(ranges)
        self.cells = list(cells)
        groups = [*self.earlier, *(cell.atoms for cell in self.cells)]
        self.rows = csr([sorted(self.index[a] for a in g) for g in groups], n)
        bounds = [*ranges.values()]
        bounds += [rounded_range(value_of(c.atoms, values), rounding) for c in self.cells]
        self.low = np.array([b[0] for b in bounds], dtype=np.int64)
        self.high = np.array([b[1] for b in bounds], dtype=np.int64)
        self.true = np.asarray(self.rows @ self.a.astype(np.float64)).astype(np.int64)
        self.first_cell_row = len(self.earlier)
        self._groups()

    def _groups(self) -> None:
        n_columns = len(self.columns)
        table = self.a.reshape(len(self.quarters), n_columns)
        runs: list[list[int]] = []
        self.descriptions: list[_Group] = []
        for j, column in [*enumerate(self.columns), (-1, TOTAL)]:
            series = table.sum(axis=1) if j < 0 else table[:, j]
            wanted = range(n_columns) if j < 0 else [j]
            for start, end in _maximal_runs(series, self.level):
                runs.append([q * n_columns + k for q in range(start, end) for k in wanted])
                self.descriptions.append(
                    _Group(column, self.quarters[start], self.quarters[end - 1])
                )
        self.low_groups = csr(runs, self.n)
        self.high_atoms = np.flatnonzero((self.a > 0) & (self.a < self.level)).astype(np.int64)

    def describe(self, exposure: Exposure) -> str:
        if exposure.side == "low":
            return str(self.descriptions[exposure.group])
        i = int(self.high_atoms[exposure.group])
        quarter = self.quarters[i // len(self.columns)]
        return str(_Group(self.columns[i % len(self.columns)], quarter, quarter))

    def attacker(self) -> Attacker:
        return Attacker(
            self.n,
            self.bound,
            self.rows,
            self.low,
            self.high,
            low_groups=self.low_groups,
            low_targets=np.zeros(self.low_groups.shape[0], dtype=np.int64),
            high_atoms=self.high_atoms,
            high_targets=np.full(len(self.high_atoms), self.level, dtype=np.int64),
        )


class _Protector:
    """The cheapest change of the table that frees one exposed count.

    Variables: y, the change of every atom (the table a + y stays whole and
    non-negative), and t_k ≥ |change of cell k| for every cell of this release.
    Earlier figures may not change beyond their rounding; a cell of this
    release may, at a cost per unit: nothing for a cell already withheld, and
    otherwise more for totals than for inner cells and more for large counts
    than small ones (information loss). Every cell that changes is withheld.

    The change is first sought among the quarters near the count (atoms
    further away stay as they are), a window that widens until a change is
    found or the whole table is in it: small programmes, whatever the length
    of the table.
    """

    WINDOW = 4  # quarters on each side, at first
    NODES = 50  # branch-and-bound nodes for the cell-counting programme
    fixed_charge = True

    def __init__(self, problem: _Problem, candidates: list[int], weights: Vector) -> None:
        self.problem = problem
        self.candidates = np.asarray(candidates, dtype=np.int64)
        self.is_candidate = np.zeros(problem.rows.shape[0], dtype=bool)
        self.is_candidate[self.candidates] = True
        self.position = np.full(problem.rows.shape[0], -1, dtype=np.int64)
        self.position[self.candidates] = np.arange(len(candidates))
        self.costs = weights.copy()
        self.rows_csc = problem.rows.tocsc()
        self.slack_low = (problem.low - problem.true).astype(np.float64)
        self.slack_high = (problem.high - problem.true).astype(np.float64)

    def free(self, position: int) -> None:
        """A candidate is now withheld: changing it costs nothing."""
        self.costs[position] = 0.0

    def _window(self, exposure: Exposure) -> tuple[int, int, npt.NDArray[np.int32]]:
        problem = self.problem
        if exposure.side == "low":
            atoms = problem.low_groups[exposure.group].indices
        else:
            atoms = np.array([problem.high_atoms[exposure.group]])
        width = len(problem.columns)
        return int(atoms.min()) // width, int(atoms.max()) // width, atoms.astype(np.int32)

    def protect(self, exposure: Exposure) -> tuple[list[int], list[Vector]] | None:
        """The candidates to withhold and the changed tables, or None if none can free it."""
        problem = self.problem
        first, last, atoms = self._window(exposure)
        width = len(problem.columns)
        quarters = len(problem.quarters)
        reach = self.WINDOW
        while True:
            start, end = max(0, first - reach), min(quarters, last + 1 + reach)
            found = self._solve(exposure, atoms, start * width, end * width)
            if found is not None or (start == 0 and end == quarters):
                return found
            reach *= 4

    def _solve(
        self, exposure: Exposure, target: npt.NDArray[np.int32], lo: int, hi: int
    ) -> tuple[list[int], list[Vector]] | None:
        """One change down to 0 (and, for an atom, one up to the level), sharing the cost.

        A cell that changes in either flow is withheld once, so its cost counts
        once (t_k is at least the change in each flow): the two directions of a
        small atom are protected together, as in the attacker's two problems.
        """
        problem = self.problem
        n = hi - lo
        a = problem.a[lo:hi].astype(np.float64)
        touched = np.unique(self.rows_csc[:, lo:hi].indices)
        rows = problem.rows[touched][:, lo:hi].tocsr()
        changeable = self.is_candidate[touched]
        fixed_rows = rows[~changeable]
        cand_rows = rows[changeable]
        cand_ids = touched[changeable]
        fixed_ids = touched[~changeable]
        k = len(cand_ids)
        local = target - lo
        down_high = float(problem.bound) - a
        down_high[local] = -a[local]  # every atom of the run (or the atom) to 0
        flows = [(-a, down_high)]
        if exposure.side == "high":
            up_low = -a.copy()
            up_low[local] = float(problem.level) - a[local]
            flows.append((up_low, float(problem.bound) - a))
        width = n * len(flows)
        highs = solver()
        for low, high in flows:
            highs.addVars(n, low, high)
        highs.addVars(k, np.zeros(k), np.full(k, INFINITY))
        t = np.arange(width, width + k, dtype=np.int32)
        highs.changeColsCost(k, t, self.costs[self.position[cand_ids]])
        for f in range(len(flows)):

            def place(
                block: sparse.csr_matrix, extra: sparse.csr_matrix | None = None, f: int = f
            ) -> sparse.csr_matrix:
                """The rows of flow f, with the t columns after all flows."""
                parts = [
                    sparse.csr_matrix((block.shape[0], n * f)),
                    block,
                    sparse.csr_matrix((block.shape[0], width - n * (f + 1))),
                ]
                if extra is not None:
                    parts.append(extra)
                return sparse.hstack(parts, format="csr")

            if fixed_rows.shape[0]:
                _add_rows(
                    highs, place(fixed_rows), self.slack_low[fixed_ids], self.slack_high[fixed_ids]
                )
            if k:
                ident = sparse.identity(k, format="csr")
                # change - t ≤ slack above; change + t ≥ slack below
                _add_rows(
                    highs,
                    place(cand_rows, -ident),
                    np.full(k, -INFINITY),
                    self.slack_high[cand_ids],
                )
                _add_rows(
                    highs, place(cand_rows, ident), self.slack_low[cand_ids], np.full(k, INFINITY)
                )
        highs.run()
        if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        solution = np.asarray(highs.getSolution().col_value, dtype=np.float64)
        new = int(
            np.count_nonzero((solution[width:] > 1e-6) & (self.costs[self.position[cand_ids]] > 0))
        )
        if new > 2 and self.fixed_charge:
            # Withholding a cell costs the same whatever the change through it: with a
            # 0/1 choice per cell (t_k ≤ level · s_k) the programme counts cells, not
            # flow. A bounded search (a node limit, so the result is reproducible); the
            # relaxation's answer above stands if it finds nothing.
            better = self._fixed_charge(highs, width, k, cand_ids)
            if better is not None:
                solution = better
        if not np.allclose(solution[:width], np.round(solution[:width]), atol=1e-6):
            kinds = np.full(width, highspy.HighsVarType.kInteger)
            highs.changeColsIntegrality(width, np.arange(width, dtype=np.int32), kinds)
            highs.run()
            if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
                return None
            solution = np.asarray(highs.getSolution().col_value, dtype=np.float64)
        changed = [
            int(self.position[cand_ids[i]])
            for i in np.flatnonzero(solution[width : width + k] > 1e-6)
        ]
        tables = []
        for f in range(len(flows)):
            table = problem.a.astype(np.float64)
            table[lo:hi] += solution[n * f : n * (f + 1)]
            tables.append(table)
        return changed, tables

    def _fixed_charge(
        self, highs: highspy.Highs, width: int, k: int, cand_ids: IntVector
    ) -> Vector | None:
        costs = self.costs[self.position[cand_ids]]
        highs.changeColsCost(k, np.arange(width, width + k, dtype=np.int32), costs * 1e-3)
        highs.addVars(k, np.zeros(k), np.ones(k))
        s = np.arange(width + k, width + 2 * k, dtype=np.int32)
        highs.changeColsCost(k, s, costs)
        kinds = np.full(k, highspy.HighsVarType.kInteger)
        highs.changeColsIntegrality(k, s, kinds)
        link = sparse.hstack(
            [
                sparse.csr_matrix((k, width)),
                sparse.identity(k, format="csr"),
                -float(self.problem.level) * sparse.identity(k, format="csr"),
            ],
            format="csr",
        )
        _add_rows(highs, link, np.full(k, -INFINITY), np.zeros(k))
        highs.setOptionValue("mip_max_nodes", self.NODES)
        highs.run()
        if highs.getInfo().primal_solution_status != 2:
            return None
        return np.asarray(highs.getSolution().col_value, dtype=np.float64)[: width + k]


def _add_rows(highs: highspy.Highs, rows: sparse.csr_matrix, low: Vector, high: Vector) -> None:
    highs.addRows(
        rows.shape[0],
        low,
        high,
        rows.nnz,
        rows.indptr.astype(np.int32),
        rows.indices.astype(np.int32),
        rows.data.astype(np.float64),
    )


def _weights(problem: _Problem, cells: Sequence[Cell], candidates: list[int]) -> Vector:
    total = float(problem.a.sum()) + 1.0
    weights = np.empty(len(candidates))
    for position, row in enumerate(candidates):
        cell = cells[row - problem.first_cell_row]
        weights[position] = 1.0 + 0.5 * cell.is_total + float(problem.true[row]) / total
    return weights


def suppress(
    cells: Sequence[Cell],
    values: dict[Atom, int],
    *,
    earlier: Sequence[frozenset[Atom] | Published] = (),
    earlier_withheld: Sequence[frozenset[Atom]] = (),
    quarters: Sequence[str],
    columns: Sequence[str],
    rounding: int = 0,
    level: int = SMALL,
) -> set[Cell]:
    """The cells of this release to withhold.

    `earlier` are the cells published by earlier releases of the same table,
    `earlier_withheld` the cells they withheld, `values` the atoms' counts (the
    same ones those releases used), and `quarters` every quarter released so
    far or now, in order. Every count from 1 to `level - 1` is withheld; more
    cells are withheld until no sensitive count can be narrowed by a reader
    of everything published to less than from 0 to `level`.
    """
    problem = _Problem(cells, values, earlier, quarters, columns, rounding, level)
    first = problem.first_cell_row
    published_before = set(problem.earlier)
    withheld_before = set(earlier_withheld) - published_before
    withheld = {
        cell
        for cell in cells
        if is_small(value_of(cell.atoms, values), level) or cell.atoms in withheld_before
    }
    # A cell earlier releases published is published again: withholding it hides nothing.
    candidates = [first + i for i, cell in enumerate(cells) if cell.atoms not in published_before]
    position = {row: p for p, row in enumerate(candidates)}
    attacker = problem.attacker()
    protector: _Protector | None = None
    for i, cell in enumerate(cells):
        if cell in withheld:
            attacker.withdraw(first + i)
    stuck = 0
    while True:
        exposures = attacker.unproven() if stuck == 0 else attacker.exposures()
        if not exposures:
            return withheld
        if protector is None:
            protector = _Protector(problem, candidates, _weights(problem, cells, candidates))
            for i, cell in enumerate(cells):
                if cell in withheld and first + i in position:
                    protector.free(position[first + i])
        progress = False
        for exposure in exposures:
            safe = attacker.low_safe if exposure.side == "low" else attacker.high_safe
            if safe[exposure.group]:
                continue
            found = protector.protect(exposure)
            if found is None:
                raise Unprotectable(problem.describe(exposure))
            changed, tables = found
            for p in changed:
                cell = cells[candidates[p] - first]
                if cell not in withheld:
                    withheld.add(cell)
                    attacker.withdraw(candidates[p])
                    protector.free(p)
                    progress = True
            for table in tables:
                certificate = attacker.agrees(table)
                if certificate is not None:
                    attacker.certify(certificate)
        stuck = 0 if progress else stuck + 1
        if stuck > 1:
            raise Unprotectable(problem.describe(exposures[0]))


def render(
    cells: Sequence[Cell],
    values: dict[Atom, int],
    withheld: set[Cell],
    *,
    rounding: int = 0,
    level: int = SMALL,
) -> dict[tuple[str, str], str]:
    """The released text of every cell: a count, or `WITHHELD`, the same for every withheld cell."""
    shown: dict[tuple[str, str], str] = {}
    for cell in cells:
        if cell in withheld:
            shown[cell.row, cell.column] = WITHHELD
        else:
            shown[cell.row, cell.column] = str(round_to(value_of(cell.atoms, values), rounding))
    return shown
