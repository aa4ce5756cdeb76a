"""One claim against a handful of candidate records: ranked, with each field's weight.

For the interactive "verify identity" page: the candidates are blocked by the caller
(for example by shared name keys in a database index), so every pair given here is
scored, without the model's own blocking rules. Scoring is plain Python with the
model's m and u (hogo.linkage.scorer): no database engine starts for one person.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hogo.linkage import model
from hogo.linkage.engine import calibrated_one
from hogo.linkage.features import Features, features
from hogo.linkage.records import PersonRecord
from hogo.linkage.scorer import PythonModel, Side


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
    # The candidates of one claim compete (engine.exclusive); calibrated (engine.calibrated).
    match_probability: float
    pair_probability: float
    match_weight: float
    fields: tuple[FieldWeight, ...]


def prior_model() -> dict[str, Any]:
    """The model with its prior m and u, for a registry no model was trained on."""
    return model.settings().create_settings_dict(sql_dialect_str="duckdb")


def score(
    claim: PersonRecord,
    candidates: Sequence[PersonRecord],
    trained: dict[str, Any] | None = None,
) -> list[Scored]:
    """Every candidate scored against the claim, best first."""
    return score_features(features(claim), [features(c) for c in candidates], trained)


def score_features(
    claim: Features,
    candidates: Sequence[Features],
    trained: dict[str, Any] | None = None,
    *,
    keep: int | None = None,
) -> list[Scored]:
    """The same, from features already derived (a registry stores its records' features).

    All candidates compete for the probability; only the best `keep` are returned.
    """
    if not candidates:
        return []
    scorer = PythonModel(trained or prior_model())
    claim_side = Side(claim)
    sides = [Side(candidate) for candidate in candidates]
    levels = [scorer.levels_of(claim_side, side) for side in sides]
    weights = [scorer.weight(level) for level in levels]
    # Each claim is at most one person: its candidates compete (see engine.exclusive).
    odds = [2.0 ** min(weight, 1000.0) for weight in weights]
    total = sum(odds)
    order = sorted(range(len(sides)), key=lambda i: (-odds[i], sides[i].unique_id))[:keep]
    results = []
    for i in order:
        pair_odds = odds[i]
        results.append(
            Scored(
                record_id=sides[i].unique_id,
                match_probability=calibrated_one(pair_odds / (1 + total)),
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
            )
        )
    return results
