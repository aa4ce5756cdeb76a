from __future__ import annotations

from datetime import date

import pytest

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.registries.actions import revoke_evidence
from hogo.registries.models import EligibilityEvidence
from hogo.support.models import (
    Entitlement,
    EntitlementStatus,
    HoldReason,
    InstalmentStatus,
    OverpaymentReview,
    Payment,
    PaymentStatus,
)
from hogo.support.reconcile import Results, apply_results
from hogo.support.runs import approve_batch, run_month


@pytest.mark.django_db
def test_revoking_the_evidence_holds_every_future_instalment_and_lists_what_was_paid(
    entitled: Entitlement,
    evidence: EligibilityEvidence,
    caseworker: User,
    preparer: User,
    approver: User,
) -> None:
    first = run_month(date(2026, 3, 1), actor=preparer).batch
    assert first is not None
    approve_batch(first, actor=approver, reauthenticated=True)
    apply_results(
        first,
        Results({p.pk: "paid" for p in first.payments.all()}, 1, 680_000),
        actor=preparer,
    )

    revoke_evidence(evidence, reason="The manifest entry belongs to a namesake.", actor=caseworker)

    entitled.refresh_from_db()
    assert entitled.status == EntitlementStatus.SUSPENDED
    rest = entitled.instalments.exclude(period=date(2026, 3, 1))
    assert rest.count() == 116
    assert set(rest.values_list("status", "hold_reason")) == {
        (InstalmentStatus.HELD, HoldReason.EVIDENCE_REVOKED)
    }
    review = OverpaymentReview.objects.get()
    assert review.paid_total == 680_000
    assert review.paid == [
        {"payment": Payment.objects.get().pk, "period": "2026-03", "amount": 680_000}
    ]
    assert AuditEntry.objects.filter(action="support.overpayment_review").exists()
    # A later run pays nothing for this household.
    assert run_month(date(2026, 7, 1), actor=preparer).batch is None
    assert Payment.objects.filter(status=PaymentStatus.PAID).count() == 1
