"""A caseworker's access to a case follows their membership of its compartment.

Leaving every compartment ends a caseworker's read and write on the cases they
were assigned or shared. A supervisor shares a case only with a caseworker of
its own compartment (anyone else asks, and a supervisor approves), and can
stop sharing it from the case page, which the audit log records.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404
from django.test import Client
from django.urls import reverse

from hogo import access
from hogo.accounts.actions import update_account
from hogo.accounts.models import Role, User
from hogo.cases import actions as case_actions
from hogo.cases.models import Case, CaseShare
from tests.access.conftest import entries


def _leave_every_compartment(user: User, administrator: User) -> None:
    update_account(user, actor=administrator, role=user.role, is_active=True, compartments=[])


def test_a_caseworker_removed_from_every_compartment_loses_their_cases(
    caseworker: User, administrator: User, case: Case
) -> None:
    assert access.can_edit_case(caseworker, case)
    _leave_every_compartment(caseworker, administrator)
    case.refresh_from_db()
    assert case.officer == caseworker
    assert not access.cases_visible_to(caseworker).exists()
    assert not access.can_edit_case(caseworker, case)
    assert not access.persons_visible_to(caseworker).filter(pk=case.person_id).exists()
    with pytest.raises(Http404):
        access.get_case_for_user(caseworker, case.pk)


def test_a_removed_caseworker_gets_404_on_the_case_page(
    client_for: Callable[[User | None], Client],
    caseworker: User,
    administrator: User,
    case: Case,
) -> None:
    _leave_every_compartment(caseworker, administrator)
    response = client_for(caseworker).get(reverse("cases:detail", args=[case.pk]))
    assert response.status_code == 404


def test_a_share_ends_when_the_caseworker_leaves_the_compartment(
    teammate: User, supervisor: User, administrator: User, case: Case
) -> None:
    case_actions.share_case(case, user=teammate, actor=supervisor)
    assert access.can_edit_case(teammate, case)
    _leave_every_compartment(teammate, administrator)
    assert not access.cases_visible_to(teammate).filter(pk=case.pk).exists()


def test_a_supervisor_cannot_share_a_case_with_another_compartments_caseworker(
    supervisor: User, outsider: User, case: Case
) -> None:
    with pytest.raises(ValidationError):
        case_actions.share_case(case, user=outsider, actor=supervisor)
    assert not CaseShare.objects.exists()
    assert not access.cases_visible_to(outsider).exists()


def test_the_share_page_offers_only_the_compartments_caseworkers(
    client_for: Callable[[User | None], Client],
    supervisor: User,
    teammate: User,
    outsider: User,
    case: Case,
) -> None:
    client = client_for(supervisor)
    page = client.get(reverse("cases:share", args=[case.pk]))
    offered = set(page.context["form"].fields["user"].queryset)
    assert offered == {teammate}
    refused = client.post(reverse("cases:share", args=[case.pk]), {"user": outsider.pk})
    assert refused.status_code == 200
    assert refused.context["form"].errors["user"]
    assert not CaseShare.objects.exists()


def test_the_supervisor_stops_sharing_a_case_from_its_page(
    client_for: Callable[[User | None], Client],
    supervisor: User,
    teammate: User,
    case: Case,
) -> None:
    case_actions.share_case(case, user=teammate, actor=supervisor)
    client = client_for(supervisor)
    detail = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    revoke = reverse("cases:unshare", args=[case.pk, teammate.pk])
    assert f'action="{revoke}"' in detail
    response = client.post(revoke)
    assert response.status_code == 302
    assert not access.cases_visible_to(teammate).filter(pk=case.pk).exists()
    [entry] = entries("cases.unshare", object_id=str(case.pk))
    assert entry.actor_id == supervisor.pk
    assert entry.changes == {"shared_with": [teammate.pk, None]}


@pytest.mark.parametrize("who", ["caseworker", "teammate", "other_supervisor"])
def test_only_the_cases_supervisor_stops_a_share(
    who: str,
    request: pytest.FixtureRequest,
    client_for: Callable[[User | None], Client],
    supervisor: User,
    teammate: User,
    case: Case,
) -> None:
    case_actions.share_case(case, user=teammate, actor=supervisor)
    user = request.getfixturevalue(who)
    response = client_for(user).post(reverse("cases:unshare", args=[case.pk, teammate.pk]))
    assert response.status_code == 404
    assert CaseShare.objects.filter(case=case, user=teammate).exists()


def test_a_supervisor_still_reads_the_compartments_cases(
    supervisor: User, case: Case, make_user: Callable[..., User]
) -> None:
    assert access.can_manage_case(supervisor, case)
    newcomer = make_user("newcomer", Role.CASEWORKER)
    assert not access.cases_visible_to(newcomer).exists()
