from __future__ import annotations

from collections.abc import Callable

from hogo.accounts.models import User
from hogo.cases.models import Case, Event

from .conftest import Api, audit_entries


def test_the_allowed_targets_follow_the_workflow(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    body = api_as(caseworker).get(f"/cases/{case.pk}/transitions").json()
    assert body["status"] == "reported"
    assert [target["status"] for target in body["allowed"]] == [
        "verifying",
        "on_hold",
        "withdrawn",
        "deceased",
    ]


def test_the_case_detail_lists_the_same_targets(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    api = api_as(caseworker)
    targets = [t["status"] for t in api.get(f"/cases/{case.pk}/transitions").json()["allowed"]]
    assert api.get(f"/cases/{case.pk}").json()["allowed_transitions"] == targets


def test_an_allowed_transition_moves_the_case_and_records_why(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    response = api_as(caseworker).post(
        f"/cases/{case.pk}/transitions",
        {"to": "verifying", "reason": "Identity papers received.", "version": 1},
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["version"]) == ("verifying", 2)
    assert "located" in [target["status"] for target in body["allowed"]]
    event = Event.objects.filter(case=case, kind="transition").first()
    assert event is not None
    assert (event.from_status, event.to_status, event.text) == (
        "reported",
        "verifying",
        "Identity papers received.",
    )
    assert audit_entries("cases.transition", object_id=str(case.pk))


def test_a_disallowed_transition_gets_400_naming_the_allowed_ones(
    api_as: Callable[[User | None], Api],
    caseworker: User,
    case: Case,
    rows: Callable[[], dict[str, int]],
) -> None:
    before = rows()
    response = api_as(caseworker).post(
        f"/cases/{case.pk}/transitions", {"to": "arrived", "reason": "Skip ahead.", "version": 1}
    )
    assert response.status_code == 400
    assert "verifying" in response.json()["errors"]["to"][0]
    assert rows() == before


def test_a_held_case_resumes_where_it_was(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    api = api_as(caseworker)
    api.post(f"/cases/{case.pk}/transitions", {"to": "on_hold", "reason": "Silent.", "version": 1})
    body = api.get(f"/cases/{case.pk}/transitions").json()
    assert body["held_from"] == "reported"
    assert "reported" in [target["status"] for target in body["allowed"]]
    response = api.post(
        f"/cases/{case.pk}/transitions", {"to": "reported", "reason": "Back.", "version": 2}
    )
    assert response.json()["status"] == "reported"
