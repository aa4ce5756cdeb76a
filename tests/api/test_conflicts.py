"""A stale version gets 409, told who changed what since, and nothing is saved."""

from __future__ import annotations

from collections.abc import Callable

from hogo.accounts.models import User
from hogo.cases.actions import update_case
from hogo.cases.models import Case
from hogo.people.actions import update_person

from .conftest import Api


def test_a_stale_case_edit_gets_409_naming_what_changed(
    api_as: Callable[[User | None], Api],
    caseworker: User,
    supervisor: User,
    case: Case,
    rows: Callable[[], dict[str, int]],
) -> None:
    update_case(case, actor=supervisor, expected_version=1, changes={"priority": 4})
    before = rows()
    response = api_as(caseworker).patch(f"/cases/{case.pk}", {"version": 1, "summary": "Mine"})
    assert response.status_code == 409
    body = response.json()
    assert body["current_version"] == 2
    assert body["changes"] == [
        {"who": "supervisor", "when": body["changes"][0]["when"], "fields": {"priority": [3, 4]}}
    ]
    assert "priority" in body["detail"]
    assert rows() == before
    case.refresh_from_db()
    assert (case.summary, case.version) == ("Reached a safe house near the border.", 2)


def test_a_stale_transition_gets_409(
    api_as: Callable[[User | None], Api], caseworker: User, supervisor: User, case: Case
) -> None:
    update_case(case, actor=supervisor, expected_version=1, changes={"summary": "Moved."})
    response = api_as(caseworker).post(
        f"/cases/{case.pk}/transitions", {"to": "verifying", "reason": "Called.", "version": 1}
    )
    assert response.status_code == 409
    # The summary is encrypted: the conflict says it changed, not what it says now.
    assert response.json()["changes"][0]["fields"]["summary"][1] == "(encrypted)"
    case.refresh_from_db()
    assert case.status == "reported"


def test_a_stale_person_edit_gets_409(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    update_person(case.person, actor=caseworker, expected_version=1, changes={"birthplace": "佐渡"})
    response = api_as(caseworker).patch(
        f"/persons/{case.person_id}", {"version": 1, "birthplace": "新潟市"}
    )
    assert response.status_code == 409
    assert response.json()["current_version"] == 2
    assert "佐渡" in response.json()["detail"]


def test_the_current_version_is_accepted(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    response = api_as(caseworker).patch(f"/cases/{case.pk}", {"version": 1, "summary": "Mine"})
    assert response.status_code == 200
    assert (response.json()["summary"], response.json()["version"]) == ("Mine", 2)
