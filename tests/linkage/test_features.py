from __future__ import annotations

from hogo.linkage.features import features
from hogo.linkage.records import PersonRecord


def _record(**values: str) -> PersonRecord:
    return PersonRecord("X", 2, values)


def test_hanja_and_hangul_names_share_keys() -> None:
    registry = features(_record(family_name="金", given_name="正一"))
    claim = features(_record(family_name="김", given_name="정일"))
    assert set(registry["family_keys"]) & set(claim["family_keys"])
    assert set(registry["given_keys"]) & set(claim["given_keys"])


def test_a_latin_given_name_in_parts_is_one_name() -> None:
    for told in ("Jong-il", "Jong Il", "Jongil"):
        assert "chongil" in features(_record(family_name="Kim", given_name=told))["given_keys"]
    assert "il" not in features(_record(family_name="Kim", given_name="Jong Il"))["given_keys"]


def test_an_alias_counts_as_a_family_and_a_given_name() -> None:
    registry = features(_record(family_name="李", given_name="植子", other_names="李家 清"))
    claim = features(_record(family_name="李家", given_name="清"))
    assert set(registry["family_keys"]) & set(claim["family_keys"])
    assert set(registry["given_keys"]) & set(claim["given_keys"])


def test_an_era_date_and_an_iso_date_agree() -> None:
    era = features(_record(family_name="金", birth_date="昭和10年3月5日"))
    iso = features(_record(family_name="金", birth_date="1935-03-05"))
    assert (era["birth_year"], era["birth_month"], era["birth_day"]) == (1935, 3, 5)
    assert (iso["birth_year"], iso["birth_month"], iso["birth_day"]) == (1935, 3, 5)


def test_a_partial_date_keeps_what_is_known() -> None:
    partial = features(_record(family_name="金", birth_date="1935"))
    assert (partial["birth_year"], partial["birth_month"], partial["birth_day"]) == (
        1935,
        None,
        None,
    )


def test_the_birthplace_becomes_its_levels() -> None:
    found = features(_record(family_name="金", birth_place="Niigata"))
    assert (found["place_country"], found["place_province"]) == ("jp", "niigata")


def test_keys_built_word_by_word_are_search_keys() -> None:
    from hogo.lib.names import search_keys
    from hogo.linkage.features import _keys

    names = [
        "金 正一",
        "金田 正一",
        "김 정일",
        "Kim Jong Il",
        "Kim Jong-il",
        "Satō Hanako",
        "さとう はなこ",
        "キン セイイチ",
        "李,順子",
        "Ri Sun Ja",
        "  ",
        "",
        "O'Brien Mary",
        "金正一",
        "김정일",
        "Choe Min-ho",
        "佐藤・花子",
        "Jong Il Kim",
        "x y z",
    ]
    for name in names:
        assert _keys(name) == search_keys(name), name
