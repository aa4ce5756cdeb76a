"""A grandparent's clause, a birth line, being caught, and a Japanese name in hangul.

Each phrase is read in its role, in English, Japanese and Korean, and then scored
against the case it describes and a decoy that shares the misread fact.
"""

from __future__ import annotations

from datetime import date

import pytest

from hogo.lib.names import japanese_readings_of_hangul, search_keys
from hogo.monitor.extract import extract
from hogo.monitor.scoring import CaseFacts, EventFacts, NameFacts, relation_keys, score


def _rules(case: CaseFacts, text: str, published: date) -> dict[str, float]:
    return {e.rule: e.points for e in score(case, extract(text), published=published).evidence}


# --- a grandparent's clause: the subject is the grandchild ---------------------------

GRANDPARENT_CLAUSES = [
    "A woman of 38 whose grandfather, a Japanese man from Kumamoto, moved to North Korea "
    "in 1960 was arrested in Yanji in April.",
    "Relatives said her late grandmother, a Japanese woman born in Kumamoto, had settled "
    "in Hamhung.",
    "女性の祖父は熊本県出身の日本人で、1960年に北朝鮮へ渡った。",
    "할아버지가 구마모토현 출신 일본인이었던 30대 여성이 지난 4월 옌지에서 체포됐다.",
]


@pytest.mark.parametrize("text", GRANDPARENT_CLAUSES)
def test_a_grandparents_home_and_departure_are_the_grandparents(text: str) -> None:
    extraction = extract(text)
    assert extraction.values("category") == {"descendant"}
    assert {(f.value, f.role) for f in extraction.of("prefecture")} == {("kumamoto", "parent")}
    assert not extraction.of("departure_year")
    assert extraction.has("relation", "grandparent")


def test_a_grandfather_is_not_a_father_in_korean() -> None:
    extraction = extract("할아버지가 일본인이었던 남성이 체포됐다.")
    assert not extraction.has("relation", "parent")
    assert extraction.has("relation", "grandfather")


GRANDDAUGHTER = CaseFacts(
    case_id=1,
    sex="F",
    birth_date=date(1986, 1, 1),
    birth_precision="year",
    birthplace="咸鏡南道 咸興",
    category="descendant",
    names=(NameFacts("朴", "恵善", ""),),
    events=(EventFacts(date(2024, 4, 1), "location", "CN", "Yanji, Jilin", "host_police"),),
    relations=relation_keys({"grandfather"}),
)
# A Japanese wife from Kumamoto who went in 1960: the grandfather's facts, not hers.
WIFE = CaseFacts(
    case_id=2,
    sex="F",
    birth_date=date(1940, 1, 1),
    birth_precision="year",
    birthplace="熊本県",
    category="japanese_spouse",
    names=(NameFacts("松田", "貞子", ""),),
    events=(EventFacts(date(1960, 5, 1), "location", "KP"),),
    departure_years=frozenset({1960}),
)


@pytest.mark.parametrize("text", [GRANDPARENT_CLAUSES[0], GRANDPARENT_CLAUSES[3]])
def test_a_grandchilds_article_counts_for_the_grandchild_not_the_spouse(text: str) -> None:
    published = date(2024, 6, 10)
    grandchild = _rules(GRANDDAUGHTER, text, published)
    assert grandchild.get("category") == 1.0
    assert grandchild.get("relation") == 0.5
    assert "category_conflict" not in grandchild
    wife = _rules(WIFE, text, published)
    assert "home_region" not in wife
    assert "departure_year" not in wife
    assert "category" not in wife


# --- a birth line: 1952年、熊本市生まれ。 ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "prefecture"),
    [
        ("1952年、熊本市生まれ。", "1952", "kumamoto"),
        ("1952年生まれ。", "1952", None),
        ("熊本市出身。", None, "kumamoto"),
        ("1952年 熊本県生まれ。", "1952", "kumamoto"),
        ("1952년 구마모토현 출생.", "1952", "kumamoto"),
        ("1952년 구마모토현 태생.", "1952", "kumamoto"),
    ],
)
def test_a_birth_line_gives_the_year_and_the_place(
    text: str, year: str | None, prefecture: str | None
) -> None:
    extraction = extract(text)
    assert {f.value for f in extraction.of("birth_year")} == ({year} if year else set())
    homes = {f.value for f in extraction.of("prefecture") if f.role == "home"}
    assert homes == ({prefecture} if prefecture else set())


@pytest.mark.parametrize(
    "text",
    ["1961年に渡った日本生まれの女性だ。", "1961년 북한으로 건너갔다.", "1961年に帰国した。"],
)
def test_a_year_before_another_verb_is_not_a_birth(text: str) -> None:
    assert not extract(text).of("birth_year")


LIFE = "1952年、熊本市生まれ。1970年に帰国事業で北朝鮮へ渡り、2003年に脱北した。"
RETURNEE = CaseFacts(
    case_id=3,
    sex="M",
    birth_date=date(1952, 1, 1),
    birth_precision="year",
    birthplace="熊本県熊本市",
    category="former_resident",
    names=(NameFacts("金", "英男", ""),),
    events=(EventFacts(date(1970, 8, 1), "location", "KP"),),
    departure_years=frozenset({1970}),
)
# Same departure and home, six years younger.
YOUNGER = CaseFacts(
    case_id=4,
    sex="M",
    birth_date=date(1958, 1, 1),
    birth_precision="year",
    birthplace="熊本県",
    category="former_resident",
    names=(NameFacts("李", "英男", ""),),
    events=(EventFacts(date(1970, 9, 1), "location", "KP"),),
    departure_years=frozenset({1970}),
)


