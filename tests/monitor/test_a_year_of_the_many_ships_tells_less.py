# ruff: noqa: RUF001, RUF002, E501 - Japanese and Korean phrases are kept as written.
"""A year in which most of those who went to the North sailed (1960: 49,000 of 93,000),
beside an age given only as a decade, tells one case from another less than a year of few
ships: an unnamed woman "in her 80s",
from a prefecture, who went in 1960 with her husband, does not alert a case that shares
only that, while the case whose record shows her refuge still alerts. A case whose record
does not yet show an escape is not held to account for it: it only lacks the points.
And 日本人妻の孫娘（27） is the Japanese wife's granddaughter herself: her age is the subject's, as 日本人妻の娘（45） already was; 金さんの孫娘（27） is still a
relative's."""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.scoring import THRESHOLD, CaseFacts, EventFacts
from tests.monitor.press import case, rules, scored, values

ON = date(2025, 11, 6)
SHELTER = EventFacts(date(2025, 11, 3), "location", "TH", "Bangkok", "diplomatic_mission")

REFUGE = {
    "en": (
        "An elderly Japanese woman who fled North Korea has asked for protection at Japan's "
        "embassy in Bangkok, Thailand. The woman, in her 80s and from Nagano prefecture, "
        "went to North Korea in 1960 with her Korean husband."
    ),
    "ja": (
        "北朝鮮を脱出した80代の日本人女性が、タイ・バンコクの日本大使館に保護を求めた。"
        "女性は長野県出身で、1960年に朝鮮人の夫とともに北朝鮮へ渡った。"
    ),
    "ko": (
        "북한을 탈출한 80대 일본인 여성이 태국 방콕의 일본대사관에 보호를 요청했다. "
        "나가노현 출신인 그는 1960년 남편을 따라 북한으로 갔다."
    ),
}


def _cases(left: int) -> tuple[CaseFacts, CaseFacts]:
    ours = case(1, born=1942, left=left, events=(SHELTER,), relations=frozenset({"husband"}))
    other = case(2, born=1942, left=left, relations=frozenset({"husband"}))
    return ours, other


@pytest.mark.parametrize("lang", sorted(REFUGE))
def test_a_refuge_in_the_peak_year_alerts_the_case_that_records_it_and_no_other(
    lang: str,
) -> None:
    own, decoy = scored(REFUGE[lang], *_cases(1960), on=ON)
    assert own.alerts
    assert "departure_year" in rules(decoy)
    assert decoy.score < THRESHOLD
    # Nothing is held against the case for an escape its record does not show.
    assert not any(item.points < 0 for item in decoy.evidence)


@pytest.mark.parametrize("lang", sorted(REFUGE))
def test_a_year_of_few_ships_counts_in_full(lang: str) -> None:
    text = REFUGE[lang].replace("1960", "1963")
    _, few = scored(text, *_cases(1963), on=ON)
    _, many = scored(REFUGE[lang], *_cases(1960), on=ON)
    year = {item.rule: item.points for item in few.evidence}["departure_year"]
    peak = {item.rule: item.points for item in many.evidence}["departure_year"]
    assert year == 2.0
    assert peak == 1.5


@pytest.mark.parametrize("lang", sorted(REFUGE))
def test_the_peak_year_beside_an_exact_age_counts_in_full(lang: str) -> None:
    exact = {"en": "The 83-year-old woman,", "ja": "女性（83）は", "ko": "83세인 그는"}
    said = {"en": "The woman, in her 80s and", "ja": "女性は", "ko": "그는"}
    text = REFUGE[lang].replace(said[lang], exact[lang])
    _, other = scored(text, *_cases(1960), on=ON)
    points = {item.rule: item.points for item in other.evidence}
    assert "age" in points
    assert points["departure_year"] == 2.0


@pytest.mark.parametrize(
    "text", ["新潟県出身の日本人妻の孫娘（27）が保護された。", "日本人妻の孫（27）が拘束された。"]
)
def test_a_japanese_wifes_grandchild_with_an_age_is_the_subject(text: str) -> None:
    assert values(text, "age") == {"27"}
    assert not values(text, "relative_age")


@pytest.mark.parametrize(
    "text", ["金さんの孫娘（27）も一緒だった。", "彼女の孫息子（9）も保護された。"]
)
def test_someones_grandchild_is_still_a_relative(text: str) -> None:
    assert not values(text, "age")
