"""Protection of amount (magnitude) tables: sums of money. No database here.

An amount table has the shape of a count table (one *atom* per quarter and
column, a total column and a total row), but each atom is a sum of yen paid
to people, its *contributors*. Money stays in whole yen (int) throughout;
only the solver sees floats, and its answers are rounded in the reader's
disfavour.

A figure (a cell of this release or of an earlier one) is *sensitive* when

- fewer than `level` people are behind it (from 1 to 9 by default), or
- it fails the dominance rule, the p % rule: with contributions
  x1 ≥ x2 ≥ … summing to X, the second largest contributor, who knows x2,
  could estimate x1 from X to within X - x1 - x2; the figure is sensitive when
  that is less than p % of x1 (Hundepool et al., *Statistical Disclosure
  Control*, 2012, §4.2; τ-ARGUS's p % rule).

A contributor is a person, and their contribution to a figure is everything
they were paid in the figure's atoms together.

Every sensitive figure is withheld, and it must stay uncertain to a reader of
everything published for the table: the interval the reader can deduce for
it (two linear programmes over non-negative atoms, the attacker's problem)
must reach at least `protection` below and above its value. For the p % rule
this is τ-ARGUS's protection level, p % of x1 - (X - x1 - x2): with less, the
second contributor's estimate of the largest would be better than p %. For a
figure with few people behind it, it is p % of X (the same rule for a single
contributor). Complementary cells are chosen by a linear programme over
changes of the table: the cheapest change that moves the figure by its
protection while every published figure stays as it is; every cell that
changes is withheld. The programme's own change is a table the reader cannot
rule out, so the figure is safe once those cells are withheld; the attacker's
programmes then check every sensitive figure again before anything is
released.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse  # type: ignore[import-untyped]

from hogo.stats.protection import TOTAL, Atom, Cell, Unprotectable

Contributions = Mapping[Atom, Mapping[int, int]]  # atom -> contributor -> yen

DEFAULT_P = 15
_TOLERANCE = 1e-6


@dataclass(frozen=True)
class Sensitivity:
    """Why a figure is withheld, and how far the reader must stay from its value either way."""

    few: bool  # fewer than `level` people behind it
    dominated: bool  # it fails the p % rule
    protection: int  # yen, below and above


def contributors(atoms: frozenset[Atom], contributions: Contributions) -> dict[int, int]:
    """Each person's yen in these atoms together."""
    total: dict[int, int] = {}
    for atom in atoms:
        for person, yen in contributions.get(atom, {}).items():
            total[person] = total.get(person, 0) + yen
    return total


def amount(atoms: frozenset[Atom], contributions: Contributions) -> int:
    return sum(sum(contributions.get(atom, {}).values()) for atom in atoms)


