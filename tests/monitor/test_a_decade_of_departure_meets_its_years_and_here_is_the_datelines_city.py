# ruff: noqa: RUF001, E501 - Japanese and Korean phrases are kept as written.
"""A decade of departure ("since the 1970s", 1970年代に, 1970년대에) meets every year in it
and conflicts only with years outside it; "here" (当地, 현지) in a clause of custody after a
dateline is the city the report was filed from."""

from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.press import case, roles, rules, scored

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
