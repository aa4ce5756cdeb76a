# ruff: noqa: RUF001, E501 - Japanese and Korean phrases are kept as written.
"""박모 씨 / 朴某さん withholds the given name; an undated age may be of any day since the timeline."""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.scoring import CaseFacts, NameFacts
from tests.monitor.press import case, living, rules, scored, values


def _named(case_id: int, family: str, given: str) -> CaseFacts:
    base = case(
        case_id,
        born=1950,
        left=1961,
        birthplace="福岡県",
        category="former_resident",
        sex="M",
        events=(living(date(2003, 2, 1), "大阪府大阪市"),),
    )
    return CaseFacts(**{**base.__dict__, "names": (NameFacts(family, given, ""),)})


@pytest.mark.parametrize(
    "text",
    [
        "후쿠오카 출신 귀국자 김모(75) 씨가 오사카에서 탈북 수기를 냈다.",
        "후쿠오카 출신 탈북민 김 모(75) 씨가 오사카에서 강연했다.",
        "福岡県出身の帰国者、金某さん（75）が大阪で手記を出版した。",
    ],
)
def test_a_family_name_with_the_given_name_withheld_is_no_name_conflict(text: str) -> None:
    (match,) = scored(text, _named(1, "金", "哲洙"), on=None)
    assert "name_conflict" not in rules(match)
    assert "age_conflict" not in rules(match)


@pytest.mark.parametrize(
    "text",
    [
        "A former resident of Japan from Fukuoka, 75, has published a memoir in Osaka.",
        "福岡県出身の元在日朝鮮人の男性（75）が大阪で手記を出版した。",
    ],
)
def test_an_undated_age_that_fits_a_day_since_the_timeline_is_not_a_conflict(text: str) -> None:
    (match,) = scored(text, _named(2, "金", "哲洙"), on=None)
    assert "age_conflict" not in rules(match)
    assert "age" not in rules(match)  # nor a fit: the day is not known


def test_an_undated_age_that_fits_no_day_since_is_still_a_conflict() -> None:
    text = "A former resident of Japan from Fukuoka, 40, has published a memoir in Osaka."
    (match,) = scored(text, _named(3, "金", "哲洙"), on=None)
    assert "age_conflict" in rules(match)


def test_a_full_name_still_conflicts() -> None:
    text = "후쿠오카 출신 귀국자 박영수(75) 씨가 오사카에서 탈북 수기를 냈다."
    assert values(text, "age") == {"75"}
    (match,) = scored(text, _named(4, "金", "哲洙"), on=None)
    assert "name_conflict" in rules(match)
