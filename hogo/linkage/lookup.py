"""One claim against a handful of candidate records: ranked, with each field's weight.

For the interactive "verify identity" page: the candidates are blocked by the caller
(for example by shared name keys in a database index), so every pair given here is
scored, without the model's own blocking rules.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from splink import DuckDBAPI, Linker

from hogo.linkage import model
from hogo.linkage.engine import FIELD_WEIGHTS, exclusive, feature_frame, quiet_splink
from hogo.linkage.records import PersonRecord


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
    match_probability: float  # the candidates of one claim compete (see engine.exclusive)
    pair_probability: float
    match_weight: float
    fields: tuple[FieldWeight, ...]


def prior_model() -> dict[str, Any]:
    """The model with its prior m and u, for a registry no model was trained on."""
    return model.settings().create_settings_dict(sql_dialect_str="duckdb")


def _level_labels(trained: dict[str, Any]) -> dict[str, dict[int, str]]:
    """Per comparison, the label of each gamma value (-1 null, then n-1 … 0)."""
    labels: dict[str, dict[int, str]] = {}
    for comparison in trained["comparisons"]:
        levels = comparison["comparison_levels"]
        plain = [level for level in levels if not level.get("is_null_level")]
        by_gamma = {-1: "unknown on one side"}
        for index, level in enumerate(plain):
            by_gamma[len(plain) - 1 - index] = str(
                level.get("label_for_charts") or level["sql_condition"]
            )
        labels[comparison["output_column_name"]] = by_gamma
    return labels


def _score_all(trained: dict[str, Any]) -> dict[str, Any]:
    settings = copy.deepcopy(trained)
    settings["blocking_rules_to_generate_predictions"] = [
        {"blocking_rule": "1=1", "sql_dialect": "duckdb"}
    ]
    settings["retain_intermediate_calculation_columns"] = True
    settings["retain_matching_columns"] = True
    return settings


def score(
    claim: PersonRecord,
    candidates: Sequence[PersonRecord],
    trained: dict[str, Any] | None = None,
) -> list[Scored]:
    """Every candidate scored against the claim, best first."""
    if not candidates:
        return []
    trained = trained or prior_model()
    quiet_splink()
    left = feature_frame([claim])
    right = feature_frame(candidates)
    linker = Linker(
        cast(Any, [left, right]),  # Splink's annotation names tables only
        _score_all(trained),
        DuckDBAPI(),
        input_table_aliases=["claim", "registry"],
        set_up_basic_logging=False,
    )
    predictions = linker.inference.predict().as_pandas_dataframe()  # type: ignore[no-untyped-call]
    if predictions.empty:
        return []
    predictions["exclusive"] = exclusive(predictions)
    labels = _level_labels(trained)
    results = []
    for row in predictions.to_dict("records"):
        fields = []
        for field in FIELD_WEIGHTS:
            factor = float(row[f"bf_{field}"])
            gamma = int(row[f"gamma_{field}"])
            fields.append(
                FieldWeight(
                    field=field,
                    level=labels.get(field, {}).get(gamma, str(gamma)),
                    bayes_factor=factor,
                    match_weight=math.log2(factor) if factor > 0 else -99.0,
                )
            )
        results.append(
            Scored(
                record_id=str(row["unique_id_r"]),
                match_probability=float(row["exclusive"]),
                pair_probability=float(row["match_probability"]),
                match_weight=float(row["match_weight"]),
                fields=tuple(fields),
            )
        )
    return sorted(results, key=lambda s: (-s.match_probability, s.record_id))
