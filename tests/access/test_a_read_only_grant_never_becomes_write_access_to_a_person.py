"""A read-only grant never turns into lasting write access to a person.

The outsider, a caseworker of "west", reads "east" through a grant. Opening a
case in "west" on a person of "east", or adding them as family there, would
keep that person visible and editable to the outsider once the grant ended.
Forms, actions and the API accept only persons of one's own cases.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from hogo import access
from hogo.accounts.models import Compartment, User
from hogo.cases import actions as case_actions
from hogo.cases.models import Case, CaseMember, Category
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind
from tests.access.conftest import Api
from tests.approvals.conftest import travel, west_case

__all__ = ["travel", "west_case"]


def test_a_grant_reader_cannot_open_a_case_on_a_person_seen_through_the_grant(
    granted_outsider: User, case: Case, west: Compartment
) -> None:
    assert access.get_person_for_user(granted_outsider, case.person_id) == case.person
    with pytest.raises(PermissionDenied):
        case_actions.create_case(
            actor=granted_outsider, person=case.person, category=Category.OTHER, compartment=west
        )
    assert not Case.objects.filter(compartment=west).exists()


def test_a_grant_reader_cannot_add_a_person_seen_through_the_grant_as_family(
    granted_outsider: User, case: Case, west_case: Case
) -> None:
    with pytest.raises(PermissionDenied):
        case_actions.add_family_member(
            west_case, person=case.person, relation="brother", actor=granted_outsider
        )
    assert not CaseMember.objects.filter(person=case.person).exists()


def test_the_new_case_page_refuses_a_person_seen_through_a_grant(
    client_for: Callable[[User | None], Client],
    granted_outsider: User,
    case: Case,
    west: Compartment,
) -> None:
    response = client_for(granted_outsider).post(
        reverse("cases:create"),
        {"person": case.person_id, "category": Category.OTHER, "compartment": west.pk,
         "priority": 2},
    )  # fmt: skip
    assert response.status_code == 200
    assert response.context["form"].errors["person"]
    assert not Case.objects.filter(compartment=west).exists()


def test_the_family_page_refuses_a_person_seen_through_a_grant(
    client_for: Callable[[User | None], Client],
    granted_outsider: User,
    case: Case,
    west_case: Case,
) -> None:
    response = client_for(granted_outsider).post(
        reverse("cases:add_member", args=[west_case.pk]),
        {"person": case.person_id, "relation": "brother"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["person"]
    assert not CaseMember.objects.filter(person=case.person).exists()


def test_the_api_refuses_a_case_on_a_person_seen_through_a_grant(
    api_as: Callable[[User | None], Api], granted_outsider: User, case: Case
) -> None:
    response = api_as(granted_outsider).post(
        "/cases",
        {"person": case.person_id, "category": "other", "compartment": "west", "priority": 2},
    )
    assert response.status_code == 404
    assert not Case.objects.filter(compartment__code="west").exists()


def test_the_pickers_offer_no_person_seen_through_a_grant(
    client_for: Callable[[User | None], Client], granted_outsider: User, case: Case
) -> None:
    own = create_person(actor=granted_outsider, names=[NameInput(NameKind.LEGAL, "金", "英姫")])
    response = client_for(granted_outsider).get(reverse("cases:create"), {"q": "金"})
    assert response.status_code == 200
    offered = [value for value, _label in response.context["form"].fields["person"].widget.choices]
    assert offered == [own.pk]
    assert "正一" not in response.content.decode()


def test_when_the_grant_ends_the_person_is_neither_visible_nor_editable(
    granted_outsider: User,
    case: Case,
    west: Compartment,
    travel: Callable[[timedelta], object],
) -> None:
    with pytest.raises(PermissionDenied):
        case_actions.create_case(
            actor=granted_outsider, person=case.person, category=Category.OTHER, compartment=west
        )
    travel(timedelta(days=30))
    assert not access.persons_visible_to(granted_outsider).filter(pk=case.person_id).exists()
    assert not access.can_edit_person(granted_outsider, case.person)