def _ceil_div(a: int, b: int) -> int:
    return -((-a) // b)


def sensitivity(shares: Mapping[int, int], *, level: int, p: int) -> Sensitivity | None:
    """The sensitivity of a figure made of these contributions, or None when it may be shown."""
    values = sorted((v for v in shares.values() if v > 0), reverse=True)
    if not values:
        return None
    total = sum(values)
    largest = values[0]
    second = values[1] if len(values) > 1 else 0
    # p % of x1 less what the others than the two largest hold, in whole yen, rounded up.
    dominance = _ceil_div(p * largest - 100 * (total - largest - second), 100)
    few = len(values) < level
    dominated = dominance > 0
    if not few and not dominated:
        return None
    protection = max(dominance, _ceil_div(p * total, 100) if few else 0, 1)
    return Sensitivity(few, dominated, protection)


class _Reader:
    """What a reader knows: published figures as equations over non-negative atoms."""

    def __init__(self, index: dict[Atom, int], published: Sequence[frozenset[Atom]]) -> None:
        self.index = index
        self.n = len(index)
        self.published = list(published)
        self._key = -1
        # Tables the reader cannot rule out (solutions of earlier programmes, and the true
        # one). Published figures only become fewer, so each stays one: a table whose sum
        # of a group already reaches a target settles that side without a new programme.
        self.tables: list[np.ndarray] = []
        self._a: sparse.csr_matrix = None
        self._b: np.ndarray = np.zeros(0)

    def rows(self, groups: Sequence[frozenset[Atom]]) -> sparse.csr_matrix:
        starts = [0]
        indices: list[int] = []
        for group in groups:
            indices += sorted(self.index[a] for a in group if a in self.index)
            starts.append(len(indices))
        data = np.ones(len(indices))
        return sparse.csr_matrix((data, indices, starts), shape=(len(groups), self.n))

    def bound(
        self, group: frozenset[Atom], published: Sequence[frozenset[Atom]], x: np.ndarray, side: int
    ) -> float:
        """The largest (side 1) or smallest (side -1) sum of `group` the reader cannot rule out."""
        from scipy import optimize  # amount tables only: it takes most of a second to load

        key = len(published)
        if self._key != key:
            # Published figures only ever become fewer (cells are withheld, never shown
            # again), so their count names the set.
            self._key = key
            self._a = self.rows(published)
            self._b = self._a @ x
        c = -side * np.asarray(self.rows([group]).todense()).ravel()
        if self._a.shape[0]:
            result = optimize.linprog(
                c, A_eq=self._a, b_eq=self._b, bounds=(0, None), method="highs"
            )
        else:
            result = optimize.linprog(c, bounds=(0, None), method="highs")
        if result.status == 3:  # unbounded above: the reader cannot bound it at all
            return float("inf")
        if result.status != 0:
            raise Unprotectable(f"the solver failed ({result.message})")
        self.tables.append(np.asarray(result.x, dtype=np.float64))
        return -side * float(result.fun)

    def reaches(
        self,
        group: frozenset[Atom],
        published: Sequence[frozenset[Atom]],
        x: np.ndarray,
        side: int,
        target: int,
    ) -> bool:
        """Whether the reader cannot rule out `target` (whole yen) on that side of `group`."""
        if self.tables:
            members = [self.index[a] for a in group if a in self.index]
            sums = np.stack(self.tables)[:, members].sum(axis=1)
            if side > 0 and np.floor(sums.max() + _TOLERANCE) >= target:
                return True
            if side < 0 and np.ceil(sums.min() - _TOLERANCE) <= target:
                return True
        found = self.bound(group, published, x, side)
        if side > 0:
            return bool(np.floor(found + _TOLERANCE) >= target)
        return bool(np.ceil(found - _TOLERANCE) <= target)


def _weights(cells: Sequence[Cell], values: Mapping[frozenset[Atom], int]) -> np.ndarray:
    # Information lost: totals cost more than inner cells, and large amounts more than small.
    largest = max([*values.values(), 1])
    return np.array(
        [(2.0 if cell.is_total else 1.0) * (1.0 + values[cell.atoms] / largest) for cell in cells]
    )


def suppress_amounts(
    cells: Sequence[Cell],
    contributions: Contributions,
    *,
    earlier: Sequence[frozenset[Atom]] = (),
    earlier_withheld: Sequence[frozenset[Atom]] = (),
    quarters: Sequence[str],
    columns: Sequence[str],
    level: int,
    p: int = DEFAULT_P,
) -> set[Cell]:
    """The cells of this release to withhold.

    `earlier` are the figures earlier releases of the table published,
    `earlier_withheld` those they withheld, `contributions` every atom's yen by
    person (frozen at first release), `quarters` every quarter released so far
    or now. Raises `Unprotectable` when earlier releases already give a
    sensitive figure away.
    """
    width = len(columns)
    index = {(q, c): i * width + j for i, q in enumerate(quarters) for j, c in enumerate(columns)}
    x = np.zeros(len(index))
    for atom, i in index.items():
        x[i] = amount(frozenset({atom}), contributions)
    values = {cell.atoms: amount(cell.atoms, contributions) for cell in cells}
    published_before = list(dict.fromkeys(earlier))
    before = set(published_before)
    withheld_before = set(earlier_withheld) - before
    # Every figure a reader could name: this release's cells and every earlier one.
    figures = list(dict.fromkeys([*(c.atoms for c in cells), *before, *withheld_before]))
    sensitive: dict[frozenset[Atom], Sensitivity] = {}
    for group in figures:
        found = sensitivity(contributors(group, contributions), level=level, p=p)
        if found is not None:
            sensitive[group] = found
    given_away = [g for g in sensitive if g in before]
    if given_away:
        raise Unprotectable(_describe(given_away[0], quarters, columns))
    withheld = {c for c in cells if c.atoms in sensitive or c.atoms in withheld_before}
    candidates = [c for c in cells if c.atoms not in before]
    reader = _Reader(index, published_before)
    weights = _weights(candidates, values)

    def shown() -> list[frozenset[Atom]]:
        return [*published_before, *(c.atoms for c in cells if c not in withheld)]

    order = sorted(sensitive, key=lambda g: (len(g), sorted(g)))
    # Checked, not trusted: each side of each sensitive figure is settled by the reader's
    # own programme, after any change made for it. Published figures only become fewer
    # as cells are withheld, so what the reader could not rule out stays so: a side
    # settled early stays settled.
    for group in order:
        need = sensitive[group].protection
        value = amount(group, contributions)
        for side in (1, -1):
            target = value + side * need
            if reader.reaches(group, shown(), x, side, target):
                continue
            change = _cheapest_change(
                reader, x, group, side * need, candidates, withheld, published_before, weights
            )
            if change is None:
                raise Unprotectable(_describe(group, quarters, columns))
            withheld |= change
            if not reader.reaches(group, shown(), x, side, target):
                raise Unprotectable(_describe(group, quarters, columns))
    return withheld


def _cheapest_change(
    reader: _Reader,
    x: np.ndarray,
    group: frozenset[Atom],
    move: int,
    candidates: Sequence[Cell],
    withheld: set[Cell],
    fixed: Sequence[frozenset[Atom]],
    weights: np.ndarray,
) -> set[Cell] | None:
    """The candidate cells to withhold so that `group` can move by `move` yen unseen.

    Variables: y (the change of every atom; x + y stays non-negative) and t_k ≥
    |change of candidate k|. Earlier figures may not change. Cost: Σ w_k t_k, with
    nothing for a cell already withheld.
    """
    from scipy import optimize  # amount tables only: it takes most of a second to load

    n = reader.n
    k = len(candidates)
    rows = reader.rows([c.atoms for c in candidates])
    charge = [0.0 if c in withheld else w for c, w in zip(candidates, weights, strict=True)]
    cost = np.concatenate([np.zeros(n), charge])
    # A tiny cost on t of withheld cells too keeps the change small and the answer unique.
    cost[n:] += 1e-6
    eye = sparse.identity(k, format="csr")
    upper = sparse.vstack([sparse.hstack([rows, -eye]), sparse.hstack([-rows, -eye])])
    target = np.asarray(reader.rows([group]).todense()).ravel()
    sign = 1.0 if move > 0 else -1.0
    aim = sparse.csr_matrix(np.concatenate([-sign * target, np.zeros(k)]))
    a_ub = sparse.vstack([upper, aim]).tocsr()
    b_ub = np.concatenate([np.zeros(2 * k), [-abs(move)]])
    a_eq = None
    b_eq = None
    if fixed:
        a_eq = sparse.hstack([reader.rows(fixed), sparse.csr_matrix((len(fixed), k))]).tocsr()
        b_eq = np.zeros(len(fixed))
    bounds = [(-x[i], None) for i in range(n)] + [(0, None)] * k
    result = optimize.linprog(
        cost, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs"
    )
    if result.status != 0:
        return None
    t = result.x[n:]
    return {c for c, moved in zip(candidates, t, strict=True) if moved > 1e-4}


def _describe(group: frozenset[Atom], quarters: Sequence[str], columns: Sequence[str]) -> str:
    seen = sorted({q for q, _c in group}, key=list(quarters).index)
    kinds = [c for c in columns if any(atom[1] == c for atom in group)]
    what = TOTAL if len(kinds) == len(columns) > 1 else ", ".join(kinds)
    when = seen[0] if len(seen) == 1 else f"{seen[0]} to {seen[-1]}"
    return f"{what}, {when}"
