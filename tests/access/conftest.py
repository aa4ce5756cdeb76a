"""The fixed people of tests/conftest.py, by the names the access matrices use."""

from __future__ import annotations

from typing import Any

import pytest

from hogo import access
from hogo.accounts.models import Compartment, User
from hogo.approvals import actions as approval_actions
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case
from tests.api.conftest import Api, api_as

ROLES = (
    "caseworker",
    "teammate",
    "outsider",
    "supervisor",
    "other_supervisor",
    "security_officer",
    "auditor",
    "administrator",
    "statistician",
    "payment_officer",
)


@pytest.fixture
def users(request: pytest.FixtureRequest, case: Any) -> dict[str, User]:
    return {role: request.getfixturevalue(role) for role in ROLES}


@pytest.fixture
def granted_outsider(outsider: User, supervisor: User, east: Compartment, case: Case) -> User:
    """The outsider, a caseworker of "west", reading "east" through an approved grant."""
    request = approval_actions.request_compartment_access(
        actor=outsider, compartment=east, reason="a relative of our case is on theirs"
    )
    approval_actions.approve_request(request, actor=supervisor)
    assert access.is_granted_only(outsider, case)
    return outsider


__all__ = ["Api", "api_as"]


def entries(action: str, **filters: Any) -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(action=action, **filters).order_by("seq"))
