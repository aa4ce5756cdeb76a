"""The Python scorer (verify identity) and Splink (hogo link) give the same match weight."""

from __future__ import annotations

import copy
import random
from typing import Any

import pandas as pd
import pytest
from splink import DuckDBAPI, Linker

from hogo.linkage.engine import feature_frame, quiet_splink
from hogo.linkage.features import features
from hogo.linkage.lookup import prior_model, score
from hogo.linkage.records import PersonRecord
from hogo.linkage.scorer import COMPARISONS, PythonModel

from .conftest import CLAIMS, REGISTRY

FAMILIES = ["Smith", "Smtih", "Kim", "Gim", "Lee", "Ri", "Satoh", "Sato", "金", "김", "佐藤", ""]
GIVENS = ["Jong-il", "Jongil", "Chong Il", "Hanako", "Hanaka", "Michaela", "Mikaela", "正一", ""]
DATES = ["1935-03-05", "1935-05-03", "1953-03-05", "1935-03-06", "1935-03", "1936", "1938", ""]
DATES += ["昭和10年3月5日", "S12.7.1", "1941.2.3"]
PLACES = ["Niigata", "新潟県", "Japan", "eastern Japan", "Winston Hills", "Winston Hils", ""]
PLACES += ["咸鏡北道", "North Hamgyong", "Seoul"]


def _records(prefix: str, count: int, rng: random.Random) -> list[PersonRecord]:
    records = []
    for index in range(count):
        values = {
            "family_name": rng.choice(FAMILIES),
            "given_name": rng.choice(GIVENS),
            "other_names": rng.choice(["", "金田 正一", "Sato Hanako"]),
            "sex": rng.choice(["M", "F", ""]),
            "birth_date": rng.choice(DATES),
            "birth_place": rng.choice(PLACES),
            "spouse_name": rng.choice(["", "佐藤 花子", "Kim Jong-il"]),
            "departure_year": rng.choice(["", "1960", "1961", "1963"]),
        }
        records.append(PersonRecord(f"{prefix}{index}", index + 2, values))
    return records


def _from_lines(lines: list[str]) -> list[PersonRecord]:
    header = lines[0].split(",")
    out = []
    for number, line in enumerate(lines[1:], start=2):
        values = dict(zip(header, line.split(","), strict=True))
        out.append(PersonRecord(values.pop(header[0]), number, values))
    return out


def _splink_weights(
    left: list[PersonRecord], right: list[PersonRecord], trained: dict[str, Any]
) -> pd.DataFrame:
    settings = copy.deepcopy(trained)
    settings["blocking_rules_to_generate_predictions"] = [
        {"blocking_rule": "1=1", "sql_dialect": "duckdb"}
    ]
    settings["retain_intermediate_calculation_columns"] = True
    settings["retain_matching_columns"] = True
    quiet_splink()
    linker = Linker(
        [feature_frame(left), feature_frame(right)],  # type: ignore[list-item]
        settings,
        DuckDBAPI(),
        input_table_aliases=["l", "r"],
        set_up_basic_logging=False,
    )
    return linker.inference.predict().as_pandas_dataframe()  # type: ignore[no-untyped-call, no-any-return]


def _scrambled(trained: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Other m and u at every level, so that a level confused for another would show."""
    other = copy.deepcopy(trained)
    for comparison in other["comparisons"]:
        for level in comparison["comparison_levels"]:
            if not level.get("is_null_level"):
                level["m_probability"] = rng.uniform(0.01, 0.9)
                level["u_probability"] = rng.uniform(0.001, 0.9)
    other["probability_two_random_records_match"] = 0.001
    return other


@pytest.mark.parametrize("scramble", [False, True])
def test_python_and_splink_give_the_same_match_weight(scramble: bool) -> None:
    rng = random.Random(3)
    left = _records("LX", 25, rng) + _from_lines(CLAIMS)
    right = _records("RX", 25, rng) + _from_lines(REGISTRY)
    trained = _scrambled(prior_model(), rng) if scramble else prior_model()
    splink = _splink_weights(left, right, trained)
    assert len(splink) == len(left) * len(right)
    python = PythonModel(trained)
    left_features = {r.id: features(r) for r in left}
    right_features = {r.id: features(r) for r in right}
    for row in splink.itertuples():
        pair = python.score(left_features[row.unique_id_l], right_features[row.unique_id_r])
        assert pair.match_weight == pytest.approx(row.match_weight, abs=1e-6), (
            row.unique_id_l,
            row.unique_id_r,
        )
        assert pair.pair_probability == pytest.approx(row.match_probability, abs=1e-9)
    # The sample reaches most levels of every comparison, so the check means something.
    for name in COMPARISONS:
        reached = set(splink[f"gamma_{name}"])
        assert len(reached) >= 3, (name, reached)
    assert len(set(splink["gamma_name"])) >= 7
    assert len(set(splink["gamma_birth_date"])) >= 7


def test_the_claims_best_candidate_is_its_record() -> None:
    claims, registry = _from_lines(CLAIMS), _from_lines(REGISTRY)
    ranked = score(claims[0], registry)
    assert ranked[0].record_id == "R1"
    assert sum(s.match_probability for s in ranked) < 1
    assert {f.field for f in ranked[0].fields} == set(COMPARISONS)


def test_a_model_without_a_known_comparison_is_refused() -> None:
    trained = prior_model()
    trained["comparisons"] = trained["comparisons"][:-1]
    with pytest.raises(ValueError, match="lacks"):
        PythonModel(trained)
