# ruff: noqa: E501 - Japanese and Korean phrases are kept as written.
"""A wire brief: "OSAKA (AP) - …", "his home prefecture", "She is 79.", an embassy left or reached."""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.scoring import EventFacts
from tests.monitor.press import case, roles, rules, scored, values

BRIEF = (
    "OSAKA (AP) - An elderly Japanese woman who escaped North Korea through Mongolia has left "
    "the Japanese embassy in Ulaanbaatar and returned to Niigata, her home prefecture, officials said. She is 79."
)


def test_a_dateline_with_an_agency_and_a_hyphen_is_no_ones_home() -> None:
    assert ("osaka", "dateline") in roles(BRIEF, "prefecture")
    assert ("niigata", "home") in roles(BRIEF, "prefecture")


@pytest.mark.parametrize(
    ("text", "age"),
    [("He is 88.", "88"), ("She turned 90 in May.", "90"), ("He was 19 when he left.", None)],
)
def test_an_age_said_in_a_sentence_of_its_own(text: str, age: str | None) -> None:
    assert values(text, "age") == ({age} if age else set())


@pytest.mark.parametrize(
    "text",
    [
        "Tomoe Abe reached the Japanese embassy in Ulaanbaatar in March.",
        "阿部さんは3月、ウランバートルの日本大使館に駆け込んだ。",
        "아베 씨는 3월 울란바토르의 일본대사관에 진입했다.",
    ],
)
def test_being_at_a_mission_is_its_shelter(text: str) -> None:
    assert "diplomatic_mission" in values(text, "custodian")


def test_a_missions_word_is_not_its_shelter() -> None:
    text = "The Japanese embassy said it could not comment on the case."
    assert "diplomatic_mission" not in values(text, "custodian")


def test_the_brief_raises_home_age_and_mission_for_its_case() -> None:
    ours = case(
        1,
        born=1946,
        birthplace="新潟県長岡市",
        events=(
            EventFacts(date(2026, 2, 1), "location", "MN", "Ulaanbaatar", "diplomatic_mission"),
        ),
    )
    (match,) = scored(BRIEF, ours, on=None)
    assert {"age", "home_region", "custodian"} <= rules(match)
    assert "home_conflict" not in rules(match)
