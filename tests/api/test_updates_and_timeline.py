from __future__ import annotations

from collections.abc import Callable

from django.utils import timezone

from hogo.accounts.models import User
from hogo.cases.models import Case, Event

from .conftest import Api, audit_entries

TODAY = str(timezone.localdate())


def test_a_caseworker_changes_priority_and_summary(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    response = api_as(caseworker).patch(
        f"/cases/{case.pk}", {"version": 1, "priority": 4, "summary": "Moved to a city."}
    )
    assert response.status_code == 200
    case.refresh_from_db()
    assert (case.priority, case.summary, case.version) == (4, "Moved to a city.", 2)
    [entry] = audit_entries("cases.update", object_id=str(case.pk))
    assert entry.changes["priority"] == [3, 4]


def test_a_caseworker_may_not_reassign_a_case(
    api_as: Callable[[User | None], Api],
    caseworker: User,
    teammate: User,
    case: Case,
    rows: Callable[[], dict[str, int]],
) -> None:
    before = rows()
    response = api_as(caseworker).patch(f"/cases/{case.pk}", {"version": 1, "officer": teammate.pk})
    assert response.status_code == 403
    assert rows() == before


def test_a_supervisor_reassigns_a_case(
    api_as: Callable[[User | None], Api], supervisor: User, teammate: User, case: Case
) -> None:
    response = api_as(supervisor).patch(f"/cases/{case.pk}", {"version": 1, "officer": teammate.pk})
    assert response.status_code == 200
    assert response.json()["officer"]["username"] == "teammate"


def test_a_supervisor_unassigns_a_case_with_null(
    api_as: Callable[[User | None], Api], supervisor: User, case: Case
) -> None:
    response = api_as(supervisor).patch(f"/cases/{case.pk}", {"version": 1, "officer": None})
    assert response.json()["officer"] is None


def test_a_case_cannot_be_assigned_to_an_auditor_or_nobody(
    api_as: Callable[[User | None], Api], supervisor: User, auditor: User, case: Case
) -> None:
    api = api_as(supervisor)
    for officer in (auditor.pk, 999_999):
        response = api.patch(f"/cases/{case.pk}", {"version": 1, "officer": officer})
        assert response.status_code == 400
        assert list(response.json()["errors"]) == ["officer"]


def test_a_caseworker_corrects_a_persons_birthplace(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    response = api_as(caseworker).patch(
        f"/persons/{case.person_id}", {"version": 1, "birthplace": "佐渡"}
    )
    assert response.status_code == 200
    assert (response.json()["birthplace"], response.json()["version"]) == ("佐渡", 2)


def test_a_location_entry_is_added_to_the_timeline(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    api = api_as(caseworker)
    response = api.post(
        f"/cases/{case.pk}/events",
        {
            "kind": "location",
            "occurred_on": TODAY,
            "country": "CN",
            "region": "Yanbian",
            "custodian": "ngo_safe_house",
        },
    )
    assert response.status_code == 201
    assert response.json()["details"] == {
        "country": "CN",
        "region": "Yanbian",
        "custodian": "ngo_safe_house",
    }
    timeline = api.get(f"/cases/{case.pk}/events").json()
    assert [entry["kind"] for entry in timeline] == ["location", "transition"]


def test_a_broker_entry_keeps_its_amount_exactly(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    response = api_as(caseworker).post(
        f"/cases/{case.pk}/events",
        {
            "kind": "broker",
            "occurred_on": TODAY,
            "organisation": "Mr. Pak",
            "demand_amount": "12000.50",
            "demand_currency": "USD",
            "decision": "refused",
        },
    )
    assert response.status_code == 201
    assert response.json()["details"]["demand_amount"] == "12000.50"
    assert str(Event.objects.get(pk=response.json()["id"]).demand_amount) == "12000.50"


def test_a_family_member_is_part_of_the_case_detail(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    from hogo.cases.actions import add_family_member
    from hogo.people.actions import NameInput, create_person

    wife = create_person(actor=caseworker, names=[NameInput("legal", "金", "順子")])
    add_family_member(case, person=wife, relation="wife", actor=caseworker)
    family = api_as(caseworker).get(f"/cases/{case.pk}").json()["family"]
    assert [(m["person"]["id"], m["relation"]) for m in family] == [(wife.pk, "wife")]
