"""Where a report was filed and where a journey went are no one's home.

"TOKYO (Kyodo) —", "SENDAI, Miyagi —", 【東京=共同】 open a report with the place it was
filed from; "the train from Nagano to Niigata" names where she went. Neither is her home,
so neither takes points from her case.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.press import case, held, roles, rules, scored

DATELINES = [
    "TOKYO (Kyodo) — Police in Yanji have released Kiyo Ishida, a Japanese woman held since "
    "April after fleeing North Korea.",
    "SENDAI, Miyagi — Police in Yanji have released Kiyo Ishida, a Japanese woman held since "
    "April after fleeing North Korea.",
    "OSAKA -- Police in Yanji have released Kiyo Ishida, a Japanese woman held since April.",
    "【東京=共同】中国吉林省延吉市で4月から拘束されていた日本人妻、石田キヨさんが釈放された。",
]


@pytest.mark.parametrize("text", DATELINES)
def test_the_place_a_report_was_filed_from_is_not_her_home(text: str) -> None:
    assert not {role for _value, role in roles(text, "prefecture")} & {"home", ""}
    own = case(
        1,
        born=1941,
        left=1961,
        birthplace="長野県",
        name=("石田", "キヨ"),
        events=(held(date(2025, 4, 8), "Yanji, Jilin"),),
    )
    (match,) = scored(text, own)
    assert "home_conflict" not in rules(match)
    assert match.alerts


def test_a_place_at_the_start_of_a_sentence_inside_a_report_keeps_its_role() -> None:
    text = "Police in Yanji released her. Tokyo has asked Beijing to let her leave."
    assert ("tokyo", "") in roles(text, "prefecture")
    assert ("nagano", "home") in roles("NAGANO — She was born in Nagano in 1941.", "prefecture")


JOURNEYS = [
    "Kiyo Ishida, 84, still remembers the train from Matsumoto to Niigata in 1961.",
    "Kiyo Ishida, 84, took the night train from Nagano to Niigata in 1961 and boarded a ship.",
]


@pytest.mark.parametrize("text", JOURNEYS)
def test_where_a_journey_went_is_not_her_home(text: str) -> None:
    assert ("niigata", "transit") in roles(text, "prefecture")
    own = case(1, born=1941, left=1961, birthplace="長野県", name=("石田", "キヨ"))
    (match,) = scored(text, own)
    assert "home_conflict" not in rules(match)
