from __future__ import annotations

from datetime import date

import pytest
from django.db import connection

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.support.actions import SupportRefused
from hogo.support.models import Household, Referral, TaskKind
from hogo.support.plans import (
    assign_supporter,
    complete_task,
    create_service_plan,
    overdue_tasks,
    refer,
    withdraw_consent,
)


@pytest.mark.django_db
def test_the_plan_counts_from_the_arrival_date(household: Household, caseworker: User) -> None:
    tasks = create_service_plan(household, actor=caseworker)
    due = {(t.kind, t.offset_days): t.due_on for t in tasks}
    assert due[(TaskKind.HOUSING, 7)] == date(2026, 1, 27)  # arrived 2026-01-20
    assert due[(TaskKind.PENSION, 30)] == date(2026, 2, 19)
    assert due[(TaskKind.WORK, 90)] == date(2026, 4, 20)
    assert due[(TaskKind.REVIEW, 182)] == date(2026, 7, 21)
    assert due[(TaskKind.REVIEW, 365)] == date(2027, 1, 20)
    # Drawing it up again adds nothing.
    assert len(create_service_plan(household, actor=caseworker)) == len(tasks)
    assert household.tasks.count() == len(tasks)


@pytest.mark.django_db
def test_overdue_tasks_show_to_the_supervisor_and_not_to_an_outsider(
    household: Household, caseworker: User, supervisor: User, outsider: User
) -> None:
    tasks = create_service_plan(household, actor=caseworker)
    housing = next(t for t in tasks if t.kind == TaskKind.HOUSING)
    complete_task(housing, on=date(2026, 1, 25), actor=caseworker)
    overdue = list(overdue_tasks(supervisor, today=date(2026, 3, 1)))
    assert {t.kind for t in overdue} == {
        TaskKind.HEALTH_INSURANCE,
        TaskKind.INTERPRETER,
        TaskKind.PENSION,
        TaskKind.JAPANESE,
    }
    assert list(overdue_tasks(outsider, today=date(2026, 3, 1))) == []


@pytest.mark.django_db
def test_a_supporter_is_assigned_for_at_most_three_years(
    household: Household, caseworker: User, teammate: User
) -> None:
    with pytest.raises(SupportRefused, match="three years"):
        assign_supporter(
            household,
            user=teammate,
            role="support worker",
            starts_on=date(2026, 1, 20),
            ends_on=date(2030, 1, 20),
            actor=caseworker,
        )
    supporter = assign_supporter(
        household,
        user=teammate,
        role="support worker",
        starts_on=date(2026, 1, 20),
        ends_on=date(2029, 1, 19),
        actor=caseworker,
    )
    assert supporter.ends_on == date(2029, 1, 19)


@pytest.mark.django_db
def test_a_referral_needs_consent_and_keeps_what_is_shared_sealed(
    household: Household, caseworker: User
) -> None:
    with pytest.raises(SupportRefused, match="consent"):
        refer(
            household,
            organisation="Niigata housing office",
            purpose="public housing",
            shared="name and household size",
            consent_on=None,
            actor=caseworker,
        )
    referral = refer(
        household,
        organisation="Niigata housing office",
        purpose="public housing",
        shared="name and household size",
        consent_on=date(2026, 1, 22),
        actor=caseworker,
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT organisation, shared FROM support_referral")
        organisation, shared = cursor.fetchone()
    assert "Niigata" not in organisation
    assert "household size" not in shared
    entry = AuditEntry.objects.get(action="support.refer")
    assert "Niigata" not in str(entry.data)
    withdraw_consent(referral, on=date(2026, 5, 1), actor=caseworker)
    assert Referral.objects.get().consent_withdrawn_on == date(2026, 5, 1)
    with pytest.raises(SupportRefused, match="already"):
        withdraw_consent(referral, on=date(2026, 5, 2), actor=caseworker)


@pytest.mark.django_db
def test_an_outsider_cannot_draw_up_a_plan(household: Household, outsider: User) -> None:
    with pytest.raises(SupportRefused):
        create_service_plan(household, actor=outsider)
    assert not household.tasks.exists()
