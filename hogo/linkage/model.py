"""hogo's Splink model: comparisons on derived keys, blocking rules, training.

The m probabilities (how often a true pair agrees at each level) are set from
what registry clerks and claimants get wrong; the u probabilities (how often a
random pair agrees) and the share of true pairs are estimated on the files being
linked, so the probabilities fit the registry at hand.
"""

from __future__ import annotations

from typing import Any

import splink.comparison_level_library as cl
import splink.comparison_library as cll
from splink import SettingsCreator, block_on
from splink.blocking_rule_library import CustomRule
from splink.internals.blocking_rule_creator import BlockingRuleCreator
from splink.internals.comparison_creator import ComparisonCreator
from splink.internals.comparison_level_creator import ComparisonLevelCreator
from splink.internals.dialects import SplinkDialect

from hogo.linkage.features import FAMILY_SOUND_KEY_MIN, SOUND_KEY_MIN


def _year(side: str) -> str:
    # Bare identifiers: DuckDB and Spark read them alike (Spark takes "x" for a string).
    return f"birth_year_{side}"


def _comparison(name: str, levels: list[Any], m: list[float], u: list[float]) -> ComparisonCreator:
    """A comparison with prior m and u; u is re-estimated when the files are big enough."""
    comparison = cll.CustomComparison(comparison_levels=levels, output_column_name=name)
    return comparison.configure(m_probabilities=m, u_probabilities=u)


def _latin_close(column: str, threshold: float = 0.88) -> Any:
    return cl.JaroWinklerLevel(column, threshold)


class CrossedNamesLevel(ComparisonLevelCreator):
    """The family name of one record is the given name of the other, and the other way
    round: names told in the Western order (Myung-sook Kim) or in the wrong fields.

    Unlike two shared keys of any kind, a family name alone never reaches it, however
    many spellings of Kim both records hold.
    """

    def create_sql(self, sql_dialect: SplinkDialect) -> str:
        def shared(left: str, right: str) -> str:
            if sql_dialect.sql_dialect_str == "duckdb":
                return f"array_length(list_intersect({left}_l, {right}_r)) >= 1"
            return f"size(array_intersect({left}_l, {right}_r)) >= 1"

        return f"{shared('family_keys', 'given_keys')} AND {shared('given_keys', 'family_keys')}"

    def create_label_for_charts(self) -> str:
        return "family and given names swapped"


class SoundsAlikeLevel(ComparisonLevelCreator):
    """A sound key of one record's name within one letter (Levenshtein) of one of the
    other's: the name mistyped or misheard, where no key agrees and the record, in hanja
    or hangul, has no Latin spelling to compare letter by letter."""

    def __init__(self, column: str, minimum: int = SOUND_KEY_MIN) -> None:
        self.column = column
        self.minimum = minimum

    def create_sql(self, sql_dialect: SplinkDialect) -> str:
        left, right, minimum = f"{self.column}_l", f"{self.column}_r", self.minimum
        if sql_dialect.sql_dialect_str == "duckdb":
            # Each side's sound keys are picked first: DuckDB evaluates every part of a
            # lambda's condition for every element, so a filter written as one condition
            # computed the distance between every pair of keys, sound keys or not.
            ours = f"list_filter({left}, lambda a: a[1] = '~' AND length(a) >= {minimum})"
            theirs = f"list_filter({right}, lambda b: b[1] = '~' AND length(b) >= {minimum})"
            return (
                f"len(list_filter({ours}, lambda a: "
                f"len(list_filter({theirs}, lambda b: levenshtein(a, b) <= 1)) > 0)) > 0"
            )
        return (
            f"exists({left}, a -> substr(a, 1, 1) = '~' AND length(a) >= {minimum} "
            f"AND exists({right}, b -> substr(b, 1, 1) = '~' AND length(b) >= {minimum} "
            "AND levenshtein(a, b) <= 1))"
        )

    def create_label_for_charts(self) -> str:
        return f"{self.column} sound alike"


