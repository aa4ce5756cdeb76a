"""Emergency access asks who you are again, one at a time, can be ended early, and alerts auditors.

A stolen session used to open any case by declaring emergency after
emergency, with nobody but the compartment's supervisors told and nobody able
to end it before its time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from hogo import access
from hogo.accounts.models import Compartment, Role, User
from hogo.approvals import actions
from hogo.approvals.models import Grant, Notification, NotificationKind
from hogo.audit.models import AuditEntry
from hogo.cases import actions as case_actions
from hogo.cases.models import Case, Category
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind
from tests.conftest import sign_in_verified

REASON = "Detained at the border tonight, need the custody history now"


@pytest.fixture
def second_case(caseworker: User, east: Compartment) -> Case:
    person = create_person(actor=caseworker, names=[NameInput(NameKind.LEGAL, "李", "明淑")])
    return case_actions.create_case(
        actor=caseworker, person=person, category=Category.OTHER, compartment=east
    )


def test_break_glass_asks_for_the_password_and_a_second_factor_again(
    outsider: User, case: Case
) -> None:
    client = Client()
    sign_in_verified(client, outsider)
    url = reverse("approvals:break_glass")

    shown = client.get(url)
    posted = client.post(url, {"reference": case.reference, "reason": REASON})

    for response in (shown, posted):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:reauth"))
    assert not Grant.objects.exists()


def test_only_one_emergency_access_is_open_at_a_time(
    outsider: User,
    case: Case,
    second_case: Case,
    travel: Callable[[timedelta], object],
) -> None:
    actions.break_glass(actor=outsider, reference=case.reference, reason=REASON)

    with pytest.raises(ValidationError, match=case.reference):
        actions.break_glass(actor=outsider, reference=second_case.reference, reason=REASON)
    assert not access.cases_visible_to(outsider).filter(pk=second_case.pk).exists()
    assert AuditEntry.objects.filter(action="cases.break_glass").count() == 1

    travel(timedelta(minutes=121))
    _opened, grant = actions.break_glass(
        actor=outsider, reference=second_case.reference, reason=REASON
    )
    assert grant is not None


def test_a_supervisor_of_the_compartment_ends_an_emergency_access_early(
    outsider: User, case: Case, supervisor: User, second_case: Case
) -> None:
    _opened, grant = actions.break_glass(actor=outsider, reference=case.reference, reason=REASON)
    assert grant is not None

    actions.revoke_emergency(grant, actor=supervisor, reason="the family reached us directly")

    assert not access.cases_visible_to(outsider).filter(pk=case.pk).exists()
    entry = AuditEntry.objects.get(action="approvals.revoke_emergency")
    assert (entry.actor_id, entry.object_id) == (supervisor.pk, str(case.pk))
    assert entry.data["reason"] == "the family reached us directly"
    told = Notification.objects.get(recipient=outsider, kind=NotificationKind.EMERGENCY_ENDED)
    assert "the family reached us directly" in told.text
    # Ended, the one emergency at a time is free again.
    _opened, again = actions.break_glass(
        actor=outsider, reference=second_case.reference, reason=REASON
    )
    assert again is not None


def test_nobody_but_a_supervisor_of_the_compartment_ends_it(
    outsider: User,
    case: Case,
    caseworker: User,
    other_supervisor: User,
    client_for: Callable[[User | None], Client],
) -> None:
    _opened, grant = actions.break_glass(actor=outsider, reference=case.reference, reason=REASON)
    assert grant is not None

    for someone in (outsider, caseworker, other_supervisor):
        with pytest.raises(PermissionDenied):
            actions.revoke_emergency(grant, actor=someone, reason="not mine to end")
    response = client_for(other_supervisor).post(
        reverse("approvals:revoke_emergency", kwargs={"pk": grant.pk}),
        {"reason": "not mine to end"},
    )

    assert response.status_code == 404
    assert access.cases_visible_to(outsider).filter(pk=case.pk).exists()


def test_a_supervisor_ends_it_from_the_approvals_page(
    outsider: User, case: Case, supervisor: User, client_for: Callable[[User | None], Client]
) -> None:
    _opened, grant = actions.break_glass(actor=outsider, reference=case.reference, reason=REASON)
    assert grant is not None
    client = client_for(supervisor)
    listed = client.get(reverse("approvals:list")).content.decode()
    assert reverse("approvals:revoke_emergency", kwargs={"pk": grant.pk}) in listed

    response = client.post(
        reverse("approvals:revoke_emergency", kwargs={"pk": grant.pk}),
        {"reason": "the emergency is over"},
    )

    assert response.status_code == 302
    grant.refresh_from_db()
    assert grant.revoked_by == supervisor
    assert not access.cases_visible_to(outsider).filter(pk=case.pk).exists()


def test_every_auditor_is_alerted_as_it_happens(
    outsider: User,
    case: Case,
    auditor: User,
    make_user: Callable[..., User],
    caplog: pytest.LogCaptureFixture,
) -> None:
    second_auditor = make_user("second_auditor", Role.AUDITOR)

    with caplog.at_level(logging.WARNING, logger="hogo.approvals"):
        actions.break_glass(actor=outsider, reference=case.reference, reason=REASON)

    alerts = Notification.objects.filter(kind=NotificationKind.EMERGENCY_AUDIT)
    assert {alert.recipient for alert in alerts} == {auditor, second_auditor}
    for alert in alerts:
        assert outsider.username in alert.text
        assert case.reference in alert.text
        assert REASON not in alert.text  # auditors read no case contents
    (line,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "emergency access" in line.getMessage()
    assert f"case {case.pk}" in line.getMessage()
    assert REASON not in line.getMessage()
