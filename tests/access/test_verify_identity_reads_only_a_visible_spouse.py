"""Verify identity uses a spouse's name only when the reader may see the spouse.

The supervisor of "east" recorded that the caseworker's 金 正一 is married to the
protected person of the teammate's case, which the caseworker does not see. His
claim against the registries, and the page that shows it, leave her name out.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from hogo import access
from hogo.accounts.models import Compartment, User
from hogo.cases import actions as case_actions
from hogo.cases.models import Case, Category
from hogo.people.actions import NameInput, create_person, relate_persons
from hogo.people.models import NameKind, Person, RelationKind
from hogo.registries import selectors


@pytest.fixture
def wife(teammate: User, supervisor: User, east: Compartment, case: Case) -> Person:
    her = create_person(actor=teammate, names=[NameInput(NameKind.LEGAL, "佐藤", "美和子")])
    case_actions.create_case(
        actor=teammate, person=her, category=Category.JAPANESE_SPOUSE, compartment=east
    )
    relate_persons(case.person, her, actor=supervisor, kind=RelationKind.SPOUSE)
    return her


def test_the_claim_leaves_out_a_spouse_the_reader_cannot_see(
    caseworker: User, case: Case, wife: Person
) -> None:
    assert not access.persons_visible_to(caseworker).filter(pk=wife.pk).exists()
    claim = selectors.claim_for(case.person, reader=caseworker)
    assert claim.values["spouse_name"] == ""


def test_the_claim_keeps_a_spouse_the_reader_sees(
    supervisor: User, case: Case, wife: Person
) -> None:
    claim = selectors.claim_for(case.person, reader=supervisor)
    assert "美和子" in claim.values["spouse_name"]


def test_the_verify_page_never_shows_an_unseen_spouse(
    client_for: Callable[[User | None], Client], caseworker: User, case: Case, wife: Person
) -> None:
    response = client_for(caseworker).get(reverse("registries:verify", args=[case.person_id]))
    assert response.status_code == 200
    assert "美和子" not in response.content.decode()
