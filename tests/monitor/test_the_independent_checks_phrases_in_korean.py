"""The independent check's phrases (issue 17), told in Korean and scored against decoys.

Places in their roles, time in words, custody and refuge, who the article is about,
and articles without a date: the English and Japanese phrasings are tested in
test_reading_an_article_in_its_roles.py and test_scoring_respects_roles_and_time.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.press import case, held, rules, scored, values


def test_transit_cities_and_residence_give_no_home_or_custody() -> None:
    text = (
        "선양에서 출발한 항공편으로 간사이공항에 도착한 일본인 처(84)는 지금 지바현 마쓰도시에 "
        "살고 있다."
    )
    from_kansai = case(1, born=1941, birthplace="大阪府")
    held_in_shenyang = case(2, born=1941, events=(held(date(2025, 3, 1), "Shenyang, Liaoning"),))
    born_in_chiba = case(3, born=1941, birthplace="千葉県")
    kansai, shenyang, chiba = scored(text, from_kansai, held_in_shenyang, born_in_chiba)
    assert "home_region" not in rules(kansai)
    assert "custody_place" not in rules(shenyang)
    assert "home_region" not in rules(chiba)


def test_years_since_leaving_count_back_from_the_publication_date() -> None:
    text = "1981년 이후 처음으로, 일본인 처(84)가 44년 만에 고향 땅을 밟았다."
    own, decoy = scored(text, case(1, born=1941, left=1981), case(2, born=1941, left=1971))
    assert "departure_year" in rules(own)
    assert "departure_conflict" in rules(decoy)


def test_a_decade_of_age_meets_the_case_and_not_an_older_decoy() -> None:
    text = "50대 남성이 지난달 중국 당국에 구금됐다가 풀려났다."
    own, decoy = scored(text, case(1, born=1970, sex="M"), case(2, born=1945, sex="M"))
    assert "age_range" in rules(own)
    assert "age_range_conflict" in rules(decoy)


def test_a_groups_ages_alert_nobody() -> None:
    text = "55~84세 일본인 처 15명이 고향 방문단으로 니가타현을 찾았다."
    assert values(text, "group_age") == {"55-84"}
    (match,) = scored(text, case(1, born=1941, birthplace="新潟県"))
    assert not match.anchored


@pytest.mark.parametrize(
    "text",
    [
        "일본인 처(84)가 지난 3월 중국 당국에 약 2주간 붙잡혀 있었다.",
        "일본인 처(84)가 지난 3월 선양 주재 일본 총영사관에 들어가 보호를 요청했다.",
    ],
)
def test_being_held_by_authorities_or_reaching_a_consulate_is_custody_or_refuge(text: str) -> None:
    assert values(text, "custody_event") == {"custody"}
    police = (held(date(2025, 3, 10), "Shenyang, Liaoning", "host_police"),)
    consulate = (held(date(2025, 3, 10), "Shenyang, Liaoning", "diplomatic_mission"),)
    own_police, own_consulate, nothing = scored(
        text, case(1, events=police), case(2, events=consulate), case(3)
    )
    assert "custodian" in rules(own_police) | rules(own_consulate)
    assert "custodian" not in rules(nothing)


def test_a_descendants_article_is_about_the_descendant_and_meets_a_stored_mother() -> None:
    text = "어머니가 일본인인 남성(50)이 지난해 탈북해 일본에 도착했다."
    son = case(1, born=1975, sex="M", category="descendant", relations=frozenset({"mother"}))
    spouse = case(2, born=1975, sex="F", category="japanese_spouse")
    own, decoy = scored(text, son, spouse)
    assert {"category", "relation"} <= rules(own)
    assert "category_conflict" in rules(decoy)


def test_an_undated_article_counts_an_age_for_less() -> None:
    text = "일본인 처(84)가 중국에서 구금됐다."
    dated, undated = (
        scored(text, case(1, born=1941, events=(held(date(2025, 3, 1), "Jilin"),)), on=on)[0]
        for on in (date(2025, 5, 1), None)
    )
    points = {e.rule: e.points for e in dated.evidence}
    assert points["age"] == 3.0
    assert {e.rule: e.points for e in undated.evidence}["age"] == 2.5
