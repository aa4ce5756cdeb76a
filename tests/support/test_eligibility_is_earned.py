from __future__ import annotations

from datetime import date

import pytest

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.people.models import Person
from hogo.registries.models import EligibilityEvidence
from hogo.support.actions import (
    SupportRefused,
    decide_override,
    request_override,
    start_entitlement,
)
from hogo.support.models import Benefit, Entitlement, Household, Instalment

DECIDED = date(2026, 2, 16)
REASON = "Family register copy and two witnesses confirm his identity."


@pytest.mark.django_db
def test_it_refuses_an_entitlement_for_a_person_with_no_confirmed_identity(
    household: Household, monthly: Benefit, caseworker: User
) -> None:
    with pytest.raises(SupportRefused, match="not confirmed"):
        start_entitlement(household, monthly, decided_on=DECIDED, actor=caseworker)
    assert not Entitlement.objects.exists()
    assert not Instalment.objects.exists()


@pytest.mark.django_db
def test_registry_evidence_earns_the_entitlement_and_schedules_its_instalments(
    household: Household, monthly: Benefit, evidence: EligibilityEvidence, caseworker: User
) -> None:
    entitlement = start_entitlement(household, monthly, decided_on=DECIDED, actor=caseworker)
    assert entitlement.evidence == evidence
    assert entitlement.instalments.count() == 117
    assert sum(entitlement.instalments.values_list("amount", flat=True)) == 170_000 * 120
    entry = AuditEntry.objects.get(action="support.entitlement_start")
    assert entry.data["total"] == 20_400_000


@pytest.mark.django_db
def test_an_override_counts_only_once_a_second_supervisor_approves_it(
    household: Household,
    monthly: Benefit,
    person: Person,
    supervisor: User,
    other_supervisor: User,
    caseworker: User,
) -> None:
    override = request_override(person, reason=REASON, actor=supervisor)
    with pytest.raises(SupportRefused, match="not confirmed"):
        start_entitlement(household, monthly, decided_on=DECIDED, actor=caseworker)
    with pytest.raises(SupportRefused):
        decide_override(override, approve=True, actor=supervisor)
    decide_override(override, approve=True, actor=other_supervisor)
    entitlement = start_entitlement(household, monthly, decided_on=DECIDED, actor=caseworker)
    assert entitlement.override == override
    assert entitlement.evidence is None


@pytest.mark.django_db
def test_a_caseworker_cannot_override_eligibility(person: Person, caseworker: User) -> None:
    with pytest.raises(SupportRefused):
        request_override(person, reason=REASON, actor=caseworker)


@pytest.mark.django_db
def test_an_outsider_cannot_start_an_entitlement_on_a_case_they_do_not_work_on(
    household: Household, monthly: Benefit, evidence: EligibilityEvidence, outsider: User
) -> None:
    with pytest.raises(SupportRefused):
        start_entitlement(household, monthly, decided_on=DECIDED, actor=outsider)
    assert not Entitlement.objects.exists()


@pytest.mark.django_db
def test_benefits_that_exclude_each_other_are_never_both_active(
    entitled: Entitlement, programmes: None, caseworker: User
) -> None:
    old_age = Benefit.objects.get(programme__code="abductee-act", code="old-age")
    with pytest.raises(SupportRefused, match="excludes"):
        start_entitlement(entitled.household, old_age, decided_on=DECIDED, actor=caseworker)
