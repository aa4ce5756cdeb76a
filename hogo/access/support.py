"""Who may see and do what in resettlement support.

- Caseworkers and supervisors see the support of the cases they may read, and
  change it on the cases they may change (need-to-know, as for the case).
- Supervisors read programme rules, add rule versions and decide eligibility
  overrides; the second supervisor of an override is never the first. They
  cost a draft programme over every current case ("what if"), and see only
  counts protected as released statistics are.
- A payment officer sees what paying needs (beneficiary, account, amount,
  period) and never a case's narrative: this role is not a case reader, so
  every case page and case API answers 404 to it. Payment officers prepare and
  approve payment batches; whoever prepared a batch never approves it.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from hogo.access.cases import CaseRights, can_edit_case, cases_visible_to
from hogo.access.readers import Reader, active
from hogo.access.roles import CASE_READERS
from hogo.accounts.models import Role, User
from hogo.cases.models import Case
from hogo.cases.workflow import Status
from hogo.support.models import Batch, EligibilityOverride, Household

PAYMENT_ROLES: tuple[Role, ...] = (Role.PAYMENT_OFFICER,)


def _active(user: Reader) -> User | None:
    return active(user)


def households_visible_to(user: Reader) -> QuerySet[Household]:
    """Households whose support the user may read in full (with the case)."""
    member = _active(user)
    if member is None:
        return Household.objects.none()
    return Household.objects.filter(case__in=cases_visible_to(member))


def get_household_for_user(user: Reader, pk: int | str, *, write: bool = False) -> Household:
    try:
        household = households_visible_to(user).select_related("case").get(pk=pk)
    except (Household.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if write and not can_edit_support(user, household):
        raise Http404
    return household


# Where a case's support is the work in hand, even before its first record.
SUPPORT_STATUSES: tuple[str, ...] = (Status.ARRIVED, Status.RESETTLEMENT)


def can_see_case_support(user: Reader, case: Case, *, rights: CaseRights | None = None) -> bool:
    """Whether the case page leads to the case's support page: the user may open that
    page (a case reader who sees the case, as the page itself asks) and there is
    support to show, or the case has reached the stage where support begins.

    `rights` are `access.rights_on_case` of this user and case, if the page has them
    already: they say whether the user sees the case, without asking again."""
    member = _active(user)
    if member is None or member.role not in CASE_READERS:
        return False
    if rights is not None:
        if not rights.visible:
            return False
    elif not cases_visible_to(member).filter(pk=case.pk).exists():
        return False
    return case.status in SUPPORT_STATUSES or Household.objects.filter(case=case).exists()


def can_edit_support(user: Reader, household: Household) -> bool:
    member = _active(user)
    return member is not None and can_edit_case(member, household.case)


def can_manage_rules(user: Reader) -> bool:
    member = _active(user)
    return member is not None and member.role == Role.SUPERVISOR


def can_run_what_if(user: Reader) -> bool:
    """Costing a draft programme over every current case: supervisors, who see only
    figures protected as released statistics are (no count from 1 to 9)."""
    member = _active(user)
    return member is not None and member.role == Role.SUPERVISOR


def can_request_override(user: Reader) -> bool:
    return can_manage_rules(user)


def can_decide_override(user: Reader, override: EligibilityOverride) -> bool:
    member = _active(user)
    return (
        member is not None
        and member.role == Role.SUPERVISOR
        and override.proposed_by_id != member.pk
    )


def can_handle_payments(user: Reader) -> bool:
    """Payment runs, batches, bank files: the payment officer's work."""
    member = _active(user)
    return member is not None and member.role in PAYMENT_ROLES


def can_approve_batch(user: Reader, batch: Batch) -> bool:
    member = _active(user)
    return (
        member is not None
        and member.role in PAYMENT_ROLES
        and batch.prepared_by_id != member.pk
        and not batch.approvals.filter(approver=member).exists()
    )


def batches_visible_to(user: Reader) -> QuerySet[Batch]:
    if not can_handle_payments(user):
        return Batch.objects.none()
    return Batch.objects.all()


def get_batch_for_user(user: Reader, pk: int | str) -> Batch:
    try:
        return batches_visible_to(user).get(pk=pk)
    except (Batch.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
