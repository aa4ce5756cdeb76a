# ruff: noqa: RUF001, E501 - Japanese and Korean phrases are kept as written.
"""Short briefs and named subjects: a family name given alone, a country of refuge, a
place of detention with no one named, Korean names in their popular Latin spellings, and
a later mention by family name that does not lift a conflict of the full name."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from hogo.monitor.extract import extract
from hogo.monitor.scoring import CaseFacts, EventFacts, NameFacts
from tests.monitor.press import case, held, roles, rules, scored, values

ON = date(2025, 11, 4)

# --- a family name given alone -----------------------------------------------------------

FAMILY_ONLY = [
    "A 68-year-old North Korean woman surnamed Choi has been detained in Dandong, a rights group said.",
    "中国遼寧省丹東市で拘束された脱北女性の崔某さん（68）の身柄について、支援団体が明らかにした。",
    "중국 단둥에서 체포된 68세 탈북 여성 최모 씨가 구류 중이라고 인권단체가 전했다.",
]


def _dandong(case_id: int, family: str, given: str) -> CaseFacts:
    return case(
        case_id,
        born=1957,
        category="descendant",
        name=(family, given),
        events=(held(date(2025, 10, 2), "Dandong, Liaoning"),),
    )


@pytest.mark.parametrize("text", FAMILY_ONLY)
def test_a_family_name_alone_tells_the_case_from_one_alike_in_all_else(text: str) -> None:
    ours, other = _dandong(1, "崔", "明玉"), _dandong(2, "朴", "明玉")
    own, decoy = scored(text, ours, other, on=ON)
    assert "family_name" in rules(own)
    assert own.alerts
    assert "family_name" not in rules(decoy)
    assert not decoy.alerts


@pytest.mark.parametrize(
    "text",
    [
        # A full name is weighed whole: its family name alone adds nothing.
        "Choi Yong Nam, 68, has been detained in Dandong, a rights group said.",
        # A relative's family name is not the subject's.
        "A 68-year-old woman whose husband, surnamed Choi, died in the North was detained in Dandong.",
    ],
)
def test_a_full_name_or_a_relatives_family_name_is_not_a_family_name_alone(text: str) -> None:
    (match,) = scored(text, _dandong(1, "崔", "明玉"), on=ON)
    assert "family_name" not in rules(match)


def test_a_kanji_full_name_that_begins_with_the_family_name_is_not_it_alone() -> None:
    # 崔美蘭 reads チェ too, but it is a full name, not the family name alone.
    text = "崔美蘭さん（68）は丹東で拘束された。"
    other = dataclasses.replace(
        _dandong(1, "崔", "明玉"),
        names=(NameFacts("崔", "明玉", ""), NameFacts("チェ", "ミョンオク", "")),
    )
    (match,) = scored(text, other, on=ON)
    assert "family_name" not in rules(match)
    assert not match.alerts


# --- a later mention by family name does not lift the conflict of the full name -----------

LATER_MENTION = [
    "일본인 여성 우에노 도미코(83) 씨가 선양에서 공안에 붙잡혔다. 야마나시현 출신인 우에노 씨는 1962년 북한으로 건너갔다.",
    "탈북민 최영순(83) 씨가 선양에서 공안에 붙잡혔다. 야마나시현 출신인 최 씨는 1962년 북한으로 건너갔다.",
]


@pytest.mark.parametrize("text", LATER_MENTION)
def test_a_later_mention_by_family_name_does_not_meet_a_decoy(text: str) -> None:
    custody = (held(date(2025, 9, 20), "Shenyang, Liaoning", "host_security"),)
    decoy = case(
        2, born=1942, left=1962, birthplace="山梨県", name=("前田", "清子"), events=custody
    )
    korean_decoy = case(
        3, born=1942, left=1962, birthplace="山梨県", name=("朴", "貞淑"), events=custody
    )
    for match in scored(text, decoy, korean_decoy, on=ON):
        assert "name_conflict" in rules(match)
        assert not match.alerts


def test_the_named_case_still_meets_its_article() -> None:
    custody = (held(date(2025, 9, 20), "Shenyang, Liaoning", "host_security"),)
    ours = case(1, born=1942, left=1962, birthplace="山梨県", name=("上野", "富子"), events=custody)
    (match,) = scored(LATER_MENTION[0], ours, on=ON)
    assert "name_conflict" not in rules(match)
    assert match.alerts


# --- a country of refuge -------------------------------------------------------------------

SHELTERED_IN_A_COUNTRY = [
    "The Foreign Ministry said a 79-year-old Japanese woman from Akita who fled North Korea is under the protection of the Japanese embassy in Thailand.",
    "外務省は、タイの日本大使館で北朝鮮から逃れた秋田県出身の日本人女性（79）を保護していると明らかにした。",
    "태국 주재 일본대사관에 북한을 탈출한 아키타현 출신 일본인 여성(79)이 머물고 있다고 외무성이 밝혔다.",
]


@pytest.mark.parametrize("text", SHELTERED_IN_A_COUNTRY)
def test_a_country_of_refuge_meets_the_case_sheltered_there_and_not_one_held_in_china(
    text: str,
) -> None:
    mission = EventFacts(date(2025, 10, 1), "location", "TH", "Chiang Rai", "diplomatic_mission")
    ours = case(1, born=1946, birthplace="秋田県", events=(mission,))
    in_china = case(
        2, born=1946, birthplace="秋田県", events=(held(date(2025, 10, 1), "Yanji, Jilin"),)
    )
    own, decoy = scored(text, ours, in_china, on=None)
    assert "custody_country" in rules(own)
    assert own.alerts
    assert "custody_country" not in rules(decoy)
    assert not decoy.alerts


def test_china_by_name_tells_no_case_from_another() -> None:
    text = "A 79-year-old Japanese woman from Akita is being held by police in China."
    ours = case(
        1, born=1946, birthplace="秋田県", events=(held(date(2025, 10, 1), "Yanji, Jilin"),)
    )
    (match,) = scored(text, ours, on=ON)
    assert "custody_country" not in rules(match)


# --- detained in a place abroad, and by no one named ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She was detained in Hunchun last month.",
        "先月、琿春で拘束された。",
        "지난달 훈춘에서 구금됐다.",
    ],
)
def test_detention_in_a_place_abroad_is_by_its_authorities(text: str) -> None:
    assert "host_security" in values(text, "custodian")


@pytest.mark.parametrize(
    "text",
    [
        "She was held by a broker in Hunchun last month.",
        "She lived in Hunchun for ten years.",
        "지난달 훈춘에서 브로커에게 붙잡혔다.",
    ],
)
def test_a_broker_named_or_no_detention_names_no_authority(text: str) -> None:
    assert "host_security" not in values(text, "custodian")


# --- Korean names in their popular Latin spellings -----------------------------------------


def test_a_lower_case_syllable_after_a_hyphen_belongs_to_the_name() -> None:
    text = "Pak Soon-ja, born in the mining town of Musan, and a Sendai-born teacher, Ito Ken, met."
    names = [name for name, _index in extract(text).names]
    assert "Pak Soon-ja" in names
    assert not any("Sendai" in name for name in names)


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Pak Soon-ja", "朴", "順子"),
        ("Choi Myung-hee", "崔", "明姫"),
        ("Jung Sung-ho", "鄭", "成浩"),
        ("Yoon Young-sil", "尹", "英實"),
    ],
)
def test_a_popular_spelling_meets_the_hanja_name(written: str, family: str, given: str) -> None:
    text = f"{written}, 61, was detained in Tumen in September."
    ours = case(1, born=1964, name=(family, given))
    (match,) = scored(text, ours, on=ON)
    assert "name" in rules(match)


def test_a_popular_spelling_still_differs_from_another_name() -> None:
    text = "Pak Soon-ja, 61, was detained in Tumen in September."
    other = case(1, born=1964, name=("金", "英姫"))
    (match,) = scored(text, other, on=ON)
    assert "name_conflict" in rules(match)


def test_a_speaker_given_her_own_age_is_the_subject() -> None:
    text = '"I only wanted to see the sea again," said Yoon Young-sil, a 61-year-old woman held in Tumen.'
    assert [n for n, _i in extract(text).subject_names] == ["Yoon Young-sil"]
    # A spokesman quoted so is not.
    text = '"We are worried," said Kim Jae Ho, a spokesman for the group.'
    assert extract(text).subject_names == []


# --- places ----------------------------------------------------------------------------


def test_the_port_city_of_is_what_the_city_is_not_a_port_left_from() -> None:
    text = "Ri Ok Sun, born in the port city of Chongjin, was arrested in May in Tumen."
    assert ("chongjin", "home") in roles(text, "city")
    assert ("tumen", "custody") in roles(text, "place")
    # A port left from is still one.
    text = "She boarded a ship at the port of Niigata in 1960."
    assert ("niigata", "transit") in roles(text, "prefecture")


def test_a_chinese_city_whose_korean_name_is_two_syllables() -> None:
    assert values("난닝에서 붙잡혔다.", "city") == {"nanning"}
