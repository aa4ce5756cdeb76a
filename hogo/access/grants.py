"""Grants: read-only windows onto a compartment, or one case, that expire.

A compartment's supervisor approved the reader's request, or the reader
declared an emergency on one case ("break-glass"). A grant lets them read,
never change, and never opens a case's security screening. This module is the
only place grants are read; `hogo.approvals` creates them.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from hogo.access.readers import Reader, active
from hogo.accounts.models import User
from hogo.approvals.models import Grant
from hogo.cases.models import Case


def granted(member: User) -> Q:
    """Cases opened to the member by an unexpired grant: read-only."""
    grants = Grant.objects.active().filter(user=member)
    return Q(compartment__in=grants.filter(case__isnull=True).values("compartment")) | Q(
        pk__in=grants.filter(case__isnull=False).values("case")
    )


def active_grants(user: Reader) -> QuerySet[Grant]:
    """The user's unexpired grants, for the user's own list of them."""
    member = active(user)
    if member is None:
        return Grant.objects.none()
    return Grant.objects.active().filter(user=member).select_related("compartment", "case")


def grant_on(user: Reader, case: Case) -> Grant | None:
    """The longest-lasting unexpired grant through which the user reads this case."""
    return (
        active_grants(user)
        .filter(Q(case=case) | Q(case__isnull=True, compartment=case.compartment_id))
        .order_by("-expires_at")
        .first()
    )
