# ruff: noqa: RUF001 - Japanese articles use full-width punctuation.
"""An age the subject was at the time a sentence tells of, and where she lives in words.

当時15歳, "then 15", 당시 15세 are her age then, not now; 兵庫県の団地で暮らす, "lives in a
flat in Hyogo" is where she lives now, not where she is from.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.press import case, living, roles, rules, scored, values

AGE_THEN = [
    "Kang Sun Ja, then 12, sailed for North Korea with her parents in 1962.",
    "Kang Sun Ja was 12 at the time, and she sailed for North Korea with her parents in 1962.",
    "康順子さんは当時12歳。1962年、両親と北朝鮮に渡った。",
    "당시 12세였던 강순자 씨는 1962년 부모와 함께 북송선을 탔다.",
]


@pytest.mark.parametrize("text", AGE_THEN)
def test_an_age_at_the_time_is_not_the_age_now(text: str) -> None:
    assert "12" not in values(text, "age")
    own = case(1, born=1950, left=1962, category="former_resident", name=("康", "順子"))
    (match,) = scored(text, own)
    assert "age_conflict" not in rules(match)


def test_an_age_with_no_word_of_time_is_still_read() -> None:
    assert values("康順子さん（75）は当時の様子を語った。", "age") == {"75"}
    assert values("Kang Sun Ja, 75, recalled the voyage.", "age") == {"75"}


LIVES_IN_A_HOME = [
    "兵庫県の公営住宅で暮らす康順子さんは、広島県で生まれた。",
    "강순자 씨는 효고현의 임대아파트에서 살고 있다. 히로시마현에서 태어났다.",
]


@pytest.mark.parametrize("text", LIVES_IN_A_HOME)
def test_a_place_she_lives_in_a_home_of_is_her_residence_not_her_home(text: str) -> None:
    assert ("hyogo", "residence") in roles(text, "prefecture")
    own = case(
        1,
        born=1950,
        left=1962,
        birthplace="広島県",
        category="former_resident",
        name=("康", "順子"),
        events=(living(date(2008, 3, 1), "兵庫県"),),
    )
    (match,) = scored(text, own)
    assert "home_conflict" not in rules(match)
    assert "residence" in rules(match)
