"""Bad input is a 400 naming each field, never a 500, and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.utils import timezone

from hogo.accounts.models import User
from hogo.cases.models import Case

from .conftest import Api

TODAY = str(timezone.localdate())
NOTE = {"kind": "note", "occurred_on": TODAY, "text": "x"}
CASE_IN = {"person": "PERSON", "category": "other", "compartment": "east", "priority": 2}

# (method, path, body, fields the errors must name)
BAD: list[tuple[str, str, Any, set[str]]] = [
    # POST /persons
    ("post", "/persons", {"names": []}, {"names"}),
    ("post", "/persons", {"names": [{"kind": "nickname", "family": "X"}]}, {"names.0.kind"}),
    ("post", "/persons", {"names": [{"kind": "legal"}]}, {"names"}),
    ("post", "/persons", {"names": [{"kind": "legal", "family": 7}]}, {"names.0.family"}),
    ("post", "/persons", {"names": [{"kind": "legal", "family": "x" * 101}]}, {"names.0.family"}),
    ("post", "/persons", {"names": [{"kind": "legal", "family": "金\x00"}]}, {"names.0.family"}),
    ("post", "/persons", {"names": [{"kind": "legal", "family": "\ud800"}]}, {"names.0.family"}),
    ("post", "/persons", {"names": [{"kind": "legal", "family": "X", "x": 1}]}, {"names.0.x"}),
    ("post", "/persons", {"names": [{"kind": "legal", "family": "X"}], "sex": "Q"}, {"sex"}),
    (
        "post",
        "/persons",
        {"names": [{"kind": "legal", "family": "X"}], "birth_date_text": "the day after"},
        {"birth_date_text"},
    ),
    ("post", "/persons", {"names": "金"}, {"names"}),
    ("post", "/persons", {"id": 5, "names": [{"kind": "legal", "family": "X"}]}, {"id"}),
    ("post", "/persons", [], {"__all__"}),
    # PATCH /persons/{id}
    ("patch", "/persons/PERSON", {"birthplace": "x"}, {"version"}),
    ("patch", "/persons/PERSON", {"version": 1}, {"__all__"}),
    ("patch", "/persons/PERSON", {"version": "one", "birthplace": "x"}, {"version"}),
    ("patch", "/persons/PERSON", {"version": 2**80, "birthplace": "x"}, {"version"}),
    ("patch", "/persons/PERSON", {"version": 1, "birthplace": None}, {"birthplace"}),
    ("patch", "/persons/PERSON", {"version": 1, "sex": "X"}, {"sex"}),
    ("patch", "/persons/PERSON", {"version": 1, "created_by": 1}, {"created_by"}),
    ("patch", "/persons/PERSON", {"version": 1, "birth_date_text": "soon"}, {"birth_date_text"}),
    # POST /cases
    ("post", "/cases", {**CASE_IN, "category": "spy"}, {"category"}),
    ("post", "/cases", {**CASE_IN, "priority": 9}, {"priority"}),
    ("post", "/cases", {**CASE_IN, "priority": 10**30}, {"priority"}),
    ("post", "/cases", {**CASE_IN, "priority": "high"}, {"priority"}),
    ("post", "/cases", {**CASE_IN, "person": "me"}, {"person"}),
    ("post", "/cases", {**CASE_IN, "person": 2**80}, {"person"}),
    ("post", "/cases", {**CASE_IN, "summary": "x" * 4001}, {"summary"}),
    ("post", "/cases", {**CASE_IN, "status": "closed"}, {"status"}),
    ("post", "/cases", {"category": "other"}, {"person", "compartment"}),
    # PATCH /cases/{id}
    ("patch", "/cases/CASE", {"version": 1, "priority": 0}, {"priority"}),
    ("patch", "/cases/CASE", {"version": 1, "category": None}, {"category"}),
    ("patch", "/cases/CASE", {"version": 1, "status": "closed"}, {"status"}),
    ("patch", "/cases/CASE", {"version": 1, "reference": "HG-1"}, {"reference"}),
    ("patch", "/cases/CASE", {"version": -1, "priority": 1}, {"version"}),
    ("patch", "/cases/CASE", {"priority": 1}, {"version"}),
    ("patch", "/cases/CASE", {"version": 1}, {"__all__"}),
    ("patch", "/cases/CASE", {"version": 1, "summary": ["x"]}, {"summary"}),
    # POST /cases/{id}/events
    ("post", "/cases/CASE/events", {**NOTE, "kind": "transition"}, {"kind"}),
    ("post", "/cases/CASE/events", {**NOTE, "kind": "gossip"}, {"kind"}),
    ("post", "/cases/CASE/events", {**NOTE, "text": ""}, {"text"}),
    ("post", "/cases/CASE/events", {**NOTE, "occurred_on": "yesterday"}, {"occurred_on"}),
    ("post", "/cases/CASE/events", {**NOTE, "occurred_on": "2999-01-01"}, {"occurred_on"}),
    ("post", "/cases/CASE/events", {**NOTE, "occurred_on": "99999-01-01"}, {"occurred_on"}),
    ("post", "/cases/CASE/events", {**NOTE, "country": "CN"}, {"country"}),
    ("post", "/cases/CASE/events", {**NOTE, "document": 1}, {"document"}),
    (
        "post",
        "/cases/CASE/events",
        {"kind": "location", "occurred_on": TODAY, "country": "cn", "custodian": "self"},
        {"country"},
    ),
    (
        "post",
        "/cases/CASE/events",
        {"kind": "location", "occurred_on": TODAY, "country": "CN", "custodian": "aliens"},
        {"custodian"},
    ),
    (
        "post",
        "/cases/CASE/events",
        {"kind": "location", "occurred_on": TODAY},
        {"country", "custodian"},
    ),
    (
        "post",
        "/cases/CASE/events",
        {
            "kind": "broker",
            "occurred_on": TODAY,
            "organisation": "A",
            "decision": "refused",
            "demand_amount": "1e40",
            "demand_currency": "USD",
        },
        {"demand_amount"},
    ),
    (
        "post",
        "/cases/CASE/events",
        {
            "kind": "broker",
            "occurred_on": TODAY,
            "organisation": "A",
            "decision": "refused",
            "demand_amount": -5,
            "demand_currency": "USD",
        },
        {"demand_amount"},
    ),
    (
        "post",
        "/cases/CASE/events",
        {
            "kind": "broker",
            "occurred_on": TODAY,
            "organisation": "A",
            "decision": "refused",
            "demand_amount": "NaN",
            "demand_currency": "USD",
        },
        {"demand_amount"},
    ),
    (
        "post",
        "/cases/CASE/events",
        {
            "kind": "broker",
            "occurred_on": TODAY,
            "organisation": "A",
            "decision": "refused",
            "demand_amount": "5000",
        },
        {"demand_currency"},
    ),
    # POST /cases/{id}/transitions
    ("post", "/cases/CASE/transitions", {"to": "verifying", "version": 1}, {"reason"}),
    (
        "post",
        "/cases/CASE/transitions",
        {"to": "verifying", "reason": " ", "version": 1},
        {"reason"},
    ),
    ("post", "/cases/CASE/transitions", {"to": "heaven", "reason": "x", "version": 1}, {"to"}),
    ("post", "/cases/CASE/transitions", {"to": "closed", "reason": "x", "version": 1}, {"to"}),
    ("post", "/cases/CASE/transitions", {"to": "verifying", "reason": "x"}, {"version"}),
    (
        "post",
        "/cases/CASE/transitions",
        {"to": "verifying", "reason": "x", "version": True, "by": 1},
        {"by"},
    ),
]


def _fill(value: Any, case: Case) -> Any:
    if value == "PERSON":
        return case.person_id
    if isinstance(value, dict):
        return {key: _fill(item, case) for key, item in value.items()}
    return value


@pytest.mark.parametrize(
    ("method", "path", "body", "fields"), BAD, ids=[f"{b[1]} {sorted(b[3])}" for b in BAD]
)
def test_bad_input_gets_400_naming_each_field_and_writes_nothing(
    api_as: Callable[[User | None], Api],
    supervisor: User,
    case: Case,
    rows: Callable[[], dict[str, int]],
    method: str,
    path: str,
    body: Any,
    fields: set[str],
) -> None:
    api = api_as(supervisor)
    before = rows()
    path = path.replace("CASE", str(case.pk)).replace("PERSON", str(case.person_id))
    response = api.send(method, path, _fill(body, case))
    assert response.status_code == 400, response.content
    payload = response.json()
    assert payload["detail"]
    assert set(payload["errors"]) == fields
    assert all(payload["errors"][field] for field in fields)
    assert rows() == before


OPERATIONS = [
    ("post", "/persons"),
    ("patch", "/persons/PERSON"),
    ("post", "/cases"),
    ("patch", "/cases/CASE"),
    ("post", "/cases/CASE/events"),
    ("post", "/cases/CASE/transitions"),
]


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
@pytest.mark.parametrize(
    "raw",
    ["{not json", "", "null", "42", '"text"', "[1, 2]", b"\xff\xfe", '{"a": ' * 5000],
    ids=["malformed", "empty", "null", "number", "string", "array", "not-utf8", "deep"],
)
def test_a_body_that_is_not_a_json_object_gets_400(
    api_as: Callable[[User | None], Api],
    supervisor: User,
    case: Case,
    rows: Callable[[], dict[str, int]],
    method: str,
    path: str,
    raw: str | bytes,
) -> None:
    before = rows()
    path = path.replace("CASE", str(case.pk)).replace("PERSON", str(case.person_id))
    response = api_as(supervisor).send(method, path, raw=raw)
    assert response.status_code == 400
    assert response.json()["errors"]
    assert rows() == before


def test_a_body_too_large_to_read_gets_400(
    api_as: Callable[[User | None], Api], supervisor: User, case: Case
) -> None:
    huge = '{"text": "' + "x" * (3 * 1024 * 1024) + '"}'
    response = api_as(supervisor).send("post", f"/cases/{case.pk}/events", raw=huge)
    assert response.status_code == 400
