"""The supervisors' dashboard lists the service-plan tasks past their due date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from hogo.accounts.models import Role, User
from hogo.audit.models import AuditEntry
from hogo.support.models import Household, TaskKind
from hogo.support.plans import complete_task, create_service_plan


def _arrived_long_ago(household: Household) -> None:
    # The plan counts from arrival: a year ago, every task up to six months is overdue.
    household.arrived_on = timezone.localdate() - timedelta(days=300)
    household.save(update_fields=["arrived_on"])


@pytest.mark.django_db
def test_the_supervisor_sees_each_overdue_task_with_its_case(
    household: Household,
    caseworker: User,
    supervisor: User,
    client_for: Callable[..., Client],
) -> None:
    _arrived_long_ago(household)
    tasks = create_service_plan(household, actor=caseworker)
    housing = next(t for t in tasks if t.kind == TaskKind.HOUSING)
    complete_task(housing, on=timezone.localdate(), actor=caseworker)
    overdue = [t for t in tasks if t.due_on < timezone.localdate() and t.pk != housing.pk]

    page = client_for(supervisor).get(reverse("stats:dashboard")).content.decode()

    assert 'id="overdue-tasks"' in page
    assert page.count('data-task="') == len(overdue)
    assert 'data-task="housing"' not in page
    assert household.case.reference in page
    assert reverse("support:case", args=[household.case_id]) in page


@pytest.mark.django_db
def test_the_dashboard_records_which_cases_the_panel_showed(
    household: Household,
    caseworker: User,
    supervisor: User,
    client_for: Callable[..., Client],
) -> None:
    _arrived_long_ago(household)
    create_service_plan(household, actor=caseworker)

    client_for(supervisor).get(reverse("stats:dashboard"))

    entry = AuditEntry.objects.filter(action="stats.view_dashboard").latest("pk")
    shown = entry.data["panels"]["support"]
    assert shown["cases"] == [household.case_id]
    assert shown["overdue_tasks"] == household.tasks.filter(due_on__lt=timezone.localdate()).count()


@pytest.mark.django_db
def test_no_panel_when_nothing_is_overdue(
    household: Household,
    caseworker: User,
    supervisor: User,
    client_for: Callable[..., Client],
) -> None:
    household.arrived_on = timezone.localdate()
    household.save(update_fields=["arrived_on"])
    create_service_plan(household, actor=caseworker)

    page = client_for(supervisor).get(reverse("stats:dashboard")).content.decode()

    assert 'id="overdue-tasks"' not in page


@pytest.mark.django_db
def test_a_supervisor_of_another_compartment_sees_none_of_them(
    household: Household,
    caseworker: User,
    make_user: Callable[..., User],
    west: object,
    client_for: Callable[..., Client],
) -> None:
    _arrived_long_ago(household)
    create_service_plan(household, actor=caseworker)
    stranger = make_user("stranger", Role.SUPERVISOR, west)

    page = client_for(stranger).get(reverse("stats:dashboard")).content.decode()

    assert 'id="overdue-tasks"' not in page
    assert household.case.reference not in page
