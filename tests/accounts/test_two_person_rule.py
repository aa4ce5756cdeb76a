"""One two-person rule for account changes, approval requests and eligibility overrides:
the decider is never the proposer (nor can the database be made to say so), holds the
role, decides once, and the decision is audited."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import IntegrityError, transaction

from hogo.accounts.actions import decide_account_change
from hogo.accounts.models import AccountChange, Compartment, Role, TwoPersonDecision, User
from hogo.accounts.twoperson import AlreadyDecided, NotAllowedToDecide, decide
from hogo.approvals import actions as approvals
from hogo.approvals.models import Request
from hogo.audit.models import AuditEntry
from hogo.people.models import Person
from hogo.support.models import EligibilityOverride


def _records(
    users: dict[str, User], east: Compartment, person: Person
) -> list[AccountChange | Request | EligibilityOverride]:
    supervisor = users["supervisor"]
    request = approvals.request_compartment_access(
        actor=users["outsider"], compartment=east, reason="a family member of our case"
    )
    override = EligibilityOverride.objects.create(
        person=person, reason="Family register copy seen at the mission.", proposed_by=supervisor
    )
    change = AccountChange.objects.create(
        user=users["caseworker"], role=Role.SUPERVISOR, is_active=True, proposed_by=supervisor
    )
    return [change, request, override]


@pytest.fixture
def users(
    caseworker: User, outsider: User, supervisor: User, other_supervisor: User
) -> dict[str, User]:
    return {
        "caseworker": caseworker,
        "outsider": outsider,
        "supervisor": supervisor,
        "other_supervisor": other_supervisor,
    }


@pytest.mark.django_db
def test_the_database_refuses_a_decision_by_the_proposer_of_any_kind(
    users: dict[str, User], east: Compartment, person: Person
) -> None:
    for item in _records(users, east, person):
        item.decided_by_id = item.proposed_by_id
        item.decision = TwoPersonDecision.APPROVED
        with pytest.raises(IntegrityError), transaction.atomic():
            item.save()


@pytest.mark.django_db
def test_the_proposer_never_decides_and_nothing_changes(
    users: dict[str, User], east: Compartment, person: Person
) -> None:
    for item in _records(users, east, person):
        proposer = User.objects.get(pk=item.proposed_by_id)
        with pytest.raises(NotAllowedToDecide):
            decide(
                item,
                actor=proposer,
                approve=True,
                may_decide=lambda user, record: True,
                action="support.override_decide",
            )
        item.refresh_from_db()
        assert item.decision == TwoPersonDecision.PENDING
        assert item.decided_by is None


@pytest.mark.django_db
def test_a_decider_without_the_role_is_refused(
    users: dict[str, User], east: Compartment, person: Person
) -> None:
    override = _records(users, east, person)[2]
    with pytest.raises(NotAllowedToDecide):
        decide(
            override,
            actor=users["caseworker"],
            approve=True,
            may_decide=lambda user, record: user.role == Role.SUPERVISOR,
            action="support.override_decide",
        )


@pytest.mark.django_db
def test_it_is_decided_once_and_audited(
    users: dict[str, User],
    east: Compartment,
    person: Person,
    make_user: Callable[..., User],
) -> None:
    override = _records(users, east, person)[2]
    deputy = make_user("deputy", Role.SUPERVISOR, east)
    decided = decide(
        override,
        actor=deputy,
        approve=False,
        may_decide=lambda user, record: True,
        action="support.override_decide",
        data={"override": override.pk},
    )
    assert decided.decision == TwoPersonDecision.REFUSED
    assert decided.decided_by == deputy
    assert decided.decided_at is not None
    entry = AuditEntry.objects.filter(action="support.override_decide").get()
    assert entry.actor == deputy
    assert entry.data["decision"] == "refused"
    assert entry.data["override"] == override.pk
    with pytest.raises(AlreadyDecided):
        decide(
            override,
            actor=users["other_supervisor"],
            approve=True,
            may_decide=lambda user, record: True,
            action="support.override_decide",
        )
    override.refresh_from_db()
    assert override.decision == TwoPersonDecision.REFUSED


@pytest.mark.django_db
def test_the_apps_decide_through_it(
    users: dict[str, User], east: Compartment, make_user: Callable[..., User]
) -> None:
    admin = make_user("admin1", Role.ADMINISTRATOR)
    second = make_user("admin2", Role.ADMINISTRATOR)
    change = AccountChange.objects.create(
        user=users["caseworker"], role=Role.SUPERVISOR, is_active=True, proposed_by=admin
    )
    decide_account_change(change, actor=second, approve=True)
    users["caseworker"].refresh_from_db()
    assert users["caseworker"].role == Role.SUPERVISOR
    approved = AuditEntry.objects.get(action="accounts.change_approve")
    assert approved.data["decision"] == "approved"
    assert approved.data["proposed_by"] == "admin1"
    request = approvals.request_compartment_access(
        actor=users["outsider"], compartment=east, reason="a family member of our case"
    )
    approvals.refuse_request(request, actor=users["supervisor"], reason="not this time, sorry")
    request.refresh_from_db()
    assert request.decision == TwoPersonDecision.REFUSED
    assert request.decided_by == users["supervisor"]
    assert AuditEntry.objects.get(action="approvals.refuse").data["decision"] == "refused"
