from __future__ import annotations

from datetime import date

import pytest
from django.core.management import call_command

from hogo.support import ledger
from hogo.support.models import Entitlement, LedgerAccount, LedgerEntry
from hogo.support.runs import run_month


@pytest.fixture
def posted(entitled: Entitlement) -> None:
    run_month(date(2026, 3, 1), actor=None)
    run_month(date(2026, 7, 1), actor=None)


@pytest.mark.django_db
def test_an_intact_ledger_verifies_and_exits_0(
    posted: None, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("support", "ledger", "verify")
    assert "support ledger intact: 2 entries" in capsys.readouterr().out


@pytest.mark.django_db
def test_verify_catches_a_changed_amount_and_names_the_entry(
    posted: None, capsys: pytest.CaptureFixture[str]
) -> None:
    # Someone with database access edits one amount behind hogo's back.
    LedgerEntry.objects.filter(seq=1).update(debit=700_000)
    with pytest.raises(SystemExit) as exit_info:
        call_command("support", "ledger", "verify")
    assert exit_info.value.code != 0
    assert "entry 1 was changed" in capsys.readouterr().err


@pytest.mark.django_db
def test_verify_catches_a_deleted_entry(posted: None, capsys: pytest.CaptureFixture[str]) -> None:
    LedgerEntry.objects.filter(seq=1).delete()
    with pytest.raises(SystemExit):
        call_command("support", "ledger", "verify")
    assert "entry 1 is missing" in capsys.readouterr().err


@pytest.mark.django_db
def test_an_unbalanced_journal_is_never_posted(db: None) -> None:
    with pytest.raises(ledger.LedgerRefused):
        ledger.post(
            [
                ledger.Leg(LedgerAccount.BENEFIT_EXPENSE, debit=100),
                ledger.Leg(LedgerAccount.PAYABLE, credit=99),
            ],
            month=date(2026, 3, 1),
            memo="wrong",
        )
    assert not LedgerEntry.objects.exists()


@pytest.mark.django_db
def test_a_closed_month_takes_no_new_entry(db: None) -> None:
    ledger.close_month(date(2026, 3, 1))
    with pytest.raises(ledger.LedgerRefused, match="closed"):
        ledger.post(
            [
                ledger.Leg(LedgerAccount.BENEFIT_EXPENSE, debit=100),
                ledger.Leg(LedgerAccount.PAYABLE, credit=100),
            ],
            month=date(2026, 3, 17),
            memo="late",
        )
    assert not LedgerEntry.objects.exists()


@pytest.mark.django_db
def test_a_run_into_a_closed_month_creates_nothing(entitled: Entitlement) -> None:
    from hogo.support.actions import SupportRefused
    from hogo.support.models import Batch

    ledger.close_month(date(2026, 3, 1))
    with pytest.raises(SupportRefused, match="closed"):
        run_month(date(2026, 3, 1), actor=None)
    assert not Batch.objects.exists()
