"""Reads of registries. Registries hold no case data: supervisors see them all."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, cast

from django.db.models import Count, Q

from hogo.linkage.features import Features, features
from hogo.linkage.lookup import Scored, score_features
from hogo.linkage.records import FIELDS, PersonRecord
from hogo.people.models import NameKind, Person, RelationKind, Relationship
from hogo.registries.models import EligibilityEvidence, RecordKey, Registry, RegistryRecord
from hogo.registries.verify import ClaimNames, claim_record, record_keys

_NAME = re.compile(r"^[A-Za-z0-9_-]{1,60}$")


def valid_name(name: str) -> bool:
    return bool(_NAME.match(name))


def registry_by_name(name: str) -> Registry | None:
    return Registry.objects.filter(name=name).first()


def all_registries() -> list[Registry]:
    return list(Registry.objects.order_by("name"))


# How many records of one registry, sharing the most name keys with the person, are scored.
MAX_CANDIDATES = 200
SHOWN = 10


@dataclass(frozen=True)
class Candidate:
    registry: Registry
    record: RegistryRecord
    scored: Scored


def claim_for(person: Person) -> PersonRecord:
    """The person as a claim: all their names in every script, sex, birth, spouse."""
    names = list(person.names.all())
    legal = person.primary_name()
    readings = [n for n in names if n.kind == NameKind.READING]
    reading = readings[0] if readings else None
    others = [(n.family, n.given) for n in names if n is not legal and n is not reading]
    if legal is not None and legal.kind == NameKind.READING:
        reading = None
    return claim_record(
        ClaimNames(
            family=legal.family if legal else "",
            given=legal.given if legal else "",
            family_reading=reading.family if reading else "",
            given_reading=reading.given if reading else "",
            others=others,
        ),
        sex=person.sex,
        birth_date=person.birth_date_text or person.birth_date_display,
        birth_place=person.birthplace,
        nationality=person.nationality_claimed,
        spouse_name=_spouse_name(person),
    )


def _spouse_name(person: Person) -> str:
    relation = (
        Relationship.objects.filter(kind=RelationKind.SPOUSE)
        .filter(Q(from_person=person) | Q(to_person=person))
        .select_related("from_person", "to_person")
        .order_by("pk")
        .first()
    )
    if relation is None:
        return ""
    spouse = relation.to_person if relation.from_person_id == person.pk else relation.from_person
    name = spouse.primary_name()
    return name.full if name else ""


def _as_person_record(row: RegistryRecord) -> PersonRecord:
    values = {name: str(getattr(row, name) or "") for name in FIELDS}
    return PersonRecord(row.record_id, row.line, values)


# A name key held by more records than this (Kim, Lee, a very common given name) is too
# common to find anyone by: such keys only count towards how many keys a record shares.
COMMON_KEY = 5000
# How many key entries the rarer keys may hold together (a Japanese given name in kanji
# has many readings): the lookup reads at most this many index entries to find records.
KEY_BUDGET = 50_000
# Records found by the rarer keys that are scored at all (most shared keys first).
MAX_POOL = 1000


def blocked_records(registry: Registry, claim: PersonRecord) -> list[RegistryRecord]:
    """The registry's records sharing the most name keys with the claim.

    Records are found by the claim's rarer keys (through the (registry, key) index), so
    a lookup costs the same in a registry of a million rows as in one of ten thousand;
    keys held by very many records only add to a record's count of shared keys.
    """
    keys = record_keys(claim)
    if not keys:
        return []
    counts: dict[str, int] = dict(
        RecordKey.objects.filter(registry=registry, key__in=keys)
        .values("key")
        .annotate(n=Count("id"))
        .values_list("key", "n")
    )
    if not counts:
        return []
    # The rarest keys first, until they hold KEY_BUDGET records (always at least one).
    rare: list[str] = []
    held = 0
    for key in sorted(counts, key=lambda key: (counts[key], key)):
        if rare and (counts[key] > COMMON_KEY or held + counts[key] > KEY_BUDGET):
            break
        rare.append(key)
        held += counts[key]
    shared: dict[int, int] = {}
    for record in RecordKey.objects.filter(registry=registry, key__in=rare).values_list(
        "record_id", flat=True
    ):
        shared[int(record)] = shared.get(int(record), 0) + 1
    common = [key for key in counts if key not in rare]
    if common and len(shared) > MAX_POOL:
        # Rank by every shared key: look up the other keys of the best records found.
        found = sorted(shared, key=lambda record: (-shared[record], record))[: 10 * MAX_POOL]
        for start in range(0, len(found), 900):
            for record in RecordKey.objects.filter(
                record__in=found[start : start + 900], key__in=common
            ).values_list("record_id", flat=True):
                shared[int(record)] += 1
    pool = sorted(shared, key=lambda record: (-shared[record], record))[:MAX_POOL]
    rows: list[RegistryRecord] = []
    for start in range(0, len(pool), 900):
        rows.extend(RegistryRecord.objects.filter(pk__in=pool[start : start + 900]))
    return rows


def searchable(registry: Registry) -> bool:
    """Whether the registry's rows carry the name keys and features a lookup needs."""
    has_keys = RecordKey.objects.filter(registry=registry).exists()
    return has_keys and not registry.records.filter(features={}).exists()


def _model(registry: Registry) -> dict[str, Any] | None:
    if not registry.model_json:
        return None
    trained: dict[str, Any] = json.loads(registry.model_json)
    return trained


def _features(row: RegistryRecord) -> Features:
    """The row's stored features; derived again for a row imported before they were kept."""
    if not row.features:
        return features(_as_person_record(row))
    return cast(Features, {**row.features, "unique_id": row.record_id})


def candidates_in(registry: Registry, claim: PersonRecord) -> list[Candidate]:
    """The registry's best candidates for the claim, scored and ranked (at most 200)."""
    rows = {row.record_id: row for row in blocked_records(registry, claim)}
    scored = score_features(
        features(claim),
        [_features(row) for row in rows.values()],
        _model(registry),
        keep=MAX_CANDIDATES,
    )
    return [Candidate(registry, rows[s.record_id], s) for s in scored]


def search(person: Person, *, shown: int = SHOWN) -> list[Candidate]:
    """The person's best candidates in every registry, most probable first."""
    claim = claim_for(person)
    found: list[Candidate] = []
    for registry in all_registries():
        found.extend(candidates_in(registry, claim)[:shown])
    found.sort(key=lambda c: (-c.scored.match_probability, c.registry.name, c.record.record_id))
    return found[:shown]


def candidate(person: Person, registry_name: str, record_id: str) -> Candidate | None:
    """One record as a candidate for the person, scored among its competitors."""
    registry = registry_by_name(registry_name)
    if registry is None:
        return None
    for found in candidates_in(registry, claim_for(person)):
        if found.record.record_id == record_id:
            return found
    return None


def evidence_for(person: Person) -> list[EligibilityEvidence]:
    return list(
        EligibilityEvidence.objects.filter(person=person).select_related("decided_by", "registry")
    )
