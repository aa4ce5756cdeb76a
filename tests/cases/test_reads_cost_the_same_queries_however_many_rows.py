"""A page's queries do not grow with its rows: no query per case, name or event creeps back.

Each read costs CPU on the database's cores too; the load benchmark
(docs/benchmarks.md, "Concurrent audited reads") is bound by it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from hogo.accounts.models import Compartment, User
from hogo.cases import actions as case_actions
from hogo.cases.models import Case, Category, Priority
from hogo.cases.workflow import Status
from hogo.lib.choices import choice_label
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind

ClientFor = Callable[[User | None], Client]


def _more_cases(caseworker: User, east: Compartment, count: int) -> None:
    for number in range(count):
        person = create_person(
            actor=caseworker,
            names=[
                NameInput(NameKind.LEGAL, "金", f"正{number}"),
                NameInput(NameKind.READING, "キン", "セイ"),
            ],
            sex="F",
        )
        case_actions.create_case(
            actor=caseworker,
            person=person,
            category=Category.DESCENDANT,
            compartment=east,
            priority=Priority.URGENT,
            summary="Another case.",
        )


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries.captured_queries)


@pytest.mark.parametrize(
    "url", [reverse("cases:list"), reverse("cases:list") + "?q=kim"], ids=["list", "search"]
)
def test_the_case_list_and_search_cost_the_same_queries_for_one_case_or_five(
    url: str, case: Case, caseworker: User, east: Compartment, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    client.get(url)  # the session's first times are written once
    one = _queries(client, url)
    _more_cases(caseworker, east, 4)
    five = _queries(client, url)
    assert five == one


def test_a_case_page_costs_the_same_queries_for_one_event_or_four(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    url = reverse("cases:detail", kwargs={"pk": case.pk})
    case_actions.add_event(
        case,
        actor=caseworker,
        kind="note",
        occurred_on=date(2003, 1, 5),
        fields={"text": "First call."},
    )
    client.get(url)
    one = _queries(client, url)
    for day in (6, 7, 8):
        case_actions.add_event(
            case,
            actor=caseworker,
            kind="note",
            occurred_on=date(2003, 1, day),
            fields={"text": f"Call on the {day}th."},
        )
    four = _queries(client, url)
    assert four == one


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
def test_a_case_shows_the_same_labels_as_djangos_own_display(language: str, case: Case) -> None:
    fields = {"status": Status, "category": Category, "priority": Priority}
    with translation.override(language):
        for name, choices in fields.items():
            field = Case._meta.get_field(name)
            for value, label in field.flatchoices:  # type: ignore[union-attr]
                setattr(case, name, value)
                shown = getattr(case, f"get_{name}_display")()
                assert shown == str(label)
                assert shown == choice_label(choices, value)
        assert choice_label(Status, "no_such_status") == "no_such_status"
    with translation.override("ja"):
        case.category = Category.FORMER_RESIDENT
        assert case.get_category_display() != "former resident of Japan"
