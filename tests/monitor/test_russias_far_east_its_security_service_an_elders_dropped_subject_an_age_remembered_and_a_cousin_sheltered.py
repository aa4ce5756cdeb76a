# ruff: noqa: RUF001, E501 - Japanese and Korean phrases are kept as written.
"""Russia's Far East (its krais and ports, and the region named whole) is a place people are
held in, and its Federal Security Service and border directorate hold them ("handed over to",
引き渡された, 인계됐다, "asked … for protection"); the clause or the next subject-less sentence
told of a grandparent keeps the grandparent's departure; an age someone is remembered at
(7歳のまま, 7세 그대로) is not an age now; a cousin said to be sheltered is the subject."""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.scoring import EventFacts
from tests.monitor.press import case, roles, rules, scored, values

ON = date(2026, 3, 20)


def _russia(region: str, custodian: str) -> EventFacts:
    return EventFacts(date(2026, 3, 2), "location", "RU", region, custodian)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A North Korean logger was detained in Khabarovsk last week.", "khabarovsk"),
        ("北朝鮮の男性がナホトカで拘束された。", "nakhodka"),
        ("북한 노동자가 우수리스크에서 체포됐다.", "ussuriysk"),
    ],
)
def test_the_far_easts_cities_are_places_abroad(text: str, place: str) -> None:
    assert place in values(text, "place")


HELD_IN_THE_FAR_EAST = [
    "A North Korean welder, 70, was detained in the Russian Far East and handed over to the Federal Security Service.",
    "北朝鮮の溶接工の男性（70）がロシア極東で拘束され、連邦保安庁に引き渡された。",
    "북한 용접공 남성(70)이 러시아 극동에서 붙잡혀 연방보안국에 인계됐다.",
]


@pytest.mark.parametrize("text", HELD_IN_THE_FAR_EAST)
def test_held_in_the_far_east_by_the_fsb_meets_a_case_held_in_a_krai_port(text: str) -> None:
    held = case(
        1, born=1956, sex="M", events=(_russia("Nakhodka, Primorsky Krai", "host_security"),)
    )
    (match,) = scored(text, held, on=ON)
    assert {"custody_place", "custodian"} <= rules(match)


@pytest.mark.parametrize("text", HELD_IN_THE_FAR_EAST)
def test_the_far_east_does_not_meet_a_case_that_only_worked_there(text: str) -> None:
    worked = case(1, born=1956, sex="M", events=(_russia("Khabarovsk Krai", "self"),))
    (match,) = scored(text, worked, on=ON)
    assert "custody_place" not in rules(match)


@pytest.mark.parametrize(
    "text",
    [
        "The man asked the Russian authorities for protection at a police station in Ussuriysk.",
        "The man was later turned over to the regional border directorate.",
        "男性は国境管理部門に引き渡されたという。",
    ],
)
def test_asking_for_protection_or_being_handed_over_is_custody(text: str) -> None:
    assert "custody" in values(text, "custody_event")


@pytest.mark.parametrize(
    "text",
    [
        "The FSB declined to comment on the report.",
        "連邦保安庁はコメントを控えた。",
        "The family asked reporters for privacy.",
    ],
)
def test_naming_the_fsb_or_asking_for_privacy_holds_no_one(text: str) -> None:
    assert not values(text, "custody_event")
    assert not values(text, "custodian")


def test_a_grandfather_who_was_a_man_who_sailed_keeps_his_year() -> None:
    text = "He said his grandfather was a Korean man who sailed to the North in 1959."
    assert "1959" not in values(text, "departure_year")


def test_the_subject_who_was_a_woman_who_moved_keeps_her_own_year() -> None:
    text = "She was a Japanese woman who moved to the North in 1959."
    assert "1959" in values(text, "departure_year")


ELDER_THEN_SUBJECTLESS = [
    "男性の祖父は大分県出身の田中一郎さん。1959年、妻と新潟港から北朝鮮へ渡った日本人の一人だ。",
    "그의 할아버지는 오이타 출신인 다나카 이치로 씨다. 1959년 아내와 함께 북송선을 탄 일본인이었다.",
]


@pytest.mark.parametrize("text", ELDER_THEN_SUBJECTLESS)
def test_a_subjectless_sentence_after_a_grandparent_is_the_grandparents(text: str) -> None:
    assert not values(text, "departure_year")


def test_that_sentence_makes_the_subject_a_descendant() -> None:
    assert values(ELDER_THEN_SUBJECTLESS[0], "category") == {"descendant"}


@pytest.mark.parametrize(
    "text",
    [
        "男性の祖父は大分県出身だ。男性は1959年、家族と北朝鮮へ渡った。",
        "그의 할아버지는 오이타 출신이다. 그는 1959년 북송선을 탔다.",
    ],
)
def test_a_sentence_with_its_own_subject_after_a_grandparent_is_its_own(text: str) -> None:
    assert "1959" in values(text, "departure_year")


@pytest.mark.parametrize(
    "text",
    [
        "「妹は7歳のままなんです」と兄は語った。",
        "To her brother she is 7 in his memory.",
        '"동생은 7세 그대로"라고 오빠는 말했다.',
    ],
)
def test_an_age_someone_is_remembered_at_is_not_an_age_now(text: str) -> None:
    assert "7" not in values(text, "age")


@pytest.mark.parametrize("text", ["妹は今年7歳になった。", "동생은 올해 7세가 됐다.", "She is 7."])
def test_an_age_said_now_is_read(text: str) -> None:
    assert "7" in values(text, "age")


def test_a_cousin_sheltered_in_an_embassy_is_the_subject() -> None:
    text = (
        "Her cousin Hiroshi, 84, who left Toyonaka for North Korea in 1962, has been inside "
        "the Japanese embassy in Vientiane since May."
    )
    assert "1962" in values(text, "departure_year")
    assert ("toyonaka", "relative") not in roles(text, "city")


def test_a_cousin_who_only_lives_somewhere_is_a_relative() -> None:
    text = "Her cousin Hiroshi, who lives in Toyonaka, said she had called him in May."
    assert ("toyonaka", "relative") in roles(text, "city")


def test_leaving_a_town_for_the_north_is_a_departure() -> None:
    assert "1962" in values("He left Toyonaka for the North in 1962.", "departure_year")
    assert not values("He left Toyonaka for Tokyo in 1962.", "departure_year")
