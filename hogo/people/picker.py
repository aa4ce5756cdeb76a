"""Picking a person on a form: an audited search among one's own persons.

A form never lists every person the user can see. It offers the persons of
the user's own cases (need-to-know, never a grant) whose names match what the
user typed, and the search is recorded by the ids it listed, never by the
words typed, which may be a name: the audit log is not encrypted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django import forms
from django.db.models import Prefetch, Q, QuerySet, prefetch_related_objects
from django.utils.translation import gettext as _

from hogo import access
from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.people.models import Person
from hogo.people.selectors import persons_matching

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise as StrOrPromise

# Most persons one search offers: a longer list means the words should be more precise.
OFFERED = 20
QUERY_CHARS = 100


@dataclass(frozen=True)
class Picker:
    query: str
    found: list[Person]


YEAR = re.compile(r"^(18|19|20)\d\d$")


def _label(person: Person) -> str:
    """Enough to tell two 李 英哲 apart: the birth year and the references of their cases."""
    year = person.birth_date.year if person.birth_date else None
    born = _("born %(year)s") % {"year": year} if year else _("birth date unknown")
    references = sorted(
        {case.reference for case in getattr(person, "visible_cases", [])}
        | {m.case.reference for m in getattr(person, "visible_memberships", [])}
    )
    parts = [f"#{person.pk} {person}", str(born)]
    if references:
        parts.append(", ".join(references))
    return " · ".join(parts)


def _matching(own: QuerySet[Person], query: str) -> QuerySet[Person]:
    """Every word must hold: a year is a birth year, a word with digits part of a case's
    reference ("00012" or "HG-2025-00012"), any other word one of the names."""
    words = query.split()
    years = [w for w in words if YEAR.match(w)]
    references = [w for w in words if any(c.isdigit() for c in w) and w not in years]
    names = [w for w in words if not any(c.isdigit() for c in w)]
    found = own
    if names:
        found = found.filter(pk__in=persons_matching(" ".join(names)).values("pk"))
    for year in years:
        found = found.filter(birth_date__year=int(year))
    for reference in references:
        found = found.filter(
            Q(cases__reference__icontains=reference)
            | Q(case_memberships__case__reference__icontains=reference)
        )
    return found.distinct()


def person_field(label: StrOrPromise, **kwargs: Any) -> forms.ModelChoiceField[Person]:
    """A person chosen among the persons a search offered: `offer_persons` fills it."""
    return forms.ModelChoiceField(
        label=label,
        queryset=Person.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        **kwargs,
    )


def offer_persons(
    field: forms.Field,
    *,
    user: User,
    query: str,
    via: str,
    exclude: Iterable[int] = (),
    chosen: object = None,
    label: Callable[[Person], str] = _label,
    narrow: Callable[[Any], Any] | None = None,
) -> Picker:
    """Limit `field` to the user's own persons and offer those matching `query`.

    `chosen` is a person id the page was opened with (from a person's page):
    offered too when it is one of the user's own persons.
    """
    assert isinstance(field, forms.ModelChoiceField)
    own = access.persons_editable_by(user).exclude(pk__in=list(exclude))
    if narrow is not None:
        own = narrow(own)
    field.queryset = own
    query = query.strip()[:QUERY_CHARS]
    found: list[Person] = []
    chosen_id = str(chosen or "")
    if chosen_id.isdigit():
        found += list(own.filter(pk=int(chosen_id)).prefetch_related("names"))
    if query:
        matches = _matching(own, query).exclude(pk__in=[p.pk for p in found])
        found += list(matches.prefetch_related("names").order_by("pk")[:OFFERED])
    visible = access.cases_visible_to(user)
    # Cases sit above people: their membership model is reached through the relation.
    memberships = Person._meta.get_field("case_memberships").related_model
    prefetch_related_objects(
        found,
        Prefetch("cases", queryset=visible, to_attr="visible_cases"),
        Prefetch(
            "case_memberships",
            queryset=memberships.objects.filter(  # type: ignore[attr-defined]
                case__in=visible
            ).select_related("case"),
            to_attr="visible_memberships",
        ),
    )
    if query or found:
        record(
            "people.search",
            actor=user,
            data={"via": via, "ids": [p.pk for p in found], "count": len(found)},
        )
    field.widget.choices = [(p.pk, label(p)) for p in found]
    return Picker(query, found)
