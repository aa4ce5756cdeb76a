"""Officers' decisions teach the lookup model: kept with each decision, read by
`hogo registry train`, and shown on the registry's page."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.people.models import Person
from hogo.registries.models import EligibilityEvidence, Registry
from tests.registries.conftest import VERIFY_ROWS
from tests.registries.test_registry_model import _crowd


@pytest.fixture
def manifests_with_crowd(write_csv: Callable[..., Path], db: None) -> Registry:
    """金 正一 among namesakes and forty look-alikes: enough rows to train on."""
    from hogo.registries.actions import import_registry

    path = write_csv(*VERIFY_ROWS, *_crowd(40), name="manifests.csv")
    return import_registry(name="manifests", path=path, actor=None).registry


def _decide(client: Client, person: Person, record_id: str, decision: str) -> None:
    response = client.post(
        reverse("registries:decide", kwargs={"pk": person.pk}),
        {
            "registry": "manifests",
            "record_id": record_id,
            "decision": decision,
            "reason": "compared with the statement",
        },
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_a_decision_keeps_what_it_teaches(
    manifests_with_kim: Registry,
    told_in_hangul: Person,
    caseworker: User,
    client_for: Callable[..., Client],
) -> None:
    _decide(client_for(caseworker), told_in_hangul, "R1", "confirm")
    comparison = EligibilityEvidence.objects.get().comparison
    # Each field's level, 0 the best: 김 정일 and 金 正一 agree on both names.
    assert comparison["levels"]["name"] == 0
    assert comparison["bayes_factor"] > 1
    assert comparison["competition"] >= 0


@pytest.mark.django_db
def test_training_uses_decisions_and_the_page_shows_how_the_model_does(
    manifests_with_crowd: Registry,
    told_in_hangul: Person,
    caseworker: User,
    supervisor: User,
    client_for: Callable[..., Client],
) -> None:
    page = reverse("registries:detail", kwargs={"name": "manifests"})
    before = client_for(supervisor).get(page)
    assert "No officer has confirmed or rejected a candidate" in before.content.decode()

    client = client_for(caseworker)
    _decide(client, told_in_hangul, "R1", "confirm")
    _decide(client, told_in_hangul, "R6", "reject")  # a namesake born in 1962

    out = io.StringIO()
    call_command("registry", "train", "manifests", stdout=out, stderr=io.StringIO())
    assert "1 confirmed and 1 rejected candidates" in out.getvalue()
    manifests_with_crowd.refresh_from_db()
    learnt = json.loads(manifests_with_crowd.model_json)["hogo"]
    assert learnt["labels"] == {"confirmed": 1, "rejected": 1}
    assert learnt["calibration"] is None  # two decisions are too few to recalibrate on

    html = client_for(supervisor).get(page).content.decode()
    assert "The model on officers" in html
    assert "Brier score" in html
