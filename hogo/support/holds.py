"""Holding instalments: a revoked identity, a missing status report."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import Q

from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.registries.models import Decision, EligibilityEvidence
from hogo.support.models import (
    Entitlement,
    EntitlementStatus,
    HoldReason,
    Instalment,
    InstalmentStatus,
    OverpaymentReview,
    OverrideDecision,
    Payment,
    PaymentStatus,
    StatusReport,
)


def _still_confirmed(person_id: int) -> bool:
    from hogo.support.models import EligibilityOverride

    return (
        EligibilityEvidence.objects.filter(
            person_id=person_id, decision=Decision.CONFIRMED, revoked_at__isnull=True
        ).exists()
        or EligibilityOverride.objects.filter(
            person_id=person_id, decision=OverrideDecision.APPROVED, revoked_at__isnull=True
        ).exists()
    )


def on_evidence_revoked(
    sender: Any, *, evidence: EligibilityEvidence, actor: User | None, **kwargs: Any
) -> None:
    """Runs inside the revoking transaction (hogo.registries.actions.revoke_evidence).

    Every entitlement of a household the person belongs to is suspended unless the
    person is still confirmed otherwise; its instalments not yet in a batch are held,
    and an overpayment review lists what was paid on it.
    """
    if _still_confirmed(evidence.person_id):
        return
    entitlements = Entitlement.objects.filter(
        Q(evidence=evidence) | Q(household__members__person_id=evidence.person_id),
        status=EntitlementStatus.ACTIVE,
    ).distinct()
    for entitlement in entitlements.select_related("household__case"):
        held = Instalment.objects.filter(
            entitlement=entitlement, status=InstalmentStatus.SCHEDULED
        ).update(status=InstalmentStatus.HELD, hold_reason=HoldReason.EVIDENCE_REVOKED)
        Entitlement.objects.filter(pk=entitlement.pk).update(status=EntitlementStatus.SUSPENDED)
        paid = list(
            Payment.objects.filter(
                instalment__entitlement=entitlement, status=PaymentStatus.PAID
            ).order_by("period")
        )
        review = OverpaymentReview.objects.create(
            entitlement=entitlement,
            evidence=evidence,
            paid=[
                {"payment": p.pk, "period": f"{p.period:%Y-%m}", "amount": p.amount} for p in paid
            ],
            paid_total=sum(p.amount for p in paid),
        )
        record(
            "support.hold",
            actor=actor,
            obj=entitlement.household.case,
            data={
                "entitlement": entitlement.pk,
                "reason": HoldReason.EVIDENCE_REVOKED,
                "held": held,
            },
        )
        record(
            "support.overpayment_review",
            actor=actor,
            obj=entitlement.household.case,
            data={"review": review.pk, "payments": len(paid), "paid_total": review.paid_total},
        )


def report_deadline(instalment_due: date, month: int, day: int) -> date:
    return date(instalment_due.year, month, day)


def needs_report(instalment: Instalment) -> int | None:
    """The year whose status report must be in before this instalment is paid, if any."""
    rule = instalment.entitlement.rule
    if rule.report_month is None or rule.report_day is None:
        return None
    deadline = report_deadline(instalment.due_date, rule.report_month, rule.report_day)
    if instalment.due_date <= deadline or deadline <= instalment.entitlement.decided_on:
        return None
    return deadline.year


def hold_for_missing_reports(instalments: list[Instalment]) -> list[Instalment]:
    """Hold those whose status report is missing; the rest, to be paid."""
    received = set(
        StatusReport.objects.filter(
            household__in={i.entitlement.household_id for i in instalments}
        ).values_list("household_id", "year")
    )
    payable, held = [], []
    for instalment in instalments:
        year = needs_report(instalment)
        if year is not None and (instalment.entitlement.household_id, year) not in received:
            held.append(instalment.pk)
        else:
            payable.append(instalment)
    if held:
        Instalment.objects.filter(pk__in=held).update(
            status=InstalmentStatus.HELD, hold_reason=HoldReason.STATUS_REPORT
        )
    return payable
