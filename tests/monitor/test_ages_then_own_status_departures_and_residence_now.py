# ruff: noqa: RUF001 - Japanese articles use full-width punctuation.
"""An age at a past year, an age before "Japanese wife", leaving with a husband, residence now.

Each phrase is read in its role, in English, Japanese and Korean, and then
scored against the case it describes and a decoy that shares most of its facts.
"""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.extract import extract
from hogo.monitor.scoring import CaseFacts, EventFacts, NameFacts, score


def _values(text: str, kind: str) -> set[str]:
    return {f.value for f in extract(text).of(kind)}


# --- an age at a past year is a birth year -------------------------------------

AGES_THEN = [
    "She sailed for North Korea aged 19 in 1960.",
    "He left for the North in 1960, at the age of 19, with his parents.",
    "19歳だった1960年、家族と北朝鮮へ渡った。",
    "1960年、19歳のときに北朝鮮へ渡った。",
    "그는 1960년 19세 때 가족과 함께 북한으로 건너갔다.",
    "19살이던 1960년 북송선에 올랐다.",
]


@pytest.mark.parametrize("text", AGES_THEN)
def test_an_age_at_a_past_year_is_a_birth_year_not_todays_age(text: str) -> None:
    assert _values(text, "birth_year") == {"1941"}
    assert not extract(text).of("age")
    assert _values(text, "departure_year") == {"1960"}


def test_todays_age_is_still_an_age() -> None:
    assert _values("Now 84, she went to the North in 1960.", "age") == {"84"}
    assert _values("金さん（84）は1960年に北朝鮮へ渡った。", "age") == {"84"}


def _case(case_id: int, born: int, *, living: str = "", left: int = 1960) -> CaseFacts:
    events = [EventFacts(date(left, 6, 1), "location", "KP", "", "self")]
    if living:
        events.append(EventFacts(date(2005, 6, 1), "location", "JP", living, "self"))
    return CaseFacts(
        case_id=case_id,
        sex="M",
        birth_date=date(born, 1, 1),
        birth_precision="year",
        birthplace="愛知県",
        category="former_resident",
        names=(NameFacts("呉", "正一", ""),),
        events=tuple(events),
        departure_years=frozenset({left}),
    )


def test_an_age_then_fits_the_birth_year_and_not_a_decoy_born_later() -> None:
    text = "19歳だった1960年、家族と北朝鮮へ渡った。"
    on = date(2025, 1, 10)
    own = score(_case(1, 1941), extract(text), published=on)
    decoy = score(_case(2, 1950), extract(text), published=on)
    assert "birth_year" in {e.rule for e in own.evidence}
    assert "age_conflict" not in {e.rule for e in own.evidence}
    assert "birth_year_conflict" in {e.rule for e in decoy.evidence}


# --- "the 84-year-old Japanese wife" is her age ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 84-year-old Japanese wife was released last month.",
        "An 84-year-old Japanese wife reached the consulate in Shenyang.",
    ],
)
def test_an_age_before_japanese_wife_is_the_subjects(text: str) -> None:
    assert _values(text, "age") == {"84"}
    assert not extract(text).of("relative_age")


def test_an_age_before_her_husband_is_still_his() -> None:
    text = "She was detained with her 84-year-old Japanese husband."
    assert _values(text, "relative_age") == {"84"}
    assert not extract(text).of("age")


# --- leaving with a husband is a departure --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Born in Nagoya, she left Japan with her husband in 1962.",
        "She went North with her Korean husband in 1962.",
        "In 1962 she moved to the North with her husband.",
    ],
)
def test_leaving_with_a_husband_is_a_departure(text: str) -> None:
    assert _values(text, "departure_year") == {"1962"}


def test_leaving_japan_for_china_is_not_a_departure() -> None:
    assert not extract("She left Japan for China in 1962 to study.").of("departure_year")


# --- where someone lives now, against where the case records them ---------------

RESIDENCE_NOW = [
    ("Born in Aichi in 1941, he went to North Korea in 1960 and now lives in Kanagawa.", "en"),
    ("1941年、愛知県生まれ。1960年に北朝鮮へ渡った。今は神奈川県で通訳をしている。", "ja"),
    ("1941년 아이치현 출생. 1960년 북한으로 건너갔다가 지금은 가나가와현에 살고 있다.", "ko"),
]


@pytest.mark.parametrize(("text", "language"), RESIDENCE_NOW)
def test_residence_now_is_read_and_weighed_against_the_recorded_place(
    text: str, language: str
) -> None:
    extraction = extract(text)
    assert ("kanagawa", "residence") in {(f.value, f.role) for f in extraction.of("prefecture")}
    on = date(2025, 1, 10)
    own = score(_case(1, 1941, living="神奈川県"), extraction, published=on)
    elsewhere = score(_case(2, 1941, living="大阪府"), extraction, published=on)
    never_back = score(_case(3, 1941), extraction, published=on)
    assert "residence" in {e.rule for e in own.evidence}
    assert own.alerts
    # The same life in another prefecture, or no recorded life in Japan, gains nothing
    # and stays under the threshold; where someone lives is never held against a case.
    for decoy in (elsewhere, never_back):
        assert "residence" not in {e.rule for e in decoy.evidence}
        assert not decoy.alerts
        assert decoy.score == own.score - 1.0


# --- a kanji given name meets its name readings, beside the family name ----------


def _wife(case_id: int, family: str, given: str) -> CaseFacts:
    return CaseFacts(
        case_id=case_id,
        sex="F",
        birth_date=date(1938, 1, 1),
        birth_precision="year",
        birthplace="福井県",
        category="japanese_spouse",
        names=(NameFacts(family, given, ""),),
        events=(EventFacts(date(1959, 12, 1), "location", "KP", "", "self"),),
        departure_years=frozenset({1959}),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Teruko Ishii, who went to North Korea in 1959, wrote to her sister in Fukui.",
        "1959년 북한으로 건너간 이시이 데루코 씨가 후쿠이의 여동생에게 편지를 보냈다.",
    ],
)
def test_a_given_name_read_by_its_name_reading_meets_the_kanji(text: str) -> None:
    pytest.importorskip("jamdict_data")
    extraction = extract(text)
    own = score(_wife(1, "石井", "光子"), extraction, published=date(2025, 1, 10))
    other_given = score(_wife(2, "石井", "幸子"), extraction, published=date(2025, 1, 10))
    other_family = score(_wife(3, "今井", "光子"), extraction, published=date(2025, 1, 10))
    assert "name" in {e.rule for e in own.evidence}
    assert "name" not in {e.rule for e in other_given.evidence}
    assert "name" not in {e.rule for e in other_family.evidence}


def test_name_readings_are_not_search_keys() -> None:
    from hogo.lib.names import search_keys

    assert "teruko" not in search_keys("光子")
