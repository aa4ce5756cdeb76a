# ruff: noqa: RUF001, E501 - Japanese and Korean phrases are kept as written.
"""What reports in freer forms say in passing: an age at a past year ("left as a 16-year-old
apprentice in 1960") is a birth year, not the age now; a name with a hyphenated Korean given
name and an age between commas ("Pak Sun-hui, 58,"); a report filed from two places
("SEOUL/OSAKA —"), neither anyone's home; the port written before its word ("the Toyama
pier"); a visit into the North (来月平壌を訪問する, 방북, "will visit North Korea"), which is
nobody's escape; a city of the case's prefecture other than its own (北九州市の出身 against a
birthplace of 福岡市); a city of Japan lived in until a year of the ships ("lived in Sendai until
1961", 1960年まで名古屋で暮らし), a departure; and a Chinese city recorded in Latin letters
(Kunming, Yunnan) met by its name in the article."""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.extract import places_of
from tests.monitor.press import case, held, roles, rules, scored, values

ON = date(2025, 9, 10)

# --- an age at a past year ----------------------------------------------------------------------

THEN = "Kim Ok-sun left Fukuoka as a 16-year-old apprentice in 1960 and settled in Hamhung."


def test_an_age_at_a_past_year_is_a_birth_year() -> None:
    assert values(THEN, "birth_year") == {"1944"}
    assert "16" not in values(THEN, "age")


def test_an_age_then_meets_the_case_born_that_year_and_no_other() -> None:
    ours = case(1, born=1944, birthplace="福岡県", sex="F")
    other = case(2, born=1931, birthplace="福岡県", sex="F")
    own, decoy = scored(THEN, ours, other, on=ON)
    assert "birth_year" in rules(own)
    assert "age_conflict" not in rules(own)
    assert "birth_year_conflict" in rules(decoy)


def test_an_age_without_a_year_is_still_the_age_now() -> None:
    assert "16" in values("Kim Ok-sun, a 16-year-old apprentice, left Fukuoka.", "age")


# --- a hyphenated given name and an age between commas --------------------------------------------


@pytest.mark.parametrize(
    "text", ["Pak Sun-hui, 58, said she had not slept.", "Her cousin Ri Yong-chol, 58, was there."]
)
def test_a_hyphenated_name_and_an_age_between_commas(text: str) -> None:
    assert "58" in values(text, "age")


def test_a_number_after_a_name_without_the_closing_comma_is_no_age() -> None:
    assert not values("Pak Sun-hui, 58 people came.", "age")


# --- a report filed from two places -----------------------------------------------------------------

TWO_PLACES = "SEOUL/OSAKA — A woman who fled North Korea was found in Dandong."


def test_a_second_place_of_a_dateline_is_no_home() -> None:
    assert roles(TWO_PLACES, "prefecture") == {("osaka", "dateline")}
    (own,) = scored(TWO_PLACES, case(1, birthplace="福岡県"), on=ON)
    assert "home_conflict" not in rules(own)


def test_the_same_place_as_a_home_still_conflicts() -> None:
    text = "A woman from Osaka who fled North Korea was found in Dandong."
    (own,) = scored(text, case(1, birthplace="福岡県"), on=ON)
    assert "home_conflict" in rules(own)


# --- a port written before its word ---------------------------------------------------------------


def test_the_port_before_its_word_is_where_the_ship_left() -> None:
    text = "She keeps a photograph of her brother on the Toyama pier, waving."
    assert roles(text, "prefecture") == {("toyama", "transit")}
    (own,) = scored(text, case(1, birthplace="長野県"), on=ON)
    assert "home_conflict" not in rules(own)


def test_the_same_place_without_the_port_is_read_as_before() -> None:
    assert roles("She keeps a photograph of her brother in Toyama.", "prefecture") == {
        ("toyama", "")
    }


# --- a visit into the North -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Her nephew, 77, will visit North Korea next month for a festival.",
        "兵庫県の男性（77）は来月、平壌を訪問する。",
        "효고현의 남성(77)은 다음 달 방북할 예정이다.",
    ],
)
def test_a_visit_into_the_north_is_no_escape(text: str) -> None:
    ours = case(1, born=1948, left=1962, birthplace="兵庫県", sex="M")
    (own,) = scored(text, ours, on=ON)
    assert "direction_conflict" in rules(own)


def test_an_escape_told_first_is_still_the_story() -> None:
    text = "She fled North Korea in 2019; her son later visited North Korea."
    (own,) = scored(text, case(1), on=ON)
    assert "direction_conflict" not in rules(own)


# --- another city of the same prefecture --------------------------------------------------------------

OTHER_CITY = [
    "女性は福岡県北九州市の出身で、1960年に北朝鮮へ渡った。",
    "The woman, born in Kitakyushu, Fukuoka Prefecture, went to North Korea in 1960.",
]


@pytest.mark.parametrize("text", OTHER_CITY)
def test_another_city_of_the_prefecture_is_no_home_match(text: str) -> None:
    ours = case(1, birthplace="福岡県北九州市")
    other = case(2, birthplace="福岡県福岡市")
    only_prefecture = case(3, birthplace="福岡県")
    own, decoy, loose = scored(text, ours, other, only_prefecture, on=ON)
    assert "home_region" in rules(own)
    assert "home_region" not in rules(decoy)
    assert "home_region" in rules(loose)


# --- a city lived in until a year of the ships ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean woman who lived in Sendai until 1961 is held in China.",
        "女性は1961年まで名古屋で暮らし、北朝鮮へ渡った。",
        "여성은 1961년까지 나고야에서 살다 북송선을 탔다.",
    ],
)
def test_a_city_lived_in_until_a_year_of_the_ships_is_a_departure(text: str) -> None:
    assert values(text, "departure_year") == {"1961"}


@pytest.mark.parametrize(
    "text",
    [
        "She lived in Sendai until 2015.",
        "She lived in Sendai until 1961 and then moved to Tokyo.",
        "A North Korean woman who lived in Hamhung until 1975 is held in China.",
    ],
)
def test_a_later_year_another_move_or_a_northern_city_is_no_departure(text: str) -> None:
    assert not values(text, "departure_year")


def test_a_home_city_lived_in_until_then_meets_the_case_from_there() -> None:
    text = "A North Korean woman who lived in Sendai until 1961 is held in China."
    own, decoy = scored(text, case(1, birthplace="宮城県"), case(2, birthplace="高知県"), on=ON)
    assert "home_region" in rules(own)
    assert "home_conflict" in rules(decoy)


# --- a Chinese city recorded in Latin letters --------------------------------------------------------


def test_a_recorded_chinese_city_is_a_place() -> None:
    assert "kunming" in places_of("Kunming, Yunnan")


def test_a_city_of_custody_meets_the_case_held_there_and_no_other() -> None:
    text = "男性は8月、昆明で公安当局に拘束された。"
    ours = case(1, sex="M", events=(held(date(2025, 8, 2), "Kunming, Yunnan"),))
    other = case(2, sex="M", events=(held(date(2025, 8, 2), "Dandong, Liaoning"),))
    own, decoy = scored(text, ours, other, on=ON)
    assert "custody_place" in rules(own)
    assert "custody_place" not in rules(decoy)