def names() -> ComparisonCreator:
    family_key = cl.ArrayIntersectLevel("family_keys")
    given_key = cl.ArrayIntersectLevel("given_keys")
    return _comparison(
        "name",
        [
            cl.NullLevel("name_keys"),
            cl.And(family_key, given_key),
            # Typing errors in Latin names (Smith/Smtih), which no key can catch.
            cl.And(_latin_close("family_latin"), _latin_close("given_latin")),
            CrossedNamesLevel(),
            # One name agrees, the other is like it (a worse typing error), letter by
            # letter in Latin or, against hanja or hangul, by its sound.
            cl.And(
                cl.Or(given_key, _latin_close("given_latin")),
                cl.Or(
                    _latin_close("family_latin", 0.7),
                    SoundsAlikeLevel("family_keys", FAMILY_SOUND_KEY_MIN),
                ),
            ),
            cl.And(
                cl.Or(family_key, _latin_close("family_latin")),
                cl.Or(_latin_close("given_latin", 0.7), SoundsAlikeLevel("given_keys")),
            ),
            cl.Or(given_key, _latin_close("given_latin")),
            cl.Or(family_key, _latin_close("family_latin")),
            cl.ArrayIntersectLevel("name_keys"),
            cl.ElseLevel(),
        ],
        [0.70, 0.05, 0.05, 0.03, 0.03, 0.04, 0.03, 0.02, 0.05],
        [0.0001, 0.0001, 0.0005, 0.0005, 0.0005, 0.04, 0.02, 0.01, 0.9288],
    )


YEAR_ALONE_SAME = "year alone, the same"
YEAR_ALONE_NEAR = "year alone, one or two apart"
# Of true pairs where one side gives the year alone: how often it is the same year, and
# one or two years apart (an age counted the Korean way gives a year one or two early,
# an age before this year's birthday one late). Conditional on the year being alone, so
# they sum to less than one with the rest (further apart) left to the levels below.
YEAR_ALONE_M = (0.45, 0.45)


def birth_date() -> ComparisonCreator:
    same_year = f"{_year('l')} = {_year('r')}"
    same_month = f"{same_year} AND birth_month_l = birth_month_r"
    same_day_of_year = "birth_month_l = birth_month_r AND birth_day_l = birth_day_r"
    year_alone = "(birth_day_l IS NULL OR birth_day_r IS NULL)"
    return _comparison(
        "birth_date",
        [
            cl.NullLevel("birth_year"),
            cl.CustomLevel(f"{same_month} AND birth_day_l = birth_day_r", "exact date"),
            cl.CustomLevel(
                f"{same_year} AND birth_month_l = birth_day_r AND birth_day_l = birth_month_r",
                "day and month swapped",
            ),
            # A lunar-calendar birthday told as if it were a solar date (or the other way).
            cl.CustomLevel(
                "birth_lunar_iso_l = birth_iso_r OR birth_iso_l = birth_lunar_iso_r",
                "lunar birthday as a solar date",
            ),
            # One digit mistyped or two swapped (1956-03-12 / 1965-03-12): a clerk's slip.
            cl.DamerauLevenshteinLevel("birth_iso", 1).configure(
                label_for_charts="one digit mistyped"
            ),
            # A Japanese era year converted off by one, or an age counted the Korean way.
            cl.CustomLevel(
                f"{same_day_of_year} AND abs({_year('l')} - {_year('r')}) <= 2",
                "same day and month, year one or two off",
            ),
            cl.CustomLevel(same_month, "same year and month"),
            # One side gives the year alone (worked out from an age, or all that is
            # remembered): its own levels, whose m and u are conditional on that (see
            # YEAR_ALONE_LEVELS), since such a pair can never reach the levels above.
            cl.CustomLevel(f"{year_alone} AND {same_year}", YEAR_ALONE_SAME),
            cl.CustomLevel(
                f"{year_alone} AND abs({_year('l')} - {_year('r')}) <= 2", YEAR_ALONE_NEAR
            ),
            cl.CustomLevel(same_year, "same year only"),
            cl.CustomLevel(f"abs({_year('l')} - {_year('r')}) <= 1", "within a year"),
            cl.CustomLevel(f"abs({_year('l')} - {_year('r')}) <= 3", "within three years"),
            cl.ElseLevel(),
        ],
        [0.45, 0.03, 0.10, 0.04, 0.06, 0.08, *YEAR_ALONE_M, 0.08, 0.08, 0.05, 0.03],
        [0.0003, 0.0001, 0.0003, 0.0005, 0.0006, 0.003, 0.0334, 0.12, 0.03, 0.06, 0.12, 0.7852],
    )


