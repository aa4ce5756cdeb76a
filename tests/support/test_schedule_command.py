from __future__ import annotations

import csv
import io

import pytest
from django.core.management import call_command

from hogo.audit.models import AuditEntry
from hogo.cases.models import Case
from hogo.support.models import Entitlement


@pytest.mark.django_db
def test_it_writes_a_cases_instalments_with_their_status(
    entitled: Entitlement, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    from hogo.support.runs import run_month

    run_month(date(2026, 3, 1), actor=None)
    call_command("support", "schedule", entitled.household.case.reference, "--format", "csv")
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["beneficiary", "benefit", "period", "due_date", "amount_jpy", "status"]
    assert rows[1] == [
        "金 正一",
        "abductee-act/monthly",
        "2026-03",
        "2026-03-10",
        "680000",
        "in_batch",
    ]
    assert rows[2] == [
        "金 正一",
        "abductee-act/monthly",
        "2026-07",
        "2026-07-10",
        "170000",
        "scheduled",
    ]
    assert len(rows) == 1 + 117
    assert AuditEntry.objects.filter(action="support.schedule_view").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("reference", ["NO-SUCH-REF", None])
def test_an_unknown_or_unsupported_case_is_a_clear_error_with_exit_1(
    case: Case, reference: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        call_command("support", "schedule", reference or case.reference, "--format", "csv")
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert ("no case" in err) if reference else ("no resettlement support" in err)
