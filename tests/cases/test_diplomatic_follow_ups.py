"""Diplomatic requests carry a follow-up date, and a list shows those due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.cases import actions
from hogo.cases.models import Case, Event
from hogo.cases.selectors import follow_ups

ClientFor = Callable[[User | None], Client]


def ask(case: Case, user: User, *, on: date, follow_up: date | None) -> Event:
    fields: dict[str, object] = {"addressee": "MFA of China", "request": "Hand her over."}
    if follow_up is not None:
        fields["follow_up_on"] = follow_up
    return actions.add_event(
        case, actor=user, kind="diplomatic_request", occurred_on=on, fields=fields
    )


def test_a_request_due_is_listed_and_one_far_ahead_is_not(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    today = timezone.localdate()
    due = ask(case, caseworker, on=today - timedelta(days=30), follow_up=today - timedelta(days=1))
    assert list(follow_ups(caseworker, today=today)) == [due]
    page = client_for(caseworker).get(reverse("cases:follow_ups")).content.decode()
    assert case.reference in page
    assert "due" in page
    assert AuditEntry.objects.filter(action="cases.list", data__via="follow_ups").exists()
    # Asking again, with a follow-up in two months, takes the first one off the list.
    ask(case, caseworker, on=today, follow_up=today + timedelta(days=60))
    assert list(follow_ups(caseworker, today=today)) == []


def test_the_form_takes_the_follow_up_date(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    today = timezone.localdate()
    client_for(caseworker).post(
        reverse("cases:add_event", kwargs={"pk": case.pk, "kind": "diplomatic_request"}),
        {
            "occurred_on": str(today),
            "addressee": "MFA of China",
            "request": "Handover",
            "follow_up_on": str(today + timedelta(days=7)),
        },
    )
    event = Event.objects.get(case=case, kind="diplomatic_request")
    assert event.follow_up_on == today + timedelta(days=7)


def test_a_follow_up_before_the_request_is_refused(case: Case, caseworker: User) -> None:
    today = timezone.localdate()
    with pytest.raises(ValidationError) as refused:
        ask(case, caseworker, on=today, follow_up=today - timedelta(days=3))
    assert "follow_up_on" in refused.value.message_dict


def test_others_do_not_see_follow_ups_of_cases_they_may_not_see(
    case: Case, caseworker: User, outsider: User
) -> None:
    today = timezone.localdate()
    ask(case, caseworker, on=today, follow_up=today)
    assert list(follow_ups(outsider, today=today)) == []
