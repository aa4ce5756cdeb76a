"""A location's country is typed or picked by name, in English or Japanese, or by code."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.cases.models import Case, Event

ClientFor = Callable[[User | None], Client]


def add_location(client: Client, case: Case, country: str) -> object:
    return client.post(
        reverse("cases:add_event", kwargs={"pk": case.pk, "kind": "location"}),
        {"occurred_on": "2024-05", "country": country, "custodian": "self", "region": "Jilin"},
    )


@pytest.mark.parametrize("typed", ["cn", "China", "中国", "中国 (CN)"])
def test_china_is_stored_as_cn_and_shown_by_name(
    typed: str, case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    add_location(client, case, typed)
    assert Event.objects.get(case=case, kind="location").country == "CN"
    page = client.get(reverse("cases:detail", kwargs={"pk": case.pk})).content.decode()
    assert "<strong>China, Jilin</strong>" in page


def test_a_name_it_does_not_know_is_refused_in_words(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    response = add_location(client_for(caseworker), case, "Chinaa")
    errors = response.context["form"].errors  # type: ignore[attr-defined]
    assert "is not a country this system knows" in errors["country"][0]
    assert not Event.objects.filter(case=case, kind="location").exists()


def test_the_form_lists_the_countries_in_japanese(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    client.cookies["django_language"] = "ja"
    page = client.get(
        reverse("cases:add_event", kwargs={"pk": case.pk, "kind": "location"}),
        HTTP_ACCEPT_LANGUAGE="ja",
    ).content.decode()
    assert 'list="country-countries"' in page
    assert '<option value="中国 (CN)">' in page
