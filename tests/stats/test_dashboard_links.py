"""Every figure on the dashboard links to exactly the cases behind it."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs, urlparse

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import Compartment, User
from hogo.cases.actions import create_case, transition_case
from hogo.cases.models import Case
from hogo.people.actions import NameInput, create_person


def test_a_status_figure_lists_exactly_its_cases_and_only_visible_ones(
    case: Case,
    caseworker: User,
    supervisor: User,
    east: Compartment,
    client_for: Callable[[User | None], Client],
) -> None:
    other = create_person(actor=caseworker, names=[NameInput("legal", "佐藤", "花子")])
    second = create_case(actor=caseworker, person=other, category="other", compartment=east)
    transition_case(second, to="verifying", actor=caseworker, reason="check", expected_version=1)
    client = client_for(supervisor)
    board = client.get(reverse("stats:dashboard"))
    links = {status.value: link for status, _n, link in board.context["pipeline"]}
    listed = client.get(links["verifying"])
    assert [row.pk for row in listed.context["rows"]] == [second.pk]
    ids = parse_qs(urlparse(links["reported"]).query)["ids"][0]
    assert ids == str(case.pk)


def test_an_id_list_never_widens_what_a_user_sees(
    case: Case, outsider: User, client_for: Callable[[User | None], Client]
) -> None:
    page = client_for(outsider).get(reverse("cases:list"), {"ids": str(case.pk)})
    assert page.context["rows"] == []


def test_a_malformed_id_list_is_ignored_not_a_crash(
    case: Case, caseworker: User, client_for: Callable[[User | None], Client]
) -> None:
    page = client_for(caseworker).get(reverse("cases:list"), {"ids": "1;DROP"})
    assert page.status_code == 200
