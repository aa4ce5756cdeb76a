from __future__ import annotations

from collections.abc import Callable

import pytest

from hogo.accounts.models import User
from hogo.cases.models import Case

from .conftest import Api

NAMES = ["キン", "Kim", "김", "金田", "金 正一"]


@pytest.mark.parametrize("query", NAMES)
def test_a_name_in_any_script_finds_the_case(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case, query: str
) -> None:
    body = api_as(caseworker).get("/cases", {"q": query}).json()
    assert [item["id"] for item in body["items"]] == [case.pk]


@pytest.mark.parametrize("query", NAMES)
def test_a_name_in_any_script_finds_the_person(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case, query: str
) -> None:
    body = api_as(caseworker).get("/persons", {"q": query}).json()
    assert [item["id"] for item in body["items"]] == [case.person_id]


def test_a_name_nobody_has_finds_nothing(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    body = api_as(caseworker).get("/cases", {"q": "Zzyzx"}).json()
    assert body["items"] == []


def test_the_reference_finds_the_case(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    body = api_as(caseworker).get("/cases", {"q": case.reference}).json()
    assert [item["id"] for item in body["items"]] == [case.pk]


def test_a_search_never_reaches_past_what_the_user_may_see(
    api_as: Callable[[User | None], Api], outsider: User, case: Case
) -> None:
    api = api_as(outsider)
    assert api.get("/cases", {"q": "Kim"}).json()["items"] == []
    assert api.get("/persons", {"q": "Kim"}).json()["items"] == []


@pytest.mark.parametrize(
    ("params", "found"),
    [
        ({"status": "reported"}, True),
        ({"status": "closed"}, False),
        ({"category": "former_resident"}, True),
        ({"category": "descendant"}, False),
        ({"officer": "OFFICER"}, True),
        ({"officer": 10**18}, False),
        ({"status": "reported", "q": "キン"}, True),
    ],
)
def test_the_case_list_filters(
    api_as: Callable[[User | None], Api],
    caseworker: User,
    case: Case,
    params: dict[str, object],
    found: bool,
) -> None:
    params = {k: caseworker.pk if v == "OFFICER" else v for k, v in params.items()}
    items = api_as(caseworker).get("/cases", params).json()["items"]
    assert bool(items) is found


@pytest.mark.parametrize(
    "params",
    [
        {"status": "lost"},
        {"category": "spy"},
        {"officer": "me"},
        {"officer": 2**64},
        {"q": "x" * 201},
        {"q": "金\x00"},
    ],
)
def test_a_bad_filter_gets_400_naming_it(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case, params: dict[str, object]
) -> None:
    response = api_as(caseworker).get("/cases", params)
    assert response.status_code == 400
    assert list(response.json()["errors"]) == list(params)
