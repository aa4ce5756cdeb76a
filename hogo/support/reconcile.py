"""What the bank did with a batch: paid, failed or returned, all or nothing.

A result file whose count or total does not match the batch is refused whole:
nothing is marked and nothing is posted, so a truncated or foreign file can
never leave a batch half reconciled.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hogo import access
from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.support import ledger
from hogo.support.actions import SupportRefused
from hogo.support.models import (
    Batch,
    BatchStatus,
    Instalment,
    InstalmentStatus,
    LedgerAccount,
    Payment,
    PaymentStatus,
)

OUTCOMES = (PaymentStatus.PAID, PaymentStatus.FAILED, PaymentStatus.RETURNED)


@dataclass(frozen=True)
class Results:
    """A bank's answer for one batch: an outcome per payment, and its own totals."""

    outcomes: Mapping[int, str]  # payment id -> paid / failed / returned
    declared_count: int
    declared_total: int


def _refuse(batch: Batch, actor: User | None, reason: str) -> SupportRefused:
    # The refusal is recorded in its own transaction: the file changed nothing else.
    record("support.bank_result_refused", actor=actor, obj=batch, data={"reason": reason})
    return SupportRefused(reason)


def apply_results(batch: Batch, results: Results, *, actor: User | None) -> dict[str, int]:
    if actor is not None and not access.can_handle_payments(actor):
        raise SupportRefused(_("You may not do this."))
    with transaction.atomic():
        locked = Batch.objects.select_for_update().get(pk=batch.pk)
        payments = {p.pk: p for p in Payment.objects.filter(batch=locked)}
        problem = ""
        if locked.status not in (BatchStatus.APPROVED, BatchStatus.EXPORTED):
            problem = _("This batch is not waiting for the bank's results.")
        elif set(results.outcomes) != set(payments):
            problem = _("The file does not list exactly the payments of this batch.")
        elif results.declared_count != len(payments):
            problem = _("The file's count of payments does not match the batch.")
        elif results.declared_total != locked.total or locked.total != sum(
            p.amount for p in payments.values()
        ):
            problem = _("The file's total does not match the batch's total.")
        elif any(outcome not in OUTCOMES for outcome in results.outcomes.values()):
            problem = _("The file holds an outcome that is not paid, failed or returned.")
    if problem:
        raise _refuse(batch, actor, problem)
    counts = {str(o): 0 for o in OUTCOMES}
    with transaction.atomic():
        locked = Batch.objects.select_for_update().get(pk=batch.pk)
        if locked.status not in (BatchStatus.APPROVED, BatchStatus.EXPORTED):
            raise SupportRefused(_("This batch is not waiting for the bank's results."))
        legs: list[ledger.Leg] = []
        for pk, outcome in sorted(results.outcomes.items()):
            payment = payments[pk]
            counts[outcome] += 1
            paid = outcome == PaymentStatus.PAID
            Payment.objects.filter(pk=pk).update(status=outcome, live=paid)
            Instalment.objects.filter(pk=payment.instalment_id).update(
                status=InstalmentStatus.PAID if paid else InstalmentStatus.FAILED
            )
            other = LedgerAccount.BANK if paid else LedgerAccount.BENEFIT_EXPENSE
            legs.append(
                ledger.Leg(
                    LedgerAccount.PAYABLE, debit=payment.amount, batch=locked, payment=payment
                )
            )
            legs.append(ledger.Leg(other, credit=payment.amount, batch=locked, payment=payment))
        ledger.post(legs, month=timezone.localdate(), memo=f"batch {locked.pk}: bank results")
        locked.status = BatchStatus.RECONCILED
        locked.save(update_fields=["status"])
        record("support.bank_result", actor=actor, obj=locked, data=counts)
    return counts
