from __future__ import annotations

import pytest

from hogo.lib.names import (
    hangul_to_mccune_reischauer,
    hangul_to_revised,
    hanja_korean_readings,
    kana_to_romaji,
    kanji_japanese_readings,
    normalize_latin,
    normalize_latin_name,
    north_korean_initial_variants,
    search_keys,
    tokens,
)


def finds(query: str, name: str) -> bool:
    return bool(search_keys(query) & search_keys(name))


# --- The acceptance scenario: 金 正一, alias 金田 正一 -------------------------


@pytest.mark.parametrize("query", ["キン", "Kim", "김", "金", "KIM", "きん", "ｷﾝ", "キム"])
def test_the_family_name_kim_is_found_by_any_script(query: str) -> None:
    assert finds(query, "金")


def test_the_japanese_alias_is_found_by_its_own_kanji() -> None:
    assert "金田" in search_keys("金田")
    assert finds("金田", "金田 正一")


def test_the_person_is_found_through_either_of_his_names() -> None:
    names = ["金", "正一", "金田 正一"]
    for query in ["キン", "Kim", "김", "金田"]:
        assert any(finds(query, name) for name in names), query


def test_the_given_name_is_found_by_its_korean_and_japanese_spellings() -> None:
    for query in ["Jong-il", "Chong-il", "Jongil", "정일", "Shoichi", "Shōichi", "ショウイチ"]:
        assert finds(query, "正一"), query


def test_a_korean_name_written_unspaced_in_hangul_finds_the_separate_names() -> None:
    keys = search_keys("김정일")
    assert keys & search_keys("金")
    assert keys & search_keys("正一")


def test_a_korean_name_written_unspaced_in_hanja_finds_the_separate_names() -> None:
    keys = search_keys("金正一")
    assert keys & search_keys("Kim")
    assert keys & search_keys("Jong-il")


def test_a_katakana_rendering_of_a_korean_name_finds_it() -> None:
    assert finds("キム・ジョンイル", "Kim Jong-il")
    assert finds("パク", "朴")
    assert finds("チェ", "Choi")


# --- Negative cases --------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [("Kim", "Kang"), ("Sato", "Saito"), ("Kim", "Kin"), ("Park", "Bae"), ("Lee", "Lim")],
)
def test_clearly_different_latin_names_do_not_collapse(first: str, second: str) -> None:
    assert normalize_latin(first) != normalize_latin(second)


def test_kim_does_not_find_kang_in_any_script() -> None:
    assert not finds("Kim", "姜")
    assert not finds("Kim", "강")
    assert not finds("김", "Kang")


def test_sato_does_not_find_saito_in_any_script() -> None:
    assert not finds("佐藤", "斎藤")
    assert not finds("Sato", "サイトウ")


@pytest.mark.parametrize(
    ("first", "second"),
    [("Kenji", "Genji"), ("Daichi", "Taichi"), ("Fujii", "Fuji"), ("Takeo", "Tako")],
)
def test_japanese_names_differing_in_voicing_or_double_vowels_stay_apart(
    first: str, second: str
) -> None:
    assert normalize_latin(first) != normalize_latin(second)


# --- normalize_latin -------------------------------------------------------


def same(*spellings: str) -> set[str]:
    return {normalize_latin(spelling) for spelling in spellings}


def test_sato_agrees_in_every_long_vowel_spelling() -> None:
    assert same("Satō", "Sato", "Satoh", "Satou", "Satoo", "SATO", "Satô") == {"sato"}


def test_shoichi_agrees_in_hepburn_and_kunrei() -> None:
    assert same("Shōichi", "Shoichi", "Syoichi", "Shouichi", "Syôiti") == {"shoichi"}


def test_kim_and_gim_agree() -> None:
    assert len(same("Kim", "Gim", "KIM")) == 1


def test_lee_yi_rhee_ri_and_i_agree() -> None:
    assert len(same("Lee", "Yi", "Rhee", "Ri", "I", "Li")) == 1


def test_park_pak_and_bak_agree() -> None:
    assert len(same("Park", "Pak", "Bak")) == 1


def test_choi_and_choe_agree_also_with_the_mr_apostrophe() -> None:
    assert len(same("Choi", "Choe", "Ch'oe")) == 1


def test_jung_jeong_chung_chong_and_cheong_agree() -> None:
    assert len(same("Jung", "Jeong", "Chung", "Chong", "Cheong", "Chŏng")) == 1


