"""Demo resettled households: entitlements and some months of paid history.

Everything is written through the support actions, as the product would. A dozen
households of arrived or resettled demo cases get a service plan, a bank account
and the abductee act's monthly benefit (the draft law for spouses is not in force);
their past months are paid, batch by batch. One household's entitlement is
suspended, one has not sent this year's status report, and this month's batch is
left waiting for a second payment officer's approval.
"""

from __future__ import annotations

from datetime import date

from hogo.access import system_reader
from hogo.accounts.models import Role, User
from hogo.cases.workflow import Status
from hogo.support.actions import (
    create_household,
    decide_override,
    receive_status_report,
    request_override,
    start_entitlement,
    suspend_entitlement,
)
from hogo.support.calendar import add_months
from hogo.support.models import Batch, Benefit, Household
from hogo.support.payments import set_bank_account
from hogo.support.plans import create_service_plan
from hogo.support.programmes import load_programmes
from hogo.support.reconcile import Results, apply_results
from hogo.support.runs import approve_batch, run_month

HOUSEHOLDS = 12
KANA = (
    "キム",
    "リ",
    "パク",
    "サトウ",
    "タナカ",
    "スズキ",
    "チェ",
    "カン",
    "ユン",
    "イトウ",
    "ソン",
    "ハン",
)


def _month(today: date, back: int) -> date:
    year, month = add_months(today.year, today.month, -back)
    return date(year, month, 1)


def load_support_demo(*, today: date) -> int:
    """Returns the number of households set up (0 when the demo roles are missing)."""
    supervisors = list(User.objects.filter(role=Role.SUPERVISOR, is_active=True).order_by("pk"))
    payers = list(User.objects.filter(role=Role.PAYMENT_OFFICER, is_active=True).order_by("pk"))
    if len(supervisors) < 2 or len(payers) < 2 or Household.objects.exists():
        return 0
    load_programmes(actor=None)
    monthly = Benefit.objects.get(programme__code="abductee-act", code="monthly")
    cases = (
        system_reader("support.demo")
        .cases()
        .filter(status__in=[Status.ARRIVED, Status.RESETTLEMENT])
        .select_related("person", "officer")[:HOUSEHOLDS]
    )
    entitlements = []
    for index, case in enumerate(cases):
        actor = case.officer or supervisors[0]
        arrived = _month(today, 3 + index % 8)
        household = create_household(
            case, payee=case.person, members=[], arrived_on=arrived.replace(day=12), actor=actor
        )
        override = request_override(
            case.person,
            reason="Identity confirmed at the mission from the family register (demo).",
            actor=supervisors[0],
        )
        decide_override(override, approve=True, actor=supervisors[1])
        set_bank_account(
            household,
            bank_code="0001",
            branch_code="001",
            account_type="1",
            number=f"{3000000 + case.pk:07d}",
            holder_kana=f"{KANA[index % len(KANA)]} {index + 1}",
            actor=actor,
        )
        create_service_plan(household, actor=actor)
        entitlements.append(
            start_entitlement(household, monthly, decided_on=arrived.replace(day=20), actor=actor)
        )
        # Every household but the last sent last year's and this year's reports in time.
        if index != len(cases) - 1:
            for year in (today.year - 1, today.year):
                receive_status_report(
                    household, year=year, received_on=date(year, 6, 1), actor=actor
                )
    if len(entitlements) > 1:
        suspend_entitlement(
            entitlements[1],
            reason="The household has left for another prefecture; awaiting confirmation.",
            actor=supervisors[0],
        )
    preparer, approver = payers[0], payers[1]
    for back in range(10, 0, -1):
        month = _month(today, back)
        batch = run_month(month, actor=preparer).batch
        if batch is None:
            continue
        # History: approved as it would have been, after the approver re-authenticated.
        approve_batch(batch, actor=approver, reauthenticated=True)
        batch.refresh_from_db()
        if batch.approvals_needed > 1 and len(payers) > 2:
            approve_batch(batch, actor=payers[2], reauthenticated=True)
        if batch.approvals.count() >= batch.approvals_needed:
            _all_paid(batch, actor=preparer)
    run_month(_month(today, 0), actor=preparer)
    return len(entitlements)


def _all_paid(batch: Batch, *, actor: User) -> None:
    payments = list(batch.payments.all())
    apply_results(
        batch,
        Results({p.pk: "paid" for p in payments}, len(payments), sum(p.amount for p in payments)),
        actor=actor,
    )
