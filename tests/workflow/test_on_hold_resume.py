from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.exceptions import ValidationError

from hogo.accounts.models import User
from hogo.cases.actions import transition_case
from hogo.cases.models import Case
from hogo.cases.workflow import TRANSITIONS, Status

from .conftest import snapshot

HOLDABLE = sorted(source for source, targets in TRANSITIONS.items() if Status.ON_HOLD in targets)


@pytest.mark.parametrize("source", HOLDABLE)
def test_a_held_case_resumes_to_the_status_it_was_held_from(
    case_in: Callable[..., Case], caseworker: User, source: Status
) -> None:
    case = case_in(source)
    transition_case(
        case, to=Status.ON_HOLD, actor=caseworker, reason="Contact lost", expected_version=1
    )
    assert (case.status, case.held_from) == (Status.ON_HOLD, source)

    transition_case(case, to=source, actor=caseworker, reason="Contact back", expected_version=2)

    case.refresh_from_db()
    assert (case.status, case.held_from, case.version) == (source, "", 3)


@pytest.mark.parametrize("source", HOLDABLE)
def test_a_held_case_does_not_resume_anywhere_else(
    case_in: Callable[..., Case], caseworker: User, source: Status
) -> None:
    case = case_in(source)
    transition_case(
        case, to=Status.ON_HOLD, actor=caseworker, reason="Contact lost", expected_version=1
    )
    elsewhere = [status for status in HOLDABLE if status != source]
    before = snapshot(case)

    for target in elsewhere:
        with pytest.raises(ValidationError):
            transition_case(
                case, to=target, actor=caseworker, reason="Contact back", expected_version=2
            )

    assert snapshot(case) == before


def test_a_held_case_without_a_recorded_origin_cannot_resume(
    case_in: Callable[..., Case], caseworker: User
) -> None:
    case = case_in(Status.ON_HOLD)
    Case.objects.filter(pk=case.pk).update(held_from="")
    case.refresh_from_db()

    for target in HOLDABLE:
        with pytest.raises(ValidationError):
            transition_case(
                case, to=target, actor=caseworker, reason="Contact back", expected_version=1
            )
