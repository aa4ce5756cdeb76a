from __future__ import annotations

import pytest

from hogo.lib.scripts import Script, char_script, detect_script


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("金正一", Script.KANJI),
        ("佐々木", Script.KANJI),
        ("김정일", Script.HANGUL),
        ("さとう", Script.HIRAGANA),
        ("キム", Script.KATAKANA),
        ("ｷﾝ", Script.KATAKANA),
        ("Kim", Script.LATIN),
        ("Satō", Script.LATIN),
        ("Ch'oe", Script.LATIN),
    ],
)
def test_it_names_the_script_of_single_script_text(text: str, script: Script) -> None:
    assert detect_script(text) is script


def test_it_treats_hanja_as_kanji() -> None:
    assert detect_script("李舜臣") is Script.KANJI


def test_it_ignores_spaces_punctuation_and_digits() -> None:
    assert detect_script("  Kim, Jong-il (1942) ") is Script.LATIN


def test_it_ignores_the_middle_dot_between_katakana_names() -> None:
    assert detect_script("キム・ジョンイル") is Script.KATAKANA


def test_it_ignores_the_long_vowel_mark() -> None:
    assert detect_script("サトー") is Script.KATAKANA
    assert detect_script("ー") is Script.UNKNOWN


def test_it_calls_kana_beside_kanji_mixed() -> None:
    assert detect_script("佐藤はな") is Script.MIXED


def test_it_calls_kanji_beside_latin_mixed() -> None:
    assert detect_script("金 Kim") is Script.MIXED


def test_it_calls_mostly_katakana_kana_katakana() -> None:
    assert detect_script("マリアさん") is Script.KATAKANA


def test_it_calls_mostly_hiragana_kana_hiragana() -> None:
    assert detect_script("はなコ") is Script.HIRAGANA


def test_it_calls_evenly_split_kana_hiragana() -> None:
    assert detect_script("はナ") is Script.HIRAGANA


def test_it_calls_text_without_letters_unknown() -> None:
    assert detect_script("") is Script.UNKNOWN
    assert detect_script("1935-03-05 ・ ;") is Script.UNKNOWN


def test_it_calls_other_alphabets_unknown() -> None:
    assert detect_script("Ким") is Script.UNKNOWN


def test_it_uses_lowercase_names_as_values() -> None:
    assert [script.value for script in Script] == [
        "kanji",
        "hiragana",
        "katakana",
        "hangul",
        "latin",
        "mixed",
        "unknown",
    ]


def test_it_gives_no_script_to_a_combining_macron() -> None:
    assert char_script("\u0304") is None