def test_jong_il_agrees_hyphenated_joined_spaced_and_in_mr() -> None:
    assert {
        normalize_latin("Jong-il"),
        normalize_latin("Jongil"),
        normalize_latin_name("Jong Il"),
        normalize_latin("Chong-il"),
        normalize_latin("Chŏng-il"),
        normalize_latin("Jeong-il"),
    } == {normalize_latin("Jongil")}


def test_korean_given_names_agree_across_revised_and_mr_voicing() -> None:
    assert normalize_latin("Dae-jung") == normalize_latin("Tae-jung")
    assert normalize_latin("Kwang-su") == normalize_latin("Gwangsu")
    assert normalize_latin("Byeong-cheol") == normalize_latin("Pyŏng-ch'ŏl")


def test_a_given_name_in_capitals_with_a_space_joins() -> None:
    assert normalize_latin_name("JONG IL") == normalize_latin_name("jong-il")


def test_kunrei_syllables_become_hepburn() -> None:
    assert normalize_latin("Tutomu") == normalize_latin("Tsutomu")
    assert normalize_latin("Huzita") == normalize_latin("Fujita")
    assert normalize_latin("Tiyoko") == normalize_latin("Chiyoko")


def test_n_before_labials_agrees_in_both_hepburn_styles() -> None:
    assert normalize_latin("Homma") == normalize_latin("Honma")
    assert normalize_latin("Namba") == normalize_latin("Nanba")


def test_apostrophes_and_hyphens_vanish() -> None:
    assert normalize_latin("Shin'ichi") == normalize_latin("Shinichi")


def test_punctuation_alone_normalizes_to_nothing() -> None:
    assert normalize_latin("--") == ""


@pytest.mark.parametrize(
    "name", ["sato", "shoichi", "kim", "lee", "park", "choi", "jung", "chongil", "hattori"]
)
def test_normal_forms_are_stable(name: str) -> None:
    assert normalize_latin(name) == name


# --- Kana ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kana", "romaji"),
    [
        ("さとう", "sato"),
        ("サトウ", "sato"),
        ("サトー", "sato"),
        ("しょういち", "shoichi"),
        ("キン", "kin"),
        ("ｷﾝ", "kin"),
        ("かねだ", "kaneda"),
        ("しんいち", "shinichi"),
    ],
)
def test_kana_become_normalized_hepburn(kana: str, romaji: str) -> None:
    assert kana_to_romaji(kana) == romaji


def test_hiragana_and_katakana_of_one_name_agree() -> None:
    assert finds("ゆうき", "ユウキ")
    assert finds("ゆうき", "Yūki")


# --- Hangul ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("hangul", "revised", "mr"),
    [
        ("김", "Gim", "Kim"),
        ("박", "Bak", "Pak"),
        ("이", "I", "Yi"),
        ("리", "Ri", "Ri"),
        ("최", "Choe", "Ch'oe"),
        ("정일", "Jeongil", "Chongil"),
        ("김 정일", "Gim Jeongil", "Kim Chongil"),
        ("박정희", "Bakjeonghui", "Pakchonghui"),
        ("대중", "Daejung", "Taejung"),
        ("설주", "Seolju", "Solju"),
        ("신라", "Sinra", "Shilla"),
        ("일룡", "Illyong", "Illyong"),
    ],
)
def test_hangul_is_romanized_in_both_systems(hangul: str, revised: str, mr: str) -> None:
    assert hangul_to_revised(hangul) == revised
    assert hangul_to_mccune_reischauer(hangul) == mr


def test_mr_can_keep_its_breves() -> None:
    assert hangul_to_mccune_reischauer("정은", breves=True) == "Chŏngŭn"


def test_romanization_leaves_other_characters_alone() -> None:
    assert hangul_to_revised("김(金)") == "Gim(金)"


@pytest.mark.parametrize(
    ("south", "north"),
    [("이", "리"), ("임", "림"), ("노", "로"), ("유", "류"), ("양", "량"), ("용해", "룡해")],
)
def test_north_korean_initial_variants_go_both_ways(south: str, north: str) -> None:
    assert north_korean_initial_variants(south) == {south, north}
    assert north_korean_initial_variants(north) == {south, north}


def test_syllables_without_a_northern_variant_stand_alone() -> None:
    assert north_korean_initial_variants("김") == {"김"}
    assert north_korean_initial_variants("") == {""}


