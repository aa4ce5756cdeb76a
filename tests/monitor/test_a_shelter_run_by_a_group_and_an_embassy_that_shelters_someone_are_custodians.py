# ruff: noqa: RUF001 - Japanese articles use full-width punctuation.
"""A shelter run by a group, and an embassy that shelters someone, are custodians.

Reports say who keeps someone in other words than "safe house" and "taken into the
embassy": a facility or shelter run by an aid, church or support group, where the person
has arrived or is staying; an embassy or consulate that is sheltering or protecting them.
A group or a mission that only speaks is no one's custodian.
"""

from __future__ import annotations

import pytest

from tests.monitor.press import values

IN_A_GROUPS_SHELTER = [
    "A 68-year-old woman who fled North Korea has reached a shelter run by a Catholic relief "
    "organization in Liaoning province, the organization said.",
    "The woman is now living in a facility operated by a South Korean missionary group "
    "near Shenyang.",
    "脱北した女性（68）は現在、遼寧省瀋陽で教会が運営する施設に身を寄せている。",
    "탈북한 여성(68)은 현재 랴오닝성 선양의 선교단체가 운영하는 시설에 머물고 있다.",
    "탈북한 여성(68)은 현재 선양의 민간단체 쉼터에 머물고 있다.",
]


@pytest.mark.parametrize("text", IN_A_GROUPS_SHELTER)
def test_a_shelter_or_facility_run_by_a_group_is_a_safe_house(text: str) -> None:
    assert "ngo_safe_house" in values(text, "custodian")


SHELTERED_BY_A_MISSION = [
    "The Japanese Consulate-General in Shenyang is protecting a woman in her 70s who fled "
    "North Korea, government sources said.",
    "Japan's embassy in Laos has been sheltering a man in his 80s since August.",
    "在ラオス日本大使館が、北朝鮮を脱出した80代の男性を保護している。",
    "주라오스 일본대사관이 북한을 탈출한 80대 남성을 보호하고 있다.",
]


@pytest.mark.parametrize("text", SHELTERED_BY_A_MISSION)
def test_a_mission_that_shelters_someone_is_their_custodian(text: str) -> None:
    assert "diplomatic_mission" in values(text, "custodian")
    assert values(text, "custody_event") == {"custody"}


SPEAKING_ONLY = [
    "A Christian aid group said a woman in her 70s had fled North Korea.",
    "The Japanese embassy in Beijing declined to comment on the woman's whereabouts.",
    "キリスト教系の支援団体によると、70代の女性が北朝鮮を脱出した。",
    "일본대사관 관계자는 이 여성에 대해 언급을 피했다.",
]


@pytest.mark.parametrize("text", SPEAKING_ONLY)
def test_a_group_or_mission_that_only_speaks_holds_no_one(text: str) -> None:
    assert not values(text, "custodian") & {"ngo_safe_house", "diplomatic_mission"}
