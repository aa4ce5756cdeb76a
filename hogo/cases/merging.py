"""Cases follow their person through a merge, as protected person or as family."""

from __future__ import annotations

from django.db.models import F
from django.utils import timezone

from hogo.cases.models import Case, CaseMember
from hogo.people.models import Person


def move_cases(keep: Person, merge: Person) -> dict[str, object]:
    protected = list(Case.objects.filter(person=merge).values_list("pk", flat=True))
    Case.objects.filter(pk__in=protected).update(
        person=keep, version=F("version") + 1, updated_at=timezone.now()
    )
    moved_memberships = []
    for membership in CaseMember.objects.filter(person=merge).select_related("case"):
        already = (
            membership.case.person_id == keep.pk
            or CaseMember.objects.filter(case=membership.case_id, person=keep).exists()
        )
        if already:
            membership.delete()
        else:
            CaseMember.objects.filter(pk=membership.pk).update(person=keep)
            moved_memberships.append(membership.case_id)
    # The kept person may now be listed as family on their own case.
    CaseMember.objects.filter(person=keep, case__person=keep).delete()
    return {"cases": protected, "family_of": moved_memberships}
