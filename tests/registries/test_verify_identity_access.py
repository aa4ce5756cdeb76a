from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case
from hogo.registries.models import EligibilityEvidence, Registry


@pytest.mark.django_db
@pytest.mark.usefixtures("manifests_with_kim")
@pytest.mark.parametrize(
    "who", ["outsider", "teammate", "other_supervisor", "security_officer", "auditor"]
)
def test_anyone_without_the_case_gets_404_and_learns_nothing(
    who: str, case: Case, request: pytest.FixtureRequest, client_for: Callable[..., Client]
) -> None:
    client = client_for(request.getfixturevalue(who))
    pk = case.person_id
    assert client.get(reverse("registries:verify", kwargs={"pk": pk})).status_code == 404
    decide = reverse("registries:decide", kwargs={"pk": pk})
    data = {"registry": "manifests", "record_id": "R1", "decision": "confirm", "reason": "x"}
    assert client.post(decide, data).status_code == 404
    assert not EligibilityEvidence.objects.exists()
    assert not AuditEntry.objects.filter(action__startswith="registries.verify").exists()


@pytest.mark.django_db
def test_a_person_that_does_not_exist_is_404_too(
    manifests_with_kim: Registry, caseworker: User, client_for: Callable[..., Client]
) -> None:
    response = client_for(caseworker).get(reverse("registries:verify", kwargs={"pk": 999_999}))
    assert response.status_code == 404


@pytest.mark.django_db
@pytest.mark.usefixtures("manifests_with_kim")
@pytest.mark.parametrize("who", ["caseworker", "supervisor"])
def test_the_officer_and_the_supervisor_reach_the_page(
    who: str, case: Case, request: pytest.FixtureRequest, client_for: Callable[..., Client]
) -> None:
    client = client_for(request.getfixturevalue(who))
    response = client.get(reverse("registries:verify", kwargs={"pk": case.person_id}))
    assert response.status_code == 200
    assert 'data-candidate="manifests:R1"' in response.content.decode()
