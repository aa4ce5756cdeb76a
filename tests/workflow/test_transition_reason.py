from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from hogo.accounts.models import User
from hogo.cases.actions import transition_case
from hogo.cases.models import Case
from hogo.cases.workflow import Status

from .conftest import snapshot


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_it_refuses_a_transition_without_a_reason(
    case: Case, caseworker: User, reason: str
) -> None:
    before = snapshot(case)

    with pytest.raises(ValidationError) as refused:
        transition_case(
            case, to=Status.VERIFYING, actor=caseworker, reason=reason, expected_version=1
        )

    assert "reason" in refused.value.message_dict
    assert snapshot(case) == before


def test_it_keeps_the_reason_without_surrounding_blanks(case: Case, caseworker: User) -> None:
    transition_case(
        case, to=Status.VERIFYING, actor=caseworker, reason="  Call from NGO \n", expected_version=1
    )

    assert case.events.get(to_status=Status.VERIFYING).text == "Call from NGO"
