"""Emergency access: a reason, one case, a short time, loudly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.test import Client
from django.urls import reverse

from hogo import access
from hogo.accounts.models import User
from hogo.approvals import actions
from hogo.approvals.models import Grant, Notification, NotificationKind
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case

REASON = "Detained at the border tonight, need the custody history now"


def test_a_reason_is_required(outsider: User, case: Case) -> None:
    for reason in ("", "urgent"):
        with pytest.raises(ValidationError):
            actions.break_glass(actor=outsider, reference=case.reference, reason=reason)
    assert not Grant.objects.exists()
    assert not access.cases_visible_to(outsider).filter(pk=case.pk).exists()


def test_it_opens_that_one_case_read_only_and_is_audited(outsider: User, case: Case) -> None:
    opened, grant = actions.break_glass(actor=outsider, reference=case.reference, reason=REASON)
    assert opened == case
    assert grant is not None
    assert access.get_case_for_user(outsider, case.pk) == case
    assert not access.can_edit_case(outsider, case)
    assert not access.can_see_screening(outsider, case)
    entry = AuditEntry.objects.get(action="cases.break_glass")
    assert entry.actor_id == outsider.pk
    assert entry.object_id == str(case.pk)
    assert entry.data["reason"] == REASON


def test_the_compartments_supervisors_are_notified(
    outsider: User, case: Case, supervisor: User, other_supervisor: User, caseworker: User
) -> None:
    actions.break_glass(actor=outsider, reference=case.reference, reason=REASON)
    notified = Notification.objects.get(kind=NotificationKind.BREAK_GLASS)
    assert notified.recipient == supervisor
    assert case.reference in notified.text
    assert REASON in notified.text
    assert notified.link == reverse("cases:detail", kwargs={"pk": case.pk})
    assert not Notification.objects.filter(recipient__in=[other_supervisor, caseworker]).exists()


def test_access_ends_after_the_limit(
    outsider: User, case: Case, travel: Callable[[timedelta], object]
) -> None:
    actions.break_glass(actor=outsider, reference=case.reference, reason=REASON)
    travel(timedelta(minutes=119))
    assert access.cases_visible_to(outsider).filter(pk=case.pk).exists()
    travel(timedelta(minutes=1, seconds=1))
    assert not access.cases_visible_to(outsider).filter(pk=case.pk).exists()
    with pytest.raises(Http404):
        access.get_case_for_user(outsider, case.pk)


def test_an_unknown_reference_grants_nothing(outsider: User, case: Case) -> None:
    with pytest.raises(ValidationError):
        actions.break_glass(actor=outsider, reference="HG-1999-00000", reason=REASON)
    assert not AuditEntry.objects.filter(action="cases.break_glass").exists()


def test_a_case_one_already_reads_needs_no_emergency(caseworker: User, case: Case) -> None:
    opened, grant = actions.break_glass(actor=caseworker, reference=case.reference, reason=REASON)
    assert opened == case
    assert grant is None
    assert not AuditEntry.objects.filter(action="cases.break_glass").exists()


def test_roles_without_case_contents_cannot_break_glass(auditor: User, case: Case) -> None:
    with pytest.raises(PermissionDenied):
        actions.break_glass(actor=auditor, reference=case.reference, reason=REASON)
    assert not Grant.objects.exists()


def test_the_page_opens_the_case_with_a_warning(
    outsider: User, case: Case, sudo_client_for: Callable[[User], Client]
) -> None:
    client = sudo_client_for(outsider)
    refused = client.post(
        reverse("approvals:break_glass"), {"reference": case.reference, "reason": "short"}
    )
    assert refused.status_code == 200
    assert not Grant.objects.exists()
    response = client.post(
        reverse("approvals:break_glass"),
        {"reference": case.reference, "reason": REASON},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("cases:detail", kwargs={"pk": case.pk})
    body = response.content.decode()
    assert "正一" in body
    assert "outside your need-to-know" in body
    assert 'class="badge break-glass"' in body
