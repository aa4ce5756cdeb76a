"""Picking a person on a form: an audited search among one's own persons.

A form never lists every person the user can see. It offers the persons of
the user's own cases (need-to-know, never a grant) whose names match what the
user typed, and the search is recorded by the ids it listed, never by the
words typed, which may be a name: the audit log is not encrypted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django import forms

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


def _label(person: Person) -> str:
    return f"#{person.pk} {person}"


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
        matches = own.filter(pk__in=persons_matching(query).values("pk")).exclude(
            pk__in=[p.pk for p in found]
        )
        found += list(matches.prefetch_related("names").order_by("pk")[:OFFERED])
    if query or found:
        record(
            "people.search",
            actor=user,
            data={"via": via, "ids": [p.pk for p in found], "count": len(found)},
        )
    field.widget.choices = [(p.pk, label(p)) for p in found]
    return Picker(query, found)
