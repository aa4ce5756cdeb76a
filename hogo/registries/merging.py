"""Registry decisions about a person follow them through a merge."""

from __future__ import annotations

from hogo.people.models import Person
from hogo.registries.models import EligibilityEvidence


def move_evidence(keep: Person, merge: Person) -> dict[str, object]:
    moved = EligibilityEvidence.objects.filter(person=merge).update(person=keep)
    return {"eligibility_evidence": moved}
