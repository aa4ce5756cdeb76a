# ruff: noqa: RUF001 - Japanese articles use full-width punctuation.
"""An article about one named person is about one case.

When the article names its subject, a case whose names do not meet that name gets no
alert from the facts it shares with her (age, home, departure, custody); an article
about two named people (a couple) still meets each of their cases.
"""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.extract import extract
from tests.monitor.press import case, held, rules, scored

NAMED_BY_ORIGIN = [
    # The name followed by where she was born, not by her age or what she is.
    "Police in Yanji have detained an 84-year-old Japanese woman who left North Korea. "
    "Hatsue Mori, born in Yonago, Tottori Prefecture, went to the North in 1961 with her "
    "Korean husband.",
    "Hatsue Mori, a native of Tottori Prefecture, was detained in Yanji in April, her "
    "relatives said. She is 84 and went to North Korea in 1961.",
    # The family name in kanji, the given name in katakana.
    "北朝鮮を出た鳥取県米子市出身の日本人妻、森ハツエさん（84）が4月、中国吉林省延吉市で"
    "警察に拘束された。森さんは1961年に北朝鮮へ渡った。",
    "1961년 북한으로 건너간 돗토리현 출신 일본인 처 모리 하쓰에(84) 씨가 4월 중국 옌지에서 "
    "경찰에 붙잡혔다.",
]


@pytest.mark.parametrize("text", NAMED_BY_ORIGIN)
def test_a_case_that_does_not_meet_the_subjects_name_does_not_alert(text: str) -> None:
    custody = (held(date(2025, 4, 8), "Yanji, Jilin"),)
    own = case(
        1, born=1941, left=1961, birthplace="鳥取県米子市", name=("森", "ハツエ"), events=custody
    )
    decoy = case(
        2, born=1941, left=1961, birthplace="鳥取県", name=("石田", "ミネ"), events=custody
    )
    own_match, decoy_match = scored(text, own, decoy)
    assert own_match.alerts
    assert "name_conflict" not in rules(own_match)
    assert "name_conflict" in rules(decoy_match)
    assert not decoy_match.alerts


def test_the_name_before_born_in_or_a_native_of_names_the_subject() -> None:
    assert [n for n, _i in extract(NAMED_BY_ORIGIN[0]).subject_names] == ["Hatsue Mori"]
    assert [n for n, _i in extract(NAMED_BY_ORIGIN[1]).subject_names] == ["Hatsue Mori"]
    # A relative's name before "born in" is still the relative's.
    text = "Her husband, Kim Chol Su, born in Osaka, died in 1999."
    assert extract(text).subject_names == []


def test_a_kanji_and_kana_name_meets_the_same_name_and_not_another() -> None:
    text = NAMED_BY_ORIGIN[2]
    same_family_other_given = case(
        3, born=1941, left=1961, birthplace="鳥取県", name=("森", "ミネ")
    )
    kanji_given = case(4, born=1941, left=1961, birthplace="鳥取県", name=("森", "初枝"))
    other, kanji = scored(text, same_family_other_given, kanji_given)
    assert "name_conflict" in rules(other)
    # 初枝 against ハツエ: kanji against kana is never compared, so no conflict.
    assert "name_conflict" not in rules(kanji)


COUPLE = [
    "Hatsue Mori, 84, and her husband, Ri Chol Ho, 86, were detained in Yanji in April.",
    "森ハツエさん（84）と夫の李哲浩さん（86）が4月、中国吉林省延吉市で警察に拘束された。",
]


@pytest.mark.parametrize("text", COUPLE)
def test_an_article_about_a_couple_still_meets_her_case(text: str) -> None:
    custody = (held(date(2025, 4, 8), "Yanji, Jilin"),)
    her = case(1, born=1941, left=1961, birthplace="鳥取県", name=("森", "ハツエ"), events=custody)
    (match,) = scored(text, her)
    assert match.alerts
    assert "name_conflict" not in rules(match)
