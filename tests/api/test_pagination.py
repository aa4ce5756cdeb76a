from __future__ import annotations

from collections.abc import Callable

import pytest

from hogo.accounts.models import User
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind

from .conftest import Api


@pytest.fixture
def fifty_five_persons(caseworker: User) -> None:
    for number in range(55):
        create_person(actor=caseworker, names=[NameInput(NameKind.LATIN, "Park", f"No{number}")])


@pytest.mark.usefixtures("fifty_five_persons")
def test_the_first_page_holds_fifty_and_counts_them_all(
    api_as: Callable[[User | None], Api], caseworker: User
) -> None:
    body = api_as(caseworker).get("/persons").json()
    assert (len(body["items"]), body["count"], body["page"], body["pages"]) == (50, 55, 1, 2)


@pytest.mark.usefixtures("fifty_five_persons")
def test_the_second_page_holds_the_rest_without_repeating(
    api_as: Callable[[User | None], Api], caseworker: User
) -> None:
    api = api_as(caseworker)
    first = {item["id"] for item in api.get("/persons").json()["items"]}
    second = api.get("/persons", {"page": 2}).json()
    assert len(second["items"]) == 5
    assert first.isdisjoint(item["id"] for item in second["items"])


@pytest.mark.usefixtures("fifty_five_persons")
@pytest.mark.parametrize("page", [3, 10**6, 2**70])
def test_a_page_past_the_end_is_empty(
    api_as: Callable[[User | None], Api], caseworker: User, page: int
) -> None:
    response = api_as(caseworker).get("/persons", {"page": page})
    assert response.status_code == 200
    assert response.json()["items"] == []
    assert response.json()["count"] == 55


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", ""])
@pytest.mark.parametrize("path", ["/persons", "/cases"])
def test_a_page_that_is_not_a_positive_number_gets_400(
    api_as: Callable[[User | None], Api], caseworker: User, path: str, page: str
) -> None:
    response = api_as(caseworker).get(path, {"page": page})
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["page"]


def test_cases_are_paginated_too(
    api_as: Callable[[User | None], Api], caseworker: User, case: object
) -> None:
    body = api_as(caseworker).get("/cases", {"page": 1}).json()
    assert (body["count"], body["page"], body["pages"]) == (1, 1, 1)
