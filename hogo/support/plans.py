"""Service plans: tasks from the arrival date, supporters, referrals with consent."""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from hogo import access
from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.support.actions import SupportRefused
from hogo.support.models import Household, Referral, ServiceTask, Supporter, TaskKind

WEEK, MONTH, QUARTER, HALF_YEAR, YEAR = 7, 30, 90, 182, 365

# (kind, days after arrival): first week, first month, 90 days, 6 and 12 months, yearly.
STANDARD_PLAN: tuple[tuple[TaskKind, int], ...] = (
    (TaskKind.HOUSING, WEEK),
    (TaskKind.HEALTH_INSURANCE, WEEK),
    (TaskKind.INTERPRETER, WEEK),
    (TaskKind.PENSION, MONTH),
    (TaskKind.JAPANESE, MONTH),
    (TaskKind.WORK, QUARTER),
    (TaskKind.COUNSELLING, QUARTER),
    (TaskKind.REVIEW, HALF_YEAR),
    *((TaskKind.REVIEW, YEAR * n) for n in range(1, 6)),
)
# Support workers are assigned for at most three years.
SUPPORTER_MAX_DAYS = 3 * YEAR + 1


def _require(allowed: bool) -> None:
    if not allowed:
        raise SupportRefused(_("You may not do this."))


def create_service_plan(household: Household, *, actor: User) -> list[ServiceTask]:
    _require(access.can_edit_support(actor, household))
    if household.arrived_on is None:
        raise SupportRefused(_("Record the arrival date first: the plan counts from it."))
    arrived = household.arrived_on
    with transaction.atomic():
        tasks = [
            ServiceTask.objects.get_or_create(
                household=household,
                kind=kind,
                offset_days=days,
                defaults={"due_on": arrived + timedelta(days=days)},
            )[0]
            for kind, days in STANDARD_PLAN
        ]
        record("support.plan_create", actor=actor, obj=household.case, data={"tasks": len(tasks)})
    return tasks


def complete_task(task: ServiceTask, *, on: date, actor: User) -> ServiceTask:
    _require(access.can_edit_support(actor, task.household))
    with transaction.atomic():
        task.done_on, task.done_by = on, actor
        task.save(update_fields=["done_on", "done_by"])
        record(
            "support.task_done",
            actor=actor,
            obj=task.household.case,
            data={"task": task.pk, "kind": task.kind, "on": on},
        )
    return task


def assign_supporter(
    household: Household, *, user: User, role: str, starts_on: date, ends_on: date, actor: User
) -> Supporter:
    _require(access.can_edit_support(actor, household))
    if ends_on < starts_on or (ends_on - starts_on).days > SUPPORTER_MAX_DAYS:
        raise SupportRefused(
            _("A supporter is assigned for up to three years, ending after starting.")
        )
    with transaction.atomic():
        supporter = Supporter.objects.create(
            household=household, user=user, role=role.strip(), starts_on=starts_on, ends_on=ends_on
        )
        record(
            "support.supporter_assign",
            actor=actor,
            obj=household.case,
            data={"supporter": supporter.pk, "user": user.pk, "until": ends_on},
        )
    return supporter


def refer(
    household: Household,
    *,
    organisation: str,
    purpose: str,
    shared: str,
    consent_on: date | None,
    actor: User,
) -> Referral:
    """Refer the household, with the consent recorded to exactly what is shared."""
    _require(access.can_edit_support(actor, household))
    if consent_on is None:
        raise SupportRefused(_("A referral needs the person's consent, with its date."))
    if not shared.strip() or not organisation.strip():
        raise SupportRefused(_("Say who the referral is to and exactly what is shared."))
    with transaction.atomic():
        referral = Referral.objects.create(
            household=household,
            organisation=organisation.strip(),
            purpose=purpose.strip(),
            shared=shared.strip(),
            consent_on=consent_on,
            created_by=actor,
        )
        # The organisation and what is shared are sealed: the entry names neither.
        record(
            "support.refer",
            actor=actor,
            obj=household.case,
            data={"referral": referral.pk, "consent_on": consent_on},
        )
    return referral


def withdraw_consent(referral: Referral, *, on: date, actor: User) -> Referral:
    _require(access.can_edit_support(actor, referral.household))
    if referral.consent_withdrawn_on is not None:
        raise SupportRefused(_("Consent to this referral was already withdrawn."))
    with transaction.atomic():
        referral.consent_withdrawn_on = on
        referral.save(update_fields=["consent_withdrawn_on"])
        record(
            "support.consent_withdraw",
            actor=actor,
            obj=referral.household.case,
            data={"referral": referral.pk, "on": on},
        )
    return referral


def overdue_tasks(user: access.Reader, *, today: date) -> QuerySet[ServiceTask]:
    """Tasks past due and not done, on the households the user may read."""
    return (
        ServiceTask.objects.filter(
            household__in=access.households_visible_to(user), done_on__isnull=True, due_on__lt=today
        )
        .select_related("household__case")
        .order_by("due_on")
    )
