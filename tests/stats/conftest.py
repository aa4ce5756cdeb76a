"""Synthetic cases with moves on chosen dates, for counting and releasing."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

import pytest

from hogo.accounts.models import Compartment
from hogo.cases.models import Case, Event, EventKind
from hogo.cases.workflow import Status
from hogo.people.models import Person

_serial = itertools.count(1)


@pytest.fixture
def add_cases(person: Person, east: Compartment) -> Callable[..., list[Case]]:
    """`add_cases(n, category, arrived_on)`: n cases of the category that arrived that day."""

    def add(
        n: int,
        category: str,
        on: date,
        *,
        status: str = Status.ARRIVED,
        compartment: Compartment | None = None,
    ) -> list[Case]:
        made = []
        for _ in range(n):
            case = Case.objects.create(
                reference=f"T-{next(_serial):06d}",
                person=person,
                category=category,
                compartment=compartment or east,
                status=status,
            )
            Event.objects.create(
                case=case, kind=EventKind.TRANSITION, occurred_on=on, to_status=status
            )
            made.append(case)
        return made

    return add
