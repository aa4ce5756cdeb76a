"""Reads that span models: finding cases and persons by any name in any script, or by broker."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from hogo import access
from hogo.cases.models import Case, CaseMember, Event
from hogo.keys.fields import SealedMixin
from hogo.keys.provider import provider
from hogo.lib.envelope import blind_index, normalise
from hogo.lib.names import normalize_latin_name, search_keys, tokens
from hogo.people.models import NameKey, Person, PersonName


def _persons_matching_part(part: str) -> Q:
    written = PersonName.objects.filter(Q(family__icontains=part) | Q(given__icontains=part))
    keyed = NameKey.objects.filter(key__in=search_keys(part))
    return Q(pk__in=written.values("person")) | Q(pk__in=keyed.values("person"))


def _all_parts(parts: list[str]) -> Q:
    every_part = Q()
    for part in parts:
        every_part &= _persons_matching_part(part)
    return every_part


def persons_matching(query: str) -> QuerySet[Person]:
    """Persons whose names match the query, whatever script either is written in.

    Every word of the query must match one of the person's names, either as
    written (金田 in 金田 正一) or through a shared comparable key (キン, Kim
    and 김 all share a key with 金). A given name typed in pieces is tried
    joined too, so "Kim Jong Il" finds 김 정일 as "Kim" + "Jong Il" would.
    """
    parts = tokens(query)
    if not parts:
        return Person.objects.none()
    matches = _all_parts(parts)
    if len(parts) >= 3:
        matches |= _all_parts([parts[0], " ".join(parts[1:])])
    whole = NameKey.objects.filter(key__in=search_keys(normalize_latin_name(query)))
    return Person.objects.filter(matches | Q(pk__in=whole.values("person")))


def search_cases(
    user: Any,
    *,
    query: str = "",
    status: str = "",
    category: str = "",
    officer: int | None = None,
    ids: list[int] | None = None,
) -> QuerySet[Case]:
    cases = access.cases_visible_to(user)
    if ids is not None:
        cases = cases.filter(pk__in=ids)
    if status:
        cases = cases.filter(status=status)
    if category:
        cases = cases.filter(category=category)
    if officer:
        cases = cases.filter(officer_id=officer)
    if query.strip():
        persons = persons_matching(query).values("pk")
        members = CaseMember.objects.filter(person__in=persons).values("case")
        brokers = events_naming_organisation(Event.objects.filter(case__in=cases), query)
        cases = cases.filter(
            Q(reference__iexact=query.strip())
            | Q(person__in=persons)
            | Q(pk__in=members)
            | Q(pk__in=brokers.values("case"))
        )
    return cases.select_related("person", "officer", "compartment").prefetch_related(
        "person__names"
    )


# How many index values one query compares at most (SQLite allows 32,766 parameters).
INDEX_BATCH = 500


def events_naming_organisation(events: QuerySet[Event], name: str) -> QuerySet[Event]:
    """Of `events`, those naming the organisation `name` (compared normalised).

    The organisation is encrypted and its blind index is keyed by the case, so
    the index of `name` is computed for each case among `events` (the caller
    has limited them to what the user may see) under every key of the keyring
    (a rotation may be half done); only the candidates are opened and compared.
    """
    wanted = normalise(name)
    if not wanted:
        return events.none()
    keys = provider()
    field = Event._meta.get_field("organisation")
    assert isinstance(field, SealedMixin)
    with_index = events.exclude(organisation_index="").order_by()
    case_ids = with_index.values_list("case_id", flat=True).distinct()
    indexes = [
        blind_index(keys, key_id, field.index_label, name, scope=str(case_id))
        for case_id in case_ids
        for key_id in keys.key_ids()
    ]
    matched: list[int] = []
    for start in range(0, len(indexes), INDEX_BATCH):
        batch = indexes[start : start + INDEX_BATCH]
        candidates = with_index.filter(organisation_index__in=batch).only(
            "pk", "uid", "case_id", "organisation"
        )
        matched += [e.pk for e in candidates if normalise(str(e.organisation)) == wanted]
    return events.filter(pk__in=matched)


def search_persons(user: Any, *, query: str = "") -> QuerySet[Person]:
    persons = access.persons_visible_to(user)
    if query.strip():
        persons = persons.filter(pk__in=persons_matching(query).values("pk"))
    return persons.prefetch_related("names")
