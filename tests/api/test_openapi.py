from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User

from .conftest import Api

OPERATIONS = {
    "listPersons",
    "createPerson",
    "getPerson",
    "updatePerson",
    "listCases",
    "createCase",
    "getCase",
    "updateCase",
    "listCaseEvents",
    "addCaseEvent",
    "listCaseTransitions",
    "transitionCase",
    "getCaseSupportSchedule",
    "listSupportBatches",
}


def test_the_openapi_document_lists_every_operation(
    client_for: Callable[[User | None], Client], caseworker: User
) -> None:
    response = client_for(caseworker).get(reverse("api:openapi-json"))
    assert response.status_code == 200
    document = response.json()
    found = {
        operation["operationId"]
        for path in document["paths"].values()
        for operation in path.values()
    }
    assert found == OPERATIONS
    assert all(path.startswith("/api/v1/") for path in document["paths"])


def test_the_openapi_document_is_served_to_a_token_holder(
    api_as: Callable[[User | None], Api], caseworker: User
) -> None:
    assert api_as(caseworker).get("/openapi.json").status_code == 200


def test_the_openapi_document_is_not_served_to_strangers(db: None) -> None:
    assert Api().get("/openapi.json").status_code == 401


def test_the_operations_have_url_names(db: None) -> None:
    assert reverse("api:cases") == "/api/v1/cases"
    assert reverse("api:case", kwargs={"case_id": 7}) == "/api/v1/cases/7"
    assert reverse("api:person", kwargs={"person_id": 7}) == "/api/v1/persons/7"
