"""Security screening: only the security officers of the case's compartment, never by grant."""

from __future__ import annotations

from hogo.access.cases import CaseRights, sees
from hogo.access.readers import Reader, active
from hogo.accounts.models import Role
from hogo.audit.log import record
from hogo.cases.models import Case, SecurityScreening


def can_see_screening(user: Reader, case: Case, *, rights: CaseRights | None = None) -> bool:
    """`rights` are `access.rights_on_case` of this user and case, if the page has them
    already: they say whether the user sees the case by need-to-know, without asking again."""
    member = active(user)
    if member is None or member.role != Role.SECURITY_OFFICER:
        return False
    return rights.own if rights is not None else sees(member, case)


def get_screening_for_user(
    user: Reader, case: Case, *, via: str, rights: CaseRights | None = None
) -> SecurityScreening | None:
    """The case's screening for a security officer of its compartment, recorded as read.

    None for everyone else, and for a case not screened yet. Every read is
    audited the same way, whether a page, a form or the API shows it.
    """
    member = active(user)
    if member is None or not can_see_screening(member, case, rights=rights):
        return None
    record("cases.view_screening", actor=member, obj=case, data={"via": via})
    return SecurityScreening.objects.filter(case=case).first()
