from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction

from hogo.accounts.models import User
from hogo.support.calendar import is_business_day
from hogo.support.models import Batch, BatchStatus, Entitlement, InstalmentStatus, Payment
from hogo.support.runs import run_month

HEADER = [
    "payment_id",
    "case_reference",
    "beneficiary",
    "benefit",
    "period",
    "due_date",
    "amount_jpy",
]


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.django_db
def test_a_run_gathers_the_month_into_one_batch_waiting_for_approval(
    entitled: Entitlement, tmp_path: Path
) -> None:
    out = tmp_path / "batch.csv"
    call_command("support", "run", "--month", "2026-03", "--out", str(out))
    rows = _read(out)
    payment = Payment.objects.get()
    assert rows == [
        HEADER,
        [
            str(payment.pk),
            entitled.household.case.reference,
            "金 正一",
            "abductee-act/monthly",
            "2026-03",
            "2026-03-10",
            "680000",
        ],
    ]
    batch = Batch.objects.get()
    assert (batch.status, batch.total, batch.prepared_by) == (
        BatchStatus.AWAITING_APPROVAL,
        680_000,
        None,
    )
    assert entitled.instalments.get(period=date(2026, 3, 1)).status == InstalmentStatus.IN_BATCH


@pytest.mark.django_db
def test_a_second_run_of_the_same_month_creates_nothing_and_writes_the_header_only(
    entitled: Entitlement, tmp_path: Path
) -> None:
    call_command("support", "run", "--month", "2026-03", "--out", str(tmp_path / "a.csv"))
    call_command("support", "run", "--month", "2026-03", "--out", str(tmp_path / "b.csv"))
    assert _read(tmp_path / "b.csv") == [HEADER]
    assert Batch.objects.count() == 1
    assert Payment.objects.count() == 1


@pytest.mark.django_db
def test_a_dry_run_writes_what_would_be_paid_and_creates_nothing(
    entitled: Entitlement, tmp_path: Path
) -> None:
    out = tmp_path / "dry.csv"
    call_command("support", "run", "--month", "2026-03", "--out", str(out), "--dry-run")
    rows = _read(out)
    assert rows[0] == HEADER
    assert len(rows) == 2
    assert rows[1][0] == ""
    assert rows[1][-1] == "680000"
    assert not Batch.objects.exists()
    assert not Payment.objects.exists()


@pytest.mark.django_db
def test_a_month_that_cannot_be_read_exits_2_and_writes_nothing(
    entitled: Entitlement, tmp_path: Path
) -> None:
    out = tmp_path / "batch.csv"
    with pytest.raises(SystemExit) as exit_info:
        call_command("support", "run", "--month", "2026-3x", "--out", str(out))
    assert exit_info.value.code == 2
    assert not out.exists()
    assert not Batch.objects.exists()


@pytest.mark.django_db
def test_every_due_date_written_is_a_business_day(entitled: Entitlement, tmp_path: Path) -> None:
    for month in ["2026-03", "2026-07", "2026-08", "2026-09", "2027-01", "2027-05"]:
        out = tmp_path / f"{month}.csv"
        call_command("support", "run", "--month", month, "--out", str(out), "--dry-run")
        for row in _read(out)[1:]:
            assert is_business_day(date.fromisoformat(row[5]))


@pytest.mark.django_db
def test_the_database_refuses_a_second_payment_for_one_person_benefit_and_period(
    entitled: Entitlement,
) -> None:
    batch = run_month(date(2026, 3, 1), actor=None).batch
    assert batch is not None
    payment = Payment.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        Payment.objects.create(
            batch=batch,
            instalment=payment.instalment,
            person=payment.person,
            benefit=payment.benefit,
            period=payment.period,
            amount=payment.amount,
        )


@pytest.mark.django_db
def test_a_person_who_is_not_a_payment_officer_cannot_run_payments(
    entitled: Entitlement, caseworker: User, supervisor: User
) -> None:
    from hogo.support.actions import SupportRefused

    for user in (caseworker, supervisor):
        with pytest.raises(SupportRefused):
            run_month(date(2026, 3, 1), actor=user)
    assert not Batch.objects.exists()
