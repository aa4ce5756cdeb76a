"""The person picker as an inline search: htmx replaces only the persons to choose from,
each told apart by names in every script, birth year and case; without JavaScript the
same search reloads the page."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import Compartment, User
from hogo.audit.models import AuditEntry
from hogo.cases import actions as case_actions
from hogo.cases.models import Case, Category
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind, Person

Get = Callable[[User | None], Client]
HTMX = {"HTTP_HX_REQUEST": "true"}


def _namesake(caseworker: User, east: Compartment, birth: str, hangul: str, latin: str) -> Case:
    twin = create_person(
        actor=caseworker,
        names=[
            NameInput(NameKind.LEGAL, "李", "英哲"),
            NameInput(NameKind.HANGUL, "이", hangul),
            NameInput(NameKind.LATIN, "Ri", latin),
        ],
        sex="M",
        birth_date_text=birth,
    )
    return case_actions.create_case(
        actor=caseworker, person=twin, category=Category.FORMER_RESIDENT, compartment=east
    )


def test_an_htmx_search_answers_only_the_choices_with_names_in_every_script(
    client_for: Get, caseworker: User, east: Compartment
) -> None:
    older = _namesake(caseworker, east, "1940-02-03", "영철", "Yong Chol")
    younger = _namesake(caseworker, east, "1962-07-08", "영처", "Yong Cho")
    response = client_for(caseworker).get(reverse("cases:create"), {"q": "李 英哲"}, **HTMX)
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body
    assert 'id="picker-choices"' in body
    assert 'name="category"' not in body  # the rest of the form is left as typed
    assert "HX-Request" in response["Vary"]
    for case, birth, hangul, latin in (
        (older, "1940", "이 영철", "Ri Yong Chol"),
        (younger, "1962", "이 영처", "Ri Yong Cho"),
    ):
        assert f'value="{case.person_id}"' in body
        assert f"born {birth}" in body
        assert case.reference in body
        assert hangul in body
        assert latin in body
    [entry] = AuditEntry.objects.filter(action="people.search", actor_id=caseworker.pk)
    assert sorted(entry.data["ids"]) == sorted([older.person_id, younger.person_id])
    assert entry.data["via"] == "case_create"
    assert "李" not in str(entry.data)


def test_the_inline_search_offers_only_persons_of_ones_own_cases(
    client_for: Get, teammate: User, case: Case
) -> None:
    response = client_for(teammate).get(reverse("cases:create"), {"q": "金"}, **HTMX)
    body = response.content.decode()
    assert 'id="picker-choices"' in body
    assert "正一" not in body
    assert "No person of your own cases matches." in body


def test_a_ticked_person_stays_offered_when_the_search_runs_again(
    client_for: Get, caseworker: User, case: Case, east: Compartment
) -> None:
    relative = create_person(actor=caseworker, names=[NameInput(NameKind.LEGAL, "金", "英子")])
    case_actions.create_case(
        actor=caseworker, person=relative, category=Category.OTHER, compartment=east
    )
    url = reverse("cases:add_member", kwargs={"pk": case.pk})
    again = client_for(caseworker).get(url, {"q": "Nobody", "person": relative.pk}, **HTMX)
    assert f'value="{relative.pk}"' in again.content.decode()


def test_without_javascript_the_same_search_reloads_the_whole_form(
    client_for: Get, caseworker: User, person: Person, case: Case
) -> None:
    response = client_for(caseworker).get(reverse("cases:create"), {"q": "キン"})
    body = response.content.decode()
    assert "<html" in body
    assert 'id="picker-choices"' in body
    assert 'name="category"' in body
    assert f'value="{person.pk}"' in body
    assert "金 正一 · 김 정일 · 金田 正一 · キン セイイチ" in body
    # The search form is a plain GET form that htmx enhances.
    assert 'method="get"' in body
    assert 'hx-get="/cases/new/"' in body


def test_the_relationship_and_merge_pickers_are_inline_too(
    client_for: Get, caseworker: User, person: Person, case: Case, east: Compartment
) -> None:
    other = create_person(actor=caseworker, names=[NameInput(NameKind.LEGAL, "金", "英子")])
    case_actions.create_case(
        actor=caseworker, person=other, category=Category.OTHER, compartment=east
    )
    url = reverse("people:add_relation", kwargs={"pk": person.pk})
    body = client_for(caseworker).get(url, {"q": "英子"}, **HTMX).content.decode()
    assert "<html" not in body
    assert f'value="{other.pk}"' in body