def birth_place() -> ComparisonCreator:
    vaguer = (
        "place_country_l = place_country_r "
        "AND (place_province_l IS NULL OR place_province_r IS NULL) "
        "AND (place_region_l IS NULL OR place_region_r IS NULL "
        "OR place_region_l = place_region_r)"
    )
    return _comparison(
        "birth_place",
        [
            cl.NullLevel("place_text"),
            cl.ExactMatchLevel("place_city"),
            # A town mistyped (South Perth / South Erth).
            cl.JaroWinklerLevel("place_city", 0.88),
            cl.ExactMatchLevel("place_province"),
            # "Japan" or "eastern Japan" against 新潟県: as far as both go, they agree.
            cl.CustomLevel(vaguer, "consistent, one side vaguer"),
            cl.ExactMatchLevel("place_region"),
            cl.ExactMatchLevel("place_country"),
            cl.ElseLevel(),
        ],
        # Claimants often name where the family lived rather than where they were born:
        # places that disagree count against a pair, but not much.
        [0.30, 0.05, 0.28, 0.15, 0.05, 0.05, 0.12],
        [0.01, 0.001, 0.05, 0.2, 0.15, 0.3, 0.289],
    )


def sex() -> ComparisonCreator:
    return _comparison(
        "sex",
        [cl.NullLevel("sex"), cl.ExactMatchLevel("sex"), cl.ElseLevel()],
        [0.97, 0.03],
        [0.5, 0.5],
    )


def spouse() -> ComparisonCreator:
    return _comparison(
        "spouse",
        [cl.NullLevel("spouse_keys"), cl.ArrayIntersectLevel("spouse_keys"), cl.ElseLevel()],
        [0.8, 0.2],
        [0.01, 0.99],
    )


def departure_year() -> ComparisonCreator:
    return _comparison(
        "departure_year",
        [
            cl.NullLevel("departure_year"),
            cl.ExactMatchLevel("departure_year"),
            cl.AbsoluteDifferenceLevel("departure_year", 1),
            cl.ElseLevel(),
        ],
        [0.75, 0.15, 0.10],
        [0.1, 0.2, 0.7],
    )


# A given name alone meets too many records in a large registry (a common given name is
# held by tens of thousands): it blocks only with a birth year this close, or unknown.
GIVEN_NAME_YEARS = 5


def blocking_rules() -> list[BlockingRuleCreator | dict[str, Any]]:
    """Pairs worth scoring: names that agree, with the birth date where a name alone
    would meet too many.

    Keys are compared across scripts, so a hangul claim meets a kanji record here.
    """
    return [
        # Both names agree, whatever the dates say.
        block_on("family_keys", "given_keys", arrays_to_explode=["family_keys", "given_keys"]),
        # The given name, with a birth year near enough (an age misremembered) or unknown.
        CustomRule(
            "l.given_keys = r.given_keys AND (l.birth_year IS NULL OR r.birth_year IS NULL "
            f"OR abs(l.birth_year - r.birth_year) <= {GIVEN_NAME_YEARS})",
            arrays_to_explode=["given_keys"],
        ),
        # The given name, with the day and month (the year mistyped), or with the place of
        # birth as written (the date wrong altogether).
        block_on("given_keys", "birth_month", "birth_day", arrays_to_explode=["given_keys"]),
        block_on("given_keys", "place_text", arrays_to_explode=["given_keys"]),
        # Both names told in each other's fields (Myung-sook Kim, 明淑 金), whatever the
        # dates say: as rare a meeting as both names agreeing.
        CustomRule(
            "l.family_keys = r.given_keys AND l.given_keys = r.family_keys",
            arrays_to_explode=["family_keys", "given_keys"],
        ),
        # Any shared name key, with the birth year: family and given names swapped, and
        # a shared family name with the year (family keys are name keys, so a rule on the
        # family key and the year would add no pair: it cost a join of its own).
        block_on("name_keys", "birth_year", arrays_to_explode=["name_keys"]),
        # Both names mistyped or misremembered: the exact birth date, or the solar date
        # of a lunar birthday told as solar.
        block_on("birth_year", "birth_month", "birth_day"),
        CustomRule("l.birth_lunar_iso = r.birth_iso"),
        CustomRule("l.birth_iso = r.birth_lunar_iso"),
        # The family name with the day and month: a year off (a Japanese era misread, an
        # age counted the Korean way).
        block_on("family_keys", "birth_month", "birth_day", arrays_to_explode=["family_keys"]),
        # The family name with a given name that sounds alike, whatever the dates: a
        # passport given name mistyped (Sunshk for 順植) beside a year worked out from an
        # age, or no date at all. Sound keys within one letter share a key of
        # features.given_sounds, as they reach the name comparison's "sounds alike".
        block_on("family_keys", "given_sounds", arrays_to_explode=["family_keys", "given_sounds"]),
        # Both names mistyped and the date too: the family name and the town.
        block_on("family_keys", "place_city", arrays_to_explode=["family_keys"]),
    ]


