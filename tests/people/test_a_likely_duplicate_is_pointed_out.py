"""Registering the same name and birth date twice is pointed out before it is done."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.cases.models import Case
from hogo.people.models import Person
from tests.people.test_person_pages import _names

ClientFor = Callable[[User | None], Client]

# The `person` fixture: 金 正一, born 昭和10年3月5日 (1935-03-05).
AGAIN = {**_names(("legal", "金", "正一")), "birth_date_text": "1935-03-05"}


def test_the_same_name_and_birth_date_is_shown_and_nothing_is_registered(
    caseworker: User, client_for: ClientFor, case: Case
) -> None:
    before = Person.objects.count()
    response = client_for(caseworker).post(reverse("people:create"), AGAIN)
    page = response.content.decode()
    assert response.status_code == 200
    assert "This person may already be registered" in page
    assert reverse("people:detail", kwargs={"pk": case.person_id}) in page
    assert Person.objects.count() == before


def test_the_same_name_written_in_hangul_is_caught_too(
    caseworker: User, client_for: ClientFor, case: Case
) -> None:
    data = {**_names(("hangul", "김", "정일")), "birth_date_text": "昭和10年3月5日"}
    page = client_for(caseworker).post(reverse("people:create"), data).content.decode()
    assert "This person may already be registered" in page


def test_it_can_be_registered_anyway_once_confirmed(
    caseworker: User, client_for: ClientFor, case: Case
) -> None:
    before = Person.objects.count()
    response = client_for(caseworker).post(
        reverse("people:create"), {**AGAIN, "register_anyway": "1"}
    )
    assert response.status_code == 302
    assert Person.objects.count() == before + 1


def test_another_desk_hears_of_it_without_seeing_who(
    outsider: User, client_for: ClientFor, case: Case
) -> None:
    page = client_for(outsider).post(reverse("people:create"), AGAIN).content.decode()
    assert "registered on a case you cannot see" in page
    assert reverse("people:detail", kwargs={"pk": case.person_id}) not in page


def test_a_different_birth_date_is_no_duplicate(
    caseworker: User, client_for: ClientFor, case: Case
) -> None:
    data = {**_names(("legal", "金", "正一")), "birth_date_text": "1962-08-09"}
    response = client_for(caseworker).post(reverse("people:create"), data)
    assert response.status_code == 302
