"""Putting a case into any status, and what "nothing changed" means for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from hogo.audit.models import AuditEntry
from hogo.cases.models import Case, Event
from hogo.cases.workflow import Status


@dataclass(frozen=True)
class Snapshot:
    status: str
    held_from: str
    version: int
    events: int
    audit_entries: int


def snapshot(case: Case) -> Snapshot:
    fresh = Case.objects.get(pk=case.pk)
    return Snapshot(
        status=fresh.status,
        held_from=fresh.held_from,
        version=fresh.version,
        events=Event.objects.filter(case=case).count(),
        audit_entries=AuditEntry.objects.count(),
    )


@pytest.fixture
def case_in(case: Case) -> Callable[..., Case]:
    """The case fixture, moved straight into `status` (test setup, not a transition)."""

    def put(status: Status, *, held_from: Status | str = "") -> Case:
        if status == Status.ON_HOLD and not held_from:
            held_from = Status.VERIFYING
        Case.objects.filter(pk=case.pk).update(status=status, held_from=held_from)
        case.refresh_from_db()
        return case

    return put
