"""The broker index says nothing across cases, and sealed values open only in their own case.

A 32-bit index keyed per column gave the same broker the same index in every
case: whoever read the database learnt which cases dealt with the same broker.
The index is now 64 bits, keyed per case. And a sealed value bound only to its
row still opened after someone with write access to the database moved the row
to another case; it is now bound to the case as well.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection

from hogo.accounts.models import Compartment, User
from hogo.cases import actions
from hogo.cases.documents import open_document
from hogo.cases.models import Case, Category, Event, EventKind
from hogo.cases.selectors import search_cases
from hogo.lib.envelope import EnvelopeError
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind


def _broker(case: Case, actor: User, organisation: str) -> Event:
    return actions.add_event(
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
def western_case(outsider: User, west: Compartment) -> Case:
    # Another desk's case, on a person that desk registered itself.
    stranger = create_person(
        actor=outsider,
        names=[NameInput(NameKind.LEGAL, "李", "英哲")],
        sex="M",
        birth_date_text="1950",
        birthplace="",
        nationality_claimed="",
    )
    return actions.create_case(
        actor=outsider, person=stranger, category=Category.OTHER, compartment=west
    )


def _move(table: str, pk: int, case: Case) -> None:
    # What someone with write access to the database, but not the master key, can do.
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET case_id = %s WHERE id = %s", [case.pk, pk])


def test_the_same_broker_in_two_cases_gets_unrelated_indexes(
    case: Case, caseworker: User, western_case: Case, outsider: User
) -> None:
    here = _broker(case, caseworker, "Mediators Ltd")
    again_here = _broker(case, caseworker, "MEDIATORS  ltd")
    there = _broker(western_case, outsider, "Mediators Ltd")
    assert here.organisation_index == again_here.organisation_index
    assert here.organisation_index != there.organisation_index
    assert len(here.organisation_index) == 16  # 64 bits


def test_a_user_still_finds_a_broker_in_the_cases_they_may_see(
    case: Case,
    caseworker: User,
    western_case: Case,
    outsider: User,
    other_supervisor: User,
) -> None:
    _broker(case, caseworker, "Mediators Ltd")
    _broker(western_case, outsider, "Mediators Ltd")
    _broker(western_case, outsider, "Someone Else")
    assert list(search_cases(caseworker, query="mediators ltd")) == [case]
    assert list(search_cases(outsider, query="Mediators Ltd")) == [western_case]
    assert list(search_cases(other_supervisor, query="someone else")) == [western_case]
    assert list(search_cases(caseworker, query="someone else")) == []


def test_a_sealed_value_moved_to_another_case_does_not_open(
    case: Case, caseworker: User, western_case: Case
) -> None:
    event = _broker(case, caseworker, "Mediators Ltd")
    _move("cases_event", event.pk, western_case)
    moved = Event.objects.get(pk=event.pk)
    for name in ("organisation", "text", "demand_amount", "demand_currency"):
        with pytest.raises(EnvelopeError):
            getattr(moved, name)


def test_a_document_moved_to_another_case_does_not_open(
    case: Case, caseworker: User, western_case: Case
) -> None:
    event = actions.upload_document(
        case,
        actor=caseworker,
        stream=io.BytesIO("保護の記録".encode()),
        filename="note.txt",
        occurred_on=date(2026, 1, 6),
    )
    document = event.document
    assert document is not None
    _move("cases_document", document.pk, western_case)
    moved = type(document).objects.get(pk=document.pk)
    with pytest.raises(EnvelopeError):
        b"".join(open_document(moved))
    with pytest.raises(EnvelopeError):
        str(moved.original_name)


def test_screening_findings_moved_to_another_case_do_not_open(
    case: Case, security_officer: User, western_case: Case
) -> None:
    screening = actions.update_screening(
        case, actor=security_officer, result="concern", findings="Contact with the ministry."
    )
    _move("cases_securityscreening", screening.pk, western_case)
    moved = type(screening).objects.get(pk=screening.pk)
    with pytest.raises(EnvelopeError):
        str(moved.findings)
