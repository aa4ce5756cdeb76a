"""A probability per claim: the claimant is in the registry or not, and if so, which record.

The simulations draw Bayes factors as a registry's records would give them: the true
record's large, each stranger's from the distribution strangers have (mean 1, mostly
tiny). However large the registry, a probability of 0.8 must be right about 8 times in 10.
"""

from __future__ import annotations

import math
import random
from statistics import NormalDist

import pandas as pd
import pytest

from hogo.linkage.engine import (
    ClaimPrior,
    estimate_in_registry,
    exclusive,
    prior_weight,
)
from hogo.linkage.lookup import prior_model


def test_one_candidate_as_likely_as_the_prior_against_it_is_even() -> None:
    prior = ClaimPrior(rows=20_000, in_registry=0.5)
    # Its Bayes factor equals the number of rows: prior odds 1/20,000 times 20,000.
    odds = prior.per_record * 20_000
    assert odds / (1 + odds) == pytest.approx(0.5)


def test_none_of_these_takes_what_the_candidates_leave() -> None:
    prior = ClaimPrior(rows=1000, in_registry=0.5, unseen=0.05)
    odds = [prior.per_record * factor for factor in (3000.0, 1000.0)]
    denominator = 1 + sum(odds) + prior.rest(2)
    shares = [o / denominator for o in odds]
    none = 1 / denominator
    elsewhere = prior.rest(2) / denominator
    assert sum(shares) + none + elsewhere == pytest.approx(1.0)
    assert shares[0] == pytest.approx(3 * shares[1])
    assert none > elsewhere > 0


# Log Bayes factors (natural) as a coherent pair: over strangers normal with mean -S²/2
# and deviation S (so that a stranger's Bayes factor averages 1), over the true record
# mean +S²/2. Blocking keeps the pairs with a log factor above CUT.
S = 6.0
CUT = 5.0


def _normal_cdf(x: float) -> float:
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


# The mean Bayes factor of a stranger blocking leaves out: E[BF; log BF < CUT].
UNSEEN = _normal_cdf((CUT - S * S / 2) / S)


def _truncated(rng: random.Random, mean: float) -> float:
    """A normal draw above CUT, by the inverse of its distribution function."""
    normal = NormalDist(mean, S)
    low = normal.cdf(CUT)
    return normal.inv_cdf(low + (1 - low) * rng.random() * (1 - 1e-12))


def _poisson(rng: random.Random, mean: float) -> int:
    count, total = 0, rng.expovariate(1.0)
    while total < mean:
        count += 1
        total += rng.expovariate(1.0)
    return count


def _claims(rows: int, claims: int, share: float, rng: random.Random) -> pd.DataFrame:
    """Every claim against a registry of `rows` records, as blocking leaves it."""
    above = 1 - _normal_cdf((CUT + S * S / 2) / S)  # a stranger's chance to be blocked
    out = []
    for number in range(claims):
        inside = rng.random() < share
        strangers = rows - 1 if inside else rows
        if inside:
            value = rng.gauss(S * S / 2, S)
            if value >= CUT:
                out.append((number, math.exp(value), True))
        for _stranger in range(_poisson(rng, strangers * above)):
            out.append((number, math.exp(_truncated(rng, -S * S / 2)), False))
    return pd.DataFrame(out, columns=["unique_id_l", "factor", "true"])


def _probabilities(frame: pd.DataFrame, rows: int, share: float) -> pd.Series:
    trained = prior_model() | {"probability_two_random_records_match": 1e-6}
    weight = frame["factor"].map(math.log2) + prior_weight(trained)
    predictions = frame.assign(match_weight=weight)
    return exclusive(predictions, trained, ClaimPrior(rows, share, UNSEEN))


@pytest.mark.parametrize("rows", [20_000, 93_000, 1_000_000])
def test_the_share_of_claimants_in_the_registry_is_recovered(rows: int) -> None:
    rng = random.Random(rows)
    frame = _claims(rows, 2000, 0.7, rng)
    trained = prior_model() | {"probability_two_random_records_match": 1e-6}
    weight = frame["factor"].map(math.log2) + prior_weight(trained)
    from hogo.linkage.engine import bayes_factors

    share = estimate_in_registry(
        bayes_factors(frame.assign(match_weight=weight), trained),
        frame["unique_id_l"],
        all_claims=2000,
        prior=ClaimPrior(rows, 0.5, UNSEEN),
    )
    assert share == pytest.approx(0.7, abs=0.04)


@pytest.mark.parametrize("rows", [20_000, 93_000, 1_000_000])
def test_probabilities_are_calibrated_at_any_registry_size(rows: int) -> None:
    rng = random.Random(7 + rows)
    frame = _claims(rows, 3000, 0.7, rng)
    frame["p"] = _probabilities(frame, rows, 0.7)
    # In every band of probability, about as many candidates are true as the band says.
    for low, high in ((0.05, 0.5), (0.5, 0.9), (0.9, 1.01)):
        band = frame[(frame["p"] >= low) & (frame["p"] < high)]
        assert len(band) > 30
        assert band["true"].mean() == pytest.approx(band["p"].mean(), abs=0.06)
