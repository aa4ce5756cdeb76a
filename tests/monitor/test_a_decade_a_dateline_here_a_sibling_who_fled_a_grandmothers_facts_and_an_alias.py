# ruff: noqa: RUF001, E501 - Japanese and Korean phrases are kept as written.
"""A decade of departure ("since the 1970s", 1970年代に, 1970년대에) meets every year in it
and conflicts only with years outside it; "here" (当地, 현지) in a clause of custody after a
dateline is the city the report was filed from; a named sibling who fled, told of by her
relative, is the subject with her age; a named person's mother keeps her own departure and
home; a Japanese life story's ward, age in kanji numerals and alias family name are read."""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.extract import extract
from tests.monitor.press import case, roles, rules, scored, values

ON = date(2025, 3, 12)

DECADES = [
    "The man, in his 70s, is said to have lived in North Korea since the 1970s.",
    "男性は1970年代に北朝鮮へ渡ったとみられる。",
    "남성은 1970년대에 북한으로 건너간 것으로 알려졌다.",
]


@pytest.mark.parametrize("text", DECADES)
def test_a_decade_meets_a_year_inside_it(text: str) -> None:
    (match,) = scored(text, case(1, born=1950, left=1974, sex="M"), on=ON)
    assert "departure_year" in rules(match)
    assert "departure_conflict" not in rules(match)


@pytest.mark.parametrize("text", DECADES)
def test_a_decade_conflicts_with_a_year_outside_it(text: str) -> None:
    (match,) = scored(text, case(1, born=1950, left=1962, sex="M"), on=ON)
    assert "departure_year" not in rules(match)
    assert "departure_conflict" in rules(match)


def test_a_year_written_plainly_is_still_that_year_only() -> None:
    (match,) = scored(
        "He went to North Korea in 1970.", case(1, born=1950, left=1974, sex="M"), on=ON
    )
    assert "departure_conflict" in rules(match)


@pytest.mark.parametrize(
    "text",
    [
        "YANJI, China (AP) — A Japanese man was detained by Chinese police here on Monday, officials said.",
        "【延吉＝共同】日本人男性が当地の公安当局に拘束された。",
        "(옌지=연합뉴스) 일본인 남성이 현지 공안에 체포됐다.",
    ],
)
def test_here_in_a_clause_of_custody_is_the_datelines_city(text: str) -> None:
    assert ("yanji", "custody") in roles(text, "place")


def test_here_outside_a_clause_of_custody_holds_no_one_at_the_dateline() -> None:
    text = (
        "SHENYANG, China (AP) — A Japanese man was detained by police in Tumen on Monday. "
        "Officials here declined to comment."
    )
    found = roles(text, "place")
    assert ("tumen", "custody") in found
    assert ("shenyang", "custody") not in found


# --- a relative who tells of a named sibling who fled ------------------------------------

TOLD_BY_SIBLING = (
    "新潟市の田中春江さん（７８）は、声を詰まらせた。"
    "５８年前、北朝鮮へ渡った兄の正夫さん（８６）が先月、中国側に越境して保護されたとの連絡を受けた。"
)


def test_a_named_sibling_who_fled_is_the_subject_with_her_age_in_full_width_digits() -> None:
    assert "86" in values(TOLD_BY_SIBLING, "age")
    assert "86" not in values(TOLD_BY_SIBLING, "relative_age")


def test_a_named_sibling_told_of_otherwise_is_still_a_relative() -> None:
    text = "北朝鮮から逃れた李さん（３０）によると、兄の正夫さん（８６）は新潟市に住んでいる。"
    assert "86" in values(text, "relative_age")
    assert "86" not in values(text, "age")


# --- a grandparent's facts, told as a named parent's parent ------------------------------

GRANDMOTHER = (
    "Her grandson, 30, was detained in Hanoi last week. Park's mother, a woman from "
    "Fukuoka, married a Korean and went to North Korea in 1961; she died there."
)


def test_a_named_persons_mother_keeps_her_own_departure_and_home() -> None:
    assert "1961" not in values(GRANDMOTHER, "departure_year")
    assert ("fukuoka", "home") not in roles(GRANDMOTHER, "prefecture")


def test_the_named_person_who_went_keeps_the_departure() -> None:
    text = "Park, a woman from Fukuoka, married a Korean and went to North Korea in 1961."
    assert "1961" in values(text, "departure_year")


# --- a Japanese life story's forms -------------------------------------------------------


def test_a_street_of_a_ward_after_its_city_is_where_he_grew_up() -> None:
    text = "兵庫・尼崎の下町で育った男性は、十九歳の春に帰国船に乗った。"
    assert ("hyogo", "home") in roles(text, "prefecture")


def test_an_age_in_kanji_numerals_with_its_season_is_an_age_at_departure() -> None:
    text = "兵庫・尼崎の下町で育った男性は、十九歳の春に帰国船に乗った。"
    assert values(text, "departure_age") == {"19"}
    assert "19" not in values(text, "age")


@pytest.mark.parametrize(
    "text",
    [
        "日本で「金田」の通名で過ごした少年時代の記憶は鮮明だという。",
        "男性は日本では通名は金田で、工場で働いていた。",
        "남성은 일본에서 통명 가네다로 불렸다.",
    ],
)
def test_an_alias_family_name_counts_as_a_family_name_given_alone(text: str) -> None:
    assert len(subject_names(text)) == 1


def test_an_initial_names_no_one() -> None:
    assert subject_names("Ｂさんは第三国で保護されている。") == []


def subject_names(text: str) -> list[str]:
    return [name for name, _index in extract(text).subject_names]
