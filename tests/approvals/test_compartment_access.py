"""Reading another compartment takes a second person: a supervisor of that compartment."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from hogo import access
from hogo.accounts.models import Compartment, User
from hogo.approvals import actions
from hogo.approvals.models import Decision, Grant
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case

REASON = "Family member of a person in our case HG-1"


def test_a_request_alone_opens_nothing(outsider: User, east: Compartment, case: Case) -> None:
    request = actions.request_compartment_access(actor=outsider, compartment=east, reason=REASON)
    assert request.decision == Decision.PENDING
    assert not access.cases_visible_to(outsider).filter(pk=case.pk).exists()
    assert AuditEntry.objects.filter(action="approvals.request", object_id=str(request.pk)).exists()


def test_the_requester_cannot_approve_their_own_request_even_as_a_supervisor(
    other_supervisor: User, east: Compartment, case: Case
) -> None:
    request = actions.request_compartment_access(
        actor=other_supervisor, compartment=east, reason=REASON
    )
    # other_supervisor is not in east; even made a member, they stay the requester.
    other_supervisor.compartments.add(east)
    assert not actions.can_decide(other_supervisor, request)
    with pytest.raises(PermissionDenied):
        actions.approve_request(request, actor=other_supervisor)
    request.refresh_from_db()
    assert request.decision == Decision.PENDING
    assert not Grant.objects.exists()


def test_only_a_supervisor_of_that_compartment_decides(
    outsider: User, east: Compartment, other_supervisor: User, teammate: User, case: Case
) -> None:
    request = actions.request_compartment_access(actor=outsider, compartment=east, reason=REASON)
    for stranger in (other_supervisor, teammate):
        with pytest.raises(PermissionDenied):
            actions.approve_request(request, actor=stranger)


def test_an_approved_request_lets_the_requester_read_but_not_change(
    outsider: User, east: Compartment, supervisor: User, case: Case
) -> None:
    request = actions.request_compartment_access(actor=outsider, compartment=east, reason=REASON)
    actions.approve_request(request, actor=supervisor, reason="ok for one day")
    assert access.get_case_for_user(outsider, case.pk) == case
    assert access.get_person_for_user(outsider, case.person_id) == case.person
    assert access.is_granted_only(outsider, case)
    assert not access.can_edit_case(outsider, case)
    assert not access.can_edit_person(outsider, case.person)
    entry = AuditEntry.objects.get(action="approvals.approve")
    assert entry.actor_id == supervisor.pk
    assert entry.data["grant"] == Grant.objects.get().pk


def test_the_grant_ends_when_it_expires(
    outsider: User,
    east: Compartment,
    supervisor: User,
    case: Case,
    travel: Callable[[timedelta], object],
) -> None:
    request = actions.request_compartment_access(actor=outsider, compartment=east, reason=REASON)
    actions.approve_request(request, actor=supervisor)
    travel(timedelta(hours=23))
    assert access.cases_visible_to(outsider).filter(pk=case.pk).exists()
    travel(timedelta(hours=1, seconds=1))
    assert not access.cases_visible_to(outsider).filter(pk=case.pk).exists()


def test_a_request_for_one_case_opens_only_that_case(
    outsider: User, east: Compartment, supervisor: User, case: Case, caseworker: User
) -> None:
    other = actions.request_compartment_access(actor=outsider, compartment=east, reason=REASON)
    request = actions.request_compartment_access(
        actor=outsider, compartment=east, reason=REASON, case_reference=case.reference
    )
    actions.refuse_request(other, actor=supervisor, reason="the whole desk is too much")
    actions.approve_request(request, actor=supervisor)
    second = Case.objects.create(
        reference="HG-OTHER", person=case.person, category="other", compartment=east
    )
    visible = set(access.cases_visible_to(outsider).values_list("pk", flat=True))
    assert case.pk in visible
    assert second.pk not in visible


def test_a_reference_that_matches_no_case_of_the_compartment_is_refused_when_asked(
    outsider: User, east: Compartment, west: Compartment, case: Case
) -> None:
    from hogo.approvals.models import Request

    # A reference that exists nowhere, and one that exists in another compartment.
    for compartment, reference in ((east, "HG-0000-99999"), (west, case.reference)):
        if outsider.compartments.filter(pk=compartment.pk).exists():
            outsider.compartments.remove(compartment)
        with pytest.raises(ValidationError) as refused:
            actions.request_compartment_access(
                actor=outsider, compartment=compartment, reason=REASON, case_reference=reference
            )
        message = refused.value.message_dict["case_reference"][0]
        assert f"has the reference {reference}" in message
    assert not Request.objects.exists()


def test_a_case_moved_away_after_the_request_cannot_be_approved(
    outsider: User, east: Compartment, west: Compartment, supervisor: User, case: Case
) -> None:
    request = actions.request_compartment_access(
        actor=outsider, compartment=east, reason=REASON, case_reference=case.reference
    )
    Case.objects.filter(pk=case.pk).update(compartment=west)
    with pytest.raises(ValidationError):
        actions.approve_request(request, actor=supervisor)
    request.refresh_from_db()
    assert request.decision == Decision.PENDING


def test_a_refusal_needs_a_reason_and_opens_nothing(
    outsider: User, east: Compartment, supervisor: User, case: Case
) -> None:
    request = actions.request_compartment_access(actor=outsider, compartment=east, reason=REASON)
    with pytest.raises(ValidationError):
        actions.refuse_request(request, actor=supervisor, reason="")
    actions.refuse_request(request, actor=supervisor, reason="not needed for your case")
    assert request.decision == Decision.REFUSED
    assert not access.cases_visible_to(outsider).filter(pk=case.pk).exists()
    with pytest.raises(PermissionDenied):
        actions.approve_request(request, actor=supervisor)


def test_one_cannot_ask_for_a_compartment_one_is_in_or_without_a_reason(
    caseworker: User, east: Compartment, west: Compartment, auditor: User
) -> None:
    with pytest.raises(ValidationError):
        actions.request_compartment_access(actor=caseworker, compartment=east, reason=REASON)
    with pytest.raises(ValidationError):
        actions.request_compartment_access(actor=caseworker, compartment=west, reason="  ")
    with pytest.raises(PermissionDenied):
        actions.request_compartment_access(actor=auditor, compartment=west, reason=REASON)


def test_a_withdrawn_request_can_no_longer_be_approved(
    outsider: User, east: Compartment, supervisor: User
) -> None:
    request = actions.request_compartment_access(actor=outsider, compartment=east, reason=REASON)
    actions.withdraw_request(request, actor=outsider)
    with pytest.raises(PermissionDenied):
        actions.approve_request(request, actor=supervisor)
