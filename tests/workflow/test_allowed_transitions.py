from __future__ import annotations

from collections.abc import Callable

import pytest

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.cases.actions import transition_case
from hogo.cases.models import Case, Event, EventKind
from hogo.cases.workflow import TRANSITIONS, Status

ALLOWED = sorted((source, target) for source, targets in TRANSITIONS.items() for target in targets)


@pytest.mark.parametrize(("source", "target"), ALLOWED, ids=[f"{s}->{t}" for s, t in ALLOWED])
def test_it_moves_a_case_along_every_allowed_transition(
    case_in: Callable[..., Case], caseworker: User, source: Status, target: Status
) -> None:
    case = case_in(source)
    version = case.version
    audit_entries = AuditEntry.objects.count()

    transition_case(
        case,
        to=target,
        actor=caseworker,
        reason="Confirmed by the mission",
        expected_version=version,
    )

    case.refresh_from_db()
    assert case.status == target
    assert case.version == version + 1
    assert case.held_from == (source if target == Status.ON_HOLD else "")
    event = Event.objects.filter(case=case).order_by("-pk").first()
    assert event is not None
    assert (event.kind, event.from_status, event.to_status, event.text) == (
        EventKind.TRANSITION,
        source,
        target,
        "Confirmed by the mission",
    )
    assert event.recorded_by == caseworker
    entry = AuditEntry.objects.order_by("-seq").first()
    assert entry is not None
    assert AuditEntry.objects.count() == audit_entries + 1
    assert (entry.action, entry.object_id, entry.changes) == (
        "cases.transition",
        str(case.pk),
        {"status": [source, target]},
    )
    # The reason is on the (encrypted) timeline entry; the log only says that it changed.
    assert entry.data == {"version": version + 1}
