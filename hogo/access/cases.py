"""Cases: who sees, changes and manages which.

Need-to-know, by role:

- caseworker: the cases of their compartments assigned to them, or shared with
  them; leaving a compartment ends their access to its cases;
- supervisor: every case in their compartments;
- security officer: the cases in their compartments, read-only, plus their
  security screening, which no other role sees;
- auditor, administrator, statistician: no case contents at all.

Beyond need-to-know, an unexpired grant lets a reader read a compartment's
cases, or one case (`hogo.access.grants`). A case that does not exist and a
case the user may not see raise the same `Http404`.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.http import Http404

from hogo.access.grants import granted
from hogo.access.readers import Reader, active
from hogo.access.refusals import refused
from hogo.access.roles import CASE_READERS, CASE_WRITERS
from hogo.accounts.models import Compartment, Role, User
from hogo.audit.log import record
from hogo.cases.models import Case, CaseShare


def _need_to_know(member: User) -> Q:
    mine = Q(compartment__in=member.compartments.all())
    if member.role == Role.CASEWORKER:
        shared = CaseShare.objects.filter(user=member).values("case")
        return mine & (Q(officer=member) | Q(pk__in=shared))
    return mine


def own_cases(user: Reader) -> QuerySet[Case]:
    """The cases the user may work on: need-to-know only, never a grant."""
    member = active(user)
    if member is None or member.role not in CASE_READERS:
        return Case.objects.none()
    return Case.objects.filter(_need_to_know(member))


def cases_visible_to(user: Reader) -> QuerySet[Case]:
    member = active(user)
    if member is None or member.role not in CASE_READERS:
        return Case.objects.none()
    return Case.objects.filter(_need_to_know(member) | granted(member))


def is_granted_only(user: Reader, case: Case) -> bool:
    """The user reads this case through a grant, not through need-to-know."""
    return (
        not own_cases(user).filter(pk=case.pk).exists()
        and cases_visible_to(user).filter(pk=case.pk).exists()
    )


def get_case_for_user(user: Reader, pk: int | str, *, write: bool = False) -> Case:
    try:
        case = cases_visible_to(user).select_related("person", "officer", "compartment").get(pk=pk)
    except (Case.DoesNotExist, ValueError, TypeError):
        raise refused(user, "case", pk, write=write) from None
    if write and not can_edit_case(user, case):
        raise refused(user, "case", pk, write=write)
    return case


def view_case(user: Reader, pk: int | str, *, via: str, write: bool = False) -> Case:
    """Fetch a case to show it, and record that it was read, in one step."""
    case = get_case_for_user(user, pk, write=write)
    assert isinstance(user, User)  # a case was found: the user is a signed-in reader
    record_case_view(case, actor=user, via=via)
    return case


def record_case_view(case: Case, *, actor: User, via: str) -> None:
    """A case already fetched through this module is shown (again: a form re-rendered)."""
    record("cases.view", actor=actor, obj=case, data={"via": via})


def sees(user: Reader, case: Case) -> bool:
    """Need-to-know: what changing, managing or screening a case requires."""
    return own_cases(user).filter(pk=case.pk).exists()


def can_edit_case(user: Reader, case: Case) -> bool:
    member = active(user)
    return member is not None and member.role in CASE_WRITERS and sees(member, case)


def can_manage_case(user: Reader, case: Case) -> bool:
    """Assigning an officer and sharing a case are a supervisor's decisions."""
    member = active(user)
    return member is not None and member.role == Role.SUPERVISOR and sees(member, case)


@dataclass(frozen=True)
class CaseRights:
    """What a case page asks of the case it shows, answered together."""

    edit: bool
    manage: bool
    granted_only: bool
    # Need-to-know: the user sees the case without a grant.
    own: bool = False

    @property
    def visible(self) -> bool:
        """The user may read the case, through need-to-know or a grant."""
        return self.own or self.granted_only


def rights_on_case(user: Reader, case: Case) -> CaseRights:
    """`can_edit_case`, `can_manage_case` and `is_granted_only` of one case, with one
    need-to-know query instead of one each (and none for a grant if it is the user's)."""
    member = active(user)
    own = member is not None and sees(member, case)
    return CaseRights(
        edit=own and member is not None and member.role in CASE_WRITERS,
        manage=own and member is not None and member.role == Role.SUPERVISOR,
        granted_only=not own and cases_visible_to(user).filter(pk=case.pk).exists(),
        own=own,
    )


def can_create_case(user: Reader) -> bool:
    member = active(user)
    return member is not None and member.role in CASE_WRITERS


def compartments_for_new_case(user: Reader) -> QuerySet[Compartment]:
    member = active(user)
    if member is None or member.role not in CASE_WRITERS:
        return Compartment.objects.none()
    return member.compartments.all()


def colleagues_to_share_with(case: Case) -> QuerySet[User]:
    """Active caseworkers of the case's own compartment: the only ones it is shared with.

    Anyone else is outside the compartment: they ask for access, and a
    supervisor of the compartment approves it (`hogo.approvals`), which a
    share would skip.
    """
    return User.objects.filter(
        role=Role.CASEWORKER, is_active=True, compartments=case.compartment_id
    )


def case_for_emergency(user: Reader, reference: str) -> Case:
    """The case an emergency is declared on, found by its exact reference.

    The only lookup here that is not limited to what the user may see: the
    caller (`hogo.approvals.actions.break_glass`) audits, notifies and grants
    in the same transaction, and a reference that matches nothing answers 404.
    """
    member = active(user)
    if member is None or member.role not in CASE_READERS:
        raise Http404
    try:
        return Case.objects.select_related("compartment").get(reference=reference.strip())
    except Case.DoesNotExist:
        raise Http404 from None


def reference_is_in_compartment(user: Reader, compartment_id: int, reference: str) -> bool:
    """Whether a case with this exact reference is in the compartment, for an access request.

    A request names the case it asks to read; the requester cannot see it, yet a
    reference of another compartment could only ever be refused. The answer is yes
    or no about one reference the user typed, in the one compartment they are asking
    into, and the request that follows is audited; nothing of the case is returned.
    """
    member = active(user)
    if member is None or member.role not in CASE_READERS:
        return False
    return Case.objects.filter(compartment_id=compartment_id, reference=reference.strip()).exists()
