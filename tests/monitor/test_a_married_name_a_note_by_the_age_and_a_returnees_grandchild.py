# ruff: noqa: RUF001, RUF002, E501 - Japanese and Korean phrases are kept as written.
"""A Japanese wife under her husband's family name (김하나코), an age with a note beside it
(이모(76·여) 씨, （76・旧姓田中）), 처 before a withheld name, and a parent or grandparent who
was a former resident of Japan making the subject a descendant, not a former resident."""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.extract import extract
from hogo.monitor.scoring import CaseFacts, NameFacts
from tests.monitor.press import case, held, rules, scored, values

ON = date(2025, 9, 12)

# --- an age with a note beside it ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "김모(76·여) 씨가 단둥에서 체포됐다.",
        "이순자(76·결혼 전 성 다나카) 씨가 단둥에서 체포됐다.",
        "李順子さん（76・旧姓田中）が丹東で拘束された。",
    ],
)
def test_an_age_with_a_note_after_a_dot_is_the_age(text: str) -> None:
    assert values(text, "age") == {"76"}
    assert extract(text).subject_names


@pytest.mark.parametrize("text", ["3·1절(3·1운동) 기념식이 열렸다.", "会議（3・11）が開かれた。"])
def test_numbers_joined_by_a_dot_are_no_age(text: str) -> None:
    assert values(text, "age") == set()


# --- a Japanese wife under her husband's family name ---------------------------------------

MARRIED_NAME = "나가노현 출신 일본인 처 김하나코(76·결혼 전 성 다나카) 씨가 단둥에서 구금됐다."


def _wife(case_id: int, names: tuple[NameFacts, ...]) -> CaseFacts:
    facts = case(case_id, born=1949, events=(held(date(2025, 8, 20), "Dandong, Liaoning"),))
    return CaseFacts(**{**facts.__dict__, "names": names})


def test_a_married_korean_family_name_and_a_japanese_given_name_meet_the_case() -> None:
    ours = _wife(1, (NameFacts("田中", "ハナ子", ""), NameFacts("金", "ハナ子", "")))
    other = _wife(2, (NameFacts("李", "フミ子", ""),))
    own, decoy = scored(MARRIED_NAME, ours, other, on=ON)
    assert {"name", "age"} <= rules(own)
    assert own.alerts
    assert "name_conflict" in rules(decoy)
    assert not decoy.alerts


@pytest.mark.parametrize("text", ["나카무라 씨가 말했다.", "고바야시 씨가 말했다."])
def test_a_four_syllable_japanese_family_name_alone_is_not_split(text: str) -> None:
    # 나카무라, 고바야시 begin with a syllable Korean family names share; alone, they
    # say nothing of a given name, so no case takes a name conflict from them.
    other = _wife(2, (NameFacts("田中", "フミ子", ""),))
    (decoy,) = scored(text, other, on=ON)
    assert "name_conflict" not in rules(decoy)


# --- 처 before a withheld name -------------------------------------------------------------


def test_a_wifes_withheld_name_after_cheo_is_her_family_name() -> None:
    text = "단둥 日영사관에 일본인 처 이모(76) 씨 진입."
    assert [n for n, _i in extract(text).subject_names] == ["이"]
    ours = _wife(1, (NameFacts("李", "ハナ子", ""),))
    other = _wife(2, (NameFacts("崔", "フミ子", ""),))
    own, decoy = scored(text, ours, other, on=ON)
    assert "family_name" in rules(own)
    assert "family_name" not in rules(decoy)


# --- an ancestor who was a former resident of Japan ----------------------------------------

ANCESTOR_RESIDENT = [
    "Police in Dandong detained a 28-year-old North Korean woman whose grandmother was a former resident of Japan.",
    "Police in Dandong detained a 28-year-old North Korean woman, the granddaughter of a Korean returnee.",
    "丹東で警察が北朝鮮女性（28）を拘束した。祖母が元在日朝鮮人だという。",
    "단둥에서 경찰이 북한 여성(28)을 체포했다. 할머니가 재일동포였다.",
    "단둥에서 경찰이 재일동포였던 할머니를 둔 북한 여성(28)을 체포했다.",
]


@pytest.mark.parametrize("text", ANCESTOR_RESIDENT)
def test_an_ancestor_who_was_a_former_resident_makes_a_descendant(text: str) -> None:
    assert values(text, "category") == {"descendant"}
    grandchild = case(
        1,
        born=1997,
        category="descendant",
        birthplace="咸鏡北道",
        events=(held(date(2025, 9, 1), "Dandong, Liaoning"),),
    )
    resident = case(
        2,
        born=1997,
        category="former_resident",
        birthplace="咸鏡北道",
        events=(held(date(2025, 9, 1), "Dandong, Liaoning"),),
    )
    own, decoy = scored(text, grandchild, resident, on=ON)
    assert "category" in rules(own)
    assert "category" not in rules(decoy)


@pytest.mark.parametrize(
    "text",
    [
        "재일동포 출신 탈북민 김영호(80) 씨가 단둥에서 체포됐다.",
        "元在日朝鮮人の男性（80）が丹東で拘束された。",
        "A former Korean resident of Japan, 80, was detained in Dandong.",
    ],
)
def test_a_former_resident_himself_is_still_one(text: str) -> None:
    assert values(text, "category") == {"former_resident"}
