from __future__ import annotations

from datetime import date

import pytest

from hogo.accounts.models import User
from hogo.support.actions import receive_status_report
from hogo.support.models import Entitlement, HoldReason, InstalmentStatus
from hogo.support.runs import run_month


@pytest.mark.django_db
def test_a_missing_status_report_holds_the_instalments_due_after_30_june(
    entitled: Entitlement, preparer: User, caseworker: User
) -> None:
    june = run_month(date(2026, 6, 1), actor=preparer)
    assert june.batch is None
    assert june.held == 0

    july = run_month(date(2026, 7, 1), actor=preparer)
    assert july.batch is None
    assert july.held == 1
    instalment = entitled.instalments.get(period=date(2026, 7, 1))
    assert (instalment.status, instalment.hold_reason) == (
        InstalmentStatus.HELD,
        HoldReason.STATUS_REPORT,
    )

    receive_status_report(
        entitled.household, year=2026, received_on=date(2026, 7, 20), actor=caseworker
    )
    instalment.refresh_from_db()
    # Released, and paid late on the next paying day with August's.
    assert instalment.status == InstalmentStatus.SCHEDULED
    assert instalment.due_date == date(2026, 8, 10)
    august = run_month(date(2026, 8, 1), actor=preparer)
    assert august.batch is not None
    assert [r.period for r in august.rows] == [date(2026, 7, 1), date(2026, 8, 1)]


@pytest.mark.django_db
def test_a_report_received_in_time_holds_nothing(
    entitled: Entitlement, preparer: User, caseworker: User
) -> None:
    receive_status_report(
        entitled.household, year=2026, received_on=date(2026, 6, 12), actor=caseworker
    )
    july = run_month(date(2026, 7, 1), actor=preparer)
    assert july.held == 0
    assert july.batch is not None
