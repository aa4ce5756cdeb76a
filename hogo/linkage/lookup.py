"""One claim against a handful of candidate records: ranked, with each field's weight.

For the interactive "verify identity" page: the candidates are blocked by the caller
(for example by shared name keys in a database index), so every pair given here is
scored, without the model's own blocking rules. Scoring is plain Python with the
model's m and u (hogo.linkage.scorer): no database engine starts for one person.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from hogo.linkage import model
from hogo.linkage.engine import (
    IN_REGISTRY,
    ClaimPrior,
    calibrated_one,
    prior_weight,
    unseen_factor,
)
from hogo.linkage.features import Features, features
from hogo.linkage.records import PersonRecord
from hogo.linkage.scorer import COMPARISONS, Level, PythonModel, Side


@dataclass(frozen=True)
class FieldWeight:
    field: str
    level: str  # the agreement level reached, as the model names it
    bayes_factor: float
    match_weight: float  # log2 of the Bayes factor: > 0 for, < 0 against

    @property
    def agrees(self) -> bool:
        return self.bayes_factor > 1


@dataclass(frozen=True)
class Scored:
    record_id: str
    # The candidates of one claim compete (engine.ClaimPrior); calibrated (calibrate()).
    match_probability: float
    pair_probability: float
    match_weight: float
    fields: tuple[FieldWeight, ...]
    # What an officer's decision on this candidate teaches (hogo.linkage.labels): the
    # level each comparison reached, the pair's Bayes factor, and the odds of everything
    # else the claim could be (its other candidates, another record), "none" weighing 1.
    levels: tuple[Level, ...] = ()
    bayes_factor: float = 1.0
    competition: float = 0.0

    def comparison(self) -> dict[str, Any]:
        """As kept with an officer's decision."""
        return {
            "levels": dict(zip(COMPARISONS, self.levels, strict=True)),
            "bayes_factor": self.bayes_factor,
            "competition": self.competition,
        }


def prior_model() -> dict[str, Any]:
    """The model with its prior m and u, for a registry no model was trained on (a copy
    of its own: callers may change it)."""
    loaded: dict[str, Any] = json.loads(_prior_model_json())
    return loaded


@cache
def _prior_model_json() -> str:
    # Built once per process: Splink parses the SQL of every level and blocking rule to
    # build it, which took longer than a whole lookup.
    return json.dumps(model.settings().create_settings_dict(sql_dialect_str="duckdb"))


def score(
    claim: PersonRecord,
    candidates: Sequence[PersonRecord],
    trained: dict[str, Any] | None = None,
) -> list[Scored]:
    """Every candidate scored against the claim, best first."""
    return score_features(features(claim), [features(c) for c in candidates], trained)


def _level_counts(trained: dict[str, Any]) -> dict[str, int]:
    return {
        comparison["output_column_name"]: sum(
            1 for level in comparison["comparison_levels"] if not level.get("is_null_level")
        )
        for comparison in trained["comparisons"]
    }


@cache
def _prior_level_counts() -> dict[str, int]:
    return _level_counts(prior_model())


def compatible(trained: dict[str, Any]) -> bool:
    """Whether a stored model has the levels this hogo compares (one trained by an
    earlier hogo may lack some): if not, the prior model is used until it is trained again."""
    try:
        return _level_counts(trained) == _prior_level_counts()
    except (KeyError, TypeError):
        return False


def in_registry(trained: dict[str, Any]) -> float:
    """The prior that a claimant is in the registry, as the model keeps it (learnt from
    officers' decisions by `hogo registry train`), or IN_REGISTRY."""
    return float(trained.get("hogo", {}).get("in_registry", IN_REGISTRY))


def calibrate(probability: float, trained: dict[str, Any]) -> float:
    """The model's own calibration when officers' decisions fitted one, else the default."""
    fitted = trained.get("hogo", {}).get("calibration")
    if not fitted:
        return calibrated_one(probability)
    clipped = min(max(probability, 1e-15), 1 - 1e-15)
    log_odds = float(fitted["slope"]) * math.log(clipped / (1 - clipped)) + float(fitted["shift"])
    return 1 / (1 + math.exp(-max(min(log_odds, 700.0), -700.0)))


def score_features(
    claim: Features,
    candidates: Sequence[Features],
    trained: dict[str, Any] | None = None,
    *,
    keep: int | None = None,
    rows: int | None = None,
) -> list[Scored]:
    """The same, from features already derived (a registry stores its records' features).

    All candidates compete for the probability; only the best `keep` are returned. With
    `rows`, the size of the registry searched, the probability is per claim
    (engine.ClaimPrior): the claimant is in the registry with the model's prior, shared
    among its rows, and "none of these" competes; without, each pair keeps the model's
    prior per pair.
    """
    if not candidates:
        return []
    trained = trained or prior_model()
    scorer = PythonModel(trained)
    claim_side = Side(claim)
    sides = [Side(candidate) for candidate in candidates]
    levels = [scorer.levels_of(claim_side, side) for side in sides]
    weights = [scorer.weight(level) for level in levels]
    pair_prior = prior_weight(trained)
    factors = [2.0 ** min(weight - pair_prior, 1000.0) for weight in weights]
    if rows is None:
        prior_odds = 2.0**pair_prior
        rest = 0.0
    else:
        prior = ClaimPrior(rows, in_registry(trained), unseen_factor(trained))
        prior_odds, rest = prior.per_record, prior.rest(len(sides))
    odds = [factor * prior_odds for factor in factors]
    total = sum(odds) + rest
    order = sorted(range(len(sides)), key=lambda i: (-odds[i], sides[i].unique_id))[:keep]
    results = []
    for i in order:
        pair_odds = 2.0 ** min(weights[i], 1000.0)
        results.append(
            Scored(
                record_id=sides[i].unique_id,
                match_probability=calibrate(odds[i] / (1 + total), trained),
                pair_probability=pair_odds / (1 + pair_odds),
                match_weight=weights[i],
                fields=tuple(
                    FieldWeight(
                        field=field.field,
                        level=field.level,
                        bayes_factor=field.bayes_factor,
                        match_weight=math.log2(field.bayes_factor)
                        if field.bayes_factor > 0
                        else -99.0,
                    )
                    for field in scorer.fields(levels[i])
                ),
                levels=levels[i],
                bayes_factor=factors[i],
                competition=total - odds[i],
            )
        )
    return results
