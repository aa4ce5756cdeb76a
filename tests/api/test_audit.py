"""Every read through the API is audited in the request's own transaction."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hogo.accounts.models import User
from hogo.audit import registry
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case

from .conftest import Api, audit_entries


@pytest.mark.parametrize(
    "path", ["/cases/{case}", "/cases/{case}/events", "/cases/{case}/transitions"]
)
def test_reading_a_case_writes_a_view_entry(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case, path: str
) -> None:
    api_as(caseworker).get(path.format(case=case.pk))
    [entry] = audit_entries("cases.view", object_id=str(case.pk))
    assert (entry.actor_id, entry.data["via"]) == (caseworker.pk, "api")


def test_reading_a_person_writes_a_view_entry(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    api_as(caseworker).get(f"/persons/{case.person_id}")
    [entry] = audit_entries("people.view", object_id=str(case.person_id))
    assert (entry.actor_id, entry.data["via"]) == (caseworker.pk, "api")


def test_listing_cases_records_which_were_shown(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    api_as(caseworker).get("/cases", {"q": "Kim"})
    [entry] = audit_entries("cases.list")
    assert entry.data == {"ids": [case.pk], "via": "api"}
    assert entry.actor_id == caseworker.pk


def test_listing_persons_records_a_view_of_each_one_shown(
    api_as: Callable[[User | None], Api], caseworker: User, case: Case
) -> None:
    api_as(caseworker).get("/persons")
    assert [e.object_id for e in audit_entries("people.view")] == [str(case.person_id)]


def test_the_entries_of_one_request_share_its_id(
    api_as: Callable[[User | None], Api], security_officer: User, case: Case
) -> None:
    from hogo.cases.models import SecurityScreening

    SecurityScreening.objects.create(case=case, result="cleared")
    response = api_as(security_officer).get(f"/cases/{case.pk}")
    request_ids = {e.request_id for e in AuditEntry.objects.filter(action__startswith="cases.view")}
    assert request_ids == {response["X-Request-Id"]}


def test_a_read_that_cannot_be_audited_fails_and_shows_nothing(
    api_as: Callable[[User | None], Api],
    caseworker: User,
    case: Case,
    monkeypatch: pytest.MonkeyPatch,
    rows: Callable[[], dict[str, int]],
) -> None:
    monkeypatch.delitem(registry._ACTIONS, "cases.view")
    before = rows()
    response = api_as(caseworker).get(f"/cases/{case.pk}")
    assert response.status_code == 500
    assert "金" not in response.content.decode()
    assert case.reference not in response.content.decode()
    assert rows() == before


def test_a_list_that_cannot_be_audited_fails_and_shows_nothing(
    api_as: Callable[[User | None], Api],
    caseworker: User,
    case: Case,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(registry._ACTIONS, "cases.list")
    response = api_as(caseworker).get("/cases")
    assert response.status_code == 500
    assert case.reference not in response.content.decode()


def test_a_change_whose_audit_fails_is_rolled_back(
    api_as: Callable[[User | None], Api],
    caseworker: User,
    case: Case,
    monkeypatch: pytest.MonkeyPatch,
    rows: Callable[[], dict[str, int]],
) -> None:
    monkeypatch.delitem(registry._ACTIONS, "cases.add_event")
    before = rows()
    response = api_as(caseworker).post(
        f"/cases/{case.pk}/events", {"kind": "note", "occurred_on": "2024-01-01", "text": "x"}
    )
    assert response.status_code == 500
    assert rows() == before


def test_an_api_view_runs_inside_the_request_transaction(
    api_as: Callable[[User | None], Api],
    caseworker: User,
    case: Case,
    monkeypatch: pytest.MonkeyPatch,
    rows: Callable[[], dict[str, int]],
) -> None:
    """The view entry is written, then the response fails: the entry goes with it."""
    from hogo.api import cases as case_operations

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("rendering failed")

    monkeypatch.setattr(case_operations, "case_out", broken)
    before = rows()
    assert api_as(caseworker).get(f"/cases/{case.pk}").status_code == 500
    assert rows() == before