def training_blocks() -> list[BlockingRuleCreator]:
    """Expectation maximisation learns every field but the birth date from pairs born
    on the same day; the birth date keeps its prior, which says how often claimants
    misremember a date (a day and month swapped, a year off)."""
    return [block_on("birth_year", "birth_month", "birth_day")]


def settings() -> SettingsCreator:
    return SettingsCreator(
        link_type="link_only",
        unique_id_column_name="unique_id",
        comparisons=[names(), birth_date(), birth_place(), sex(), spouse(), departure_year()],
        blocking_rules_to_generate_predictions=blocking_rules(),
        retain_intermediate_calculation_columns=True,
        retain_matching_columns=False,
    )


def deterministic_rules() -> list[str | BlockingRuleCreator]:
    """Near-certain matches, used only to estimate how many true pairs there are."""
    # Both the family and the given name: two shared keys of any kind are often one
    # family name in two spellings (Kim, 김), which would count every namesake in.
    return [
        "array_length(list_intersect(l.family_keys, r.family_keys)) >= 1 "
        "AND array_length(list_intersect(l.given_keys, r.given_keys)) >= 1 "
        "AND l.birth_year = r.birth_year AND l.birth_month = r.birth_month",
    ]


def _plain(comparison: dict[str, Any]) -> list[dict[str, Any]]:
    return [lv for lv in comparison["comparison_levels"] if not lv.get("is_null_level")]


def is_conditional(level: dict[str, Any]) -> bool:
    """A level whose m and u are conditional on one side giving the year alone (see
    with_year_alone): not a share of all true or all random pairs."""
    return level.get("label_for_charts") in (YEAR_ALONE_SAME, YEAR_ALONE_NEAR)


def with_year_alone(trained: dict[str, Any]) -> dict[str, Any]:
    """The year-alone levels' m and u, conditional on one side giving the year alone.

    Random pairs across a registry's halves (how `hogo registry train` learns u) hardly
    ever give a year alone, and claims give it as often as they do, so their u would
    say nothing; instead, of random pairs with whole dates, the share born the same year
    and the share one or two years apart (half of "within three years" is two apart),
    as the other levels' u say. m is the prior (YEAR_ALONE_M): the dates never learn m.
    """
    for comparison in trained["comparisons"]:
        if comparison["output_column_name"] != "birth_date":
            continue
        levels = {str(lv.get("label_for_charts")): lv for lv in _plain(comparison)}
        if YEAR_ALONE_SAME not in levels or YEAR_ALONE_NEAR not in levels:
            return trained
        whole = [lv for lv in _plain(comparison) if not is_conditional(lv)]
        total = sum(float(lv["u_probability"]) for lv in whole) or 1.0
        u = {label: float(level["u_probability"]) / total for label, level in levels.items()}
        same = u["exact date"] + u["day and month swapped"] + u["same year and month"]
        same += u["same year only"]
        near = u["within a year"] + 0.5 * u["within three years"]
        for label, m, share in zip(
            (YEAR_ALONE_SAME, YEAR_ALONE_NEAR), YEAR_ALONE_M, (same, near), strict=True
        ):
            levels[label]["m_probability"] = m
            levels[label]["u_probability"] = min(max(share, 1e-4), 1.0)
    return trained
