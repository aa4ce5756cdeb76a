"""A relative's name that cannot be compared does not hide a subject's name that differs.

A case records the person's own names and often a relative's (a grandmother who went to
the North, a husband). When the article names its subject and every one of the person's
own names differs, the case gets a name conflict, even where a relative's name cannot be
compared with the article's writing (a kana given name against a hangul name written
unspaced); a relative's name that meets still lifts it.
"""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.scoring import CaseFacts, NameFacts
from tests.monitor.press import case, rules, scored

ON = date(2025, 6, 2)

NAMED_GRANDDAUGHTER = [
    "지원단체에 따르면 1993년 혜산에서 태어난 박미란 씨는 지난해 가을 압록강을 건넜다. "
    "박 씨의 할머니는 니가타현 출신 일본인으로, 1961년 북한에 건너갔다.",
    "1993년생 탈북 여성 박미란(32) 씨는 할머니가 일본인이라고 말했다.",
    "Pak Mi Ran, 32, born in Hyesan in 1993, crossed the Yalu River last autumn; her "
    "grandmother, a native of Niigata, went to the North in 1961.",
]


def _with_names(case_id: int, *names: NameFacts) -> CaseFacts:
    base = case(case_id, born=1993, left=1961, birthplace="両江道恵山", category="descendant")
    return CaseFacts(**{**base.__dict__, "names": names})


@pytest.mark.parametrize("text", NAMED_GRANDDAUGHTER)
def test_a_case_whose_own_names_all_differ_gets_a_name_conflict(text: str) -> None:
    other = _with_names(
        1,
        NameFacts("崔", "英玉", ""),
        NameFacts("최", "영옥", ""),
        NameFacts("中村", "トミ", "grandmother"),
    )
    (match,) = scored(text, other, on=ON)
    assert "name_conflict" in rules(match)


@pytest.mark.parametrize("text", NAMED_GRANDDAUGHTER)
def test_her_own_case_with_the_same_grandmother_gets_none(text: str) -> None:
    own = _with_names(
        2,
        NameFacts("朴", "美蘭", ""),
        NameFacts("박", "미란", ""),
        NameFacts("中村", "トミ", "grandmother"),
    )
    (match,) = scored(text, own, on=ON)
    assert "name_conflict" not in rules(match)
    assert "name" in rules(match)


def test_a_relatives_name_that_meets_still_lifts_the_conflict() -> None:
    # The article names the husband on the case as its subject.
    text = "1993년 혜산에서 태어난 김철수 씨는 지난해 가을 압록강을 건넜다."
    wife = _with_names(3, NameFacts("崔", "英玉", ""), NameFacts("김", "철수", "husband"))
    (match,) = scored(text, wife, on=ON)
    assert "name_conflict" not in rules(match)
