# ruff: noqa: RUF001 - Japanese articles use full-width punctuation.
"""A name read across scripts: hangul and romanized Korean names against hanja, and a
named stranger in Latin letters, kana or hangul against a case's kanji name.

Each phrase is scored against the case it names and a decoy that shares its facts.
"""

from __future__ import annotations

from datetime import date

import pytest

from hogo.lib.names import hanja_korean_readings
from hogo.monitor.extract import extract
from tests.monitor.press import case, held, rules, scored

CUSTODY = (held(date(2025, 4, 10), "Dandong, Liaoning"),)


def test_a_japanese_form_of_a_hanja_is_read_as_korean_writes_it() -> None:
    # 姫 is the Japanese form of 姬 (희); read alone it is another character (진).
    assert "순희" in hanja_korean_readings("順姫")
    assert {"노", "로"} <= {reading[0] for reading in hanja_korean_readings("盧貞姫")}


@pytest.mark.parametrize(
    "text",
    [
        "지난달 단둥에서 붙잡힌 노정희(58) 씨는 함경북도 출신으로 1960년 북한에 건너갔다.",
        "로정희(58) 씨가 단둥에서 붙잡혔다. 그는 1960년 북한에 건너갔다.",
        "Ro Jong Hui, 58, was detained in Dandong; she had gone to North Korea in 1960.",
        "No Jong Hui, 58, was detained in Dandong; she had gone to North Korea in 1960.",
    ],
)
def test_a_korean_name_in_hangul_or_latin_letters_meets_its_hanja(text: str) -> None:
    own = case(1, born=1967, name=("盧", "貞姫"), category="descendant", events=CUSTODY)
    decoy = case(2, born=1967, name=("崔", "英子"), category="descendant", events=CUSTODY)
    own_match, decoy_match = scored(text, own, decoy, on=date(2025, 5, 20))
    assert "name" in rules(own_match)
    assert own_match.alerts
    assert "name_conflict" not in rules(own_match)
    assert "name_conflict" in rules(decoy_match)
    assert not decoy_match.alerts


@pytest.mark.parametrize(
    "text",
    [
        "The woman, Sachiko Honda, a Japanese wife from Nagano, was detained in Dandong in "
        "April. She went to North Korea in 1960.",
        "Sachiko Honda, who was born in Nagano Prefecture, went to North Korea in 1960 and was "
        "detained in Dandong in April.",
        "1960년 북한으로 건너간 나가노현 출신 일본인 처 혼다 사치코(84) 씨가 "
        "4월 단둥에서 붙잡혔다.",
        "長野県出身の日本人妻、ホンダ・サチコさん（84）が4月、丹東で拘束された。"
        "1960年に北朝鮮へ渡った。",
    ],
)
def test_a_stranger_named_in_another_script_counts_against_a_kanji_name(text: str) -> None:
    decoy = case(2, born=1941, name=("田中", "和子"), events=CUSTODY)
    own = case(1, born=1941, name=("本田", "幸子"), events=CUSTODY)
    own_match, decoy_match = scored(text, own, decoy)
    assert "name_conflict" not in rules(own_match)
    assert "name_conflict" in rules(decoy_match)
    assert not decoy_match.alerts


@pytest.mark.parametrize(
    "text",
    [
        "Sachiko Tanaka, 84, a Japanese wife from Nagano, was detained in Dandong in April.",
        "일본인 처 다나카 사치코(84) 씨가 4월 단둥에서 붙잡혔다.",
        "Kazuko Honda, 84, a Japanese wife from Nagano, was detained in Dandong in April.",
        "The woman, Tanaka, 84, was detained in Dandong in April.",
        "Her daughter, Sachiko Honda, 50, said her mother was detained in Dandong in April.",
    ],
)
def test_a_name_that_meets_in_one_part_or_a_relatives_name_is_no_conflict(text: str) -> None:
    # 田中 is read Tanaka; 和子 is read Kazuko: one part meeting is not a stranger's name.
    (match,) = scored(text, case(2, born=1941, name=("田中", "和子"), events=CUSTODY))
    assert "name_conflict" not in rules(match)


def test_a_stranger_in_hangul_counts_against_a_hanja_name() -> None:
    text = "단둥에서 공안에 붙잡힌 허정철(37) 씨의 할머니는 일본인 처였다."
    decoy = case(2, born=1988, name=("崔", "光哲"), category="descendant", events=CUSTODY)
    own = case(1, born=1988, name=("許", "正哲"), category="descendant", events=CUSTODY)
    own_match, decoy_match = scored(text, own, decoy)
    assert "name" in rules(own_match)
    assert "name_conflict" in rules(decoy_match)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("지난달 단둥에서 붙잡힌 허정철(37) 씨", "허정철"),
        ("함경남도 단천 출신 허정철 씨가 증언했다.", "허정철"),
        ("모임에서 일본인 처 다카기 하루(80) 씨가 말했다.", "다카기 하루"),
        ("男性、許正哲（ホ・ジョンチョル）さん（37）が拘束された。", "許正哲"),
        ("女性は李順姫さん。", "李順姫"),
    ],
)
def test_a_name_is_read_without_the_clause_before_it(text: str, name: str) -> None:
    found = extract(text)
    assert name in [written for written, _index in found.names]
    assert name in [written for written, _index in found.subject_names]