def test_a_birth_line_anchors_the_article_on_the_case_born_that_year() -> None:
    published = date(2024, 6, 10)
    assert _rules(RETURNEE, LIFE, published).get("birth_year") == 3.0
    assert _rules(RETURNEE, LIFE, published).get("departure_year") == 2.0
    assert "birth_year_conflict" in _rules(YOUNGER, LIFE, published)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("1970年に帰国事業で北朝鮮へ渡り、2003年に脱北した。", {"1970"}),
        ("1970년 북송선을 타고 북한에 건너갔고 2003년 탈북했다.", {"1970"}),
        ("He went to North Korea in 1970.", {"1970"}),
    ],
)
def test_the_departure_is_the_year_told_before_the_verb_of_leaving(
    text: str, years: set[str]
) -> None:
    assert {f.value for f in extract(text).of("departure_year")} == years


# --- caught, captured, taken into custody ------------------------------------------

CAUGHT = [
    "He was caught by Chinese police in Yanji in March.",
    "3月、延吉で中国の公安に捕まった。",
    "3月、延吉で中国の公安当局に捕らえられた。",
    "3月、延吉で中国の警察に身柄を拘束された。",
    "지난 3월 옌지에서 중국 공안에 붙잡혔다.",
    "지난 3월 옌지에서 중국 공안에 체포됐다.",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_being_caught_is_custody_in_the_place_named(text: str) -> None:
    extraction = extract(text)
    assert extraction.has("custody_event")
    assert ("yanji", "custody") in {(f.value, f.role) for f in extraction.of("place")}
    assert extraction.values("custodian") & {"host_police", "host_security"}


def test_a_caught_fish_is_not_custody() -> None:
    assert not extract("The fishermen caught little this season.").has("custody_event")


HELD = CaseFacts(
    case_id=5,
    sex="M",
    birth_date=date(1980, 1, 1),
    birth_precision="year",
    birthplace="咸鏡北道",
    category="descendant",
    names=(NameFacts("崔", "哲", ""),),
    events=(EventFacts(date(2024, 3, 1), "location", "CN", "Yanji, Jilin", "host_police"),),
)
# Held in Dandong at the same time: the place tells them apart.
ELSEWHERE = CaseFacts(
    case_id=6,
    sex="M",
    birth_date=date(1980, 1, 1),
    birth_precision="year",
    birthplace="咸鏡北道",
    category="descendant",
    names=(NameFacts("韓", "哲", ""),),
    events=(EventFacts(date(2024, 3, 1), "location", "CN", "Dandong, Liaoning", "broker"),),
)


@pytest.mark.parametrize("text", CAUGHT)
def test_being_caught_counts_for_the_case_held_there(text: str) -> None:
    published = date(2024, 5, 1)
    held = _rules(HELD, text, published)
    assert held.get("custody_place") == 1.5
    assert held.get("custodian") == 1.0
    other = _rules(ELSEWHERE, text, published)
    assert "custody_place" not in other
    assert "custodian" not in other


# --- a Japanese name written in hangul ---------------------------------------------


@pytest.mark.parametrize(
    ("hangul", "kanji"),
    [
        ("야마구치", "山口"),
        ("세쓰코", "節子"),
        ("다나카", "田中"),
        ("핫토리", "服部"),
        ("고토", "後藤"),
        ("가토", "加藤"),
        ("쇼이치", "正一"),
    ],
)
def test_the_japanese_reading_of_hangul_meets_the_kanji(hangul: str, kanji: str) -> None:
    assert japanese_readings_of_hangul(hangul) & search_keys(kanji)


def test_the_japanese_reading_keeps_different_names_apart() -> None:
    assert not japanese_readings_of_hangul("야마구치") & search_keys("山本")
    assert not japanese_readings_of_hangul("세쓰코") & search_keys("節江")
    assert japanese_readings_of_hangul("Yamada") == set()


SETSUKO = CaseFacts(
    case_id=7,
    sex="F",
    birth_date=date(1940, 1, 1),
    birth_precision="year",
    birthplace="山口県",
    category="japanese_spouse",
    names=(NameFacts("山口", "節子", ""),),
    events=(EventFacts(date(1961, 5, 1), "location", "KP"),),
    departure_years=frozenset({1961}),
)
NAMESAKE = CaseFacts(
    case_id=8,
    sex="F",
    birth_date=date(1940, 1, 1),
    birth_precision="year",
    birthplace="山口県",
    category="japanese_spouse",
    names=(NameFacts("山本", "節江", ""),),
    events=(EventFacts(date(1961, 5, 1), "location", "KP"),),
    departure_years=frozenset({1961}),
)


@pytest.mark.parametrize(
    "text",
    [
        "야마구치 세쓰코(84) 씨는 1961년 북한으로 건너갔다.",
        "일본인 처 야마구치 세쓰코 씨가 지난달 귀국했다.",
    ],
)
def test_a_japanese_name_in_hangul_is_the_cases_name(text: str) -> None:
    published = date(2024, 6, 10)
    assert _rules(SETSUKO, text, published).get("name") == 6.0
    assert "name" not in _rules(NAMESAKE, text, published)
