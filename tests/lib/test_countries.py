"""Countries typed as people know them resolve to one ISO code."""

from __future__ import annotations

import pytest

from hogo.lib.countries import country_name, listing, resolve_country


@pytest.mark.parametrize(
    "typed",
    ["cn", "CN", "China", "china", "中国", "中華人民共和国", "중국", "中国 (CN)", "China (CN)"],
)
def test_china_is_found_however_it_is_written(typed: str) -> None:
    assert resolve_country(typed) == "CN"


@pytest.mark.parametrize("typed", ["North Korea", "北朝鮮", "DPRK", "kp", "북한"])
def test_north_korea_too(typed: str) -> None:
    assert resolve_country(typed) == "KP"


@pytest.mark.parametrize("typed", ["Chinaa", "Atlantis", "", "ZZ", "EU"])
def test_what_names_no_country_is_none(typed: str) -> None:
    assert resolve_country(typed) is None


def test_names_come_in_the_readers_language() -> None:
    assert country_name("CN", "en") == "China"
    assert country_name("CN", "ja") == "中国"
    assert country_name("TH", "ja-jp") == "タイ"
    assert country_name("CN", "fr") == "China"  # any other language: English


def test_the_list_holds_every_country_once_named_with_its_code() -> None:
    rows = listing("ja")
    codes = [code for code, _entry in rows]
    assert len(codes) == len(set(codes)) > 240
    assert ("CN", "中国 (CN)") in rows
