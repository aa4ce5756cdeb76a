"""Cases are found by place (Jilin, 吉林) and part of a reference, and sorted by activity."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from hogo.accounts.models import Compartment, User
from hogo.cases import actions
from hogo.cases.models import Case, Category, Event
from hogo.cases.selectors import search_cases
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind

ClientFor = Callable[[User | None], Client]


@pytest.fixture
def held_in_jilin(case: Case, caseworker: User) -> Case:
    actions.add_event(
        case,
        actor=caseworker,
        kind="location",
        occurred_on=timezone.localdate(),
        fields={"country": "CN", "region": "Jilin province", "custodian": "host_security"},
    )
    return case


@pytest.fixture
def elsewhere(caseworker: User, east: Compartment) -> Case:
    person = create_person(
        actor=caseworker, names=[NameInput(NameKind.LEGAL, "佐藤", "花子")], birthplace="大阪府"
    )
    return actions.create_case(
        actor=caseworker, person=person, category=Category.JAPANESE_SPOUSE, compartment=east
    )


@pytest.mark.parametrize("typed", ["Jilin", "jilin", "吉林"])
def test_a_case_is_found_by_the_place_on_its_timeline(
    typed: str, held_in_jilin: Case, elsewhere: Case, caseworker: User
) -> None:
    assert list(search_cases(caseworker, query=typed)) == [held_in_jilin]


@pytest.mark.parametrize("typed", ["新潟", "Niigata"])
def test_a_case_is_found_by_the_persons_birthplace(
    typed: str, case: Case, elsewhere: Case, caseworker: User
) -> None:
    # The `person` fixture was born in 新潟県.
    assert list(search_cases(caseworker, query=typed)) == [case]


def test_a_case_is_found_by_part_of_its_reference(
    case: Case, elsewhere: Case, caseworker: User
) -> None:
    tail = case.reference[-5:]  # "00001"
    assert list(search_cases(caseworker, query=tail)) == [case]


def test_a_place_does_not_open_cases_one_may_not_see(held_in_jilin: Case, outsider: User) -> None:
    assert list(search_cases(outsider, query="Jilin")) == []


def test_the_list_sorts_by_last_activity_and_shows_it(
    case: Case, elsewhere: Case, caseworker: User, client_for: ClientFor
) -> None:
    # The first case had a timeline entry recorded today; the other none since long ago.
    long_ago = timezone.now() - timedelta(days=400)
    Case.objects.filter(pk=elsewhere.pk).update(updated_at=long_ago)
    Event.objects.filter(case=elsewhere).update(recorded_at=long_ago)
    Event.objects.filter(case=case).update(recorded_at=long_ago)
    actions.add_event(
        case, actor=caseworker, kind="note", occurred_on=timezone.localdate(), fields={"text": "x"}
    )
    latest = search_cases(caseworker, order="last_activity")
    assert [c.pk for c in latest] == [case.pk, elsewhere.pk]
    oldest = search_cases(caseworker, order="oldest_activity")
    assert [c.pk for c in oldest] == [elsewhere.pk, case.pk]
    page = client_for(caseworker).get(reverse("cases:list"), {"sort": "oldest_activity"})
    html = page.content.decode()
    assert "last activity" in html
    assert html.index(elsewhere.reference) < html.index(case.reference)
    assert f"{long_ago:%Y-%m-%d}" in html
