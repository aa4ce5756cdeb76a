# ruff: noqa: RUF001, RUF002, E501 - Japanese and Korean phrases are kept as written.
"""What a short wire item says in few words: a year of a Japanese era (昭和37年に北朝鮮へ渡った)
read as the Western year; a journey of the repatriation years with no place named (1962年に
渡航した); a maiden name given alone (＝旧姓佐野＝, 결혼 전 성은 구도, "née Kudo"); a
grandparent from a Japanese prefecture ("whose grandfather was from Akita Prefecture",
祖父が秋田県出身, 할아버지가 아키타현 출신), which makes the subject a descendant; and two
kinds of name the scorer could not compare before: one name written in kanji and in hangul on
a case, and the name heading a Japanese obituary."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hogo.monitor.extract import extract
from hogo.monitor.scoring import CaseFacts, NameFacts
from tests.monitor.press import case, rules, scored, values

ON = date(2025, 8, 5)

# --- a year of a Japanese era ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("男性は昭和37年に家族と北朝鮮へ渡った。", "1962"),
        ("女性は昭和元年生まれではない。昭和58年に北朝鮮に渡った。", "1983"),
    ],
)
def test_an_era_year_of_departure_is_the_western_year(text: str, year: str) -> None:
    assert year in values(text, "departure_year")


@pytest.mark.parametrize(
    ("text", "year"),
    [("平成13年に中国へ逃れた。", "2001"), ("令和元年に保護された。", "2019")],
)
def test_other_era_years_are_read_too(text: str, year: str) -> None:
    assert year in values(text, "year")


def test_a_decade_of_an_era_is_no_year() -> None:
    assert not values("県内から昭和30年代に十数人が北朝鮮へ渡った。", "departure_year")


def test_an_era_year_meets_the_case_that_left_then_and_not_one_that_left_later() -> None:
    text = "秋田県出身の男性（70）は昭和37年に家族と北朝鮮へ渡った。"
    ours = case(1, born=1955, left=1962, birthplace="秋田県", sex="M")
    other = case(2, born=1955, left=1971, birthplace="秋田県", sex="M")
    own, decoy = scored(text, ours, other, on=ON)
    assert "departure_year" in rules(own)
    assert "departure_year" not in rules(decoy)
    assert "departure_conflict" in rules(decoy)


# --- a journey with no place named ------------------------------------------------------------


@pytest.mark.parametrize("text", ["女性は1962年に渡航した。", "男性は昭和38年渡航。"])
def test_a_journey_of_the_repatriation_years_is_a_departure(text: str) -> None:
    assert values(text, "departure_year") & {"1962", "1963"}


@pytest.mark.parametrize(
    "text", ["女性は2015年に渡航した。", "男性は2019年に中国へ渡航し、脱北者を支援した。"]
)
def test_a_later_trip_is_no_departure(text: str) -> None:
    assert not values(text, "departure_year")


# --- a maiden name given alone -----------------------------------------------------------------

MAIDEN = {
    "ja": "北朝鮮から戻った秋田県出身の女性（84）＝旧姓佐野＝が、仙台市の弟宅で暮らしている。",
    "ko": "북한에서 돌아온 아키타현 출신 80대 여성(결혼 전 성은 사노)이 센다이의 남동생 집에 머물고 있다.",
    "en": "A woman, née Sano, who returned from North Korea is living with her brother in Sendai.",
}


@pytest.mark.parametrize("text", MAIDEN.values(), ids=MAIDEN.keys())
def test_a_maiden_name_names_the_subject(text: str) -> None:
    assert {name for name, _index in extract(text).subject_names} & {"佐野", "사노", "Sano"}


@pytest.mark.parametrize("text", MAIDEN.values(), ids=MAIDEN.keys())
def test_a_maiden_name_meets_the_case_recorded_under_it_and_not_another(text: str) -> None:
    ours = case(1, born=1941, birthplace="秋田県", name=("佐野", "和子"))
    other = case(2, born=1941, birthplace="秋田県", name=("工藤", "和子"))
    own, decoy = scored(text, ours, other, on=ON)
    assert "family_name" in rules(own)
    assert "family_name" not in rules(decoy)


@pytest.mark.parametrize(
    "text",
    ["男性（84）は、妻の旧姓佐野を名乗っている。", "Her mother, née Sano, died in 1990."],
)
def test_a_relatives_maiden_name_is_not_the_subjects(text: str) -> None:
    assert not extract(text).subject_names


# --- a grandparent from Japan ------------------------------------------------------------------

GRANDPARENT = {
    "en": "A 28-year-old man from North Korea whose grandfather was from Akita Prefecture has settled in Sendai.",
    "ja": "北朝鮮から来た男性（28）は、祖父が秋田県の出身だという。",
    "ko": "북한에서 온 28세 남성은 할아버지가 아키타현 출신이다.",
}


@pytest.mark.parametrize("text", GRANDPARENT.values(), ids=GRANDPARENT.keys())
def test_a_grandparent_from_a_prefecture_makes_a_descendant(text: str) -> None:
    ours = case(
        1, born=1997, birthplace="清津 (Chongjin, North Korea)", category="descendant", sex="M"
    )
    other = case(
        2, born=1997, birthplace="清津 (Chongjin, North Korea)", category="former_resident", sex="M"
    )
    own, decoy = scored(text, ours, other, on=ON)
    assert "category" in rules(own)
    assert "category" not in rules(decoy)


@pytest.mark.parametrize(
    "text",
    [
        # A Japanese wife's own mother is from a prefecture too: only a grandparent counts.
        "A Japanese woman whose mother was from Akita Prefecture went to North Korea in 1962.",
        "A man whose grandfather was from Pyongyang arrived in Seoul.",
        "男性は、祖父が平壌の出身だという。",
    ],
)
def test_a_parent_or_a_grandparent_from_elsewhere_makes_no_descendant(text: str) -> None:
    assert "descendant" not in values(text, "category")


# --- one name in two scripts, and the name heading an obituary ---------------------------------


def _named(case_id: int, *names: NameFacts) -> CaseFacts:
    base = case(
        case_id, born=1951, left=1962, birthplace="秋田県", category="former_resident", sex="M"
    )
    return replace(base, names=names)


def test_a_kanji_name_that_differs_is_not_rescued_by_its_hangul_writing() -> None:
    text = "元在日朝鮮人の金英男さん（74）が瀋陽で拘束された。"
    decoy = _named(2, NameFacts("朴", "成浩", ""), NameFacts("박", "성호", ""))
    (match,) = scored(text, decoy, on=ON)
    assert "name_conflict" in rules(match)


def test_a_hangul_name_that_is_not_the_kanji_names_reading_still_says_nothing() -> None:
    text = "元在日朝鮮人の金英男さん（74）が瀋陽で拘束された。"
    # An alias recorded only in hangul may be written in any kanji.
    ours = _named(1, NameFacts("朴", "成浩", ""), NameFacts("김", "영남", ""))
    (match,) = scored(text, ours, on=ON)
    assert "name_conflict" not in rules(match)


def test_the_name_heading_a_japanese_obituary_is_its_subject() -> None:
    text = "工藤ハナさん（くどう・はな＝元帰国者支援団体代表）4日、老衰のため秋田市内の病院で死去、88歳。"
    assert ("工藤ハナ", 0) in extract(text).subject_names
