"""The person picker: a search among one's own persons, and the person a page was opened for."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.cases.models import Case
from hogo.people.models import Person


def _offered(response: object) -> list[int]:
    field = response.context["form"].fields["person"]  # type: ignore[attr-defined]
    return [value for value, _label in field.widget.choices]


def test_opening_a_case_from_a_persons_page_offers_that_person(
    client_for: Callable[[User | None], Client], caseworker: User, person: Person
) -> None:
    response = client_for(caseworker).get(reverse("cases:create"), {"person": person.pk})
    assert _offered(response) == [person.pk]
    assert "checked" in response.content.decode()


def test_a_person_of_someone_elses_case_is_not_offered_even_when_asked_for(
    client_for: Callable[[User | None], Client], teammate: User, case: Case
) -> None:
    client = client_for(teammate)
    response = client.get(reverse("cases:create"), {"person": case.person_id, "q": "金"})
    assert _offered(response) == []
    assert "正一" not in response.content.decode()


def test_a_search_that_finds_nobody_says_so(
    client_for: Callable[[User | None], Client], caseworker: User, person: Person
) -> None:
    response = client_for(caseworker).get(reverse("cases:create"), {"q": "Nobody Atall"})
    assert _offered(response) == []
    assert "No person of your own cases matches." in response.content.decode()
