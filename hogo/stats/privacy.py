"""Differentially private counts through OpenDP. No database here.

Each case counts in at most one atom of a table (its first arrival, closure
or opening), so adding or removing one case changes the vector of atoms by
at most 1 in L1 distance. The Laplace mechanism on integers (the discrete
Laplace) with scale 1/ε then gives ε-differential privacy for the whole
release; totals are sums of the noisy atoms, which costs nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

SENSITIVITY = 1


def _opendp() -> Any:
    """OpenDP, imported when a DP release is made: it takes seconds to load, and
    every command and page of hogo would otherwise pay for it at start-up."""
    import opendp.prelude as dp

    dp.enable_features("contrib")
    return dp


def mechanism(epsilon: float) -> Any:
    """The OpenDP measurement over a vector of counts, checked to spend at most ε."""
    if not epsilon > 0:
        raise ValueError("the privacy-loss parameter ε must be positive")
    dp = _opendp()
    measurement = dp.m.make_laplace(
        dp.vector_domain(dp.atom_domain(T=int)),
        dp.l1_distance(T=int),
        scale=SENSITIVITY / epsilon,
    )
    spent = float(measurement.map(SENSITIVITY))
    if spent > epsilon * (1 + 1e-9):
        raise ValueError(f"the mechanism would spend ε={spent}, more than {epsilon}")
    return measurement


def noisy_counts(counts: Sequence[int], epsilon: float) -> list[int]:
    """The counts with noise, never below zero (post-processing keeps the guarantee)."""
    if not counts:
        return []
    released = mechanism(epsilon)(list(counts))
    return [max(0, int(value)) for value in released]
