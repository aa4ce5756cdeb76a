"""Encrypted fields: sealed in the database, plain in Python, bound to their row."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.cases import actions
from hogo.cases.models import Case, Event, EventKind
from hogo.lib.envelope import PREFIX, EnvelopeError


def _stored(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])
        value: str = cursor.fetchone()[0]
    return value


def _broker(case: Case, caseworker: User, organisation: str = "Mediators Ltd") -> Event:
    return actions.add_event(
        case,
        actor=caseworker,
        kind=EventKind.BROKER,
        occurred_on=date(2026, 1, 5),
        fields={
            "organisation": organisation,
            "demand_amount": Decimal("1500.50"),
            "demand_currency": "USD",
            "decision": "refused",
            "text": "Asked for money by telephone.",
        },
    )


def test_values_are_stored_sealed_and_read_back_in_clear(case: Case, caseworker: User) -> None:
    event = _broker(case, caseworker)
    for column in ("organisation", "demand_amount", "demand_currency", "text"):
        assert _stored("cases_event", column, event.pk).startswith(PREFIX)
    again = Event.objects.get(pk=event.pk)
    assert again.organisation == "Mediators Ltd"
    assert again.demand_amount == Decimal("1500.50")
    assert again.demand_currency == "USD"
    assert again.text == "Asked for money by telephone."


def test_an_empty_value_stays_empty_so_it_can_still_be_filtered(
    case: Case, caseworker: User
) -> None:
    event = actions.add_event(
        case,
        actor=caseworker,
        kind=EventKind.DIPLOMATIC_REQUEST,
        occurred_on=date(2026, 1, 5),
        fields={"addressee": "Ministry", "request": "Handover."},
    )
    assert _stored("cases_event", "outcome", event.pk) == ""
    requests = Event.objects.filter(kind=EventKind.DIPLOMATIC_REQUEST)
    assert list(requests.filter(outcome="").values_list("pk", flat=True)) == [event.pk]


def test_a_value_cannot_be_searched_or_written_in_clear_by_a_query(case: Case) -> None:
    with pytest.raises(TypeError, match="encrypted"):
        list(Case.objects.filter(summary="Mediators"))
    with pytest.raises(TypeError, match="encrypted"):
        Case.objects.filter(pk=case.pk).update(summary="written around the seal")


def test_a_sealed_value_moved_to_another_row_does_not_open(case: Case, caseworker: User) -> None:
    first = _broker(case, caseworker, "First broker")
    second = _broker(case, caseworker, "Second broker")
    moved = _stored("cases_event", "organisation", first.pk)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE cases_event SET organisation = %s WHERE id = %s", [moved, second.pk])
    with pytest.raises(EnvelopeError):
        _ = Event.objects.get(pk=second.pk).organisation


def test_saving_a_row_keeps_what_did_not_change_and_reseals_what_did(
    case: Case, caseworker: User
) -> None:
    event = _broker(case, caseworker)
    before = _stored("cases_event", "text", event.pk)
    loaded = Event.objects.get(pk=event.pk)
    loaded.save()
    assert _stored("cases_event", "text", event.pk) == before
    loaded.text = "Changed."
    loaded.save()
    assert _stored("cases_event", "text", event.pk) != before
    assert Event.objects.get(pk=event.pk).text == "Changed."


def test_updating_a_summary_goes_through_the_seal_and_the_log_keeps_no_copy(
    case: Case, caseworker: User
) -> None:
    actions.update_case(
        case, actor=caseworker, expected_version=case.version, changes={"summary": "Seen in Yanji."}
    )
    assert _stored("cases_case", "summary", case.pk).startswith(PREFIX)
    assert Case.objects.get(pk=case.pk).summary == "Seen in Yanji."
    entry = AuditEntry.objects.filter(action="cases.update").latest("seq")
    assert entry.changes == {"summary": ["(encrypted)", "(encrypted)"]}


def test_the_blind_index_finds_the_same_broker_whatever_its_spelling(
    case: Case, caseworker: User
) -> None:
    from hogo.cases.selectors import events_naming_organisation

    first = _broker(case, caseworker, "Mediators Ltd")
    second = _broker(case, caseworker, "MEDIATORS   ltd")
    _broker(case, caseworker, "Someone else")
    assert first.organisation_index == second.organisation_index
    found = events_naming_organisation(Event.objects.all(), "mediators ltd")
    assert sorted(found.values_list("pk", flat=True)) == sorted([first.pk, second.pk])
