"""Monthly payment runs and their approval by a second person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils.translation import gettext as _

from hogo import access
from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.support import holds, ledger
from hogo.support.actions import SupportRefused
from hogo.support.calendar import add_months
from hogo.support.models import (
    Batch,
    BatchApproval,
    BatchStatus,
    EntitlementStatus,
    Instalment,
    InstalmentStatus,
    LedgerAccount,
    Payment,
)

# An arbitrary constant naming the payment runs' advisory lock on PostgreSQL: two runs
# at the same moment queue behind it, and the second finds nothing left to gather.
_RUN_LOCK = 0x686F6772


@dataclass(frozen=True)
class Row:
    payment_id: int | None
    case_reference: str
    beneficiary: str
    benefit: str
    period: date
    due_date: date
    amount: int


@dataclass(frozen=True)
class RunResult:
    batch: Batch | None
    rows: list[Row]
    held: int

    @property
    def total(self) -> int:
        return sum(row.amount for row in self.rows)


def _month_end(month: date) -> date:
    year, next_month = add_months(month.year, month.month, 1)
    return date(year, next_month, 1) - timedelta(days=1)


def _lock() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_RUN_LOCK])
    # SQLite: every transaction is BEGIN IMMEDIATE (settings): writers already queue.


def _row(instalment: Instalment, payment: Payment | None) -> Row:
    household = instalment.entitlement.household
    return Row(
        payment_id=payment.pk if payment else None,
        case_reference=household.case.reference,
        beneficiary=str(household.payee),
        benefit=str(instalment.benefit),
        period=instalment.period,
        due_date=instalment.due_date,
        amount=instalment.amount,
    )


def approvals_needed(total: int) -> int:
    return 2 if total > settings.SUPPORT_TWO_APPROVERS_ABOVE else 1


def run_month(month: date, *, actor: User | None, dry_run: bool = False) -> RunResult:
    """Gather what is due in `month` and not yet in a batch into one batch.

    `actor` None is the command line (the system); a person must be a payment officer.
    """
    if actor is not None and not access.can_handle_payments(actor):
        raise SupportRefused(_("You may not do this."))
    month = month.replace(day=1)
    with transaction.atomic():
        _lock()
        due = list(
            Instalment.objects.filter(
                status=InstalmentStatus.SCHEDULED,
                due_date__gte=month,
                due_date__lte=_month_end(month),
                entitlement__status=EntitlementStatus.ACTIVE,
            )
            .select_related(
                "entitlement__rule", "entitlement__household__case", "benefit__programme"
            )
            .select_related("entitlement__household__payee")
            .prefetch_related("entitlement__household__payee__names")
            .order_by("due_date", "pk")
        )
        if dry_run:
            payable = [i for i in due if not _report_missing(i)]
        else:
            payable = holds.hold_for_missing_reports(due)
        held = len(due) - len(payable)
        if dry_run or not payable:
            if held and not dry_run:
                record("support.hold", actor=actor, data={"month": month, "held": held})
            return RunResult(None, [_row(i, None) for i in payable], held)
        if ledger.is_closed(month):
            raise SupportRefused(_("The month %(month)s is closed.") % {"month": f"{month:%Y-%m}"})
        total = sum(i.amount for i in payable)
        batch = Batch.objects.create(
            month=month, prepared_by=actor, total=total, approvals_needed=approvals_needed(total)
        )
        payments = Payment.objects.bulk_create(
            Payment(
                batch=batch,
                instalment=i,
                person_id=i.person_id,
                benefit_id=i.benefit_id,
                period=i.period,
                amount=i.amount,
            )
            for i in payable
        )
        if connection.vendor != "postgresql":
            # Only PostgreSQL returns the new keys from a bulk insert.
            payments = list(Payment.objects.filter(batch=batch).order_by("pk"))
        Instalment.objects.filter(pk__in=[i.pk for i in payable]).update(
            status=InstalmentStatus.IN_BATCH
        )
        legs: list[ledger.Leg] = []
        for payment in payments:
            legs.append(
                ledger.Leg(
                    LedgerAccount.BENEFIT_EXPENSE,
                    debit=payment.amount,
                    batch=batch,
                    payment=payment,
                )
            )
            legs.append(
                ledger.Leg(
                    LedgerAccount.PAYABLE, credit=payment.amount, batch=batch, payment=payment
                )
            )
        ledger.post(legs, month=month, memo=f"batch {batch.pk}: benefits granted")
        record(
            "support.run",
            actor=actor,
            obj=batch,
            data={
                "month": f"{month:%Y-%m}",
                "payments": len(payments),
                "total": total,
                "held": held,
                "approvals_needed": batch.approvals_needed,
            },
        )
        by_instalment = {p.instalment_id: p for p in payments}
        return RunResult(batch, [_row(i, by_instalment[i.pk]) for i in payable], held)


def _report_missing(instalment: Instalment) -> bool:
    year = holds.needs_report(instalment)
    if year is None:
        return False
    return not instalment.entitlement.household.reports.filter(year=year).exists()


def approve_batch(batch: Batch, *, actor: User, reauthenticated: bool) -> Batch:
    """One approval of a batch; the preparer never approves, and approving needs the
    approver's password and second factor again (`reauthenticated`, from sudo mode)."""
    with transaction.atomic():
        locked = Batch.objects.select_for_update().get(pk=batch.pk)
        if locked.prepared_by_id == actor.pk:
            raise SupportRefused(_("Whoever prepared a batch cannot approve it."))
        if not access.can_approve_batch(actor, locked):
            raise SupportRefused(_("You may not approve this batch."))
        if not reauthenticated:
            raise SupportRefused(_("Confirm your password and second factor to approve."))
        if locked.status != BatchStatus.AWAITING_APPROVAL:
            raise SupportRefused(_("This batch is not waiting for approval."))
        BatchApproval.objects.create(batch=locked, approver=actor)
        count = locked.approvals.count()
        if count >= locked.approvals_needed:
            locked.status = BatchStatus.APPROVED
            locked.save(update_fields=["status"])
        record(
            "support.batch_approve",
            actor=actor,
            obj=locked,
            data={"approvals": count, "needed": locked.approvals_needed, "status": locked.status},
        )
    return locked
