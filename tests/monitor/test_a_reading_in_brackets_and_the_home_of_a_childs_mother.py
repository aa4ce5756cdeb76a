# ruff: noqa: RUF001, RUF002, E501 - Japanese and Korean phrases are kept as written.
"""A place written with its reading or its other script in brackets (咸興（ハムフン）出身,
청진(清津) 출신, 延吉（イェンジ）で拘束) keeps the role the words after the brackets give it;
and a place told of the subject's mother or father (長野県松本市出身の日本人妻の長男, 나가노현
출신 일본인 여성의 아들, "the son of a Japanese woman from Matsumoto") is the parent's home,
not the subject's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.press import case, held, roles, rules, scored

ON = date(2025, 6, 18)

# --- a reading in brackets after a place ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city", "role"),
    [
        ("男性は咸興（ハムフン）出身。", "hamhung", "home"),
        ("女性は清津（チョンジン）生まれの50代。", "chongjin", "home"),
        ("남성은 청진(清津) 출신이다.", "chongjin", "home"),
        ("여성은 함흥(咸興)에서 태어났다.", "hamhung", "home"),
        ("A Hamhung (Hamheung) native, he crossed the river in May.", "hamhung", "home"),
    ],
)
def test_a_reading_in_brackets_leaves_the_place_its_role(text: str, city: str, role: str) -> None:
    assert (city, role) in roles(text, "city")


@pytest.mark.parametrize(
    "text",
    ["女性は延吉（イェンジ）で公安当局に拘束された。", "여성은 옌지(延吉)에서 공안에 체포됐다."],
)
def test_a_reading_in_brackets_before_custody_is_where_she_is_held(text: str) -> None:
    assert ("yanji", "custody") in roles(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "(서울=연합뉴스) 김민지 기자 = 함흥 출신 여성이 체포됐다.",
        "TOKYO (Kyodo) -- A woman born in Hamhung was held.",
    ],
)
def test_a_dateline_in_brackets_is_still_a_dateline(text: str) -> None:
    assert ("hamhung", "home") in roles(text, "city")
    assert not {r for v, r in roles(text, "city") if v in ("seoul", "tokyo")} - {"dateline"}


BORN_IN_BRACKETS = {
    "ja": "遼寧省の公安当局は、咸興（ハムフン）出身の50代の男性を瀋陽で拘束した。",
    "ko": "랴오닝성 공안이 함흥(咸興) 출신 50대 남성을 선양에서 체포했다.",
}


@pytest.mark.parametrize("text", BORN_IN_BRACKETS.values(), ids=BORN_IN_BRACKETS.keys())
def test_a_birthplace_with_its_reading_meets_the_case_born_there_not_one_born_elsewhere(
    text: str,
) -> None:
    events = (held(date(2025, 6, 2), "Shenyang, Liaoning"),)
    ours = case(1, born=1971, birthplace="咸興 (Hamhung, North Korea)", sex="M", events=events)
    other = case(2, born=1971, birthplace="清津 (Chongjin, North Korea)", sex="M", events=events)
    own, decoy = scored(text, ours, other, on=ON)
    assert "home_region" in rules(own)
    assert "home_region" not in rules(decoy)
    assert "home_conflict" in rules(decoy)


# --- the home of the subject's mother -------------------------------------------------------

MOTHERS_HOME = {
    "ja": "瀋陽で拘束された男性は、長野県松本市出身の日本人妻の長男で、清津（チョンジン）生まれの50代。",
    "ko": "선양에서 체포된 남성은 나가노현 마쓰모토 출신 일본인 여성의 아들로, 청진(清津)에서 태어난 50대다.",
    "en": "The man held in Shenyang, the son of a Japanese woman from Matsumoto, Nagano Prefecture, was born in Chongjin and is in his 50s.",
}


@pytest.mark.parametrize("text", MOTHERS_HOME.values(), ids=MOTHERS_HOME.keys())
def test_the_mothers_home_before_her_child_is_the_parents_not_the_subjects(text: str) -> None:
    assert ("nagano", "parent") in roles(text, "prefecture")
    assert ("nagano", "home") not in roles(text, "prefecture")
    assert ("chongjin", "home") in roles(text, "city")


@pytest.mark.parametrize("text", MOTHERS_HOME.values(), ids=MOTHERS_HOME.keys())
def test_the_child_born_in_the_north_is_not_held_against_the_mothers_prefecture(
    text: str,
) -> None:
    events = (held(date(2025, 6, 2), "Shenyang, Liaoning"),)
    ours = case(
        1,
        born=1970,
        birthplace="清津 (Chongjin, North Korea)",
        sex="M",
        category="descendant",
        events=events,
    )
    # A decoy born in the mother's prefecture: her home is not his.
    other = case(2, born=1970, birthplace="長野県松本市", sex="M", events=events)
    own, decoy = scored(text, ours, other, on=ON)
    assert "home_region" in rules(own)
    assert "home_conflict" not in rules(own)
    assert "home_region" not in rules(decoy)


@pytest.mark.parametrize(
    "text",
    [
        "長野県松本市出身の男性（55）が瀋陽で拘束された。",
        "나가노현 마쓰모토 출신 남성(55)이 선양에서 체포됐다.",
        "A 55-year-old man from Matsumoto, Nagano Prefecture, was held in Shenyang.",
        # The child's own home after the mother's clause is still the child's.
        "The daughter of a Japanese woman, she was born in Matsumoto, Nagano Prefecture.",
    ],
)
def test_a_home_told_of_the_subject_himself_is_still_his(text: str) -> None:
    assert ("nagano", "home") in roles(text, "prefecture")
    assert ("nagano", "parent") not in roles(text, "prefecture")


def test_the_daughter_of_a_japanese_wife_hiding_somewhere_is_no_mothers_home() -> None:
    text = "The 41-year-old daughter of a Japanese wife arrived in April after months in hiding in Yanji."
    assert ("yanji", "parent") not in roles(text, "place")
