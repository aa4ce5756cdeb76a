"""A case is found by the name of a broker on its timeline, and only among the cases
one may see.

Search compares the broker's encrypted name through its blind index, computed for
each case the user may see; the other conditions of a search choose among those
cases without repeating that limit (`selectors.search_cases`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from hogo.accounts.models import Compartment, User
from hogo.cases import actions
from hogo.cases.models import Case, Category, EventKind
from hogo.cases.selectors import search_cases
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind


def _broker(case: Case, actor: User, organisation: str) -> None:
    actions.add_event(
        case,
        actor=actor,
        kind=EventKind.BROKER,
        occurred_on=date(2026, 1, 5),
        fields={
            "organisation": organisation,
            "demand_amount": Decimal("900"),
            "demand_currency": "USD",
            "decision": "refused",
            "text": "Asked for money.",
        },
    )


@pytest.fixture
def across_the_border(outsider: User, west: Compartment) -> Case:
    person = create_person(actor=outsider, names=[NameInput(NameKind.LEGAL, "佐藤", "花子")])
    return actions.create_case(
        actor=outsider, person=person, category=Category.JAPANESE_SPOUSE, compartment=west
    )


# The last one in full-width letters, as a Japanese keyboard may type them.
FULL_WIDTH = "".join(chr(ord(c) + 0xFEE0) for c in "MEDIATORS") + " LTD"


@pytest.mark.parametrize("typed", ["Mediators Ltd", "mediators  ltd", FULL_WIDTH])
def test_a_case_is_found_by_its_brokers_name_however_it_is_typed(
    typed: str, case: Case, caseworker: User
) -> None:
    _broker(case, caseworker, "Mediators Ltd")
    assert list(search_cases(caseworker, query=typed)) == [case]


def test_a_broker_named_in_a_case_one_may_not_see_finds_nothing(
    case: Case,
    caseworker: User,
    teammate: User,
    outsider: User,
    across_the_border: Case,
) -> None:
    _broker(case, caseworker, "Mediators Ltd")
    _broker(across_the_border, outsider, "Mediators Ltd")
    assert list(search_cases(caseworker, query="mediators ltd")) == [case]
    assert list(search_cases(outsider, query="mediators ltd")) == [across_the_border]
    assert list(search_cases(teammate, query="mediators ltd")) == []


def test_another_brokers_name_finds_nothing(case: Case, caseworker: User) -> None:
    _broker(case, caseworker, "Mediators Ltd")
    assert list(search_cases(caseworker, query="Mediators")) == []
