from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command

from hogo.accounts.models import User
from hogo.support.actions import SupportRefused
from hogo.support.models import Batch, BatchStatus, Entitlement, Payment, PaymentStatus
from hogo.support.payments import export_batch, remitter, set_bank_account
from hogo.support.runs import approve_batch, run_month
from hogo.support.zengin import Result, result_file

REMITTER = {
    "SUPPORT_REMITTER_CODE": "0000012345",
    "SUPPORT_REMITTER_NAME": "ｼｴﾝ ｻﾞｲﾀﾞﾝ",
    "SUPPORT_REMITTER_ACCOUNT": "0005-001-1-7654321",
}


@pytest.fixture
def bank(settings: object) -> None:
    for name, value in REMITTER.items():
        setattr(settings, name, value)


@pytest.fixture
def approved(
    entitled: Entitlement, caseworker: User, preparer: User, approver: User, bank: None
) -> Batch:
    set_bank_account(
        entitled.household,
        bank_code="0001",
        branch_code="001",
        account_type="1",
        number="1234567",
        holder_kana="キン セイイチ",
        actor=caseworker,
    )
    batch = run_month(date(2026, 3, 1), actor=preparer).batch
    assert batch is not None
    return approve_batch(batch, actor=approver, reauthenticated=True)


@pytest.mark.django_db
def test_an_approved_batch_becomes_a_zengin_file_that_names_no_programme(
    approved: Batch, preparer: User
) -> None:
    data = export_batch(approved, actor=preparer).data
    records = data.split(b"\r\n")[:-1]
    assert [len(r) for r in records] == [120, 120, 120, 120]
    assert [r[:1] for r in records] == [b"1", b"2", b"8", b"9"]
    header, transfer, trailer = (r.decode("cp932") for r in records[:3])
    assert header[1:3] == "21"
    assert header[54:58] == "0310"
    assert transfer[1:5] == "0001"
    assert transfer[43:50] == "1234567"
    assert transfer[50:80].rstrip() == "ｷﾝ ｾｲｲﾁ"
    assert transfer[80:90] == "0000680000"
    assert int(transfer[91:101]) == Payment.objects.get().pk
    assert trailer[1:7] == "000001"
    assert trailer[7:19] == "000000680000"
    text = data.decode("cp932")
    for telltale in ["ﾗﾁ", "拉致", "abductee", "ABDUCTEE", "ｷｭｳﾌ", "ｷﾕｳﾌ", "monthly", "MONTHLY"]:
        assert telltale not in text
    approved.refresh_from_db()
    assert approved.status == BatchStatus.EXPORTED


@pytest.mark.django_db
def test_a_batch_waiting_for_approval_cannot_be_exported(
    entitled: Entitlement, preparer: User, bank: None
) -> None:
    batch = run_month(date(2026, 3, 1), actor=preparer).batch
    assert batch is not None
    with pytest.raises(SupportRefused, match="approved"):
        export_batch(batch, actor=preparer)


@pytest.mark.django_db
def test_the_bank_result_file_marks_payments_through_the_command(
    approved: Batch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("support", "export", str(approved.pk), "--out", str(tmp_path / "out.txt"))
    payment = Payment.objects.get()
    path = tmp_path / "result.txt"
    path.write_bytes(
        result_file(date(2026, 3, 10), [Result(payment.pk, 680_000, "paid")], remitter=remitter())
    )
    call_command("support", "results", str(approved.pk), str(path))
    assert "1 paid" in capsys.readouterr().out
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PAID


@pytest.mark.django_db
def test_a_result_file_with_a_wrong_amount_is_refused_whole(
    approved: Batch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export_batch(approved, actor=None)
    payment = Payment.objects.get()
    path = tmp_path / "result.txt"
    path.write_bytes(
        result_file(date(2026, 3, 10), [Result(payment.pk, 68_000, "paid")], remitter=remitter())
    )
    with pytest.raises(SystemExit) as exit_info:
        call_command("support", "results", str(approved.pk), str(path))
    assert exit_info.value.code == 1
    assert "nothing changed" in capsys.readouterr().err
    payment.refresh_from_db()
    approved.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING
    assert approved.status == BatchStatus.EXPORTED


@pytest.mark.django_db
def test_a_truncated_result_file_is_refused(approved: Batch, tmp_path: Path) -> None:
    export_batch(approved, actor=None)
    payment = Payment.objects.get()
    whole = result_file(
        date(2026, 3, 10), [Result(payment.pk, 680_000, "paid")], remitter=remitter()
    )
    path = tmp_path / "result.txt"
    path.write_bytes(whole[:250])
    with pytest.raises(SystemExit):
        call_command("support", "results", str(approved.pk), str(path))
    assert Payment.objects.get().status == PaymentStatus.PENDING
