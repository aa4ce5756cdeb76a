from __future__ import annotations

import pytest

from hogo.lib.places import Place, resolve_place


@pytest.mark.parametrize("text", ["新潟県", "新潟", "Niigata", "niigata-ken", "NIIGATA Prefecture"])
def test_a_prefecture_is_the_same_in_kanji_and_latin(text: str) -> None:
    assert resolve_place(text) == Place("jp", "chubu", "niigata")


@pytest.mark.parametrize("text", ["咸鏡北道", "함경북도", "North Hamgyong", "north-hamgyong"])
def test_a_korean_province_is_the_same_in_hanja_hangul_and_latin(text: str) -> None:
    assert resolve_place(text) == Place("kr", "north", "north-hamgyong")


def test_a_city_knows_its_province_region_and_country() -> None:
    assert resolve_place("平壤") == Place("kr", "north", "south-pyongan", "pyongyang")
    assert resolve_place("平壌") == resolve_place("Pyongyang")
    assert resolve_place("大阪府 生野区") == Place("jp", "kansai", "osaka", "ikuno")


def test_a_vague_place_keeps_only_what_it_says() -> None:
    assert resolve_place("eastern Japan") == Place("jp", "kanto")
    assert resolve_place("北朝鮮") == Place("kr", "north")


def test_an_unknown_place_agrees_only_with_itself() -> None:
    assert resolve_place("Atlantis") == Place(city="?atlantis")
    assert resolve_place("") == Place()
