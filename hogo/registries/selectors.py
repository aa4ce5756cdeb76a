"""Reads of registries. Registries hold no case data: supervisors see them all."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from hogo import access
from hogo.access import Reader
from hogo.linkage import labels
from hogo.linkage.features import Features, features
from hogo.linkage.lookup import Scored, compatible, prior_model, score_features
from hogo.linkage.records import FIELDS, PersonRecord
from hogo.people.models import NameKind, Person
from hogo.registries import sql
from hogo.registries.models import (
    Decision,
    EligibilityEvidence,
    KeyCount,
    RecordKey,
    Registry,
    RegistryRecord,
)
from hogo.registries.verify import ClaimNames, claim_record, keys_of

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


def claim_for(person: Person, *, reader: Reader) -> PersonRecord:
    """The person as a claim: all their names in every script, sex, birth, spouse.

    The spouse's name only when the reader may see the spouse: a relationship
    recorded by someone else must not show a person of a case closed to them.
    """
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
        spouse_name=_spouse_name(person, reader),
    )


def _spouse_name(person: Person, reader: Reader) -> str:
    spouse = access.visible_spouse(reader, person)
    if spouse is None:
        return ""
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
# When even the rarest key is over the budget, it is read for the records born within
# this many years of the claim (and those whose year is not known).
YEAR_BAND = 2


def blocked_records(registry: Registry, claim: Features) -> list[int]:
    """The primary keys of the registry's records sharing the most name keys with the claim.

    Records are found by the claim's rarer keys (through the (registry, key) index), so
    a lookup costs the same in a registry of a million rows as in one of ten thousand;
    keys held by very many records only add to a record's count of shared keys. Among
    records sharing as many keys, those born nearest the claim's year come first.
    """
    keys = keys_of(claim)
    if not keys:
        return []
    counts: dict[str, int] = dict(
        KeyCount.objects.filter(registry=registry, key__in=keys).values_list("key", "records")
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
    year = claim["birth_year"]
    # Even the rarest key is held by very many: read it around the claim's year only.
    band = (year - YEAR_BAND, year + YEAR_BAND) if held > KEY_BUDGET and year is not None else None
    shared: Counter[int] = Counter()
    born: dict[int, int | None] = {}
    for record, record_year in _holders(registry, rare, band):
        shared[record] += 1
        born[record] = record_year

    def rank(record: int) -> tuple[int, int, int]:
        record_year = born[record]
        known = year is not None and record_year is not None
        distance = abs(cast(int, record_year) - cast(int, year)) if known else YEAR_BAND + 1
        return (-shared[record], distance, record)

    common = [key for key in counts if key not in rare]
    if common and len(shared) > MAX_POOL:
        # Rank by every shared key: look up the other keys of the best records found.
        found = sorted(shared, key=rank)[: 10 * MAX_POOL]
        for chunk in _in_chunks(found):
            shared.update(record for (record,) in _keys_held(chunk, common))
    return sorted(shared, key=rank)[:MAX_POOL]


def _holders(
    registry: Registry, keys: Sequence[str], band: tuple[int, int] | None
) -> list[tuple[int, int | None]]:
    """(record, birth year) of every record holding one of the keys, once per key held;
    with a band, only those born within it or in a year not known."""
    year = sql.column(RecordKey, "birth_year")
    query = (
        f"SELECT {sql.column(RecordKey, 'record')}, {year} FROM {sql.table(RecordKey)} "  # noqa: S608
        f"WHERE {sql.column(RecordKey, 'registry')} = %s AND {sql.column(RecordKey, 'key')} "
        f"IN ({sql.marks(keys)})"
    )
    params: list[object] = [registry.pk, *keys]
    if band is not None:
        query += f" AND ({year} BETWEEN %s AND %s OR {year} IS NULL)"
        params.extend(band)
    return [(int(record), born) for record, born in sql.select(query, params)]


def _keys_held(records: Sequence[int], keys: Sequence[str]) -> list[tuple[Any, ...]]:
    """(record,) once for each of the keys that each of the records holds."""
    record = sql.column(RecordKey, "record")
    query = (
        f"SELECT {record} FROM {sql.table(RecordKey)} WHERE {record} "  # noqa: S608
        f"IN ({sql.marks(records)}) AND {sql.column(RecordKey, 'key')} IN ({sql.marks(keys)})"
    )
    return sql.select(query, [*records, *keys])


def _stored_features(pks: Sequence[int]) -> list[tuple[Any, ...]]:
    """(pk, record id, features as JSON) of the records."""
    pk = sql.column(RegistryRecord, "id")
    query = (
        f"SELECT {pk}, {sql.column(RegistryRecord, 'record_id')}, "  # noqa: S608
        f"{sql.column(RegistryRecord, 'features')} FROM {sql.table(RegistryRecord)} "
        f"WHERE {pk} IN ({sql.marks(pks)})"
    )
    return sql.select(query, list(pks))


def searchable(registry: Registry) -> bool:
    """Whether the registry's rows carry the name keys and features a lookup needs."""
    has_keys = RecordKey.objects.filter(registry=registry).exists()
    return has_keys and not registry.records.filter(features={}).exists()


