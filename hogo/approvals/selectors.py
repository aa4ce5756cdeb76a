"""Which requests a user may see: their own, and those of compartments they supervise."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from hogo.accounts.models import Role, User
from hogo.approvals.models import Decision, Grant, GrantKind, Request


def _member(user: Any) -> User | None:
    if isinstance(user, User) and user.is_active:
        return user
    return None


def requests_visible_to(user: Any) -> QuerySet[Request]:
    member = _member(user)
    if member is None:
        return Request.objects.none()
    mine = Q(proposed_by=member)
    if member.role == Role.SUPERVISOR:
        mine |= Q(compartment__in=member.compartments.all())
    return Request.objects.filter(mine).select_related(
        "proposed_by", "compartment", "decided_by", "case"
    )


def awaiting_decision_by(user: Any) -> QuerySet[Request]:
    member = _member(user)
    if member is None or member.role != Role.SUPERVISOR:
        return Request.objects.none()
    return requests_visible_to(member).filter(decision=Decision.PENDING).exclude(proposed_by=member)


def get_request_for_user(user: Any, pk: int | str) -> Request:
    try:
        return requests_visible_to(user).get(pk=pk)
    except (Request.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def emergencies_supervised_by(user: Any) -> QuerySet[Grant]:
    """Open emergency accesses to the cases of the compartments a supervisor supervises."""
    member = _member(user)
    if member is None or member.role != Role.SUPERVISOR:
        return Grant.objects.none()
    return (
        Grant.objects.active()
        .filter(kind=GrantKind.BREAK_GLASS, compartment__in=member.compartments.all())
        .exclude(user=member)
        .select_related("user", "case", "compartment")
    )


def get_emergency_for_supervisor(user: Any, pk: int | str) -> Grant:
    try:
        return emergencies_supervised_by(user).get(pk=pk)
    except (Grant.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
