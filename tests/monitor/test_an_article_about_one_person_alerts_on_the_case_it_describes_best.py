# ruff: noqa: RUF001 - Japanese articles use full-width punctuation.
"""An article about one person alerts on the case it describes best.

Each case is weighed alone, so a case that shares a subject's age, home, departure year
and category reaches the threshold beside hers, though hers meets all of that and more
(where she is held and by whom, her name). In an article about one person, a case whose
evidence is part of a better case's, and that scores well below it, raises no alert; a
group story, or an article about two named people, still alerts on each case.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hogo.accounts.models import Compartment, User
from hogo.cases import actions as case_actions
from hogo.cases.models import Case, Category
from hogo.monitor import actions, selectors
from hogo.monitor.extract import extract
from hogo.monitor.models import Alert
from hogo.monitor.scoring import CaseFacts, Evidence, Match, alerting
from hogo.monitor.sources import RawArticle
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind
from tests.monitor.press import ON, case, held, scored

HELD_IN_HUNCHUN = [
    "A 79-year-old Japanese woman who went to North Korea in 1962 has been detained by police "
    "in Hunchun, Jilin Province, her supporters said. Originally from Gifu Prefecture, she "
    "fled across the Tumen River in March.",
    "1962年に北朝鮮へ渡った岐阜県出身の日本人妻（79）が3月、中国吉林省琿春市で警察に拘束された。"
    "支援団体が明らかにした。",
    "1962년 북한으로 건너간 기후현 출신 일본인 처(79)가 3월 중국 지린성 훈춘에서 경찰에 "
    "붙잡혔다고 지원단체가 밝혔다.",
]


def _cases() -> tuple[CaseFacts, CaseFacts]:
    custody = (held(date(2025, 3, 10), "Hunchun, Jilin"),)
    own = case(1, born=1946, left=1962, birthplace="岐阜県", events=custody)
    # The same age, home, departure and category, and no custody on the timeline.
    decoy = case(2, born=1946, left=1962, birthplace="岐阜県")
    return own, decoy


@pytest.mark.parametrize("text", HELD_IN_HUNCHUN)
def test_a_case_that_meets_only_part_of_what_a_better_case_meets_raises_no_alert(
    text: str,
) -> None:
    own, decoy = _cases()
    own_match, decoy_match = scored(text, own, decoy)
    # Each alone reaches the threshold.
    assert own_match.alerts
    assert decoy_match.alerts

    assert [m.case_id for m in alerting([own_match, decoy_match], extract(text))] == [1]
    # The outranked case keeps its evidence: only the alert is not raised.
    assert decoy_match.score >= 7.0


def _match(case_id: int, **points: float) -> Match:
    return Match(case_id, [Evidence(rule, value, rule, (0,)) for rule, value in points.items()])


ONE_PERSON = extract("A 79-year-old Japanese woman has been detained in Hunchun.")


def test_a_case_with_evidence_of_its_own_still_alerts() -> None:
    better = _match(1, age=3.0, departure_year=2.0, home_region=1.5, custody_place=1.5, month=0.5)
    # Lives where the case records her: evidence the better case does not have.
    other = _match(2, age=3.0, departure_year=2.0, home_region=1.5, residence=1.0)
    assert [m.case_id for m in alerting([better, other], ONE_PERSON)] == [1, 2]


def test_a_case_close_behind_still_alerts() -> None:
    better = _match(1, age=3.0, departure_year=2.0, home_region=1.5, custodian=1.0, category=1.0)
    close = _match(2, age=3.0, departure_year=2.0, home_region=1.5, category=1.0)
    assert [m.case_id for m in alerting([better, close], ONE_PERSON)] == [1, 2]


def test_a_conflict_does_not_count_as_evidence_of_its_own() -> None:
    better = _match(1, age=3.0, departure_year=2.0, home_region=1.5, custodian=1.0, broker=1.0)
    worse = _match(2, age=3.0, departure_year=2.0, home_region=1.5, category=1.0, month=0.5)
    worse.evidence.append(Evidence("sex_conflict", -1.0, "sex differs", ()))
    assert [m.case_id for m in alerting([better, worse], ONE_PERSON)] == [1, 2]
    lesser = _match(3, age=3.0, departure_year=2.0, home_region=1.5, custodian=1.0)
    lesser.evidence.append(Evidence("month", 0.5, "month", (0,)))
    lesser.evidence.append(Evidence("sex_conflict", -1.0, "sex differs", ()))
    # {age, departure, home, custodian, month} is not within {…, custodian, broker}.
    assert [m.case_id for m in alerting([better, lesser], ONE_PERSON)] == [1, 3]


def test_nothing_below_the_threshold_or_unanchored_alerts() -> None:
    low = _match(1, age=3.0, departure_year=2.0)
    unanchored = _match(
        2,
        departure_year=2.0,
        home_region=1.5,
        custody_place=1.5,
        category=1.0,
        custodian=1.0,
        broker=1.0,
    )
    assert alerting([low, unanchored], ONE_PERSON) == []


SEVERAL = [
    "A group of 12 Japanese wives aged 75 to 85 who went to North Korea in the 1960s "
    "visited Gifu Prefecture this week.",
    "1960年代に北朝鮮へ渡った日本人妻ら12人の訪問団が今週、岐阜県を訪れた。",
    "1960년대 북한으로 건너간 12명의 일본인 처 방문단이 이번 주 기후현을 찾았다.",
    # Two people named as the article's subjects.
    "Keiko Hayashi, 79, and Sumiko Ota, 81, both Japanese wives, were detained in Hunchun.",
    "林恵子さん（79）と太田澄子さん（81）が琿春で拘束された。",
    "하야시 게이코(79) 씨와 오타 스미코(81) 씨가 훈춘에서 붙잡혔다.",
]


@pytest.mark.parametrize("text", SEVERAL)
def test_an_article_about_several_people_alerts_on_each_case(text: str) -> None:
    better = _match(
        1, age=3.0, departure_year=2.0, home_region=1.5, custody_place=1.5, month=0.5, category=1.0
    )
    worse = _match(2, age=3.0, departure_year=2.0, home_region=1.5, category=1.0)
    assert [m.case_id for m in alerting([better, worse], extract(text))] == [1, 2]


def test_one_person_named_again_by_family_name_is_still_one_person() -> None:
    text = (
        "하야시 게이코(79) 씨가 훈춘에서 붙잡혔다. 일본인 처 하야시 씨는 1962년 북한으로 건너갔다."
    )
    better = _match(
        1, age=3.0, departure_year=2.0, home_region=1.5, custody_place=1.5, month=0.5, category=1.0
    )
    worse = _match(2, age=3.0, departure_year=2.0, home_region=1.5, category=1.0)
    assert [m.case_id for m in alerting([better, worse], extract(text))] == [1]


GROUP_HELD = (
    "Police in Hunchun, Jilin Province, detained a group of five Japanese wives in March. "
    "The oldest, a 79-year-old Japanese wife from Gifu Prefecture, went to North Korea in 1962."
)


def _open_case(actor: User, compartment: Compartment, family: str, given: str) -> Case:
    person = create_person(
        actor=actor,
        names=[NameInput(NameKind.LEGAL, family, given)],
        sex="F",
        birth_date_text="1946年",
        birthplace="岐阜県",
        nationality_claimed="日本",
    )
    return case_actions.create_case(
        actor=actor,
        person=person,
        category=Category.JAPANESE_SPOUSE,
        compartment=compartment,
        priority=3,
        summary="Went to North Korea in 1962.",
    )


@pytest.mark.django_db
@pytest.mark.parametrize(("text", "both"), [(HELD_IN_HUNCHUN[0], False), (GROUP_HELD, True)])
def test_scoring_an_article_raises_no_alert_on_an_outranked_case_but_does_in_a_group_story(
    text: str, both: bool, caseworker: User, east: Compartment, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _open_case(caseworker, east, "林", "恵子")
    second = _open_case(caseworker, east, "太田", "澄子")
    own, decoy = _cases()
    facts = [replace(own, case_id=first.pk), replace(decoy, case_id=second.pk)]
    # The cases' facts as the scorer reads them, with a custody event on the first only.
    monkeypatch.setattr(selectors, "open_case_facts", lambda: facts)

    result = actions.ingest_article(
        RawArticle("wire.txt", "file", text, published_on=ON), actor=None
    )

    alerted = set(Alert.objects.filter(article=result.article).values_list("case_id", flat=True))
    assert alerted == ({first.pk, second.pk} if both else {first.pk})


BACKGROUND_FIGURE = [
    "A 79-year-old woman from Gifu Prefecture has been detained in Hunchun. Some 6,700 "
    "Japanese wives and children went to North Korea under the programme.",
    "岐阜県出身の女性（79）が琿春で拘束された。帰国事業では日本人妻ら約6700人が北朝鮮へ渡った。",
    "기후현 출신 여성(79)이 훈춘에서 붙잡혔다. "
    "북송사업으로 일본인 처 등 약 6700명이 북한으로 건너갔다.",
]


@pytest.mark.parametrize("text", BACKGROUND_FIGURE)
def test_a_figure_of_thousands_beside_one_person_is_background_not_a_group(text: str) -> None:
    better = _match(
        1,
        age=3.0,
        departure_year=2.0,
        home_region=1.5,
        custody_place=1.5,
        custodian=1.0,
        category=1.0,
    )
    worse = _match(2, age=3.0, departure_year=2.0, home_region=1.5, category=1.0)
    assert [m.case_id for m in alerting([better, worse], extract(text))] == [1]
