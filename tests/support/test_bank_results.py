from __future__ import annotations

from datetime import date

import pytest

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.support import ledger
from hogo.support.actions import SupportRefused
from hogo.support.models import (
    Batch,
    BatchStatus,
    Entitlement,
    InstalmentStatus,
    LedgerAccount,
    LedgerEntry,
    Payment,
    PaymentStatus,
)
from hogo.support.reconcile import Results, apply_results
from hogo.support.runs import approve_batch, run_month


@pytest.fixture
def approved(entitled: Entitlement, preparer: User, approver: User) -> Batch:
    batch = run_month(date(2026, 3, 1), actor=preparer).batch
    assert batch is not None
    return approve_batch(batch, actor=approver, reauthenticated=True)


@pytest.mark.django_db
def test_a_paid_result_marks_the_payment_paid_and_moves_the_money_to_the_bank(
    approved: Batch, preparer: User
) -> None:
    payment = Payment.objects.get()
    apply_results(approved, Results({payment.pk: "paid"}, 1, 680_000), actor=preparer)
    payment.refresh_from_db()
    approved.refresh_from_db()
    assert payment.status == PaymentStatus.PAID
    assert payment.instalment.status == InstalmentStatus.PAID
    assert approved.status == BatchStatus.RECONCILED
    assert ledger.balance(LedgerAccount.BANK) == -680_000
    assert ledger.balance(LedgerAccount.PAYABLE) == 0
    assert ledger.verify().ok


@pytest.mark.django_db
def test_a_returned_payment_reverses_its_grant_and_frees_the_period(
    approved: Batch, preparer: User
) -> None:
    payment = Payment.objects.get()
    apply_results(approved, Results({payment.pk: "returned"}, 1, 680_000), actor=preparer)
    payment.refresh_from_db()
    assert (payment.status, payment.live) == (PaymentStatus.RETURNED, False)
    assert payment.instalment.status == InstalmentStatus.FAILED
    assert ledger.balance(LedgerAccount.BENEFIT_EXPENSE) == 0
    assert ledger.verify().ok


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("outcomes", "count", "total"),
    [
        ("paid", 1, 679_999),  # the total does not match
        ("paid", 2, 680_000),  # the count does not match
        ("lost", 1, 680_000),  # an outcome the bank never gives
    ],
)
def test_a_file_whose_totals_do_not_match_is_refused_whole_and_changes_nothing(
    approved: Batch, preparer: User, outcomes: str, count: int, total: int
) -> None:
    payment = Payment.objects.get()
    entries = LedgerEntry.objects.count()
    with pytest.raises(SupportRefused):
        apply_results(approved, Results({payment.pk: outcomes}, count, total), actor=preparer)
    payment.refresh_from_db()
    approved.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING
    assert approved.status == BatchStatus.APPROVED
    assert LedgerEntry.objects.count() == entries
    assert AuditEntry.objects.filter(action="support.bank_result_refused").count() == 1


@pytest.mark.django_db
def test_a_file_naming_a_payment_of_another_batch_is_refused(
    approved: Batch, preparer: User
) -> None:
    payment = Payment.objects.get()
    with pytest.raises(SupportRefused):
        apply_results(
            approved,
            Results({payment.pk: "paid", payment.pk + 1: "paid"}, 1, 680_000),
            actor=preparer,
        )
    assert Payment.objects.get().status == PaymentStatus.PENDING
