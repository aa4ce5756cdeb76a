# ruff: noqa: RUF001, E501 - Japanese and Korean phrases are kept as written.
"""Short reports and named strangers: a police force named by its place abroad holds the
person there; a name given as such ("named as", 이름은 … 로 알려졌다, 名前は…とされる) names
the subject; Vietnam's cities and the country itself are places of refuge."""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.extract import extract
from hogo.monitor.scoring import CaseFacts, EventFacts
from tests.monitor.press import case, held, roles, rules, scored, values

ON = date(2025, 11, 4)

# --- a police force named by its place abroad --------------------------------------------

POLICE_OF_A_PLACE = [
    "Hunchun police are holding a 63-year-old woman from Akita, a rights group said.",
    "琿春市警察に秋田県出身の女性（63）が拘束された。",
    "훈춘 경찰에 아키타현 출신 여성(63)이 체포됐다.",
]


def _held_in(case_id: int, region: str) -> CaseFacts:
    return case(case_id, born=1962, birthplace="秋田県", events=(held(date(2025, 10, 10), region),))


@pytest.mark.parametrize("text", POLICE_OF_A_PLACE)
def test_the_police_of_a_place_abroad_hold_the_person_there(text: str) -> None:
    ours, elsewhere = _held_in(1, "Hunchun, Jilin"), _held_in(2, "Dandong, Liaoning")
    own, decoy = scored(text, ours, elsewhere, on=ON)
    assert {"custody_place", "custodian"} <= rules(own)
    assert own.alerts
    assert "custody_place" not in rules(decoy)
    assert not decoy.alerts


@pytest.mark.parametrize("text", POLICE_OF_A_PLACE)
def test_the_police_of_a_place_abroad_are_the_police_by_name(text: str) -> None:
    facts = extract(text).of("custodian")
    assert [(f.value, f.role) for f in facts] == [("host_police", "named")]


@pytest.mark.parametrize(
    "text",
    [
        # No one held: the police only speak.
        "Hunchun police said the border crossing was quiet last week.",
        # A police force in Japan holds no one a case records abroad.
        "Osaka police arrested a 63-year-old man for fraud on Monday.",
        "大阪府警は63歳の男を逮捕した。",
        "오사카 경찰에 63세 남성이 체포됐다.",
    ],
)
def test_police_that_hold_no_one_or_in_japan_give_no_place_of_custody(text: str) -> None:
    for kind in ("place", "prefecture", "city"):
        assert "custody" not in {role for _value, role in roles(text, kind)}
    assert "host_police" not in values(text, "custodian") or "경찰" in text


# --- a name given as such ------------------------------------------------------------------

NAMED_AS = [
    "A 74-year-old Japanese woman from Fukui was detained by police in Tumen last month, a group said. "
    "The woman, named as Hisako Morita, went to North Korea in 1962.",
    "福井県出身の日本人女性（74）が先月、中国図們で警察に拘束された。女性の名前は森田久子とされる。",
    "후쿠이현 출신 일본인 여성(74)이 지난달 중국 투먼에서 경찰에 체포됐다. 이 여성의 이름은 모리타 히사코로 알려졌다.",
]


def _tumen(case_id: int, family: str, given: str) -> CaseFacts:
    return case(
        case_id,
        born=1951,
        left=1962,
        birthplace="福井県",
        name=(family, given),
        events=(held(date(2025, 10, 8), "Tumen, Jilin"),),
    )


@pytest.mark.parametrize("text", NAMED_AS)
def test_a_name_given_as_such_tells_a_stranger_from_a_case_alike_in_all_else(text: str) -> None:
    ours, other = _tumen(1, "森田", "久子"), _tumen(2, "西村", "和江")
    own, decoy = scored(text, ours, other, on=ON)
    assert "name" in rules(own)
    assert own.alerts
    assert "name_conflict" in rules(decoy)
    assert not decoy.alerts


@pytest.mark.parametrize(
    "text",
    [
        "Her husband, identified as Kim Yong Chol, died in the North in 2003.",
        "남편의 이름은 김영철로 알려졌다.",
        "夫の名前は金永哲とされる。",
    ],
)
def test_a_relatives_name_given_as_such_is_not_the_subjects(text: str) -> None:
    assert extract(text).subject_names == []


def test_a_korean_name_given_as_such_ends_before_its_particle() -> None:
    names = [n for n, _i in extract("그의 본명은 야마다 다로라고 밝혔다.").names]
    assert names == ["야마다 다로"]
    names = [n for n, _i in extract("이 남성의 이름은 다나카 이치로로 알려졌다.").subject_names]
    assert names == ["다나카 이치로"]


# --- Vietnam -------------------------------------------------------------------------------

IN_VIETNAM = [
    "A 79-year-old Japanese woman from Saga has taken refuge at the Japanese consulate-general in Ho Chi Minh City.",
    "佐賀県出身の日本人女性（79）がホーチミンの日本総領事館に駆け込んだ。",
    "사가현 출신 일본인 여성(79)이 호찌민 주재 일본총영사관에 진입했다.",
]


def _sheltered(case_id: int, country: str, region: str) -> CaseFacts:
    mission = EventFacts(date(2025, 10, 20), "location", country, region, "diplomatic_mission")
    return case(case_id, born=1946, birthplace="佐賀県", events=(mission,))


@pytest.mark.parametrize("text", IN_VIETNAM)
def test_a_city_of_vietnam_is_a_place_of_refuge(text: str) -> None:
    ours = _sheltered(1, "VN", "Ho Chi Minh City")
    in_laos = _sheltered(2, "LA", "Vientiane")
    own, decoy = scored(text, ours, in_laos, on=ON)
    assert "custody_place" in rules(own)
    assert own.alerts
    assert not {"custody_place", "custody_country"} & rules(decoy)
    assert not decoy.alerts


@pytest.mark.parametrize(
    "text",
    [
        "A 79-year-old Japanese woman from Saga is under the protection of the Japanese embassy in Vietnam.",
        "佐賀県出身の日本人女性（79）がベトナムの日本大使館で保護されている。",
        "사가현 출신 일본인 여성(79)이 베트남 주재 일본대사관에 머물고 있다.",
    ],
)
def test_vietnam_by_name_meets_a_case_sheltered_there(text: str) -> None:
    ours = _sheltered(1, "VN", "Hanoi")
    in_laos = _sheltered(2, "LA", "Vientiane")
    own, decoy = scored(text, ours, in_laos, on=ON)
    assert "custody_country" in rules(own)
    assert "custody_country" not in rules(decoy)
    assert not decoy.alerts


# --- a man who went with his wife -----------------------------------------------------------


def test_a_man_who_went_with_his_wife_is_not_read_as_a_woman() -> None:
    text = "1959年に朝鮮人の妻と北朝鮮へ渡った福岡県出身の山田三郎さん（90）が、ウランバートルの日本大使館に保護された。"
    husband = case(1, born=1935, left=1959, birthplace="福岡県", sex="M", name=("山田", "三郎"))
    (match,) = scored(text, husband, on=ON)
    assert "sex_conflict" not in rules(match)
    # A Japanese wife is still a woman.
    assert values("日本人妻と呼ばれる女性が保護された。", "sex") == {"F"}
