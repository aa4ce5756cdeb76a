from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.people.models import Person
from hogo.registries.models import Registry
from hogo.registries.selectors import search


@pytest.mark.django_db
def test_a_name_told_in_hangul_finds_the_kanji_record_first(
    manifests_with_kim: Registry, told_in_hangul: Person
) -> None:
    found = search(told_in_hangul, reader=told_in_hangul.created_by)
    assert found[0].record.record_id == "R1"
    assert found[0].scored.match_probability > 0.8
    # The namesake born 27 years later is a candidate, but far behind.
    namesake = next(c for c in found if c.record.record_id == "R6")
    assert namesake.scored.match_probability < 0.05
    assert "R7" not in {c.record.record_id for c in found}  # shares no name


@pytest.mark.django_db
def test_the_page_explains_each_field_with_a_chart_and_audits_the_view(
    manifests_with_kim: Registry,
    told_in_hangul: Person,
    caseworker: User,
    client_for: Callable[[User | None], Client],
) -> None:
    url = reverse("registries:verify", kwargs={"pk": told_in_hangul.pk})
    response = client_for(caseworker).get(url)
    page = response.content.decode()
    assert response.status_code == 200
    assert page.index('data-candidate="manifests:R1"') < page.index('data-candidate="manifests:R6"')
    assert "data:image/svg+xml;base64," in page
    for field in ("name", "birth_date", "birth_place", "sex", "spouse", "departure_year"):
        assert f'data-field="{field}"' in page
    assert "year alone, the same" in page  # the birth date agreed on the year alone
    entry = AuditEntry.objects.get(action="registries.verify_view", actor=caseworker)
    assert entry.object_id == str(told_in_hangul.pk)
    assert ["manifests", "R1"] in entry.data["candidates"]


@pytest.mark.django_db
def test_the_page_is_in_japanese_for_a_japanese_reader(
    manifests_with_kim: Registry,
    told_in_hangul: Person,
    caseworker: User,
    client_for: Callable[[User | None], Client],
) -> None:
    url = reverse("registries:verify", kwargs={"pk": told_in_hangul.pk})
    page = client_for(caseworker).get(url, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "本人確認" in page
    assert "一致確率" in page
