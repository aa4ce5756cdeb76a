from __future__ import annotations

from collections.abc import Callable

import pytest
from django.template import Context, Template
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.people.models import Person
from hogo.registries.models import Decision, EligibilityEvidence, Registry


def _decide(client: Client, person: Person, **data: str) -> object:
    return client.post(reverse("registries:decide", kwargs={"pk": person.pk}), data)


@pytest.mark.django_db
def test_confirming_a_candidate_records_evidence_and_an_audit_entry(
    manifests_with_kim: Registry,
    told_in_hangul: Person,
    caseworker: User,
    client_for: Callable[..., Client],
) -> None:
    client = client_for(caseworker)
    reason = "Same parents' names as in his statement; manifest photo matches."
    response = _decide(
        client,
        told_in_hangul,
        registry="manifests",
        record_id="R1",
        decision="confirm",
        reason=reason,
    )
    assert response.status_code == 302  # type: ignore[attr-defined]
    evidence = EligibilityEvidence.objects.get()
    assert evidence.decision == Decision.CONFIRMED
    assert (evidence.person, evidence.registry, evidence.record_id) == (
        told_in_hangul,
        manifests_with_kim,
        "R1",
    )
    assert evidence.probability > 0.8
    assert evidence.record["family_name"] == "金"
    assert evidence.decided_by == caseworker
    assert evidence.reason == reason
    entry = AuditEntry.objects.get(action="registries.confirm_match")
    assert entry.actor_id == caseworker.pk
    assert entry.object_id == str(told_in_hangul.pk)
    assert entry.data["record_id"] == "R1"
    assert entry.data["evidence"] == evidence.pk


@pytest.mark.django_db
def test_the_evidence_is_shown_with_the_snippet_the_case_page_includes(
    manifests_with_kim: Registry,
    told_in_hangul: Person,
    caseworker: User,
    client_for: Callable[..., Client],
) -> None:
    _decide(
        client_for(caseworker),
        told_in_hangul,
        registry="manifests",
        record_id="R1",
        decision="confirm",
        reason="statement matches",
    )
    html = Template("{% load registries %}{% eligibility_evidence person %}").render(
        Context({"person": told_in_hangul})
    )
    assert 'data-decision="confirmed"' in html
    assert "R1: 金 正一" in html
    assert "statement matches" in html
    assert reverse("registries:verify", kwargs={"pk": told_in_hangul.pk}) in html


@pytest.mark.django_db
def test_rejecting_a_candidate_is_recorded_and_audited(
    manifests_with_kim: Registry,
    told_in_hangul: Person,
    caseworker: User,
    client_for: Callable[..., Client],
) -> None:
    _decide(
        client_for(caseworker),
        told_in_hangul,
        registry="manifests",
        record_id="R6",
        decision="reject",
        reason="born 1962: too young to be him",
    )
    assert EligibilityEvidence.objects.get().decision == Decision.REJECTED
    assert AuditEntry.objects.filter(action="registries.reject_match").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"registry": "manifests", "record_id": "R6", "decision": "reject", "reason": " "},
            "A reason is required.",
        ),
        (
            {"registry": "manifests", "record_id": "R1", "decision": "confirm", "reason": ""},
            "A reason is required.",
        ),
        (
            {"registry": "manifests", "record_id": "NOPE", "decision": "confirm", "reason": "x"},
            "This record is not a candidate for this person.",
        ),
        (
            {"registry": "R7-not-a-name", "record_id": "R1", "decision": "confirm", "reason": "x"},
            "This record is not a candidate for this person.",
        ),
        (
            {"registry": "manifests", "record_id": "R7", "decision": "confirm", "reason": "x"},
            "This record is not a candidate for this person.",
        ),
        (
            {"registry": "manifests", "record_id": "R1", "decision": "maybe", "reason": "x"},
            "Choose to confirm or to reject the candidate.",
        ),
    ],
)
def test_bad_input_gets_a_clear_error_and_writes_nothing(
    data: dict[str, str],
    message: str,
    manifests_with_kim: Registry,
    told_in_hangul: Person,
    caseworker: User,
    client_for: Callable[..., Client],
) -> None:
    response = _decide(client_for(caseworker), told_in_hangul, **data)
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert message in response.content.decode()  # type: ignore[attr-defined]
    assert not EligibilityEvidence.objects.exists()
    assert not AuditEntry.objects.filter(action__endswith="_match").exists()
