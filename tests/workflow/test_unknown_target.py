from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from hogo.accounts.models import User
from hogo.cases.actions import transition_case
from hogo.cases.models import Case

from .conftest import snapshot


@pytest.mark.parametrize("target", ["nowhere", "", "CLOSED", "Verifying", " verifying"])
def test_it_refuses_a_status_that_does_not_exist(case: Case, caseworker: User, target: str) -> None:
    before = snapshot(case)

    with pytest.raises(ValidationError) as refused:
        transition_case(case, to=target, actor=caseworker, reason="Typo", expected_version=1)

    assert "to" in refused.value.message_dict
    assert snapshot(case) == before
