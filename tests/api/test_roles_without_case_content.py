"""Auditors, administrators and statisticians read no case contents through the API."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hogo.accounts.models import User
from hogo.cases.models import Case

from .conftest import Api

ROLES = ["auditor", "administrator", "statistician"]


@pytest.mark.parametrize("role", ROLES)
def test_their_lists_are_empty(
    api_as: Callable[[User | None], Api], request: pytest.FixtureRequest, case: Case, role: str
) -> None:
    api = api_as(request.getfixturevalue(role))
    for path in ("/cases", "/persons"):
        body = api.get(path, {"q": "Kim"}).json()
        assert (body["items"], body["count"]) == ([], 0)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "path",
    ["/cases/{case}", "/cases/{case}/events", "/cases/{case}/transitions", "/persons/{person}"],
)
def test_they_get_404_for_the_case_and_its_person(
    api_as: Callable[[User | None], Api],
    request: pytest.FixtureRequest,
    case: Case,
    role: str,
    path: str,
) -> None:
    response = api_as(request.getfixturevalue(role)).get(
        path.format(case=case.pk, person=case.person_id)
    )
    assert response.status_code == 404
    assert "金" not in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_they_change_nothing(
    api_as: Callable[[User | None], Api],
    request: pytest.FixtureRequest,
    case: Case,
    rows: Callable[[], dict[str, int]],
    role: str,
) -> None:
    api = api_as(request.getfixturevalue(role))
    before = rows()
    assert api.patch(f"/cases/{case.pk}", {"version": 1, "priority": 1}).status_code == 404
    transition = {"to": "verifying", "reason": "x", "version": 1}
    assert api.post(f"/cases/{case.pk}/transitions", transition).status_code == 404
    rows_after = rows()
    # Their list calls are audited; nothing else may be written.
    assert rows_after == before
