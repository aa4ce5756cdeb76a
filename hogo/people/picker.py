"""Picking a person on a form: an audited search among one's own persons.

A form never lists every person the user can see. It offers the persons of
the user's own cases (need-to-know, never a grant) whose names match what the
user typed, and the search is recorded by the ids it listed, never by the
words typed, which may be a name: the audit log is not encrypted.

The search is a plain GET form above the form it fills, so it works without
JavaScript. With htmx it runs as the user types and replaces only the list of
persons to choose from (`picker_fragment`): what was already typed in the rest
of the form stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django import forms
from django.db.models import Prefetch, Q, QuerySet, prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from hogo import access
from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.people.models import NameKind, Person
from hogo.people.selectors import persons_matching

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise as StrOrPromise

# Most persons one search offers: a longer list means the words should be more precise.
OFFERED = 20
QUERY_CHARS = 100


@dataclass(frozen=True)
class Picker:
    field_name: str
    query: str
    found: list[Person]
    # Whether the words found anyone: the person already chosen is offered either way.
    matched: bool = False


YEAR = re.compile(r"^(18|19|20)\d\d$")


def _names(person: Person) -> str:
    """Every recorded name once, in the order names are shown: 李 英哲 · 이 영철 · Ri Yong Chol."""
    order = {kind: rank for rank, kind in enumerate(NameKind.display_order())}
    names = sorted(person.names.all(), key=lambda name: (order.get(name.kind, len(order)), name.pk))
    shown = list(dict.fromkeys(name.full for name in names if name.full))
    return " · ".join(shown) or str(person)


def _label(person: Person) -> str:
    """Enough to tell two 李 英哲 apart: their names in every script, the birth year and
    the references of their cases."""
    year = person.birth_date.year if person.birth_date else None
    born = _("born %(year)s") % {"year": year} if year else _("birth date unknown")
    references = sorted(
        {case.reference for case in getattr(person, "visible_cases", [])}
        | {m.case.reference for m in getattr(person, "visible_memberships", [])}
    )
    parts = [f"#{person.pk} {_names(person)}", str(born)]
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
    form: forms.BaseForm,
    name: str,
    *,
    user: User,
    query: str,
    via: str,
    exclude: Iterable[int] = (),
    chosen: object = None,
    label: Callable[[Person], str] = _label,
    narrow: Callable[[Any], Any] | None = None,
) -> Picker:
    """Limit the form's field `name` to the user's own persons and offer those matching
    `query`.

    `chosen` is a person id the page was opened with (from a person's page) or the one
    already ticked when the search ran again: offered too when it is one of the user's
    own persons.
    """
    field = form.fields[name]
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
    matched = False
    if query:
        matches = _matching(own, query)
        matched = matches.exists()
        matches = matches.exclude(pk__in=[p.pk for p in found])
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
    return Picker(name, query, found, matched)


def picker_fragment(
    request: HttpRequest, form: forms.BaseForm, picker: Picker
) -> HttpResponse | None:
    """For a search run by htmx, only the persons to choose from; None for a whole page."""
    if request.method != "GET" or not getattr(request, "htmx", False):
        return None
    context = {"field": form[picker.field_name], "picker": picker}
    response = render(request, "people/picker_choices.html", context)
    # One URL, two bodies: a cache must not hand the fragment to a page load.
    patch_vary_headers(response, ["HX-Request"])
    return response
