from __future__ import annotations

from collections.abc import Callable

import pytest

from hogo.accounts.models import User
from hogo.people.models import Person

from .conftest import Api, audit_entries

NEW_PERSON = {
    "names": [
        {"kind": "legal", "family": "李", "given": "順姫"},
        {"kind": "hangul", "family": "이", "given": "순희"},
        {"kind": "latin", "family": "Lee", "given": "Sunhee"},
    ],
    "sex": "F",
    "birth_date_text": "1962年",
    "birthplace": "咸鏡北道",
    "nationality_claimed": "日本",
}


def test_a_caseworker_registers_a_person(
    api_as: Callable[[User | None], Api], caseworker: User
) -> None:
    response = api_as(caseworker).post("/persons", NEW_PERSON)
    assert response.status_code == 201
    body = response.json()
    person = Person.objects.get(pk=body["id"])
    assert person.created_by == caseworker
    assert [name["family"] for name in body["names"]] == ["李", "이", "Lee"]
    assert (body["birth_date"], body["birth_date_precision"]) == ("1962-01-01", "year")
    assert body["version"] == 1
    assert audit_entries("people.create", object_id=str(person.pk))


def test_the_registered_person_is_found_by_any_of_their_names(
    api_as: Callable[[User | None], Api], caseworker: User
) -> None:
    api = api_as(caseworker)
    person_id = api.post("/persons", NEW_PERSON).json()["id"]
    for query in ("李", "이", "Lee"):
        assert [p["id"] for p in api.get("/persons", {"q": query}).json()["items"]] == [person_id]


def test_the_registered_person_is_not_visible_to_a_teammate(
    api_as: Callable[[User | None], Api], caseworker: User, teammate: User
) -> None:
    person_id = api_as(caseworker).post("/persons", NEW_PERSON).json()["id"]
    assert api_as(teammate).get(f"/persons/{person_id}").status_code == 404


@pytest.mark.parametrize("role", ["security_officer", "auditor", "administrator", "statistician"])
def test_a_role_that_opens_no_cases_registers_no_person(
    api_as: Callable[[User | None], Api],
    request: pytest.FixtureRequest,
    rows: Callable[[], dict[str, int]],
    role: str,
) -> None:
    user = request.getfixturevalue(role)
    before = rows()
    assert api_as(user).post("/persons", NEW_PERSON).status_code == 403
    assert rows() == before
