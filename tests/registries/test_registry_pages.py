from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from tests.registries.conftest import GOOD


@pytest.fixture
def manifests(write_csv: Callable[..., Path]) -> None:
    path = write_csv(*GOOD)
    call_command("registry", "import", "manifests", str(path), stdout=io.StringIO())


@pytest.mark.django_db
@pytest.mark.usefixtures("manifests")
def test_a_supervisor_sees_the_registries_and_their_fill_rates(
    supervisor: User, client_for: Callable[[User | None], Client]
) -> None:
    client = client_for(supervisor)
    listing = client.get(reverse("registries:list"))
    assert listing.status_code == 200
    assert "manifests" in listing.content.decode()
    detail = client.get(reverse("registries:detail", kwargs={"name": "manifests"}))
    page = detail.content.decode()
    assert detail.status_code == 200
    assert "spouse_name" in page
    assert "67 %" in page
    assert "金" not in page  # counts only: the rows themselves are not shown
    assert AuditEntry.objects.filter(action="registries.view", actor=supervisor).count() == 1
    assert AuditEntry.objects.filter(action="registries.list", actor=supervisor).count() == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("manifests")
@pytest.mark.parametrize("who", ["caseworker", "outsider", "auditor", "statistician"])
def test_anyone_but_a_supervisor_gets_404(
    who: str, request: pytest.FixtureRequest, client_for: Callable[[User | None], Client]
) -> None:
    client = client_for(request.getfixturevalue(who))
    assert client.get(reverse("registries:list")).status_code == 404
    detail = reverse("registries:detail", kwargs={"name": "manifests"})
    assert client.get(detail).status_code == 404


@pytest.mark.django_db
def test_an_unknown_registry_is_404(
    supervisor: User, client_for: Callable[[User | None], Client]
) -> None:
    response = client_for(supervisor).get(reverse("registries:detail", kwargs={"name": "nope"}))
    assert response.status_code == 404
