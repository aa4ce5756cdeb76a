# ruff: noqa: RUF001 - Japanese articles use full-width brackets.
"""Scoring with the article's structure: follow-ups, relatives, dates, decoys."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hogo.monitor.extract import extract
from hogo.monitor.scoring import CaseFacts, EventFacts, NameFacts, relation_keys, score

HER = CaseFacts(
    case_id=1,
    sex="F",
    birth_date=date(1938, 1, 1),
    birth_precision="year",
    birthplace="東日本 (eastern Japan)",
    category="japanese_spouse",
    names=(NameFacts("鈴木", "和子", ""),),
    events=(
        EventFacts(date(1959, 1, 1), "location", "KP"),
        EventFacts(date(2002, 11, 1), "location", "CN"),
        EventFacts(date(2003, 1, 1), "location", "CN", "Jilin", "host_security"),
    ),
    departure_years=frozenset({1959}),
    relations=relation_keys({"husband"}),
)
# Another Japanese spouse who went in 1960, from the west, held in Shenyang twenty years later.
OTHER = CaseFacts(
    case_id=2,
    sex="F",
    birth_date=date(1938, 6, 1),
    birth_precision="day",
    birthplace="大阪府",
    category="japanese_spouse",
    names=(NameFacts("佐藤", "良子", ""),),
    events=(
        EventFacts(date(1960, 1, 1), "location", "KP"),
        EventFacts(date(2023, 4, 1), "location", "CN", "Shenyang, Liaoning", "host_security"),
    ),
    departure_years=frozenset({1960}),
)
ARRIVED = date(2003, 3, 21)
FOLLOW_UPS = [
    "A 65-year-old Japanese woman who fled North Korea landed at Kansai International Airport "
    "on a flight from Shenyang, in Japan for the first time in 44 years. The woman, a native of "
    "eastern Japan, had been held for about two weeks by Chinese authorities in Jilin.",
    "The woman, 65, who had been detained by Chinese security officials in Jilin, flew from "
    "Shenyang to Kansai on Thursday. She comes from eastern Japan and left for North Korea with "
    "her husband 44 years ago; it is the first time in 44 years she has been back in Japan.",
    "北朝鮮を脱出した東日本出身の日本人妻の女性（65）が瀋陽から関西空港に到着し、44年ぶりに"
    "帰国した。女性は吉林省で中国当局に拘束されていた。",
]


@pytest.mark.parametrize("text", FOLLOW_UPS)
def test_a_follow_up_on_her_arrival_alerts_her_case_and_not_the_others(text: str) -> None:
    extraction = extract(text)
    assert score(HER, extraction, published=ARRIVED).alerts
    other = score(OTHER, extraction, published=ARRIVED)
    assert not other.alerts
    rules = {e.rule for e in other.evidence}
    assert "custody_place" not in rules
    assert "home_region" not in rules


def test_custody_evidence_comes_only_from_events_before_the_article() -> None:
    later = replace(OTHER, birthplace="", departure_years=frozenset())
    text = "A 64-year-old woman was taken into custody by security authorities in Shenyang."
    rules = {e.rule for e in score(later, extract(text), published=date(2003, 1, 28)).evidence}
    assert not rules & {"custody_place", "custodian"}
    rules = {e.rule for e in score(later, extract(text), published=date(2023, 5, 1)).evidence}
    assert {"custody_place", "custodian"} <= rules


def test_an_age_is_judged_at_the_publication_date() -> None:
    text = "A 64-year-old woman was taken into custody in Jilin."
    assert "age" in {
        e.rule for e in score(HER, extract(text), published=date(2003, 1, 28)).evidence
    }
    assert "age_conflict" in {
        e.rule for e in score(HER, extract(text), published=date(2010, 1, 28)).evidence
    }


def test_an_undated_article_counts_an_age_for_less() -> None:
    text = "A 64-year-old woman was taken into custody in Jilin."
    dated = score(HER, extract(text), published=date(2003, 1, 28))
    undated = score(HER, extract(text))
    age = {e.rule: e.points for e in dated.evidence}["age"]
    assert {e.rule: e.points for e in undated.evidence}["age"] < age


SON = CaseFacts(
    case_id=3,
    sex="M",
    birth_date=date(1961, 1, 1),
    birth_precision="year",
    birthplace="咸鏡北道 清津",
    category="descendant",
    names=(NameFacts("李", "成男", ""),),
    events=(
        EventFacts(date(2002, 5, 1), "location", "CN", "Dandong, Liaoning", "broker"),
        EventFacts(date(2002, 8, 1), "location", "JP"),
    ),
    relations=relation_keys({"mother"}),
)


@pytest.mark.parametrize(
    "text",
    [
        "A man in his early 40s whose mother is Japanese was secretly brought to Japan last "
        "summer. He was born in Chongjin and waited in Dandong for months.",
        "日本人妻を母に持つ40代の男性が昨年夏、ひそかに日本に入国した。男性は清津で生まれ、丹東で数カ月過ごした。",
    ],
)
def test_a_descendants_article_describes_the_descendant(text: str) -> None:
    match = score(SON, extract(text), published=date(2003, 2, 4))
    rules = {e.rule for e in match.evidence}
    assert match.alerts
    assert "category_conflict" not in rules
    assert {"category", "relation", "age_range"} <= rules
    assert not score(HER, extract(text), published=date(2003, 2, 4)).alerts


def test_a_case_that_stores_a_mother_matches_an_article_that_says_parent() -> None:
    assert {"mother", "parent"} <= SON.relations
    assert relation_keys({"Son"}) == frozenset({"son", "child"})


@pytest.mark.parametrize(
    "text",
    [
        "A 64-year-old Japanese woman from eastern Japan crossed into North Korea in January.",
        "東日本出身の日本人女性（64）が1月、北朝鮮に入国した。",
    ],
)
def test_a_woman_going_into_north_korea_raises_nothing(text: str) -> None:
    assert not score(HER, extract(text), published=date(2003, 1, 28)).alerts


@pytest.mark.parametrize(
    "text",
    [
        "A group of fifteen Japanese wives aged 55 to 84 arrived from North Korea for a visit. "
        "Most went there in 1959.",
        "日本人妻15人（55～84歳）が一時帰国した。多くは1959年に北朝鮮へ渡った。",
    ],
)
def test_a_group_visit_raises_nothing(text: str) -> None:
    extraction = extract(text)
    assert not score(HER, extraction, published=date(1997, 11, 10)).alerts
    assert not score(OTHER, extraction, published=date(1997, 11, 10)).alerts
