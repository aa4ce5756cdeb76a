from __future__ import annotations

from collections.abc import Callable

import pytest

from hogo.accounts.models import User
from hogo.cases.models import Case, SecurityScreening

from .conftest import Api, audit_entries

FINDINGS = "Named by a second defector as a ministry courier."


@pytest.fixture
def screened_case(case: Case, security_officer: User) -> Case:
    SecurityScreening.objects.create(
        case=case, result="concern", findings=FINDINGS, updated_by=security_officer
    )
    return case


def test_a_security_officer_reads_the_screening(
    api_as: Callable[[User | None], Api], security_officer: User, screened_case: Case
) -> None:
    body = api_as(security_officer).get(f"/cases/{screened_case.pk}").json()
    assert body["screening"]["result"] == "concern"
    assert body["screening"]["findings"] == FINDINGS


def test_reading_the_screening_is_audited(
    api_as: Callable[[User | None], Api], security_officer: User, screened_case: Case
) -> None:
    api_as(security_officer).get(f"/cases/{screened_case.pk}")
    [entry] = audit_entries("cases.view_screening", object_id=str(screened_case.pk))
    assert entry.actor_id == security_officer.pk
    assert FINDINGS not in str(entry.data)


def test_a_security_officer_sees_an_empty_screening_as_null(
    api_as: Callable[[User | None], Api], security_officer: User, case: Case
) -> None:
    assert api_as(security_officer).get(f"/cases/{case.pk}").json()["screening"] is None


@pytest.mark.parametrize("role", ["caseworker", "supervisor"])
def test_others_never_see_the_screening(
    api_as: Callable[[User | None], Api],
    request: pytest.FixtureRequest,
    screened_case: Case,
    role: str,
) -> None:
    api = api_as(request.getfixturevalue(role))
    for path in ("", "/events", "/transitions"):
        response = api.get(f"/cases/{screened_case.pk}{path}")
        assert response.status_code == 200
        assert "screening" not in response.json()
        assert FINDINGS not in response.content.decode()
        assert "concern" not in response.content.decode()
    assert FINDINGS not in api.get("/cases").content.decode()


def test_a_security_officer_reads_but_cannot_change_a_case(
    api_as: Callable[[User | None], Api], security_officer: User, case: Case
) -> None:
    api = api_as(security_officer)
    assert api.get(f"/cases/{case.pk}/transitions").json()["allowed"] == []
    assert api.patch(f"/cases/{case.pk}", {"version": 1, "priority": 1}).status_code == 404
