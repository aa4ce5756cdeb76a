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
from hogo.linkage.engine import calibrated
from hogo.linkage.features import Features, features
from hogo.linkage.records import PersonRecord
from hogo.linkage.scorer import PythonModel


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
    claim: Features, candidates: Sequence[Features], trained: dict[str, Any] | None = None
) -> list[Scored]:
    """The same, from features already derived (a registry stores its records' features)."""
    if not candidates:
        return []
    scorer = PythonModel(trained or prior_model())
    pairs = [scorer.score(claim, candidate) for candidate in candidates]
    # Each claim is at most one person: its candidates compete (see engine.exclusive).
    odds = [
        p.pair_probability / (1 - p.pair_probability) if p.pair_probability < 1 else 1e12
        for p in pairs
    ]
    total = sum(odds)
    results = [
        Scored(
            record_id=pair.record_id,
            match_probability=float(calibrated(share / (1 + total))),
            pair_probability=pair.pair_probability,
            match_weight=pair.match_weight,
            fields=tuple(
                FieldWeight(
                    field=field.field,
                    level=field.level,
                    bayes_factor=field.bayes_factor,
                    match_weight=math.log2(field.bayes_factor) if field.bayes_factor > 0 else -99.0,
                )
                for field in pair.fields
            ),
        )
        for pair, share in zip(pairs, odds, strict=True)
    ]
    return sorted(results, key=lambda s: (-s.match_probability, s.record_id))
