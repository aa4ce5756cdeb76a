"""hogo's model scored in plain Python: one claim against a few hundred candidates.

Splink (DuckDB) is the right tool for linking two files: it builds the pairs and
scores millions of them in SQL. For one person on the "verify identity" page, starting
a DuckDB session costs more than the scoring itself, so the same comparison levels are
written here a second time, in Python, and read the same trained m and u values.
`tests/linkage/test_python_scorer.py` checks that both give the same match weight.

Each function below mirrors one comparison of `hogo.linkage.model`, level by level
and in the same order (level 0 is the first after the null level, the last is "else");
a SQL comparison with NULL is false, and so is it here.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jellyfish import damerau_levenshtein_distance, jaro_winkler_similarity, levenshtein_distance

from hogo.linkage.features import FAMILY_SOUND_KEY_MIN, SOUND_KEY_MIN, Features

# The level reached: 0 is the first (best) level after the null level; None: unknown.
Level = int | None


class Side:
    """One record's features, ready for many comparisons (key lists become sets)."""

    __slots__ = (
        "city", "country", "day", "departure", "family", "family_latin", "given",
        "given_latin", "iso", "lunar", "month", "names", "place", "province", "region", "sex",
        "spouse", "unique_id", "year",
    )  # fmt: skip

    def __init__(self, f: Features) -> None:
        self.unique_id = f["unique_id"]
        self.family = frozenset(f["family_keys"] or ())
        self.given = frozenset(f["given_keys"] or ())
        self.names = frozenset(f["name_keys"] or ())
        self.spouse = frozenset(f["spouse_keys"] or ())
        self.family_latin = f["family_latin"]
        self.given_latin = f["given_latin"]
        self.year, self.month, self.day = f["birth_year"], f["birth_month"], f["birth_day"]
        self.iso = f["birth_iso"]
        self.lunar = f.get("birth_lunar_iso")  # absent from features stored by an older hogo
        self.place = f["place_text"]
        self.country, self.region = f["place_country"], f["place_region"]
        self.province, self.city = f["place_province"], f["place_city"]
        self.sex = f["sex"]
        self.departure = f["departure_year"]


def _close(left: str | None, right: str | None, threshold: float = 0.88) -> bool:
    if left is None or right is None:
        return False
    return jaro_winkler_similarity(left, right) >= threshold


def _equal(left: Any, right: Any) -> bool:
    return left is not None and right is not None and left == right


def sounds_alike(
    left: frozenset[str] | set[str],
    right: frozenset[str] | set[str],
    minimum: int = SOUND_KEY_MIN,
) -> bool:
    """model.SoundsAlikeLevel: a sound key of one within one letter of one of the other."""
    ours = [k for k in left if k.startswith("~") and len(k) >= minimum]
    if not ours:
        return False
    theirs = [k for k in right if k.startswith("~") and len(k) >= minimum]
    return any(levenshtein_distance(a, b) <= 1 for a in ours for b in theirs)


def name_level(a: Side, b: Side) -> Level:
    if not a.names or not b.names:
        return None
    family_key = not a.family.isdisjoint(b.family)
    given_key = not a.given.isdisjoint(b.given)
    if family_key and given_key:
        return 0
    family_close = _close(a.family_latin, b.family_latin)
    given_close = _close(a.given_latin, b.given_latin)
    if family_close and given_close:
        return 1
    if not a.family.isdisjoint(b.given) and not a.given.isdisjoint(b.family):
        return 2  # swapped
    given = given_key or given_close
    family = family_key or family_close
    if given and (
        _close(a.family_latin, b.family_latin, 0.7)
        or sounds_alike(a.family, b.family, FAMILY_SOUND_KEY_MIN)
    ):
        return 3
    if family and (_close(a.given_latin, b.given_latin, 0.7) or sounds_alike(a.given, b.given)):
        return 4
    if given:
        return 5
    if family:
        return 6
    if not a.names.isdisjoint(b.names):
        return 7
    return 8


def birth_date_level(a: Side, b: Side) -> Level:
    if a.year is None or b.year is None:
        return None
    same_year = a.year == b.year
    same_month = same_year and _equal(a.month, b.month)
    if same_month and _equal(a.day, b.day):
        return 0
    if same_year and _equal(a.month, b.day) and _equal(a.day, b.month):
        return 1
    if _equal(a.lunar, b.iso) or _equal(a.iso, b.lunar):
        return 2
    if a.iso is not None and b.iso is not None and damerau_levenshtein_distance(a.iso, b.iso) <= 1:
        return 3
    apart = abs(a.year - b.year)
    if _equal(a.month, b.month) and _equal(a.day, b.day) and apart <= 2:
        return 4
    if same_month:
        return 5
    if a.day is None or b.day is None:  # the year alone on one side
        if same_year:
            return 6
        if apart <= 2:
            return 7
    if same_year:
        return 8
    return 9 if apart <= 1 else 10 if apart <= 3 else 11


def birth_place_level(a: Side, b: Side) -> Level:
    if a.place is None or b.place is None:
        return None
    if _equal(a.city, b.city):
        return 0
    if _close(a.city, b.city):
        return 1
    if _equal(a.province, b.province):
        return 2
    if (
        _equal(a.country, b.country)
        and (a.province is None or b.province is None)
        and (a.region is None or b.region is None or a.region == b.region)
    ):
        return 3  # consistent, one side vaguer
    if _equal(a.region, b.region):
        return 4
    if _equal(a.country, b.country):
        return 5
    return 6


def sex_level(a: Side, b: Side) -> Level:
    if a.sex is None or b.sex is None:
        return None
    return 0 if a.sex == b.sex else 1


def spouse_level(a: Side, b: Side) -> Level:
    if not a.spouse or not b.spouse:
        return None
    return 1 if a.spouse.isdisjoint(b.spouse) else 0


def departure_year_level(a: Side, b: Side) -> Level:
    if a.departure is None or b.departure is None:
        return None
    apart = abs(a.departure - b.departure)
    return 0 if apart == 0 else 1 if apart <= 1 else 2


COMPARISONS: dict[str, Callable[[Side, Side], Level]] = {
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
        self._log_factors = [
            [math.log2(level.bayes_factor) for level in self.levels[name]] for name in COMPARISONS
        ]

    def score(self, claim: Features | Side, candidate: Features | Side) -> PairScore:
        """One pair: its match weight, Splink's pair probability, each field's level."""
        claim_side = claim if isinstance(claim, Side) else Side(claim)
        side = candidate if isinstance(candidate, Side) else Side(candidate)
        levels = self.levels_of(claim_side, side)
        weight = self.weight(levels)
        odds = 2.0**weight
        return PairScore(side.unique_id, weight, odds / (1 + odds), self.fields(levels))

    def levels_of(self, claim: Side, candidate: Side) -> tuple[Level, ...]:
        return tuple(level_of(claim, candidate) for level_of in COMPARISONS.values())

    def weight(self, levels: tuple[Level, ...]) -> float:
        weight = self.prior_weight
        for table, level in zip(self._log_factors, levels, strict=True):
            if level is not None:
                weight += table[level]
        return weight

    def fields(self, levels: tuple[Level, ...]) -> tuple[FieldScore, ...]:
        out = []
        for name, level in zip(COMPARISONS, levels, strict=True):
            if level is None:
                out.append(FieldScore(name, self.UNKNOWN, 1.0))
            else:
                reached = self.levels[name][level]
                out.append(FieldScore(name, reached.label, reached.bayes_factor))
        return tuple(out)
