"""Finding persons by any of their names, in any script."""

from __future__ import annotations

from datetime import date

from django.db.models import Q, QuerySet

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


def likely_duplicates(
    names: list[tuple[str, str]], *, birth_date: date | None, precision: str
) -> QuerySet[Person]:
    """Persons already registered with one of these names and the same birth date.

    Registering someone twice splits their history in two; the same name (in any
    script) and the same recorded birth date is the likely sign of it. Without a
    birth date there is no telling namesakes apart, so nothing is reported.
    """
    if birth_date is None:
        return Person.objects.none()
    same_name = Q()
    for family, given in names:
        words = f"{family} {given}".strip()
        if words:
            same_name |= Q(pk__in=persons_matching(words).values("pk"))
    if not same_name:
        return Person.objects.none()
    return Person.objects.filter(
        same_name,
        birth_date=birth_date,
        birth_date_precision=precision,
        merged_into__isnull=True,
    ).order_by("pk")
