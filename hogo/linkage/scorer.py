"""hogo's model scored in plain Python: one claim against a few hundred candidates.

Splink (DuckDB) is the right tool for linking two files: it builds the pairs and
scores millions of them in SQL. For one person on the "verify identity" page, starting
a DuckDB session costs more than the scoring itself, so the same comparison levels are
written here a second time, in Python, and read the same trained m and u values.
`tests/linkage/test_python_scorer.py` checks that both give the same match weight.

Each function below mirrors one comparison of `hogo.linkage.model`, level by level
and in the same order; a SQL comparison with NULL is false, and so is it here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from jellyfish import damerau_levenshtein_distance, jaro_winkler_similarity

from hogo.linkage.features import Features

# The level reached: 0 is the first (best) level after the null level; None: unknown.
Level = int | None


def _shared(left: Sequence[str] | None, right: Sequence[str] | None, at_least: int = 1) -> bool:
    if not left or not right:
        return False
    return len(set(left) & set(right)) >= at_least


def _close(left: str | None, right: str | None, threshold: float = 0.88) -> bool:
    if left is None or right is None:
        return False
    return jaro_winkler_similarity(left, right) >= threshold


def _equal(left: Any, right: Any) -> bool:
    return left is not None and right is not None and left == right


def name_level(a: Features, b: Features) -> Level:
    if not a["name_keys"] or not b["name_keys"]:
        return None
    family_key = _shared(a["family_keys"], b["family_keys"])
    given_key = _shared(a["given_keys"], b["given_keys"])
    family_close = _close(a["family_latin"], b["family_latin"])
    given_close = _close(a["given_latin"], b["given_latin"])
    levels = (
        family_key and given_key,
        family_close and given_close,
        _shared(a["name_keys"], b["name_keys"], 2),
        (given_key or given_close) and _close(a["family_latin"], b["family_latin"], 0.7),
        (family_key or family_close) and _close(a["given_latin"], b["given_latin"], 0.7),
        given_key or given_close,
        family_key or family_close,
        _shared(a["name_keys"], b["name_keys"]),
    )
    return _first(levels)


def birth_date_level(a: Features, b: Features) -> Level:
    year_l, year_r = a["birth_year"], b["birth_year"]
    if year_l is None or year_r is None:
        return None
    same_year = year_l == year_r
    same_month = same_year and _equal(a["birth_month"], b["birth_month"])
    iso_l, iso_r = a["birth_iso"], b["birth_iso"]
    levels = (
        same_month and _equal(a["birth_day"], b["birth_day"]),
        same_year
        and _equal(a["birth_month"], b["birth_day"])
        and _equal(a["birth_day"], b["birth_month"]),
        iso_l is not None and iso_r is not None and damerau_levenshtein_distance(iso_l, iso_r) <= 1,
        same_month,
        same_year,
        abs(year_l - year_r) <= 1,
        abs(year_l - year_r) <= 3,
    )
    return _first(levels)


def birth_place_level(a: Features, b: Features) -> Level:
    if a["place_text"] is None or b["place_text"] is None:
        return None
    vaguer = (
        _equal(a["place_country"], b["place_country"])
        and (a["place_province"] is None or b["place_province"] is None)
        and (
            a["place_region"] is None
            or b["place_region"] is None
            or a["place_region"] == b["place_region"]
        )
    )
    levels = (
        _equal(a["place_city"], b["place_city"]),
        _close(a["place_city"], b["place_city"]),
        _equal(a["place_province"], b["place_province"]),
        vaguer,
        _equal(a["place_region"], b["place_region"]),
        _equal(a["place_country"], b["place_country"]),
    )
    return _first(levels)


def sex_level(a: Features, b: Features) -> Level:
    if a["sex"] is None or b["sex"] is None:
        return None
    return _first((a["sex"] == b["sex"],))


def spouse_level(a: Features, b: Features) -> Level:
    if not a["spouse_keys"] or not b["spouse_keys"]:
        return None
    return _first((_shared(a["spouse_keys"], b["spouse_keys"]),))


def departure_year_level(a: Features, b: Features) -> Level:
    left, right = a["departure_year"], b["departure_year"]
    if left is None or right is None:
        return None
    return _first((left == right, abs(left - right) <= 1))


def _first(levels: Sequence[bool]) -> int:
    """The first level that holds; the "else" level after all of them."""
    for index, holds in enumerate(levels):
        if holds:
            return index
    return len(levels)


COMPARISONS: dict[str, Callable[[Features, Features], Level]] = {
    "name": name_level,
    "birth_date": birth_date_level,
    "birth_place": birth_place_level,
    "sex": sex_level,
    "spouse": spouse_level,
    "departure_year": departure_year_level,
}


@dataclass(frozen=True)
class LevelWeight:
    label: str
    bayes_factor: float


@dataclass(frozen=True)
class FieldScore:
    field: str
    level: str
    bayes_factor: float


@dataclass(frozen=True)
class PairScore:
    record_id: str
    match_weight: float
    pair_probability: float
    fields: tuple[FieldScore, ...]


class PythonModel:
    """A trained model's prior and Bayes factors, level by level, ready to score pairs."""

    UNKNOWN = "unknown on one side"

    def __init__(self, trained: dict[str, Any]) -> None:
        share = float(trained["probability_two_random_records_match"])
        self.prior_weight = math.log2(share / (1 - share))
        self.levels: dict[str, list[LevelWeight]] = {}
        for comparison in trained["comparisons"]:
            name = comparison["output_column_name"]
            if name not in COMPARISONS:
                raise ValueError(f"the model compares {name!r}, which hogo does not know")
            plain = [lv for lv in comparison["comparison_levels"] if not lv.get("is_null_level")]
            self.levels[name] = [
                LevelWeight(
                    str(level.get("label_for_charts") or level["sql_condition"]),
                    float(level["m_probability"]) / float(level["u_probability"]),
                )
                for level in plain
            ]
        missing = set(COMPARISONS) - set(self.levels)
        if missing:
            raise ValueError(f"the model lacks {sorted(missing)}")

    def score(self, claim: Features, candidate: Features) -> PairScore:
        weight = self.prior_weight
        fields = []
        for name, level_of in COMPARISONS.items():
            level = level_of(claim, candidate)
            if level is None:
                fields.append(FieldScore(name, self.UNKNOWN, 1.0))
                continue
            reached = self.levels[name][level]
            weight += math.log2(reached.bayes_factor)
            fields.append(FieldScore(name, reached.label, reached.bayes_factor))
        odds = 2.0**weight
        return PairScore(candidate["unique_id"], weight, odds / (1 + odds), tuple(fields))
