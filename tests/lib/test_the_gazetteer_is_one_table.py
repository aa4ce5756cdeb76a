"""hogo has one gazetteer, hogo/lib/places.py: the press monitor and the demo read it."""

from __future__ import annotations

from hogo.demo import names as demo_names
from hogo.lib import places
from hogo.monitor import extract


def test_the_press_monitor_reads_the_one_gazetteer() -> None:
    assert extract.PREFECTURES is places.PREFECTURES
    assert extract.JAPAN_REGIONS is places.JAPAN_REGIONS
    assert extract.FOREIGN_PLACES is places.FOREIGN_PLACES
    for prefecture in places.PREFECTURES:
        assert extract.prefecture_of(prefecture.written) == prefecture.key
        assert f"half:{prefecture.half}" in extract.regions_of(prefecture.written)


def test_every_demo_birthplace_is_a_place_of_the_gazetteer() -> None:
    for written in demo_names.JAPANESE_PREFECTURES:
        assert places.resolve_place(written).country == "jp", written
    for written in demo_names.KOREAN_PROVINCES:
        assert places.resolve_place(written).region == "south", written
    for written in demo_names.NORTH_KOREAN_PROVINCES:
        assert places.resolve_place(written).region == "north", written


def test_a_prefecture_is_written_as_an_address_writes_it() -> None:
    written = {p.key: p.written for p in places.PREFECTURES}
    assert (written["tokyo"], written["osaka"], written["hokkaido"]) == (
        "東京都",
        "大阪府",
        "北海道",
    )
    assert written["niigata"] == "新潟県"
    assert len(places.PREFECTURES) == 47
    assert {p.half for p in places.PREFECTURES} == {"east", "west"}
