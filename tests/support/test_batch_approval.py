from __future__ import annotations

from datetime import date

import pytest

from hogo.accounts.models import User
from hogo.support.actions import SupportRefused
from hogo.support.models import Batch, BatchStatus, Entitlement
from hogo.support.runs import approve_batch, run_month


def _prepared(by: User) -> Batch:
    batch = run_month(date(2026, 3, 1), actor=by).batch
    assert batch is not None
    return batch


@pytest.mark.django_db
def test_the_preparer_can_never_approve_their_own_batch(
    entitled: Entitlement, preparer: User
) -> None:
    batch = _prepared(preparer)
    with pytest.raises(SupportRefused, match="prepared"):
        approve_batch(batch, actor=preparer, reauthenticated=True)
    batch.refresh_from_db()
    assert batch.status == BatchStatus.AWAITING_APPROVAL
    assert not batch.approvals.exists()


@pytest.mark.django_db
def test_approving_needs_reauthentication(
    entitled: Entitlement, preparer: User, approver: User
) -> None:
    batch = _prepared(preparer)
    with pytest.raises(SupportRefused, match="password"):
        approve_batch(batch, actor=approver, reauthenticated=False)
    assert approve_batch(batch, actor=approver, reauthenticated=True).status == BatchStatus.APPROVED


@pytest.mark.django_db
def test_a_batch_above_the_limit_needs_two_approvers(
    entitled: Entitlement,
    preparer: User,
    approver: User,
    second_approver: User,
    settings: object,
) -> None:
    settings.SUPPORT_TWO_APPROVERS_ABOVE = 500_000  # type: ignore[attr-defined]
    batch = _prepared(preparer)
    assert batch.approvals_needed == 2
    assert approve_batch(batch, actor=approver, reauthenticated=True).status == (
        BatchStatus.AWAITING_APPROVAL
    )
    with pytest.raises(SupportRefused):
        approve_batch(batch, actor=approver, reauthenticated=True)
    final = approve_batch(batch, actor=second_approver, reauthenticated=True)
    assert final.status == BatchStatus.APPROVED
    assert final.approvals.count() == 2


@pytest.mark.django_db
def test_a_supervisor_or_caseworker_cannot_approve_a_batch(
    entitled: Entitlement, preparer: User, supervisor: User, caseworker: User
) -> None:
    batch = _prepared(preparer)
    for user in (supervisor, caseworker):
        with pytest.raises(SupportRefused):
            approve_batch(batch, actor=user, reauthenticated=True)
