# ruff: noqa: RUF001, E501 - Japanese and Korean phrases are kept as written.
"""Which parent was Japanese, a birthplace in a North Korean city, and a custodian by name."""

from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.press import case, held, rules, scored

WONSAN = "元山"


def _child(case_id: int, relation: str, custodian: str) -> object:
    return case(
        case_id,
        born=1970,
        left=1970,
        birthplace=WONSAN,
        category="descendant",
        relations=frozenset({relation}),
        events=(held(date(2025, 4, 1), "Shenyang, Liaoning", custodian),),
    )


@pytest.mark.parametrize(
    "text",
    [
        "A woman of 55 born in Wonsan, whose father was a Japanese man, was detained by state security in Shenyang.",
        "元山生まれで日本人の父を持つ女性（55）が瀋陽で国家安全当局に拘束された。",
        "일본인 아버지를 둔 원산 출신 여성(55)이 선양에서 국가안전부에 체포됐다.",
    ],
)
def test_the_parent_named_and_state_security_named_tell_the_case_from_its_decoy(text: str) -> None:
    ours = _child(1, "father", "host_security")
    decoy = _child(2, "mother", "host_police")
    mine, other = scored(text, ours, decoy)
    assert "relation" in rules(mine)
    assert "custodian" in rules(mine)
    assert "home_conflict" not in rules(mine)
    assert "home_conflict" not in rules(other)
    assert "relation_conflict" in rules(other)
    assert "custodian" not in rules(other)
    assert mine.score > other.score + 2


def test_the_authorities_unnamed_may_still_be_either() -> None:
    text = (
        "A woman of 55 whose father was Japanese was detained by Chinese authorities in Shenyang."
    )
    (match,) = scored(text, _child(3, "father", "host_police"))
    assert "custodian" in rules(match)
