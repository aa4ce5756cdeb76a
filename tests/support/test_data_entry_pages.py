"""The support pages that enter data call the actions and say what is wrong in words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import Compartment, Role, User
from hogo.cases.models import Case
from hogo.people.models import Person
from hogo.registries.models import EligibilityEvidence
from hogo.support.models import (
    Benefit,
    EligibilityOverride,
    Entitlement,
    Household,
    OverrideDecision,
    ServiceTask,
    StatusReport,
)


@pytest.mark.django_db
def test_a_caseworker_sets_up_a_household_on_the_page(
    case: Case, person: Person, caseworker: User, client_for: Callable[..., Client]
) -> None:
    client = client_for(caseworker)
    url = reverse("support:household", args=[case.pk])
    refused = client.post(url, {"payee": person.pk, "minors": [person.pk]})
    assert "The person paid must be an adult." in refused.content.decode()
    assert not Household.objects.exists()
    response = client.post(url, {"payee": person.pk, "arrived_on": "2026-01-20"})
    assert response.status_code == 302
    household = Household.objects.get(case=case)
    assert household.payee == person
    assert household.arrived_on == date(2026, 1, 20)


@pytest.mark.django_db
def test_an_entitlement_without_confirmed_identity_is_refused_in_words(
    household: Household, monthly: Benefit, caseworker: User, client_for: Callable[..., Client]
) -> None:
    url = reverse("support:entitlement", args=[household.case_id])
    response = client_for(caseworker).post(
        url, {"benefit": monthly.pk, "decided_on": "2026-02-16", "extension_months": 0}
    )
    assert response.status_code == 200
    assert "is not confirmed" in response.content.decode()
    assert not Entitlement.objects.exists()


@pytest.mark.django_db
def test_an_entitlement_on_confirmed_identity_is_decided_on_the_page(
    household: Household,
    monthly: Benefit,
    evidence: EligibilityEvidence,
    caseworker: User,
    client_for: Callable[..., Client],
) -> None:
    url = reverse("support:entitlement", args=[household.case_id])
    response = client_for(caseworker).post(
        url, {"benefit": monthly.pk, "decided_on": "2026-02-16", "extension_months": 0}
    )
    assert response.status_code == 302
    entitlement = Entitlement.objects.get(household=household)
    assert entitlement.evidence == evidence
    assert entitlement.instalments.count() == 117


@pytest.mark.django_db
def test_an_override_is_asked_by_one_supervisor_and_decided_by_another(
    case: Case,
    person: Person,
    supervisor: User,
    make_user: Callable[..., User],
    east: Compartment,
    client_for: Callable[..., Client],
) -> None:
    deputy = make_user("deputy", Role.SUPERVISOR, east)
    asking = client_for(supervisor)
    url = reverse("support:override", args=[case.pk])
    short = asking.post(url, {"person": person.pk, "reason": "seen"})
    assert "at least 20 characters" in short.content.decode()
    asking.post(url, {"person": person.pk, "reason": "Family register copy seen at the mission."})
    override = EligibilityOverride.objects.get(person=person)
    decide = reverse("support:override_decide", args=[case.pk, override.pk])
    # The one who asked is not offered the decision, and is refused it.
    assert decide not in asking.get(url).content.decode()
    asking.post(decide, {"decision": "approve"})
    override.refresh_from_db()
    assert override.decision == OverrideDecision.PENDING
    second = client_for(deputy)
    assert decide in second.get(url).content.decode()
    second.post(decide, {"decision": "approve"})
    override.refresh_from_db()
    assert override.decision == OverrideDecision.APPROVED
    assert override.decided_by == deputy


@pytest.mark.django_db
def test_a_status_report_is_recorded_and_a_date_before_its_year_is_refused(
    household: Household, caseworker: User, client_for: Callable[..., Client]
) -> None:
    client = client_for(caseworker)
    url = reverse("support:report", args=[household.case_id])
    early = client.post(url, {"year": 2026, "received_on": "2025-12-01"})
    assert "cannot be received before the year" in early.content.decode()
    client.post(url, {"year": 2026, "received_on": "2026-06-01"})
    assert StatusReport.objects.get(household=household).received_on == date(2026, 6, 1)


@pytest.mark.django_db
def test_a_plan_is_drawn_up_and_a_task_ticked_off_on_the_page(
    household: Household, caseworker: User, client_for: Callable[..., Client]
) -> None:
    client = client_for(caseworker)
    client.post(reverse("support:plan", args=[household.case_id]))
    task = ServiceTask.objects.filter(household=household).order_by("due_on", "pk").first()
    assert task is not None
    done = reverse("support:task_done", args=[household.case_id, task.pk])
    client.post(done, {"done_on": "2026-01-25"})
    task.refresh_from_db()
    assert task.done_on == date(2026, 1, 25)
    assert task.done_by == caseworker


@pytest.mark.django_db
def test_a_colleague_of_another_desk_cannot_reach_the_forms(
    household: Household, outsider: User, client_for: Callable[..., Client]
) -> None:
    client = client_for(outsider)
    for name in ("support:household", "support:entitlement", "support:report"):
        assert client.get(reverse(name, args=[household.case_id])).status_code == 404
