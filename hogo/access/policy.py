"""The one place that answers "may this user see or change this person or case".

Every page, API operation, export and command fetches persons, cases and their
parts through these functions. A case that does not exist and a case the user
may not see raise the same `Http404`, so a probe learns nothing either way.

Need-to-know, by role:

- caseworker: the cases assigned to them or explicitly shared with them;
- supervisor: every case in their compartments;
- security officer: the cases in their compartments, read-only, plus their
  security screening, which no other role sees;
- auditor, administrator, statistician: no case contents at all.

Beyond need-to-know, a reader may hold a grant (`hogo.approvals.models.Grant`):
a compartment's supervisor approved their request, or they declared an
emergency on one case ("break-glass"). A grant lets them read, never change,
the compartment's cases (or the one case) until it expires; it never opens a
case's security screening. This module is the only place grants are consulted.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from hogo.access.roles import CASE_READERS, CASE_WRITERS
from hogo.accounts.models import Role, User
from hogo.approvals.models import Grant
from hogo.cases.models import Case, CaseMember, CaseShare, Document
from hogo.people.models import Person

# A refused lookup is logged with ids only, never with a name or any content, so that
# someone walking through case numbers shows up in the logs (ASVS 16.3.2).
log = logging.getLogger("hogo.access")


def _active(user: Any) -> User | None:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    assert isinstance(user, User)
    return user


def _need_to_know(member: User) -> Q:
    if member.role == Role.CASEWORKER:
        shared = CaseShare.objects.filter(user=member).values("case")
        return Q(officer=member) | Q(pk__in=shared)
    return Q(compartment__in=member.compartments.all())


def _granted(member: User) -> Q:
    """Cases opened to the member by an unexpired grant: read-only."""
    grants = Grant.objects.active().filter(user=member)
    return Q(compartment__in=grants.filter(case__isnull=True).values("compartment")) | Q(
        pk__in=grants.filter(case__isnull=False).values("case")
    )


def _own_cases(member: User) -> QuerySet[Case]:
    """The cases the member may work on: need-to-know only, never a grant."""
    if member.role not in CASE_READERS:
        return Case.objects.none()
    return Case.objects.filter(_need_to_know(member))


def cases_visible_to(user: Any) -> QuerySet[Case]:
    member = _active(user)
    if member is None or member.role not in CASE_READERS:
        return Case.objects.none()
    return Case.objects.filter(_need_to_know(member) | _granted(member))


def is_granted_only(user: Any, case: Case) -> bool:
    """The user reads this case through a grant, not through need-to-know."""
    member = _active(user)
    return (
        member is not None
        and not _own_cases(member).filter(pk=case.pk).exists()
        and cases_visible_to(member).filter(pk=case.pk).exists()
    )


def _refused(user: Any, kind: str, pk: object, *, write: bool) -> Http404:
    log.warning(
        "access refused: user=%s %s=%.40r write=%s",
        getattr(user, "pk", None),
        kind,
        str(pk),
        write,
    )
    return Http404()


def get_case_for_user(user: Any, pk: int | str, *, write: bool = False) -> Case:
    try:
        case = cases_visible_to(user).select_related("person", "officer", "compartment").get(pk=pk)
    except (Case.DoesNotExist, ValueError, TypeError):
        raise _refused(user, "case", pk, write=write) from None
    if write and not can_edit_case(user, case):
        raise _refused(user, "case", pk, write=write)
    return case


def _sees(member: User, case: Case) -> bool:
    """Need-to-know: what changing, managing or screening a case requires."""
    return _own_cases(member).filter(pk=case.pk).exists()


def can_edit_case(user: Any, case: Case) -> bool:
    member = _active(user)
    return member is not None and member.role in CASE_WRITERS and _sees(member, case)


def can_manage_case(user: Any, case: Case) -> bool:
    """Assigning an officer and sharing a case are a supervisor's decisions."""
    member = _active(user)
    return member is not None and member.role == Role.SUPERVISOR and _sees(member, case)


def can_see_screening(user: Any, case: Case) -> bool:
    member = _active(user)
    return member is not None and member.role == Role.SECURITY_OFFICER and _sees(member, case)


def can_create_case(user: Any) -> bool:
    member = _active(user)
    return member is not None and member.role in CASE_WRITERS


def compartments_for_new_case(user: Any) -> QuerySet[Any]:
    from hogo.accounts.models import Compartment

    member = _active(user)
    if member is None or member.role not in CASE_WRITERS:
        return Compartment.objects.none()
    return member.compartments.all()


def persons_visible_to(user: Any) -> QuerySet[Person]:
    member = _active(user)
    if member is None or member.role not in CASE_READERS:
        return Person.objects.none()
    return _persons_of(member, cases_visible_to(member))


def _persons_of(member: User, cases: QuerySet[Case]) -> QuerySet[Person]:
    in_case = Q(pk__in=cases.values("person")) | Q(
        pk__in=CaseMember.objects.filter(case__in=cases).values("person")
    )
    if member.role in CASE_WRITERS:
        # A person registered but not yet on any case is visible to whoever registered them.
        unattached = (
            Q(created_by=member)
            & ~Exists(Case.objects.filter(person=OuterRef("pk")))
            & ~Exists(CaseMember.objects.filter(person=OuterRef("pk")))
        )
        return Person.objects.filter(in_case | unattached)
    return Person.objects.filter(in_case)


def get_person_for_user(user: Any, pk: int | str, *, write: bool = False) -> Person:
    try:
        person = persons_visible_to(user).get(pk=pk)
    except (Person.DoesNotExist, ValueError, TypeError):
        raise _refused(user, "person", pk, write=write) from None
    if write and not can_edit_person(user, person):
        raise _refused(user, "person", pk, write=write)
    return person


def can_edit_person(user: Any, person: Person) -> bool:
    member = _active(user)
    return (
        member is not None
        and member.role in CASE_WRITERS
        and _persons_of(member, _own_cases(member)).filter(pk=person.pk).exists()
    )


def can_merge_persons(user: Any, keep: Person, merge: Person) -> bool:
    """A merge rewrites both persons on every case they are on: all must be the user's to change."""
    member = _active(user)
    if member is None or keep.pk == merge.pk:
        return False
    if not (can_edit_person(member, keep) and can_edit_person(member, merge)):
        return False
    involved = Case.objects.filter(
        Q(person__in=[keep.pk, merge.pk])
        | Q(pk__in=CaseMember.objects.filter(person__in=[keep.pk, merge.pk]).values("case"))
    )
    return not involved.exclude(pk__in=_own_cases(member).values("pk")).exists()


def get_document_for_user(user: Any, pk: int | str) -> Document:
    try:
        return Document.objects.select_related("case").get(pk=pk, case__in=cases_visible_to(user))
    except (Document.DoesNotExist, ValueError, TypeError):
        raise _refused(user, "document", pk, write=False) from None


def case_for_emergency(user: Any, reference: str) -> Case:
    """The case an emergency is declared on, found by its exact reference.

    The only lookup here that is not limited to what the user may see: the
    caller (`hogo.approvals.actions.break_glass`) audits, notifies and grants
    in the same transaction, and a reference that matches nothing answers 404.
    """
    member = _active(user)
    if member is None or member.role not in CASE_READERS:
        raise Http404
    try:
        return Case.objects.select_related("compartment").get(reference=reference.strip())
    except Case.DoesNotExist:
        raise Http404 from None
