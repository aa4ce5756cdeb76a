"""A case is found by any name of its person, typed in any script."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.cases.models import Case
from hogo.cases.selectors import search_cases


@pytest.mark.parametrize(
    "typed",
    [
        "キン",
        "Kim",
        "김",
        "金田",
        "金",
        "KIM",
        "きん",
        "Jong-il",
        "Kim Jong Il",
        "김 정일",
        "金田 正一",
    ],
)
def test_a_case_is_found_by_any_name_in_any_script(
    typed: str, case: Case, caseworker: User
) -> None:
    assert list(search_cases(caseworker, query=typed)) == [case]


@pytest.mark.parametrize("typed", ["Kang", "佐藤", "Park", "이"])
def test_other_names_do_not_find_it(typed: str, case: Case, caseworker: User) -> None:
    assert list(search_cases(caseworker, query=typed)) == []


def test_search_never_widens_what_a_user_may_see(case: Case, teammate: User) -> None:
    assert list(search_cases(teammate, query="キン")) == []


def test_the_case_list_page_searches_and_lists_only_matches(
    case: Case, caseworker: User, client_for: Callable[[User | None], Client]
) -> None:
    page = client_for(caseworker).get(reverse("cases:list"), {"q": "김"})
    assert page.status_code == 200
    assert case.reference in page.content.decode()
    miss = client_for(caseworker).get(reverse("cases:list"), {"q": "Saito"})
    assert case.reference not in miss.content.decode()


def test_an_htmx_search_returns_only_the_results_fragment(
    case: Case, caseworker: User, client_for: Callable[[User | None], Client]
) -> None:
    page = client_for(caseworker).get(reverse("cases:list"), {"q": "Kim"}, HTTP_HX_REQUEST="true")
    body = page.content.decode()
    assert case.reference in body
    assert "<html" not in body


def test_a_bad_filter_value_is_ignored_with_an_error_not_a_crash(
    case: Case, caseworker: User, client_for: Callable[[User | None], Client]
) -> None:
    page = client_for(caseworker).get(reverse("cases:list"), {"status": "nonsense", "officer": "x"})
    assert page.status_code == 200
