from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.exceptions import ValidationError

from hogo.accounts.models import User
from hogo.cases.actions import transition_case
from hogo.cases.models import Case
from hogo.cases.workflow import TRANSITIONS, Status

from .conftest import snapshot


def _held_from_other_than(target: Status) -> Status:
    # A case on hold may resume to where it was held from: pick anywhere else.
    return Status.VERIFYING if target != Status.VERIFYING else Status.LOCATED


DISALLOWED = [
    (source, target) for source in Status for target in Status if target not in TRANSITIONS[source]
]


@pytest.mark.parametrize(("source", "target"), DISALLOWED, ids=[f"{s}->{t}" for s, t in DISALLOWED])
def test_it_refuses_every_disallowed_transition_and_changes_nothing(
    case_in: Callable[..., Case], caseworker: User, source: Status, target: Status
) -> None:
    held_from = _held_from_other_than(target) if source == Status.ON_HOLD else ""
    case = case_in(source, held_from=held_from)
    before = snapshot(case)

    with pytest.raises(ValidationError) as refused:
        transition_case(
            case, to=target, actor=caseworker, reason="Trying anyway", expected_version=case.version
        )

    assert "to" in refused.value.message_dict
    assert snapshot(case) == before


def test_every_status_is_covered_by_the_two_lists() -> None:
    allowed = sum(len(targets) for targets in TRANSITIONS.values())
    assert allowed + len(DISALLOWED) == len(Status) ** 2
