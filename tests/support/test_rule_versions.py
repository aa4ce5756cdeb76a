from __future__ import annotations

from datetime import date

import pytest

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.support.actions import SupportRefused, add_rule_version, rule_in_force, start_entitlement
from hogo.support.models import Benefit, Entitlement, Household

TERMS = {
    "amounts": [180_000, 250_000],
    "each_further": 30_000,
    "first_multiplier": 4,
    "duration_months": 120,
    "extension_max_months": 60,
}


@pytest.mark.django_db
def test_a_supervisor_adds_a_version_and_decisions_after_it_use_it(
    entitled: Entitlement, monthly: Benefit, supervisor: User, caseworker: User, programmes: None
) -> None:
    rule = add_rule_version(
        monthly,
        effective_from=date(2027, 4, 1),
        citation="Amended ordinance (example)",
        terms=TERMS,
        actor=supervisor,
    )
    assert rule.version == 2
    assert rule_in_force(monthly, date(2027, 3, 31)).version == 1
    assert rule_in_force(monthly, date(2027, 4, 1)).version == 2
    # The entitlement decided before keeps its version and its amounts.
    assert entitled.rule.version == 1
    assert entitled.instalments.get(period=date(2027, 5, 1)).amount == 170_000
    assert AuditEntry.objects.get(action="support.rule_add").data["version"] == 2


@pytest.mark.django_db
def test_amounts_must_be_whole_yen(monthly: Benefit, supervisor: User) -> None:
    with pytest.raises(SupportRefused, match="whole numbers"):
        add_rule_version(
            monthly,
            effective_from=date(2027, 4, 1),
            citation="x",
            terms={**TERMS, "amounts": [170_000.5, 240_000]},
            actor=supervisor,
        )
    assert monthly.versions.count() == 1


@pytest.mark.django_db
def test_only_a_supervisor_changes_rules(monthly: Benefit, caseworker: User) -> None:
    with pytest.raises(SupportRefused):
        add_rule_version(
            monthly, effective_from=date(2027, 4, 1), citation="x", terms=TERMS, actor=caseworker
        )


@pytest.mark.django_db
def test_the_draft_programme_pays_nothing_before_its_rules_take_effect(
    household: Household, programmes: None, caseworker: User, evidence: object
) -> None:
    draft = Benefit.objects.get(programme__code="spouses-draft", code="monthly")
    with pytest.raises(SupportRefused, match="in force"):
        start_entitlement(household, draft, decided_on=date(2026, 2, 16), actor=caseworker)