def _model(registry: Registry) -> dict[str, Any] | None:
    if not registry.model_json:
        return None
    trained: dict[str, Any] = json.loads(registry.model_json)
    return trained if compatible(trained) else None


def _in_chunks(pks: Sequence[int]) -> Iterator[list[int]]:
    """Primary keys a few hundred at a time (SQLite limits the parameters of a query)."""
    for start in range(0, len(pks), 900):
        yield list(pks[start : start + 900])


def _pool_features(pks: Sequence[int]) -> dict[int, Features]:
    """The records' stored features, read without building their rows; a row imported
    before features were kept has them derived again."""
    pool: dict[int, Features] = {}
    stale: list[int] = []
    for chunk in _in_chunks(pks):
        for pk, record_id, text in _stored_features(chunk):
            stored = json.loads(text) if isinstance(text, str) else text
            if stored:
                pool[pk] = cast(Features, {**stored, "unique_id": record_id})
            else:
                stale.append(pk)
    for chunk in _in_chunks(stale):
        for row in RegistryRecord.objects.filter(pk__in=chunk):
            pool[row.pk] = features(_as_person_record(row))
    return pool


def candidates_in(
    registry: Registry, claim: PersonRecord, *, keep: int = MAX_CANDIDATES
) -> list[Candidate]:
    """The registry's best `keep` candidates for the claim, scored and ranked.

    Every blocked record competes for the probability; only the kept ones are read
    whole.
    """
    claim_features = features(claim)
    pool = _pool_features(blocked_records(registry, claim_features))
    scored = score_features(
        claim_features, list(pool.values()), _model(registry), keep=keep, rows=registry.row_count
    )
    pk_of = {found["unique_id"]: pk for pk, found in pool.items()}
    rows: dict[str, RegistryRecord] = {}
    for chunk in _in_chunks([pk_of[s.record_id] for s in scored]):
        rows.update((row.record_id, row) for row in RegistryRecord.objects.filter(pk__in=chunk))
    return [Candidate(registry, rows[s.record_id], s) for s in scored]


def search(person: Person, *, reader: Reader, shown: int = SHOWN) -> list[Candidate]:
    """The person's best candidates in every registry, most probable first."""
    claim = claim_for(person, reader=reader)
    found: list[Candidate] = []
    for registry in all_registries():
        found.extend(candidates_in(registry, claim, keep=shown))
    found.sort(key=lambda c: (-c.scored.match_probability, c.registry.name, c.record.record_id))
    return found[:shown]


def candidate(
    person: Person, registry_name: str, record_id: str, *, reader: Reader
) -> Candidate | None:
    """One record as a candidate for the person, scored among its competitors."""
    registry = registry_by_name(registry_name)
    if registry is None:
        return None
    for found in candidates_in(registry, claim_for(person, reader=reader)):
        if found.record.record_id == record_id:
            return found
    return None


def decision_labels(registry: Registry) -> list[labels.Label]:
    """Officers' decisions on this registry's candidates that kept their comparison, as
    labels; a revoked confirmation no longer says the record is the person."""
    decided = EligibilityEvidence.objects.filter(registry=registry, revoked_at__isnull=True)
    return [
        labels.Label.from_comparison(
            str(person), comparison, confirmed=decision == Decision.CONFIRMED
        )
        for person, comparison, decision in decided.exclude(comparison={})
        .order_by("pk")
        .values_list("person_id", "comparison", "decision")
    ]


def model_report(registry: Registry) -> labels.Report | None:
    """How the registry's lookup model (trained or prior) does on officers' decisions;
    None when there are none."""
    found = decision_labels(registry)
    if not found:
        return None
    trained = _model(registry) or prior_model()
    return labels.report(trained, found, rows=registry.row_count)


def evidence_for(person: Person) -> list[EligibilityEvidence]:
    return list(
        EligibilityEvidence.objects.filter(person=person).select_related("decided_by", "registry")
    )
