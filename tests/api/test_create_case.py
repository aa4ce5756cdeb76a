from __future__ import annotations

from collections.abc import Callable

import pytest

from hogo.accounts.models import User
from hogo.cases.models import Case
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind, Person

from .conftest import Api, audit_entries


@pytest.fixture
def newcomer(caseworker: User) -> Person:
    return create_person(actor=caseworker, names=[NameInput(NameKind.LATIN, "Choi", "Mina")])


def _payload(person: Person, **changes: object) -> dict[str, object]:
    return {
        "person": person.pk,
        "category": "japanese_spouse",
        "compartment": "east",
        "priority": 4,
        "summary": "Phoned the embassy from a hotel.",
        **changes,
    }


def test_a_caseworker_opens_a_case_for_a_person_they_registered(
    api_as: Callable[[User | None], Api], caseworker: User, newcomer: Person
) -> None:
    response = api_as(caseworker).post("/cases", _payload(newcomer))
    assert response.status_code == 201
    body = response.json()
    case = Case.objects.get(pk=body["id"])
    assert (case.person, case.officer, case.priority) == (newcomer, caseworker, 4)
    assert body["status"] == "reported"
    assert body["reference"] == case.reference
    assert body["person"]["names"][0]["family"] == "Choi"
    assert audit_entries("cases.create", object_id=str(case.pk))


def test_the_new_case_appears_in_the_caseworkers_list(
    api_as: Callable[[User | None], Api], caseworker: User, newcomer: Person
) -> None:
    api = api_as(caseworker)
    case_id = api.post("/cases", _payload(newcomer)).json()["id"]
    assert case_id in [item["id"] for item in api.get("/cases").json()["items"]]


def test_a_case_cannot_be_opened_in_a_compartment_not_ones_own(
    api_as: Callable[[User | None], Api],
    caseworker: User,
    newcomer: Person,
    west: object,
    rows: Callable[[], dict[str, int]],
) -> None:
    before = rows()
    response = api_as(caseworker).post("/cases", _payload(newcomer, compartment="west"))
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["compartment"]
    assert rows() == before


def test_an_unknown_compartment_is_refused_the_same_way(
    api_as: Callable[[User | None], Api], caseworker: User, newcomer: Person
) -> None:
    unknown = api_as(caseworker).post("/cases", _payload(newcomer, compartment="nowhere"))
    assert unknown.status_code == 400
    assert unknown.json()["errors"]["compartment"] == ["You cannot open cases in this compartment."]


def test_a_security_officer_opens_no_case(
    api_as: Callable[[User | None], Api],
    security_officer: User,
    case: Case,
    rows: Callable[[], dict[str, int]],
) -> None:
    before = rows()
    response = api_as(security_officer).post("/cases", _payload(case.person))
    assert response.status_code == 403
    assert rows() == before
