"""The support paid leaves the unit only as a protected amount table, in whole yen."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from hogo.accounts.models import User
from hogo.stats import exports
from hogo.stats.actions import ReleaseError, publish_table
from hogo.stats.models import Release
from hogo.support.models import Batch, Payment
from hogo.support.reconcile import Results, apply_results
from hogo.support.runs import approve_batch, run_month

TODAY = date(2026, 12, 3)


@pytest.fixture
def paid(entitled: object, preparer: User, approver: User) -> Payment:
    batch = run_month(date(2026, 3, 1), actor=preparer).batch
    assert batch is not None
    approved: Batch = approve_batch(batch, actor=approver, reauthenticated=True)
    payment = Payment.objects.get()
    apply_results(approved, Results({payment.pk: "paid"}, 1, payment.amount), actor=preparer)
    payment.refresh_from_db()
    return payment


@pytest.mark.django_db
def test_one_persons_payment_is_withheld_and_the_money_stays_whole_yen(
    paid: Payment, statistician: User
) -> None:
    release = publish_table(
        "support_paid_by_quarter",
        start=date(2026, 1, 1),
        end=date(2026, 6, 30),
        actor=statistician,
        today=TODAY,
    )
    shown = {
        (row[0], column): cell
        for row in release.rows
        for column, cell in zip(release.header[1:], row[1:], strict=True)
    }
    # One person behind the Q1 monthly amount: withheld, and so is every figure it is in.
    assert shown["2026-Q1", "monthly"] == "withheld"
    assert shown["2026-Q1", "total"] == "withheld"
    assert shown["total", "monthly"] == "withheld"
    assert shown["2026-Q2", "one_off"] == "0"
    assert str(paid.amount) not in {str(cell) for row in release.rows for cell in row}
    # The frozen contributions are the person's whole yen, as integers.
    frozen = Release.objects.get(pk=release.pk).atoms
    assert frozen == {f"2026-Q1|monthly|{paid.person_id}": paid.amount}
    assert all(type(v) is int for v in frozen.values())
    assert release.level == 10
    assert release.dominance_p == 15
    rows = list(csv.reader(io.StringIO(exports.as_csv(release))))
    assert rows[0] == ["quarter", "monthly benefit", "one-off grant", "total"]


@pytest.mark.django_db
def test_amounts_are_not_released_with_noise(paid: Payment, statistician: User) -> None:
    with pytest.raises(ReleaseError, match="suppression only"):
        publish_table(
            "support_paid_by_quarter",
            start=date(2026, 1, 1),
            end=date(2026, 3, 31),
            method="dp",
            epsilon=0.25,
            actor=statistician,
            today=TODAY,
        )
    assert not Release.objects.exists()
