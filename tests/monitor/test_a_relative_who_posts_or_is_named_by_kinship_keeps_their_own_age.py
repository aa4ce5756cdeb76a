# ruff: noqa: RUF001 - Japanese articles use full-width punctuation.
"""A relative who posts about the one who fled keeps their own age and home.

A sibling's post ("her younger brother, who went to North Korea in 1960"), a younger
sister's words (私の兄が帰国した) or an uncle's post (나의 조카가 … 땅을 밟았다) give the
writer's age and home beside their name, often a sentence before or after the words
about the relative: those are the writer's, never the subject's.
"""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.extract import extract
from tests.monitor.press import case, rules, scored

POSTED_BY_A_RELATIVE = [
    "A nurse's post about her brother moves thousands\n\nThe post by Michiko Tanaka, 77, a "
    "retired nurse in Hirosaki, Aomori Prefecture, has been shared widely. In it she says "
    'that her younger brother, who went to North Korea in 1960 with his Korean wife, is "alive '
    'and in China."',
    "「私の兄が帰国したと聞いて震えた」。青森県弘前市の田中美智子さん（77）はそう投稿した。"
    "兄は1960年に朝鮮人の妻と北朝鮮へ渡った。",
    '"형은 아직 북한에 있다. 그러나 나의 형이 살아서 일본 땅을 밟았다." 아오모리현 '
    "히로사키시에 사는 다나카 미치코(77)씨가 최근 페이스북에 올린 글이 화제다. 형은 1960년 "
    "북한으로 건너갔다.",
]


@pytest.mark.parametrize("text", POSTED_BY_A_RELATIVE)
def test_the_writers_age_is_a_relatives(text: str) -> None:
    facts = extract(text)
    assert {f.value for f in facts.of("relative_age")} == {"77"}
    assert not facts.of("age")


@pytest.mark.parametrize("text", POSTED_BY_A_RELATIVE)
def test_the_writers_age_is_not_held_against_the_one_who_fled(text: str) -> None:
    brother = case(1, born=1936, left=1960, birthplace="青森県弘前市", sex="M")
    (match,) = scored(text, brother, on=date(2025, 10, 1))
    assert "age_conflict" not in rules(match)
    assert "departure_year" in rules(match)


SPEAKING_OF_A_SISTER_WHO_STAYED = [
    # The subject herself speaks of a sister who never left: she keeps her age.
    '"My older sister never saw Japan again," said Yoko Mori, 82, who fled last year.',
    "「私の姉は日本を見ずに亡くなった」と昨年脱北した森洋子さん（82）は語った。",
    "“나의 언니는 일본을 다시 보지 못했다”고 지난해 탈북한 모리 요코(82) 씨는 말했다.",
]


@pytest.mark.parametrize("text", SPEAKING_OF_A_SISTER_WHO_STAYED)
def test_a_subject_who_speaks_of_a_sibling_who_did_not_flee_keeps_her_age(text: str) -> None:
    facts = extract(text)
    assert {f.value for f in facts.of("age")} == {"82"}
    assert not facts.of("relative_age")
