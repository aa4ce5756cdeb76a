"""`{% eligibility_evidence person %}`: a person's registry decisions, on any page.

The page has already fetched the person through hogo.access; this tag only
reads the decisions recorded for them.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse

from hogo.people.models import Person
from hogo.registries.selectors import evidence_for

register = template.Library()


@register.inclusion_tag("registries/evidence_snippet.html")
def eligibility_evidence(person: Person, can_verify: bool = True) -> dict[str, Any]:
    return {
        "evidence": evidence_for(person),
        "verify_url": reverse("registries:verify", kwargs={"pk": person.pk}) if can_verify else "",
    }
