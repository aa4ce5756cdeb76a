from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.exceptions import ValidationError

from hogo.accounts.models import User
from hogo.cases.actions import transition_case
from hogo.cases.models import Case
from hogo.cases.workflow import TRANSITIONS, Status, allowed_targets

from .conftest import snapshot


def test_closed_allows_no_transition_at_all() -> None:
    assert TRANSITIONS[Status.CLOSED] == set()
    assert allowed_targets(Status.CLOSED) == []


@pytest.mark.parametrize("target", list(Status))
def test_it_refuses_every_transition_out_of_closed(
    case_in: Callable[..., Case], supervisor: User, target: Status
) -> None:
    case = case_in(Status.CLOSED)
    before = snapshot(case)

    with pytest.raises(ValidationError):
        transition_case(
            case, to=target, actor=supervisor, reason="Reopening", expected_version=case.version
        )

    assert snapshot(case) == before
