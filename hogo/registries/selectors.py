"""Reads of registries. Registries hold no case data: supervisors see them all."""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from hogo import access
from hogo.access import Reader
from hogo.lib.names import normalize_latin
from hogo.linkage import labels
from hogo.linkage.features import Features, features, given_sounds_typed, told_name_keys
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
# Records found by the rarer keys that are scored at all (the rarest shared keys first).
MAX_POOL = 1000
# How many key entries the keys one typing error from the claim's given name (features.
# typed_sounds) may hold together, read after the claim's own keys: a name typed wrongly
# is found, but its neighbours do not crowd out the records that share the claim's keys.
TYPED_BUDGET = 2000
# How many keys of the other name are read to meet a common family or given key
# (_holding_both).
BOTH_PROBES = 3
# How many index entries those keys may hold together to be read without a year.
BOTH_BUDGET = 20_000
# When even the rarest key is over the budget, it is read for the records born within
# this many years of the claim (and those whose year is not known).
YEAR_BAND = 2


def blocked_records(
    registry: Registry,
    claim: Features,
    names: tuple[frozenset[str], frozenset[str]] | None = None,
) -> list[int]:
    """The primary keys of the registry's records sharing the most name keys with the claim,
    each key counted by how rare it is in the registry.

    Records are found by the claim's rarer keys (through the (registry, key) index), so
    a lookup costs the same in a registry of a million rows as in one of ten thousand;
    keys held by very many records only add to a record's count of shared keys. Among
    records sharing as many keys, those born nearest the claim's year come first.
    `names`: the keys of the claim's family and given name apart
    (features.told_name_keys), else taken from its features.
    """
    keys = keys_of(claim)
    if not keys:
        return []
    counts: dict[str, int] = dict(
        KeyCount.objects.filter(registry=registry, key__in=keys).values_list("key", "records")
    )
    # The rarest keys first, until they hold KEY_BUDGET records (always at least one).
    rare: list[str] = []
    held = 0
    for key in sorted(counts, key=lambda key: (counts[key], key)):
        if rare and (counts[key] > COMMON_KEY or held + counts[key] > KEY_BUDGET):
            break
        rare.append(key)
        held += counts[key]
    typed = _typed_keys(registry, claim, set(counts))
    rare.extend(typed)
    if not rare:
        return []
    # A shared key counts by how rare it is (sharing 善英 says more than sharing 徐), a
    # key one typing error away half as much: its information, in 64ths of a bit (whole
    # numbers, so records sharing the same keys tie exactly, whatever the order summed).
    rows = max(registry.row_count, *counts.values(), *typed.values(), 1) + 1
    weight = {key: round(64 * math.log2(rows / (count + 1))) for key, count in counts.items()}
    weight.update((key, round(32 * math.log2(rows / (count + 1)))) for key, count in typed.items())
    year = claim["birth_year"]
    # Even the rarest key is held by very many: read it around the claim's year only.
    band = (year - YEAR_BAND, year + YEAR_BAND) if held > KEY_BUDGET and year is not None else None
    shared: defaultdict[int, int] = defaultdict(int)
    born: dict[int, int | None] = {}
    for record, record_year, key in _holders(registry, rare, band):
        shared[record] += weight[key]
        born[record] = record_year

    def rank(record: int) -> tuple[int, int, int]:
        record_year = born[record]
        known = year is not None and record_year is not None
        distance = abs(cast(int, record_year) - cast(int, year)) if known else YEAR_BAND + 1
        return (-shared[record], distance, record)

    # Records holding both a family and a given key too common to be read alone (a
    # common tsūmei, 金田 清): counted below by every common key they hold.
    both = _holding_both(registry, claim, names, counts, set(rare))
    for record, record_year in both:
        shared[record] += 0
        born[record] = record_year
    common = [key for key in counts if key not in rare]
    if common and (len(shared) > MAX_POOL or both):
        # Rank by every shared key: look up the other keys of the best records found.
        best = sorted(shared, key=rank)[: 10 * MAX_POOL]
        found = list(dict.fromkeys([*(record for record, _year in both), *best]))
        found = found[: 10 * MAX_POOL]
        for chunk in _in_chunks(found):
            for record, key in _keys_held(chunk, common):
                shared[record] += weight[key]
    return sorted(shared, key=rank)[:MAX_POOL]


def _holding_both(
    registry: Registry,
    claim: Features,
    names: tuple[frozenset[str], frozenset[str]] | None,
    counts: dict[str, int],
    read: set[str],
) -> list[tuple[int, int | None]]:
    """(record, birth year) of records holding one of the claim's family keys and one of
    its given keys, where neither was read as a rarer key: each is held by thousands (a
    tsūmei such as 金田 or 金山, a given name such as 清 or 正一), the two together by
    few. The rarest key of one name and the BOTH_PROBES rarest of the other are read
    along the (registry, key, birth year) index and intersected: around the claim's
    birth year when it gives one, else only when they hold BOTH_BUDGET entries or fewer;
    at most ten times MAX_POOL records."""
    told_family, told_given = names or (claim["family_keys"], claim["given_keys"])
    family = {key for key in told_family if key in counts and key not in read}
    given = {key for key in told_given if key in counts and key not in read}
    family, given = family - given, given - family
    if not family or not given:
        return []
    by_count = sorted(family | given, key=lambda key: (counts[key], key))
    driving = by_count[0]
    probes = [key for key in by_count if key in (given if driving in family else family)]
    probes = probes[:BOTH_PROBES]
    year = claim["birth_year"]
    if year is None and counts[driving] + sum(counts[key] for key in probes) > BOTH_BUDGET:
        return []
    key, born = sql.column(RecordKey, "key"), sql.column(RecordKey, "birth_year")
    where = f"{sql.column(RecordKey, 'registry')} = %s AND {key} IN "
    band = "" if year is None else f" AND ({born} BETWEEN %s AND %s OR {born} IS NULL)"
    years = [] if year is None else [year - YEAR_BAND, year + YEAR_BAND]
    record, table = sql.column(RecordKey, "record"), sql.table(RecordKey)
    select = f"SELECT {record}, {born} FROM {table} WHERE "  # noqa: S608
    query = (
        f"{select}{where}(%s){band} INTERSECT "
        f"{select}{where}({sql.marks(probes)}){band} LIMIT {10 * MAX_POOL}"
    )
    params = [registry.pk, driving, *years, registry.pk, *probes, *years]
    return [(int(found), found_year) for found, found_year in sql.select(query, params)]


