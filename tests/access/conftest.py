"""The fixed people of tests/conftest.py, by the names the access matrices use."""

from __future__ import annotations

from typing import Any

import pytest

from hogo.accounts.models import User

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
