"""Every operation on one case or person answers an outsider exactly as a missing one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.utils import timezone

from hogo.accounts.models import User
from hogo.cases.models import Case

from .conftest import Api

MISSING = 999_999


def _operations(case_id: int, person_id: int) -> list[tuple[str, str, object]]:
    today = str(timezone.localdate())
    return [
        ("get", f"/cases/{case_id}", None),
        ("patch", f"/cases/{case_id}", {"version": 1, "summary": "x"}),
        ("get", f"/cases/{case_id}/events", None),
        ("post", f"/cases/{case_id}/events", {"kind": "note", "occurred_on": today, "text": "x"}),
        ("get", f"/cases/{case_id}/transitions", None),
        ("post", f"/cases/{case_id}/transitions", {"to": "verifying", "reason": "x", "version": 1}),
        ("get", f"/persons/{person_id}", None),
        ("patch", f"/persons/{person_id}", {"version": 1, "birthplace": "x"}),
        (
            "post",
            "/cases",
            {"person": person_id, "category": "other", "compartment": "west", "priority": 2},
        ),
    ]


OPERATIONS = [f"{method} {path}" for method, path, _b in _operations(0, 0)]


def _call(api: Api, method: str, path: str, body: object) -> object:
    return api.get(path) if method == "get" else api.send(method, path, body)


@pytest.mark.parametrize("index", range(len(OPERATIONS)), ids=OPERATIONS)
def test_an_outsider_gets_404_for_a_case(
    api_as: Callable[[User | None], Api],
    outsider: User,
    case: Case,
    rows: Callable[[], dict[str, int]],
    index: int,
) -> None:
    api = api_as(outsider)
    before = rows()
    method, path, body = _operations(case.pk, case.person_id)[index]
    hidden = _call(api, method, path, body)
    method, path, body = _operations(MISSING, MISSING)[index]
    missing = _call(api, method, path, body)
    assert hidden.status_code == missing.status_code == 404  # type: ignore[attr-defined]
    assert hidden.content == missing.content  # type: ignore[attr-defined]
    assert rows() == before


@pytest.mark.parametrize("case_id", ["abc", "1.0", "-1", "0", "99999999999999999999999", "1e3"])
def test_an_id_that_is_not_a_case_id_gets_the_same_404(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case, case_id: str
) -> None:
    api = api_as(caseworker)
    assert api.get(f"/cases/{case_id}").content == api.get(f"/cases/{MISSING}").content
    assert api.get(f"/cases/{case_id}").status_code == 404
    assert api.get(f"/persons/{case_id}/").status_code == 404


def test_a_teammate_it_was_not_shared_with_gets_404(
    api_as: Callable[[User | None], Api], teammate: User, case: Case
) -> None:
    assert api_as(teammate).get(f"/cases/{case.pk}").status_code == 404


def test_an_outsiders_lists_leave_the_case_out(
    api_as: Callable[[User | None], Api], outsider: User, other_supervisor: User, case: Case
) -> None:
    for user in (outsider, other_supervisor):
        api = api_as(user)
        assert api.get("/cases").json()["items"] == []
        assert api.get("/persons").json()["items"] == []
