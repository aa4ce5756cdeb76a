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


def _namesake(caseworker: User, east: object, birth: str) -> Case:
    from hogo.cases import actions as case_actions
    from hogo.cases.models import Category
    from hogo.people.actions import NameInput, create_person
    from hogo.people.models import NameKind

    twin = create_person(
        actor=caseworker,
        names=[NameInput(NameKind.LEGAL, "李", "英哲")],
        sex="M",
        birth_date_text=birth,
    )
    return case_actions.create_case(
        actor=caseworker,
        person=twin,
        category=Category.FORMER_RESIDENT,
        compartment=east,  # type: ignore[arg-type]
        priority=3,
    )


def test_two_namesakes_are_told_apart_by_birth_year_and_case(
    client_for: Callable[[User | None], Client], caseworker: User, east: object
) -> None:
    older = _namesake(caseworker, east, "1940-02-03")
    younger = _namesake(caseworker, east, "1962-07-08")
    client = client_for(caseworker)
    both = client.get(reverse("cases:create"), {"q": "李 英哲"})
    labels = dict(both.context["form"].fields["person"].widget.choices)
    assert "born 1940" in labels[older.person_id]
    assert older.reference in labels[older.person_id]
    assert "born 1962" in labels[younger.person_id]
    by_year = client.get(reverse("cases:create"), {"q": "李 1962"})
    assert _offered(by_year) == [younger.person_id]
    by_case = client.get(reverse("cases:create"), {"q": older.reference[-5:]})
    assert _offered(by_case) == [older.person_id]


def test_the_search_is_audited_by_the_ids_it_offered_not_the_words(
    client_for: Callable[[User | None], Client], caseworker: User, east: object
) -> None:
    from hogo.audit.models import AuditEntry

    younger = _namesake(caseworker, east, "1962-07-08")
    client_for(caseworker).get(reverse("cases:create"), {"q": "李 1962"})
    entry = AuditEntry.objects.filter(action="people.search").latest("pk")
    assert entry.data["ids"] == [younger.person_id]
    assert "李" not in str(entry.data)