def _typed_keys(registry: Registry, claim: Features, held: set[str]) -> dict[str, int]:
    """The registry's keys one typing error from a sound key of the claim's given names
    (features.typed_sounds) that the claim does not hold itself, rarest first, within
    TYPED_BUDGET entries."""
    typed = sorted(given_sounds_typed(claim) - held)
    counts: dict[str, int] = {}
    for start in range(0, len(typed), 900):
        counts.update(
            KeyCount.objects.filter(
                registry=registry, key__in=typed[start : start + 900]
            ).values_list("key", "records")
        )
    found: dict[str, int] = {}
    entries = 0
    for key in sorted(counts, key=lambda key: (counts[key], key)):
        if entries + counts[key] > TYPED_BUDGET:
            break
        found[key] = counts[key]
        entries += counts[key]
    return found


def _holders(
    registry: Registry, keys: Sequence[str], band: tuple[int, int] | None
) -> list[tuple[int, int | None, str]]:
    """(record, birth year, key) of every record holding one of the keys, once per key
    held; with a band, only those born within it or in a year not known."""
    year = sql.column(RecordKey, "birth_year")
    key = sql.column(RecordKey, "key")
    query = (
        f"SELECT {sql.column(RecordKey, 'record')}, {year}, {key} FROM {sql.table(RecordKey)} "  # noqa: S608
        f"WHERE {sql.column(RecordKey, 'registry')} = %s AND {sql.column(RecordKey, 'key')} "
        f"IN ({sql.marks(keys)})"
    )
    params: list[object] = [registry.pk, *keys]
    if band is not None:
        query += f" AND ({year} BETWEEN %s AND %s OR {year} IS NULL)"
        params.extend(band)
    return cast(list[tuple[int, int | None, str]], sql.select(query, params))


def _keys_held(records: Sequence[int], keys: Sequence[str]) -> list[tuple[Any, ...]]:
    """(record, key) for each of the keys that each of the records holds."""
    record = sql.column(RecordKey, "record")
    query = (
        f"SELECT {record}, {sql.column(RecordKey, 'key')} FROM {sql.table(RecordKey)} "  # noqa: S608
        f"WHERE {record} "
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
    claim = _cut_where_held(registry, claim)
    claim_features = features(claim)
    pool = _pool_features(blocked_records(registry, claim_features, told_name_keys(claim)))
    scored = score_features(
        claim_features, list(pool.values()), _model(registry), keep=keep, rows=registry.row_count
    )
    pk_of = {found["unique_id"]: pk for pk, found in pool.items()}
    rows: dict[str, RegistryRecord] = {}
    for chunk in _in_chunks([pk_of[s.record_id] for s in scored]):
        rows.update((row.record_id, row) for row in RegistryRecord.objects.filter(pk__in=chunk))
    return [Candidate(registry, rows[s.record_id], s) for s in scored]


def _cut_where_held(registry: Registry, claim: PersonRecord) -> PersonRecord:
    """A claim whose whole name is one word in Latin letters (Yamadasetsuko, Kimaesuk,
    Seon-sukim), with each cut of it into two names that the registry's records hold as
    keys told as another name of the claim, in either order (Yamada Setsuko, Kim Seonsu):
    a name run together is cut after a Korean surname when its keys are derived, but a
    Japanese family name, a surname written last, or one spelled unusually is only
    known to the registry."""
    names = [claim.get("family_name").strip(), claim.get("given_name").strip()]
    told = "".join(names)
    # Syllables joined by hyphens or apostrophes (Seon-sukim) are one word too.
    word = "".join(ch for ch in told if ch not in "-'")
    if all(names) or not (word.isascii() and word.isalpha() and len(word) >= 6):
        return claim
    cuts = [(word[:at], word[at:]) for at in range(2, len(word) - 1)]
    halves = {(normalize_latin(head), normalize_latin(tail)) for head, tail in cuts}
    wanted = sorted({key for pair in halves for key in pair if key})
    held = set(
        KeyCount.objects.filter(registry=registry, key__in=wanted).values_list("key", flat=True)
    )
    # Either name may come first: the family name last is the Western order.
    found = [
        told
        for head, tail in cuts
        if normalize_latin(head) in held and normalize_latin(tail) in held
        for told in (
            f"{head.capitalize()} {tail.capitalize()}",
            f"{tail.capitalize()} {head.capitalize()}",
        )
    ]
    if not found:
        return claim
    others = "; ".join(filter(None, [claim.get("other_names"), *found]))
    return replace(claim, values={**claim.values, "other_names": others})


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
