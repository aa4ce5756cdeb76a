# ruff: noqa: RUF001 - Japanese articles use full-width punctuation.
"""Where a meeting is held, where a group is based and the port a ship left from are
no one's home; a decade of age in an undated article is not held against a case.

Each phrase is read in its role and scored against its case and a decoy.
"""

from __future__ import annotations

import pytest

from tests.monitor.press import case, roles, rules, scored


@pytest.mark.parametrize(
    ("text", "prefecture"),
    [
        ("She spoke at a rally in Osaka on Sunday.", "osaka"),
        ("An Osaka support group said she was safe.", "osaka"),
        ("The Fukuoka-based group said she was safe.", "fukuoka"),
        ("She boarded a repatriation ship at Niigata in 1960.", "niigata"),
        ("He remembered the pier in Niigata where the ships left.", "niigata"),
        ("She sailed from Niigata port in 1960.", "niigata"),
        ("大阪で開かれた集会で、女性は体験を語った。", "osaka"),
        ("그는 오사카에서 열린 집회에서 북한에서의 삶을 증언했다.", "osaka"),
    ],
)
def test_a_venue_a_groups_base_or_a_port_is_not_a_home(text: str, prefecture: str) -> None:
    found = roles(text, "prefecture")
    assert (prefecture, "") not in found
    assert (prefecture, "home") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenji Arai testified at a rally in Osaka about his 40 years in the North.",
        "新井健二さんが大阪で開かれた集会で、北朝鮮での40年を証言した。",
        "아라이 겐지 씨가 오사카에서 열린 집회에서 북한에서 보낸 40년을 증언했다.",
    ],
)
def test_a_meeting_place_takes_nothing_from_the_case_named(text: str) -> None:
    own = case(1, born=1950, birthplace="福岡県", name=("新井", "健二"), category="former_resident")
    (match,) = scored(text, own, on=None)
    assert "home_conflict" not in rules(match)
    assert "name" in rules(match)


@pytest.mark.parametrize(
    "text",
    [
        "Now in her late 80s, Kenji Arai's sister keeps the letters.",
        "Now in his late 70s, Arai still keeps the ship's date in his notebook.",
        "70代後半になった今も、新井さんは手帳に船の日付を書く。",
    ],
)
def test_an_undated_decade_of_age_is_not_held_against_a_case(text: str) -> None:
    # Without a publication date the age is of an unknown day; the case's last timeline
    # date (here 1960) would make a man born in 1950 ten, not seventy-odd.
    own = case(1, born=1950, name=("新井", "健二"), category="former_resident")
    (undated,) = scored(text, own, on=None)
    assert "age_range_conflict" not in rules(undated)


@pytest.mark.parametrize(
    "text",
    [
        "평안남도 평성에서 태어난 김순옥(60) 씨는 지난 7월 탈북했다.",
        "北朝鮮西部の平城で生まれた金順玉さん（60）は今年7月に脱北した。",
        "Kim, from Pyongsong in South Pyongan, left the North in July.",
    ],
)
def test_a_north_korean_birthplace_in_hangul_or_hanja_is_the_case_birthplace(text: str) -> None:
    own = case(1, born=1965, birthplace="平安南道 平城", category="descendant")
    decoy = case(2, born=1965, birthplace="咸鏡南道 端川", category="descendant")
    own_match, decoy_match = scored(text, own, decoy)
    assert "home_region" in rules(own_match)
    assert "home_conflict" not in rules(own_match)
    assert "home_conflict" in rules(decoy_match)


def test_the_port_a_relative_left_from_is_not_a_home() -> None:
    text = "His grandmother went to North Korea from Niigata in 1962."
    assert ("niigata", "transit") in roles(text, "prefecture")
