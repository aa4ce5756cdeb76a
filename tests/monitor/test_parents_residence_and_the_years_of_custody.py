# ruff: noqa: RUF001 - Japanese articles use full-width punctuation.
"""A parent's clause, a Korean residence and the years an article gives for custody.

Each phrase is read in its role, in English, Japanese and Korean, and then
scored against the case it describes and a decoy that shares the misread fact.
"""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.extract import extract
from hogo.monitor.scoring import CaseFacts, EventFacts, NameFacts, relation_keys, score


def _facts(text: str, kind: str) -> set[tuple[str, str]]:
    return {(f.value, f.role) for f in extract(text).of(kind)}


# --- a parent's clause: the subject is the child --------------------------------

PARENT_CLAUSES = [
    "A man of 52 whose father, a Japanese national from Hiroshima, went to North Korea in "
    "1961 was detained in Yanji last month.",
    "Officials said his late father, a Japanese man born in Hiroshima, went to the North in 1961.",
    "男性の父親は広島県出身の日本人で、1961年に北朝鮮へ渡った。",
    "아버지가 히로시마현 출신 일본인인 50대 남성이 지난달 옌지에서 체포됐다.",
]


@pytest.mark.parametrize("text", PARENT_CLAUSES)
def test_a_parents_home_and_departure_are_the_parents(text: str) -> None:
    extraction = extract(text)
    assert extraction.values("category") == {"descendant"}
    assert _facts(text, "prefecture") == {("hiroshima", "parent")}
    assert not extraction.of("departure_year")


@pytest.mark.parametrize(
    "text",
    [
        "She followed her husband to North Korea in 1961.",
        "The 61-year-old, whose husband is Korean, went to North Korea in 1961.",
        "彼女は1961年に夫とともに北朝鮮へ渡った。",
        "彼女は、母が亡くなった翌年の1961年に北朝鮮へ渡った。",
        "그는 1961년 남편을 따라 북한으로 건너갔다.",
    ],
)
def test_the_subjects_own_departure_is_still_read(text: str) -> None:
    assert {f.value for f in extract(text).of("departure_year")} == {"1961"}


SON = CaseFacts(
    case_id=1,
    sex="M",
    birth_date=date(1969, 1, 1),
    birth_precision="year",
    birthplace="咸鏡北道 清津",
    category="descendant",
    names=(NameFacts("李", "光男", ""),),
    events=(EventFacts(date(2021, 9, 1), "location", "CN", "Yanji, Jilin", "host_security"),),
    relations=relation_keys({"father"}),
)
# A Japanese spouse from Hiroshima who went in 1961: the father's facts, not the son's.
SPOUSE = CaseFacts(
    case_id=2,
    sex="M",
    birth_date=date(1969, 1, 1),
    birth_precision="year",
    birthplace="広島県",
    category="japanese_spouse",
    names=(NameFacts("田中", "一郎", ""),),
    events=(
        EventFacts(date(1961, 5, 1), "location", "KP"),
        EventFacts(date(2021, 8, 1), "location", "CN", "Yanji, Jilin", "host_security"),
    ),
    departure_years=frozenset({1961}),
)


def test_the_son_of_a_japanese_father_alerts_his_case_and_not_a_spouse_with_the_fathers_facts() -> (
    None
):
    text = (
        "A man of 52 whose father, a Japanese national from Hiroshima, went to North Korea in "
        "1961 has been detained by Chinese state security in Yanji since October."
    )
    published = date(2021, 11, 2)
    extraction = extract(text)
    son = score(SON, extraction, published=published)
    assert son.alerts
    assert "category" in {e.rule for e in son.evidence}
    spouse = score(SPOUSE, extraction, published=published)
    rules = {e.rule for e in spouse.evidence}
    assert not spouse.alerts
    assert "category_conflict" in rules
    assert not rules & {"home_region", "departure_year"}


# --- where someone lives now is not their home ------------------------------------

RESIDENCES = [
    ("오사카에 사는 80대 일본인 처가 1961년 북한으로 건너갔다.", "osaka"),
    ("지금은 히로시마현 후쿠야마시에 살며 증언 활동을 하고 있다.", "hiroshima"),
    ("그는 효고현 고베시에서 산다.", "hyogo"),
    ("The woman, who now lives in Osaka, went to North Korea in 1961.", "osaka"),
    ("大阪市に住む女性（80）は1961年に北朝鮮へ渡った。", "osaka"),
]


@pytest.mark.parametrize(("text", "prefecture"), RESIDENCES)
def test_a_residence_today_is_a_residence(text: str, prefecture: str) -> None:
    # A city counts towards its prefecture only as a home: a city lived in stays a city.
    places = _facts(text, "prefecture") | _facts(text, "city")
    assert (prefecture, "residence") in places
    assert not {role for _value, role in places} & {"home", ""}


def test_a_korean_residence_gives_no_home_points_to_someone_born_there() -> None:
    born_in_osaka = CaseFacts(
        case_id=3,
        sex="F",
        birth_date=date(1940, 1, 1),
        birth_precision="year",
        birthplace="大阪府",
        category="japanese_spouse",
        names=(),
        events=(EventFacts(date(1961, 1, 1), "location", "KP"),),
        departure_years=frozenset({1961}),
    )
    text = "오사카에 사는 일본인 처(80)가 1961년 북한으로 건너갔다."
    rules = {
        e.rule for e in score(born_in_osaka, extract(text), published=date(2020, 5, 1)).evidence
    }
    assert "home_region" not in rules


