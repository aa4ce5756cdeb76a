"""Persons: a person is seen through the cases they are on, and changed through one's own.

A person is visible to whoever sees one of the cases they are on (as the
protected person or as family), and to whoever registered them while they are
on no case yet. Only persons of one's *own* cases (need-to-know, never a
grant) may be changed, picked for a new case or added as family: a grant is a
temporary window for reading, and work on a person seen through it would
outlive it.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet

from hogo.access.cases import cases_visible_to, own_cases
from hogo.access.readers import Reader, active
from hogo.access.refusals import refused
from hogo.access.roles import CASE_READERS, CASE_WRITERS
from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.cases.models import Case, CaseMember
from hogo.people.models import Person, RelationKind, Relationship


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


def persons_visible_to(user: Reader) -> QuerySet[Person]:
    member = active(user)
    if member is None or member.role not in CASE_READERS:
        return Person.objects.none()
    return _persons_of(member, cases_visible_to(member))


def persons_editable_by(user: Reader) -> QuerySet[Person]:
    """The persons of the user's own cases: the only ones they may change or pick."""
    member = active(user)
    if member is None or member.role not in CASE_WRITERS:
        return Person.objects.none()
    return _persons_of(member, own_cases(member))


def get_person_for_user(user: Reader, pk: int | str, *, write: bool = False) -> Person:
    try:
        person = persons_visible_to(user).get(pk=pk)
    except (Person.DoesNotExist, ValueError, TypeError):
        raise refused(user, "person", pk, write=write) from None
    if write and not can_edit_person(user, person):
        raise refused(user, "person", pk, write=write)
    return person


def view_person(user: Reader, pk: int | str, *, via: str, write: bool = False) -> Person:
    """Fetch a person to show them, and record that they were read, in one step."""
    person = get_person_for_user(user, pk, write=write)
    assert isinstance(user, User)  # a person was found: the user is a signed-in reader
    record_person_view(person, actor=user, via=via)
    return person


def record_person_view(person: Person, *, actor: User, via: str) -> None:
    """A person already fetched through this module is shown (in a list, or again)."""
    record("people.view", actor=actor, obj=person, data={"via": via})


def can_edit_person(user: Reader, person: Person) -> bool:
    return persons_editable_by(user).filter(pk=person.pk).exists()


def can_merge_persons(user: Reader, keep: Person, merge: Person) -> bool:
    """A merge rewrites both persons on every case they are on: all must be the user's to change."""
    member = active(user)
    if member is None or keep.pk == merge.pk:
        return False
    if not (can_edit_person(member, keep) and can_edit_person(member, merge)):
        return False
    involved = Case.objects.filter(
        Q(person__in=[keep.pk, merge.pk])
        | Q(pk__in=CaseMember.objects.filter(person__in=[keep.pk, merge.pk]).values("case"))
    )
    return not involved.exclude(pk__in=own_cases(member).values("pk")).exists()


def visible_spouse(user: Reader, person: Person) -> Person | None:
    """The person's first recorded spouse, if the user may see that spouse too."""
    relation = (
        Relationship.objects.filter(kind=RelationKind.SPOUSE)
        .filter(Q(from_person=person) | Q(to_person=person))
        .order_by("pk")
        .first()
    )
    if relation is None:
        return None
    other = (
        relation.to_person_id if relation.from_person_id == person.pk else relation.from_person_id
    )
    return persons_visible_to(user).filter(pk=other).first()