def test_a_northern_spelling_finds_the_southern_one() -> None:
    assert finds("리", "이")
    assert finds("Ri", "李")
    assert finds("Ryu", "柳")
    assert finds("최룡해", "최용해")


# --- Hanja -----------------------------------------------------------------


def test_kim_as_a_surname_reads_gim_before_geum() -> None:
    assert hanja_korean_readings("金") == ["김", "금"]


@pytest.mark.parametrize(
    ("hanja", "readings"),
    [("李", ["이", "리"]), ("盧", ["노", "로"]), ("柳", ["유", "류"]), ("林", ["임", "림"])],
)
def test_surnames_with_a_northern_reading_give_both(hanja: str, readings: list[str]) -> None:
    assert hanja_korean_readings(hanja) == readings


def test_a_full_hanja_name_is_read_with_the_surname_reading_first() -> None:
    assert hanja_korean_readings("金正一")[0] == "김정일"
    assert hanja_korean_readings("正一") == ["정일"]


def test_empty_hanja_has_no_reading() -> None:
    assert hanja_korean_readings(" ") == []


# --- Kanji -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("kanji", "expected"),
    [
        ("金", {"キン", "カネ"}),
        ("朴", {"ボク"}),
        ("李", {"リ"}),
        ("崔", {"サイ"}),
        ("鄭", {"テイ"}),
        ("尹", {"イン"}),
        ("姜", {"キョウ"}),
        ("申", {"シン"}),
        ("張", {"チョウ"}),
        ("韓", {"カン"}),
        ("呉", {"ゴ"}),
        ("高", {"コウ", "タカ"}),
        ("林", {"リン", "ハヤシ"}),
    ],
)
def test_korean_surnames_get_their_japanese_on_yomi(kanji: str, expected: set[str]) -> None:
    assert expected <= set(kanji_japanese_readings(kanji))


def test_the_surname_reading_comes_first() -> None:
    assert kanji_japanese_readings("金")[0] == "キン"


def test_japanese_names_get_their_dictionary_reading() -> None:
    assert kanji_japanese_readings("金田") == ["カネダ"]
    assert "ショウイチ" in kanji_japanese_readings("正一")


@pytest.mark.parametrize(
    ("kanji", "both"),
    [
        ("明", {"メイ", "アキラ"}),  # UniDic reads the given name
        ("長田", {"ナガタ", "オサダ"}),  # pykakasi has the commoner reading
        ("安東", {"アントウ", "アンドウ"}),
        ("幸子", {"ユキコ", "サチコ"}),
    ],
)
def test_each_name_gets_the_readings_of_both_dictionaries(kanji: str, both: set[str]) -> None:
    assert both <= set(kanji_japanese_readings(kanji))


def test_a_name_read_by_unidic_alone_is_found_in_romaji() -> None:
    assert "akira" in search_keys("明")
    assert "sachiko" in search_keys("幸子")


def test_a_korean_full_name_in_kanji_is_read_with_the_surname_on_yomi() -> None:
    assert "キンショウイチ" in kanji_japanese_readings("金正一")


# --- Tokens and keys -------------------------------------------------------


def test_tokens_split_at_spaces_middle_dots_commas_and_semicolons() -> None:
    assert tokens("キム・ジョンイル; Kim, Jong-il　金\t正一") == [
        "キム",
        "ジョンイル",
        "Kim",
        "Jong-il",
        "金",
        "正一",
    ]


def test_punctuation_only_tokens_have_no_keys() -> None:
    assert search_keys("- ・ ... ;") == frozenset()
    assert search_keys("") == frozenset()


def test_keys_include_each_raw_token_lowercased() -> None:
    assert {"kim", "jong-il"} <= search_keys("KIM Jong-il")


def test_a_hangul_name_carries_both_romanizations() -> None:
    assert {"kim", "chongil", "김", "정일"} <= search_keys("김 정일")


def test_a_spaced_given_name_finds_the_hyphenated_one() -> None:
    assert finds("Jong Il", "Jong-il")
    assert finds("Kim Jong Il", "Kim Jongil")


def test_a_name_mixing_kanji_and_kana_is_read_in_pieces() -> None:
    keys = search_keys("佐藤はな")
    assert {"sato", "hana"} <= keys


def test_full_width_latin_is_folded() -> None:
    assert finds("ＫＩＭ", "Kim")  # noqa: RUF001 - full-width on purpose
