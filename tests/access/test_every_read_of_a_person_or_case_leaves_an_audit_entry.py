"""Every read of a person or case leaves an audit entry; pickers are an audited search.

A refused change that shows the case again, the edit pages that show the
decrypted summary or a person's details, and the person pickers all read.
A refused lookup leaves an entry too, with the ids asked for and nothing more.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from hogo import access
from hogo.accounts.models import User
from hogo.cases.models import Case
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind, Person
from tests.access.conftest import Api, entries
from tests.approvals.conftest import sudo_client_for

__all__ = ["sudo_client_for"]


def test_a_refused_transition_that_shows_the_case_again_is_recorded_as_a_read(
    client_for: Callable[[User | None], Client], caseworker: User, case: Case
) -> None:
    response = client_for(caseworker).post(
        reverse("cases:transition", args=[case.pk]),
        {"version": case.version, "to": "closed", "reason": ""},
    )
    assert response.status_code == 400
    assert case.reference in response.content.decode()
    [entry] = entries("cases.view", object_id=str(case.pk))
    assert entry.actor_id == caseworker.pk


def test_the_case_edit_page_that_shows_the_summary_is_recorded_as_a_read(
    client_for: Callable[[User | None], Client], caseworker: User, case: Case
) -> None:
    response = client_for(caseworker).get(reverse("cases:edit", args=[case.pk]))
    assert "safe house" in response.content.decode()
    [entry] = entries("cases.view", object_id=str(case.pk))
    assert entry.data["via"] == "edit"


def test_the_person_edit_page_is_recorded_as_a_read(
    client_for: Callable[[User | None], Client], caseworker: User, person: Person
) -> None:
    response = client_for(caseworker).get(reverse("people:edit", args=[person.pk]))
    assert "新潟県" in response.content.decode()
    [entry] = entries("people.view", object_id=str(person.pk))
    assert entry.data["via"] == "edit"


def test_the_new_case_page_lists_nobody_until_a_search(
    client_for: Callable[[User | None], Client], caseworker: User, person: Person
) -> None:
    response = client_for(caseworker).get(reverse("cases:create"))
    assert "正一" not in response.content.decode()
    assert not entries("people.search")


def test_a_picker_search_offers_own_persons_and_is_audited_by_ids(
    client_for: Callable[[User | None], Client], caseworker: User, person: Person
) -> None:
    response = client_for(caseworker).get(reverse("cases:create"), {"q": "キン"})
    assert "正一" in response.content.decode()
    [entry] = entries("people.search", actor_id=caseworker.pk)
    assert entry.data == {"via": "case_create", "ids": [person.pk], "count": 1}
    assert "キン" not in str(entry.data)


def test_the_merge_page_shows_birth_dates_only_of_what_a_search_found(
    sudo_client_for: Callable[[User], Client], caseworker: User, person: Person
) -> None:
    other = create_person(
        actor=caseworker, names=[NameInput(NameKind.LEGAL, "金", "正一")], birth_date_text="1935"
    )
    client = sudo_client_for(caseworker)
    empty = client.get(reverse("people:merge", args=[person.pk]))
    assert f"#{other.pk} " not in empty.content.decode()
    found = client.get(reverse("people:merge", args=[person.pk]), {"q": "金"})
    assert f"#{other.pk} 金 正一 (1935)" in found.content.decode()
    assert entries("people.search")[-1].data["ids"] == [other.pk]


def test_a_refused_page_lookup_leaves_an_audit_entry_with_ids_only(
    client_for: Callable[[User | None], Client], outsider: User, case: Case
) -> None:
    response = client_for(outsider).get(reverse("cases:detail", args=[case.pk]))
    assert response.status_code == 404
    [entry] = entries("access.refused", actor_id=outsider.pk)
    assert entry.data == {"refused": [{"kind": "case", "id": str(case.pk), "write": False}],
                          "more": 0}  # fmt: skip
    assert entry.object_id == ""
    assert case.reference not in str(entry.data)


def test_a_refused_api_lookup_leaves_an_audit_entry(
    api_as: Callable[[User | None], Api], outsider: User, person: Person
) -> None:
    assert api_as(outsider).get(f"/persons/{person.pk}").status_code == 404
    [entry] = entries("access.refused", actor_id=outsider.pk)
    assert entry.data["refused"] == [{"kind": "person", "id": str(person.pk), "write": False}]


def test_a_refused_write_is_recorded_as_one(
    client_for: Callable[[User | None], Client], teammate: User, case: Case
) -> None:
    response = client_for(teammate).get(reverse("cases:edit", args=[case.pk]))
    assert response.status_code == 404
    [entry] = entries("access.refused", actor_id=teammate.pk)
    assert entry.data["refused"] == [{"kind": "case", "id": str(case.pk), "write": True}]


def test_a_refused_lookup_outside_a_request_is_audited_at_once(outsider: User) -> None:
    with contextlib.suppress(Exception):
        access.get_person_for_user(outsider, "1\n" + "x" * 500)
    [entry] = entries("access.refused", actor_id=outsider.pk)
    [refusal] = entry.data["refused"]
    assert len(refusal["id"]) == 40
