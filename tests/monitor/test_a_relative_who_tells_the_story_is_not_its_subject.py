# ruff: noqa: RUF001 - Japanese articles use full-width punctuation.
"""A relative who tells the story is not its subject.

An article may open with a relative who speaks of the one who fled ("my sister's
granddaughter", 妹の孫娘, 누나의 손녀): the age, name and home given with that speaker
are theirs, and the subject is the one described later ("a woman in her 30s").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hogo.monitor.extract import extract
from hogo.monitor.scoring import NameFacts
from tests.monitor.press import case, held, rules, scored

TOLD_BY_A_GREAT_UNCLE = [
    "\"When I heard my sister's granddaughter had made it to China, I could not stop "
    'crying," said Taro Ueno, 81, at his home in Sendai, Miyagi Prefecture. His sister Kiyo '
    "left for North Korea in 1960 with her Korean husband. According to a support group, "
    "Kiyo's granddaughter, a woman in her 30s, was detained by police in Yanji last month.",
    "「妹の孫娘が中国まで逃げてきたと聞いて涙が出た」。宮城県仙台市の上野太郎さん（81）は"
    "そう語った。1960年に朝鮮人の夫と北朝鮮へ渡った妹のキヨさん。支援団体によると、キヨさんの"
    "孫娘に当たる30代の女性が先月、中国吉林省延吉市で警察に拘束された。",
    "“누나의 손녀가 중국까지 왔다는 소식에 눈물이 났다.” 미야기현 센다이시에 사는 우에노 "
    "다로(81) 씨는 이렇게 말했다. 우에노 씨의 누나 기요 씨는 1960년 한국인 남편과 북한으로 "
    "건너갔다. 지원단체에 따르면 기요 씨의 손녀인 30대 여성이 지난달 중국 옌지에서 경찰에 "
    "붙잡혔다.",
]

ON = date(2025, 5, 20)


@pytest.mark.parametrize("text", TOLD_BY_A_GREAT_UNCLE)
def test_the_speakers_age_and_home_are_a_relatives(text: str) -> None:
    facts = extract(text)
    assert {f.value for f in facts.of("relative_age")} == {"81"}
    assert not facts.of("age")
    assert {f.value for f in facts.of("age_range")} == {"30-39"}
    assert all(f.role == "relative" for f in facts.of("prefecture"))
    assert facts.subject_names == []


@pytest.mark.parametrize("text", TOLD_BY_A_GREAT_UNCLE)
def test_the_granddaughters_case_alerts_and_the_speakers_age_is_not_held_against_it(
    text: str,
) -> None:
    granddaughter = case(
        1,
        born=1991,
        left=1960,
        birthplace="咸鏡北道会寧",
        category="descendant",
        events=(held(date(2025, 4, 12), "Yanji, Jilin"),),
    )
    # The case records the great-uncle, as a case records the family who ask after her.
    granddaughter = replace(granddaughter, names=(NameFacts("上野", "太郎", "great-uncle"),))
    (match,) = scored(text, granddaughter, on=ON)
    assert "age_conflict" not in rules(match)
    assert "home_conflict" not in rules(match)
    assert "age_range" in rules(match)
    assert match.alerts


SPEAKING_OF_HER_OWN = [
    # The subject speaks of a niece who stays behind: she is still the subject.
    '"I think of my niece every day," said Hana Ri, 31, who fled North Korea last year.',
    "「姪のことを毎日思う」と脱北した李花さん（31）は語った。",
    "“조카 생각을 매일 한다”고 지난해 탈북한 리화(31) 씨는 말했다.",
]


@pytest.mark.parametrize("text", SPEAKING_OF_HER_OWN)
def test_a_subject_who_speaks_of_a_relative_who_did_not_flee_keeps_her_age(text: str) -> None:
    facts = extract(text)
    assert {f.value for f in facts.of("age")} == {"31"}
    assert not facts.of("relative_age")
