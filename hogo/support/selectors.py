"""Reads of support data that span models."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hogo.support.models import Household, Instalment, InstalmentStatus, PaymentStatus


@dataclass(frozen=True)
class ScheduleRow:
    beneficiary: str
    benefit: str
    period: date
    due_date: date
    amount: int
    status: str


def _status(instalment: Instalment) -> str:
    # A failed or returned payment leaves its instalment "failed" until it is paid again.
    if instalment.status == InstalmentStatus.IN_BATCH:
        live = [p for p in instalment.payments.all() if p.live]
        if live and live[0].status == PaymentStatus.PAID:
            return InstalmentStatus.PAID
    return str(instalment.status)


def schedule_of(household: Household) -> list[ScheduleRow]:
    instalments = (
        Instalment.objects.filter(entitlement__household=household)
        .select_related("benefit__programme", "person")
        .prefetch_related("payments", "person__names")
        .order_by("due_date", "benefit__programme__code", "benefit__code", "pk")
    )
    return [
        ScheduleRow(
            beneficiary=str(i.person),
            benefit=str(i.benefit),
            period=i.period,
            due_date=i.due_date,
            amount=i.amount,
            status=_status(i),
        )
        for i in instalments
    ]
