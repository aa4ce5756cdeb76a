"""A grant is honoured by the JSON API too, read-only, because both go through the access layer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from hogo.accounts.actions import issue_token
from hogo.accounts.models import User
from hogo.approvals import actions
from hogo.cases.models import Case
from tests.api.conftest import Api

REASON = "Detained at the border tonight, need the custody history now"


def test_break_glass_opens_the_case_to_the_api_read_only_and_for_a_time(
    outsider: User, case: Case, travel: Callable[[timedelta], object]
) -> None:
    _token, secret = issue_token(actor=outsider, label="emergency")
    api = Api(secret)
    assert api.get(f"/cases/{case.pk}").status_code == 404
    actions.break_glass(actor=outsider, reference=case.reference, reason=REASON)
    assert api.get(f"/cases/{case.pk}").status_code == 200
    assert api.get(f"/persons/{case.person_id}").status_code == 200
    refused = api.patch(f"/cases/{case.pk}", {"version": case.version, "summary": "changed"})
    assert refused.status_code == 404
    travel(timedelta(hours=3))
    assert api.get(f"/cases/{case.pk}").status_code == 404
