"""A name's own frequency in the registry, not the average over all names.

Most claimants bear names that few records share, while a random pair of records shares
both names far more often (Kim and a common given name weigh in the average): with the
average, a true record whose name three records bear counted as if hundreds did, and its
probability fell as the registry grew.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from hogo.linkage import engine, model
from hogo.linkage.records import read_records


def _prior() -> dict[str, Any]:
    return engine.bounded_probabilities(model.settings().create_settings_dict("duckdb"))


def _pairs(
    trained: dict[str, object], factors: list[tuple[str, float, float, int]]
) -> pd.DataFrame:
    """Predictions as Splink writes them: claim, name factor, other fields' factor, and
    how many registry records bear the claim's name."""
    base = engine.prior_weight(trained)
    return pd.DataFrame(
        {
            "unique_id_l": [claim for claim, _n, _o, _c in factors],
            "unique_id_r": [f"R{i}" for i in range(len(factors))],
            "bf_name": [name for _c, name, _o, _n in factors],
            "match_weight": [math.log2(name * other) + base for _c, name, other, _n in factors],
            engine.NAME_RECORDS: [count for _c, _n, _o, count in factors],
        }
    )


def test_records_that_share_both_names_are_counted(files: tuple[Path, Path]) -> None:
    claims, registry = files
    left = engine.feature_frame(read_records(claims).records)
    right = engine.feature_frame(read_records(registry).records)
    counts = engine.name_records(left, right)
    # 김 정일 (hangul) shares both names with 金 正一 only; 金 花子 shares the family name.
    assert counts["C1"] == 1
    # Choe Min-ho shares no name with anyone.
    assert "C4" not in counts.index


def test_a_rare_name_counts_for_more_than_a_common_one() -> None:
    trained = _prior()
    m, u = engine.name_factor(trained)
    pairs = _pairs(trained, [("C1", m / u, 50.0, 1), ("C2", m / u, 50.0, 400)])
    factors = engine.bayes_factors(pairs, trained, rows=100_000)
    assert factors[0] == pytest.approx(m * 100_000 * 50.0)
    assert factors[1] == pytest.approx(m * 100_000 / 400 * 50.0)
    # Without the count, the average name's u.
    plain = engine.bayes_factors(pairs.drop(columns=[engine.NAME_RECORDS]), trained)
    assert plain[0] == pytest.approx(m / u * 50.0)


def test_only_pairs_that_share_both_names_are_adjusted() -> None:
    trained = _prior()
    pairs = _pairs(trained, [("C1", 0.5, 50.0, 1)])
    factors = engine.bayes_factors(pairs, trained, rows=100_000)
    assert factors[0] == pytest.approx(25.0)


@pytest.mark.parametrize("rows", [20_000, 93_000, 1_000_000])
def test_a_unique_name_means_the_same_at_any_registry_size(rows: int) -> None:
    trained = _prior()
    m, u = engine.name_factor(trained)
    # The true record bears the claim's name and no other record does; a second
    # candidate shares only the given name.
    pairs = _pairs(trained, [("C1", m / u, 30.0, 1), ("C1", 2.0, 30.0, 1)])
    prior = engine.ClaimPrior(rows, 0.8, engine.unseen_factor(trained))
    probability = engine.exclusive(pairs, trained, prior)
    odds = 0.8 / 0.2 * m * 30.0
    assert probability[0] == pytest.approx(odds / (1 + odds + prior.rest(2)), rel=1e-3)


def test_a_rare_family_name_alone_counts_for_more_than_kim_alone() -> None:
    # The given name mistyped beyond its sound: only the family name agrees. Kim is borne
    # by a fifth of the registry, 權 by one record in a hundred.
    trained = _prior()
    m, u = engine.name_factor(trained, 6)
    pairs = _pairs(trained, [("C1", m / u, 50.0, 1), ("C2", m / u, 50.0, 1)])
    pairs[engine.FAMILY_RECORDS] = [20_000, 1_000]
    pairs["gamma_name"] = [2, 2]  # the family name alone (model.names(), from the bottom)
    factors = engine.bayes_factors(pairs, trained, rows=100_000)
    assert factors[0] == pytest.approx(m / 0.2 * 50.0)
    assert factors[1] == pytest.approx(m / 0.01 * 50.0)


def test_a_mistyped_family_name_counts_by_how_rare_the_given_name_is() -> None:
    # The given name agrees and the family name only sounds like the record's (Km for
    # 金): the given name is most of the evidence, so its own frequency scales the
    # level's u as it does for the given name alone.
    trained = _prior()
    m, u = engine.name_factor(trained, 3)
    _m5, u5 = engine.name_factor(trained, 5)
    pairs = _pairs(trained, [("C1", m / u, 50.0, 1), ("C2", m / u, 50.0, 1)])
    pairs[engine.GIVEN_RECORDS] = [5_000, 10]
    pairs["gamma_name"] = [5, 5]  # given agrees, family like it (from the bottom)
    factors = engine.bayes_factors(pairs, trained, rows=100_000)
    assert factors[0] == pytest.approx(m / u * u5 / 0.05 * 50.0)
    assert factors[1] == pytest.approx(m / u * u5 / 0.0001 * 50.0)
    assert factors[1] > 100 * factors[0]


def test_records_that_share_the_family_name_are_counted(files: tuple[Path, Path]) -> None:
    claims, registry = files
    left = engine.feature_frame(read_records(claims).records)
    right = engine.feature_frame(read_records(registry).records)
    counts = engine.key_records(left, right, "family_keys")
    assert counts["C1"] == 2  # 金 正一 and 金 花子
    assert "C4" not in counts.index
