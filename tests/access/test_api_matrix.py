"""Every JSON API operation, as every role and as an outsider.

The operations are read from the API's own OpenAPI document, so an operation
that nobody added to OPERATIONS below fails `test_every_operation_has_a_policy`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from hogo.accounts.actions import issue_token
from hogo.accounts.models import Compartment, User
from hogo.api.api import api
from hogo.cases.models import Case

from .test_page_matrix import (
    ACTORS,
    ALL_READER_ROLES,
    ALL_WRITER_ROLES,
    CASE_READERS,
    CASE_WRITERS,
    SECRETS,
)

PREFIX = "/api/v1"


@dataclass(frozen=True)
class Operation:
    reach: frozenset[str]
    body: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    on_the_case: bool = True  # the operation names the case or its person
    listing: bool = False  # everyone else gets an empty list


OPERATIONS: dict[str, Operation] = {
    "listPersons": Operation(ALL_READER_ROLES, on_the_case=False, listing=True),
    "createPerson": Operation(
        ALL_WRITER_ROLES,
        body=lambda w: {"names": [{"kind": "legal", "family": "佐藤", "given": "花子"}]},
        on_the_case=False,
    ),
    "getPerson": Operation(CASE_READERS),
    "updatePerson": Operation(CASE_WRITERS, body=lambda w: {"version": 1, "birthplace": "新潟"}),
    "listCases": Operation(ALL_READER_ROLES, on_the_case=False, listing=True),
    "createCase": Operation(
        frozenset({"caseworker", "supervisor"}),
        body=lambda w: {
            "person": w["case"].person_id,
            "category": "other",
            "compartment": w["compartment"].code,
        },
        on_the_case=False,
    ),
    "getCase": Operation(CASE_READERS),
    "updateCase": Operation(CASE_WRITERS, body=lambda w: {"version": 1, "priority": 4}),
    "listCaseEvents": Operation(CASE_READERS),
    "addCaseEvent": Operation(
        CASE_WRITERS,
        body=lambda w: {
            "kind": "note",
            "occurred_on": str(w["today"]),
            "text": "Seen at the mission.",
        },
    ),
    "listCaseTransitions": Operation(CASE_READERS),
    "getCaseSupportSchedule": Operation(CASE_READERS),
    "listSupportBatches": Operation(
        frozenset({"payment_officer"}), on_the_case=False, listing=True
    ),
    "transitionCase": Operation(
        CASE_WRITERS, body=lambda w: {"to": "verifying", "reason": "registry check", "version": 1}
    ),
}


def _operations() -> dict[str, tuple[str, str]]:
    schema = api.get_openapi_schema()
    found: dict[str, tuple[str, str]] = {}
    for path, methods in schema["paths"].items():
        for method, spec in methods.items():
            found[spec["operationId"]] = (method, path)
    return found


def test_every_operation_has_a_policy() -> None:
    operations = _operations()
    missing = sorted(set(operations) - set(OPERATIONS))
    assert not missing, f"API operations without an access policy: {missing}"
    stale = sorted(set(OPERATIONS) - set(operations))
    assert not stale, f"policies for operations that no longer exist: {stale}"


@pytest.fixture
def world(case: Case, east: Compartment, users: dict[str, User], today: Any) -> dict[str, Any]:
    return {"case": case, "users": users, "compartment": east, "today": today}


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
@pytest.mark.parametrize("actor", ACTORS)
def test_only_the_policy_reaches_each_operation(
    operation_id: str, actor: str, world: dict[str, Any]
) -> None:
    rule = OPERATIONS[operation_id]
    method, template = _operations()[operation_id]
    case = world["case"]
    url = template.replace("{person_id}", str(case.person_id)).replace("{case_id}", str(case.pk))
    assert url.startswith(PREFIX)
    client = Client(raise_request_exception=False)
    headers = {}
    if actor != "anonymous":
        _token, raw = issue_token(actor=world["users"][actor], label="matrix")
        headers["Authorization"] = f"Bearer {raw}"
    if method == "get":
        response = client.get(url, headers=headers)
    else:
        body = json.dumps(rule.body(world) if rule.body else {})
        response = getattr(client, method)(
            url, body, content_type="application/json", headers=headers
        )
    text = response.content.decode("utf-8", "replace")
    if actor in rule.reach:
        assert response.status_code < 400, f"{actor} should reach {operation_id}: {text[:300]}"
    elif actor == "anonymous":
        assert response.status_code == 401
    elif rule.listing:
        assert response.status_code == 200
        assert response.json()["count"] == 0
    elif rule.on_the_case:
        assert response.status_code == 404, f"{actor} must get 404 from {operation_id}"
    else:
        assert response.status_code in (403, 404), f"{actor} must be refused {operation_id}"
    if actor not in CASE_READERS:
        leaked = [secret for secret in SECRETS if secret in text]
        assert not leaked, f"{actor} was shown {leaked} by {operation_id}"
