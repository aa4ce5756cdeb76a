"""Reads of support data that span models."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hogo.support.models import Household, Instalment


@dataclass(frozen=True)
class ScheduleRow:
    beneficiary: str
    benefit: str
    period: date
    due_date: date
    amount: int
    status: str


def schedule_of(household: Household) -> list[ScheduleRow]:
    instalments = (
        Instalment.objects.filter(entitlement__household=household)
        .select_related("benefit__programme", "person")
        .prefetch_related("person__names")
        .order_by("due_date", "benefit__programme__code", "benefit__code", "pk")
    )
    return [
        ScheduleRow(
            beneficiary=str(i.person),
            benefit=str(i.benefit),
            period=i.period,
            due_date=i.due_date,
            amount=i.amount,
            status=str(i.status),
        )
        for i in instalments
    ]