# --- custody in the years the article gives ------------------------------------

HELD_IN_2015 = [
    "The woman was held by Chinese police in Yanji in 2015 and came to Japan last year.",
    "2015年に延吉で中国の警察に拘束され、昨年、日本に来た。",
    "2015년 옌지에서 중국 공안에 체포됐다가 지난해 일본에 왔다.",
]


@pytest.mark.parametrize("text", HELD_IN_2015)
def test_the_year_given_for_custody_is_read_and_the_year_of_arrival_is_not(text: str) -> None:
    extraction = extract(text)
    assert extraction.values("held_year") == {"2015"}
    assert not extraction.of("held_years_ago")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("A woman who left for North Korea in 1960 has been sheltering at the consulate.", set()),
        ("She went to North Korea in 1960 and was arrested in Yanji last year.", set()),
        ("1960年に北朝鮮へ渡った女性が、昨年延吉で拘束された。", set()),
    ],
)
def test_a_departure_year_is_not_a_year_of_custody(text: str, held: set[str]) -> None:
    assert extract(text).values("held_year") == held


def _held_in_yanji(case_id: int, on: date) -> CaseFacts:
    return CaseFacts(
        case_id=case_id,
        sex="F",
        birth_date=date(1950, 1, 1),
        birth_precision="year",
        birthplace="",
        category="japanese_spouse",
        names=(),
        events=(EventFacts(on, "location", "CN", "Yanji, Jilin", "host_police"),),
    )


@pytest.mark.parametrize("text", HELD_IN_2015)
def test_custody_six_years_before_the_article_counts_when_the_article_says_so(text: str) -> None:
    published = date(2021, 4, 1)
    then = {
        e.rule
        for e in score(
            _held_in_yanji(1, date(2015, 6, 1)), extract(text), published=published
        ).evidence
    }
    assert {"custody_place", "custodian"} <= then
    # Someone held in Yanji last year is not who an article about 2015 describes.
    recent = {
        e.rule
        for e in score(
            _held_in_yanji(2, date(2020, 6, 1)), extract(text), published=published
        ).evidence
    }
    assert not recent & {"custody_place", "custodian"}


def test_without_a_year_custody_is_judged_in_the_years_before_the_article() -> None:
    text = "The woman was held by Chinese police in Yanji."
    published = date(2021, 4, 1)
    recent = {
        e.rule
        for e in score(
            _held_in_yanji(2, date(2020, 6, 1)), extract(text), published=published
        ).evidence
    }
    assert "custody_place" in recent
    old = {
        e.rule
        for e in score(
            _held_in_yanji(1, date(2015, 6, 1)), extract(text), published=published
        ).evidence
    }
    assert "custody_place" not in old


# --- a place in the name of a court, a police force or an office ------------------

INSTITUTIONS = [
    ("The Osaka District Court ruled on Friday.", "osaka"),
    ("A Hiroshima-based support group said so.", "hiroshima"),
    ("The Niigata Prefectural Police said.", "niigata"),
    ("大阪地裁は請求を退けた。", "osaka"),
    ("大阪府警が発表した。", "osaka"),
    ("오사카지방법원은 청구를 기각했다.", "osaka"),
    ("오사카 지방법원은 청구를 기각했다.", "osaka"),
]


@pytest.mark.parametrize(("text", "place"), INSTITUTIONS)
def test_a_place_in_the_name_of_an_institution_is_no_ones_home(text: str, place: str) -> None:
    places = _facts(text, "prefecture") | _facts(text, "city")
    assert {(place, "institution")} == places


def test_a_court_in_the_article_gives_no_home_points_to_someone_born_there() -> None:
    born_in_osaka = CaseFacts(
        case_id=4,
        sex="F",
        birth_date=date(1942, 1, 1),
        birth_precision="year",
        birthplace="大阪府",
        category="former_resident",
        names=(),
        events=(EventFacts(date(1960, 1, 1), "location", "KP"),),
        departure_years=frozenset({1960}),
    )
    text = (
        "The Osaka District Court heard a 78-year-old former resident of Japan who went to "
        "North Korea in 1960 and now lives in Nagoya."
    )
    rules = {
        e.rule for e in score(born_in_osaka, extract(text), published=date(2020, 5, 1)).evidence
    }
    assert "home_region" not in rules


# --- a Korean particle after a prefecture -----------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        ("오사카에서 태어난 그는 1960년 북한으로 건너갔다.", "osaka", "home"),
        ("교토에서 자란 그는 열일곱 살에 북송선을 탔다.", "kyoto", "home"),
        ("효고현에서 태어났다.", "hyogo", "home"),
        ("도쿄발 항공편으로 돌아왔다.", "tokyo", "transit"),
    ],
)
def test_a_prefecture_before_a_korean_particle_is_read(text: str, place: str, role: str) -> None:
    assert (place, role) in _facts(text, "prefecture")
