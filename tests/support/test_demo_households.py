from __future__ import annotations

from datetime import date

import pytest

from hogo.demo import generator
from hogo.support import ledger
from hogo.support.demo import load_support_demo
from hogo.support.models import (
    Batch,
    BatchStatus,
    EntitlementStatus,
    HoldReason,
    Household,
    Instalment,
    PaymentStatus,
)

TODAY = date(2025, 9, 15)


@pytest.mark.django_db
@pytest.mark.slow
def test_the_demo_has_resettled_households_with_history_and_the_three_situations() -> None:
    generator.load(generator.build_plan(seed=7, count=60, today=TODAY))
    made = load_support_demo(today=TODAY)
    assert made >= 3
    assert Household.objects.count() == made
    assert Household.objects.filter(entitlements__status=EntitlementStatus.SUSPENDED).count() == 1
    assert Instalment.objects.filter(hold_reason=HoldReason.STATUS_REPORT).exists()
    waiting = Batch.objects.get(status=BatchStatus.AWAITING_APPROVAL)
    assert waiting.month == date(2025, 9, 1)
    assert Batch.objects.filter(status=BatchStatus.RECONCILED).exists()
    assert Instalment.objects.filter(payments__status=PaymentStatus.PAID).exists()
    assert ledger.verify().ok
    # Loading again adds nothing.
    assert load_support_demo(today=TODAY) == 0
