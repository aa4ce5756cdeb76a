"""An audited change that cannot write its audit entry does not happen at all."""

from __future__ import annotations

from typing import Any, NoReturn

import pytest

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.cases.actions import transition_case, update_case
from hogo.cases.models import Case
from hogo.cases.workflow import Status

from .conftest import snapshot


class AuditDown(Exception):
    pass


@pytest.fixture
def audit_down(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, after the case was opened, no audit entry can be written."""

    def refuse(*args: Any, **kwargs: Any) -> NoReturn:
        raise AuditDown("the audit table cannot be written")

    monkeypatch.setattr(AuditEntry.objects, "create", refuse)


@pytest.mark.usefixtures("audit_down")
def test_a_transition_fails_and_leaves_no_trace_when_the_audit_write_fails(
    case: Case, caseworker: User
) -> None:
    before = snapshot(case)

    with pytest.raises(AuditDown):
        transition_case(
            case, to=Status.VERIFYING, actor=caseworker, reason="Checking", expected_version=1
        )

    assert snapshot(case) == before


@pytest.mark.usefixtures("audit_down")
def test_an_update_fails_and_leaves_no_trace_when_the_audit_write_fails(
    case: Case, caseworker: User
) -> None:
    with pytest.raises(AuditDown):
        update_case(case, actor=caseworker, expected_version=1, changes={"priority": 4})

    stored = Case.objects.get(pk=case.pk)
    assert (stored.priority, stored.version) == (3, 1)
