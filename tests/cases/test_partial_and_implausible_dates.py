"""Timeline dates as far as they are known, and dates no case can have."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.cases import actions
from hogo.cases.models import Case, Event
from hogo.lib.dates import PartialDate

ClientFor = Callable[[User | None], Client]


def add_note(client: Client, case: Case, when: str) -> object:
    return client.post(
        reverse("cases:add_event", kwargs={"pk": case.pk, "kind": "note"}),
        {"occurred_on": when, "text": "Fled to China."},
    )


@pytest.mark.parametrize("written", ["2002-11", "November 2002", "2002年11月"])
def test_a_month_without_a_day_is_kept_and_shown_as_a_month(
    written: str, case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    add_note(client, case, written)
    event = Event.objects.get(case=case, kind="note")
    assert (event.occurred_on, event.occurred_precision) == (date(2002, 11, 1), "month")
    page = client.get(reverse("cases:detail", kwargs={"pk": case.pk})).content.decode()
    assert "November 2002, day not recorded" in page
    assert "2002-11-01" not in page


def test_a_year_alone_is_shown_as_a_year(case: Case, caseworker: User) -> None:
    event = actions.add_event(
        case, actor=caseworker, kind="note", occurred_on=PartialDate(1959), fields={"text": "x"}
    )
    assert event.occurred_display == "1959, month and day not recorded"


def test_a_date_before_the_persons_birth_is_refused(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    # The person was born on 5 March 1935 (昭和10年3月5日).
    response = add_note(client_for(caseworker), case, "1934-12-31")
    errors = response.context["form"].errors  # type: ignore[attr-defined]
    assert "before the person's birth (1935-03-05)" in errors["occurred_on"][0]
    assert not Event.objects.filter(case=case, kind="note").exists()


def test_a_year_implausible_for_anyone_is_refused(case: Case, caseworker: User) -> None:
    with pytest.raises(ValidationError) as refused:
        actions.add_event(
            case, actor=caseworker, kind="note", occurred_on=date(1850, 1, 1), fields={"text": "x"}
        )
    assert "occurred_on" in refused.value.message_dict


def test_words_that_are_no_date_say_what_to_write(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    response = add_note(client_for(caseworker), case, "sometime last winter")
    errors = response.context["form"].errors  # type: ignore[attr-defined]
    assert "a month such as 2002-11" in errors["occurred_on"][0]
