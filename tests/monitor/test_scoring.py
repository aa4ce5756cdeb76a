# ruff: noqa: RUF001 - Japanese articles use full-width brackets.
"""The scorer: anchors, conflicts and explanations, without a database."""

from __future__ import annotations

from datetime import date

from hogo.monitor.extract import extract
from hogo.monitor.scoring import CaseFacts, EventFacts, NameFacts, score

HER = CaseFacts(
    case_id=1,
    sex="F",
    birth_date=date(1938, 1, 1),
    birth_precision="year",
    birthplace="東日本 (eastern Japan)",
    category="japanese_spouse",
    names=(NameFacts("鈴木", "和子", ""), NameFacts("スズキ", "カズコ", "")),
    events=(
        EventFacts(date(1959, 1, 1), "location", "KP"),
        EventFacts(date(2003, 1, 1), "location", "CN", "Jilin", "host_security"),
    ),
    departure_years=frozenset({1959}),
    relations=frozenset({"husband", "spouse"}),
)


def test_facts_without_an_age_or_a_name_never_alert() -> None:
    text = (
        "A Japanese woman who went to North Korea in 1959 is held by security authorities in Jilin."
    )
    match = score(HER, extract(text))
    assert not match.anchored
    assert not match.alerts


def test_a_fitting_age_anchors_the_other_facts() -> None:
    text = (
        "A 64-year-old Japanese woman, a native of eastern Japan, was taken into custody by "
        "security authorities in Jilin. She went to North Korea in 1959 with her husband."
    )
    match = score(HER, extract(text))
    assert match.alerts
    assert {"age", "departure_year", "home_region", "custody_place", "custodian"} <= {
        e.rule for e in match.evidence
    }
    assert match.sentences == [0, 1]


def test_an_age_that_does_not_fit_takes_points_away() -> None:
    text = "A 40-year-old Japanese woman was taken into custody by security authorities in Jilin."
    rules = {e.rule for e in score(HER, extract(text)).evidence}
    assert "age_conflict" in rules


def test_the_age_is_read_at_publication_when_known() -> None:
    facts = extract("A 64-year-old woman was taken into custody by security authorities.")
    assert "age" in {e.rule for e in score(HER, facts, published=date(2003, 1, 28)).evidence}
    late = score(HER, facts, published=date(2020, 1, 1))
    assert "age_conflict" in {e.rule for e in late.evidence}


def test_a_name_in_kanji_or_romaji_anchors() -> None:
    assert "name" in {e.rule for e in score(HER, extract("鈴木和子さんは話した。")).evidence}
    latin = score(HER, extract("Kazuko Suzuki said she wanted to go home."))
    assert "name" in {e.rule for e in latin.evidence}


def test_a_western_prefecture_conflicts_with_an_eastern_birthplace() -> None:
    rules = {e.rule for e in score(HER, extract("大阪府出身の女性（64）")).evidence}
    assert "home_conflict" in rules


def test_a_korean_name_in_three_latin_words_anchors() -> None:
    kim = CaseFacts(
        2, "M", None, "", "新潟県", "former_resident", (NameFacts("김", "정일", ""),), ()
    )
    assert "name" in {e.rule for e in score(kim, extract("Kim Jong Il spoke.")).evidence}
