"""A case's print view: the whole case, marked confidential for its reader, recorded as a read."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case


def test_the_print_view_is_marked_and_recorded_as_a_read_via_print(
    case: Case, caseworker: User, client_for: Callable[[User | None], Client]
) -> None:
    response = client_for(caseworker).get(reverse("cases:print", args=[case.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Confidential" in body
    assert "Printed for caseworker at" in body
    assert case.reference in body
    assert "Reached a safe house near the border." in body
    assert '<header class="top">' not in body  # no navigation on paper
    entry = AuditEntry.objects.filter(action="cases.view", object_id=str(case.pk)).last()
    assert entry is not None
    assert entry.data["via"] == "print"
    assert entry.actor_id == caseworker.pk


def test_an_outsider_gets_the_same_404_as_for_a_missing_case(
    case: Case, outsider: User, client_for: Callable[[User | None], Client]
) -> None:
    client = client_for(outsider)
    assert client.get(reverse("cases:print", args=[case.pk])).status_code == 404
    assert client.get(reverse("cases:print", args=[999_999])).status_code == 404
