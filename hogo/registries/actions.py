"""Every change to a registry goes through these functions, each audited."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

import pandas as pd
from django.db import connection, transaction
from django.db.models import Field, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.lib.progress import Progress
from hogo.linkage import engine, labels
from hogo.linkage.features import Features, features
from hogo.linkage.records import (
    FIELDS,
    PersonRecord,
    ReadResult,
    RecordFileError,
    Rejection,
    parse_records,
)
from hogo.people.models import Person
from hogo.registries import selectors, sql
from hogo.registries.models import (
    Decision,
    EligibilityEvidence,
    KeyCount,
    RecordKey,
    Registry,
    RegistryRecord,
)
from hogo.registries.selectors import Candidate, decision_labels
from hogo.registries.signals import evidence_revoked
from hogo.registries.verify import keys_of

BATCH = 2000
# SQLite's page cache while a registry is written (sql.page_cache): about what the
# name-key index of a million records takes.
IMPORT_PAGE_CACHE_MIB = 1024
T = TypeVar("T")


class ImportRefused(ValueError):
    """Nothing was imported: the reason says why."""


@dataclass(frozen=True)
class ImportOutcome:
    registry: Registry
    imported: int
    rejections: list[Rejection]
    unchanged: bool


def _fill_rates(result: ReadResult) -> dict[str, float]:
    total = len(result.records)
    return {
        name: round(sum(1 for r in result.records if r.get(name)) / total, 4) if total else 0.0
        for name in FIELDS
    }


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def stored_features(person_record: PersonRecord) -> dict[str, object]:
    """The record's linkage features as kept with its row (its id is the row's)."""
    derived = dict(features(person_record))
    del derived["unique_id"]
    return derived


_RECORD_COLUMNS = ("registry", "record_id", "line", *FIELDS, "extra", "features")


def _value(person_record: PersonRecord, name: str) -> str | int | None:
    value = person_record.values.get(name, "")
    if name == "departure_year":
        return int(value) if value else None
    return value


def _insert_records(
    registry: Registry, batch: Sequence[PersonRecord], derived: Sequence[dict[str, object]]
) -> list[int]:
    """Write the records as plain rows; their primary keys, in the batch's order.

    As bulk_create would write them (each value prepared by its model field), without
    building a model instance and compiling every field of every row: that took longer
    than deriving the features.
    """
    extra_field = RegistryRecord._meta.get_field("extra")
    features_field = RegistryRecord._meta.get_field("features")
    assert isinstance(extra_field, Field)
    assert isinstance(features_field, Field)
    no_extra = extra_field.get_db_prep_save({}, connection)
    given = sql.next_ids(RegistryRecord, len(batch))
    rows = [
        (
            registry.pk,
            person_record.id,
            person_record.line,
            *(_value(person_record, name) for name in FIELDS),
            no_extra,
            features_field.get_db_prep_save(row_features, connection),
        )
        for person_record, row_features in zip(batch, derived, strict=True)
    ]
    if given:
        # PostgreSQL: the rows written with keys taken from their sequence beforehand.
        # Reading them back by record id cost the server a quarter of an import.
        with_ids = [(pk, *row) for pk, row in zip(given, rows, strict=True)]
        sql.insert(RegistryRecord, ("id", *_RECORD_COLUMNS), with_ids)
        return given
    sql.insert(RegistryRecord, _RECORD_COLUMNS, rows)
    # The rows just written, by their record ids (unique in a registry); a few hundred
    # at a time, for SQLite's limit on a query's parameters.
    ids = [person_record.id for person_record in batch]
    pks: dict[str, int] = {}
    query = (
        f"SELECT {sql.column(RegistryRecord, 'record_id')}, {sql.column(RegistryRecord, 'id')} "  # noqa: S608
        f"FROM {sql.table(RegistryRecord)} WHERE {sql.column(RegistryRecord, 'registry')} = %s "
        f"AND {sql.column(RegistryRecord, 'record_id')} IN "
    )
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        pks.update(sql.select(query + f"({sql.marks(chunk)})", [registry.pk, *chunk]))
    return [pks[record_id] for record_id in ids]


def _write_keys(
    registry: Registry,
    pks: Sequence[int],
    derived: Sequence[dict[str, object]],
    key_counts: Counter[str],
    *,
    indexed: bool = True,
) -> None:
    """The records' name keys, each with the record's birth year, counted as they go.

    `indexed`: the key table's indexes are in place (not built after the keys, see
    _indexes_built_after).
    """
    registry_pk = registry.pk
    keys = [
        (registry_pk, pk, key, row_features["birth_year"])
        for pk, row_features in zip(pks, derived, strict=True)
        for key in keys_of(row_features)
    ]
    key_counts.update(key for _registry, _record, key, _year in keys)
    if indexed:
        # In the order of the (registry, key, birth_year, record) index: each key's
        # entries go into its pages together, rather than one record's two dozen keys
        # into as many pages spread over the whole index. The (record, key) index still
        # only grows at its end: the batch's records are the newest. Without indexes,
        # the records' order is as good and costs no sort (no constraint checks a key's
        # record either: models.RecordKey).
        keys.sort(key=_by_key)
    sql.insert(RecordKey, ("registry", "record", "key", "birth_year"), keys)


def _by_key(row: tuple[int, int, str, object]) -> str:
    return row[2]


def _write_key_counts(registry: Registry, key_counts: Counter[str]) -> None:
    counted = [(registry.pk, key, n) for key, n in key_counts.items()]
    for start in range(0, len(counted), 10 * BATCH):
        sql.insert(KeyCount, ("registry", "key", "records"), counted[start : start + 10 * BATCH])


def _indexes_built_after(registry: Registry, rows: int) -> bool:
    """Whether the name keys of `rows` records are written with the key table's indexes
    built after them (sql.indexes_built_after): on SQLite, when they outnumber every
    other registry's; rebuilding indexes that mostly hold other registries' keys would
    cost more than it saves. On PostgreSQL the indexes stay: dropping one would keep
    every lookup waiting until the import commits."""
    if connection.vendor != "sqlite":
        return False
    others = Registry.objects.exclude(pk=registry.pk).aggregate(rows=Sum("row_count"))["rows"]
    return rows >= (others or 0)


def _key_indexes(built_after: bool) -> AbstractContextManager[None]:
    return sql.indexes_built_after(RecordKey) if built_after else nullcontext()


def _delete_rows(registry: Registry, *, records: bool = True) -> None:
    """The registry's keys, key counts and (unless told not to) records, deleted by plain
    statements: the ORM would read a million records into memory to cascade their
    deletion. The keys first, in the caller's transaction, with the registry's row locked:
    nothing else keeps a key from outliving its record (models.RecordKey)."""
    if connection.vendor == "sqlite":
        # Through the records: the (record, key) index holds a registry's keys about in
        # the order they were written, where the (registry, key, ...) index would visit
        # the table's pages in the order of the keys (twice the time at 100,000 rows).
        with sql.page_cache(IMPORT_PAGE_CACHE_MIB), connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {sql.table(RecordKey)} WHERE {sql.column(RecordKey, 'record')} "  # noqa: S608
                f"IN (SELECT {sql.column(RegistryRecord, 'id')} FROM {sql.table(RegistryRecord)} "
                f"WHERE {sql.column(RegistryRecord, 'registry')} = %s)",
                [registry.pk],
            )
    else:
        sql.delete_where(RecordKey, "registry", registry.pk)
    for model in (KeyCount, RegistryRecord) if records else (KeyCount,):
        sql.delete_where(model, "registry", registry.pk)


def import_registry(
    *,
    name: str,
    path: Path,
    actor: User | None,
    strict: bool = False,
    progress: Progress | None = None,
) -> ImportOutcome:
    """Replace the registry NAME by the valid rows of the file, in one transaction.

    The old rows are deleted and the new ones written in the same transaction, so
    a process killed at any moment leaves the registry as it was or as it is after.
    `progress`, if given, is told after each batch how many rows are written, of how many.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(f"{path}: {error.strerror or error}") from None
    digest = hashlib.sha256(data).hexdigest()
    try:
        result = parse_records(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportRefused(f"line {line}: the file is not UTF-8") from None
    except RecordFileError as error:
        raise ImportRefused(str(error)) from None
    if result.id_column != "record_id":
        raise ImportRefused("a registry file needs a record_id column")
    if strict and result.rejections:
        raise ImportRefused(f"{len(result.rejections)} rows are bad; --strict imports nothing")
    with transaction.atomic():
        existing = Registry.objects.select_for_update().filter(name=name).first()
        if existing and existing.source_sha256 == digest:
            return ImportOutcome(existing, 0, result.rejections, unchanged=True)
        registry = existing or Registry(name=name)
        registry.source_filename = path.name[:255]
        registry.source_sha256 = digest
        registry.row_count = len(result.records)
        registry.rejected_count = len(result.rejections)
        registry.fill_rates = _fill_rates(result)
        registry.model_json = ""
        registry.imported_at = timezone.now()
        registry.imported_by = actor
        registry.save()
        if existing:
            _delete_rows(registry)
        key_counts: Counter[str] = Counter()
        done = 0
        built_after = _indexes_built_after(registry, registry.row_count)
        with sql.page_cache(IMPORT_PAGE_CACHE_MIB), _key_indexes(built_after):
            for batch in _batches(result.records, BATCH):
                derived = [stored_features(person_record) for person_record in batch]
                pks = _insert_records(registry, batch, derived)
                _write_keys(registry, pks, derived, key_counts, indexed=not built_after)
                done += len(batch)
                if progress is not None:
                    progress(done, len(result.records))
            _write_key_counts(registry, key_counts)
        record(
            "registries.import",
            actor=actor,
            obj=registry,
            data={
                "file": registry.source_filename,
                "sha256": digest,
                "rows": registry.row_count,
                "rejected": registry.rejected_count,
                "replaced": existing is not None,
            },
        )
    return ImportOutcome(registry, len(result.records), result.rejections, unchanged=False)


def remove_registry(registry: Registry, *, actor: User | None) -> None:
    with transaction.atomic():
        # The registry's row locked first, as an import or a refresh locks it: one of
        # them writing keys meanwhile would otherwise commit them after this transaction
        # read which rows to delete, and leave them with no registry (the key table has
        # no foreign-key constraint to refuse it: models.RecordKey).
        list(Registry.objects.select_for_update().filter(pk=registry.pk).values_list("pk"))
        record(
            "registries.remove",
            actor=actor,
            obj=registry,
            data={"name": registry.name, "rows": registry.row_count},
        )
        _delete_rows(registry)
        registry.delete()


def refresh_registry(
    registry: Registry, *, actor: User | None, progress: Progress | None = None
) -> int:
    """Derive the features and name keys of every record again, from the rows as stored.

    For a registry imported before features were kept, or by a version of hogo that read
    names differently (a new dictionary): nothing else changes, and it needs no file. The
    stored model was trained on the old features and is forgotten (train again). One
    transaction: a process killed half-way leaves the registry as it was.
    """
    with transaction.atomic():
        registry = Registry.objects.select_for_update().get(pk=registry.pk)
        _delete_rows(registry, records=False)
        field = RegistryRecord._meta.get_field("features")
        assert isinstance(field, Field)
        update = (
            f"UPDATE {sql.table(RegistryRecord)} SET {sql.column(RegistryRecord, 'features')} "  # noqa: S608
            f"= %s WHERE {sql.column(RegistryRecord, 'id')} = %s"
        )
        key_counts: Counter[str] = Counter()
        pks = list(
            RegistryRecord.objects.filter(registry=registry)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        done = 0
        # A few hundred at a time: SQLite limits the parameters of one query.
        for batch in _batches(pks, 900):
            rows = RegistryRecord.objects.filter(pk__in=batch).order_by("pk")
            rows = rows.only(*FIELDS, "line", "record_id")
            records = [(row.pk, _as_record(row)) for row in rows]
            derived = [stored_features(person_record) for _pk, person_record in records]
            sql.execute_many(
                update,
                [
                    (field.get_db_prep_save(row_features, connection), pk)
                    for (pk, _record), row_features in zip(records, derived, strict=True)
                ],
            )
            _write_keys(registry, [pk for pk, _record in records], derived, key_counts)
            done += len(records)
            if progress is not None:
                progress(done, len(pks))
        _write_key_counts(registry, key_counts)
        registry.model_json = ""
        registry.save(update_fields=["model_json"])
        record("registries.refresh", actor=actor, obj=registry, data={"rows": len(pks)})
    return len(pks)


def store_model(
    registry: Registry, *, model_json: str, actor: User | None, sample: int | None = None
) -> None:
    with transaction.atomic():
        registry.model_json = model_json
        registry.save(update_fields=["model_json"])
        data: dict[str, object] = {"rows": registry.row_count}
        if sample is not None:
            data["sample"] = sample
        record("registries.train", actor=actor, obj=registry, data=data)


# Records read to learn how often a registry's records agree by chance.
TRAINING_SAMPLE = 100_000


class TrainingRefused(ValueError):
    """No model was stored: the reason says why."""


def train_registry(
    registry: Registry, *, actor: User | None, sample: int = TRAINING_SAMPLE
) -> dict[str, Any]:
    """Train the lookup model on the registry's own rows and keep it with the registry.

    An evenly spread sample (every k-th row) is split in two halves; see
    hogo.linkage.engine.train_for_registry for what is learnt.
    """
    ids = list(
        RegistryRecord.objects.filter(registry=registry).order_by("pk").values_list("pk", flat=True)
    )
    if len(ids) < 20:
        raise TrainingRefused("a registry needs at least 20 rows to train a model")
    step = max(1, len(ids) // sample)
    chosen = ids[::step][:sample]
    rows: list[Features] = []
    for start in range(0, len(chosen), 900):
        for row in RegistryRecord.objects.filter(pk__in=chosen[start : start + 900]):
            stored = row.features or stored_features(_as_record(row))
            rows.append(cast(Features, {**stored, "unique_id": row.record_id}))
    half = len(rows) // 2
    trained = engine.train_for_registry(
        engine.frame(rows[:half]), engine.frame(rows[half:]), rows=registry.row_count
    )
    # Officers' confirmed and rejected candidates: m, the prior and the calibration.
    trained = labels.learn(trained, decision_labels(registry), rows=registry.row_count)
    store_model(registry, model_json=json.dumps(trained), actor=actor, sample=len(rows))
    return trained


def _as_record(row: RegistryRecord) -> PersonRecord:
    return PersonRecord(row.record_id, row.line, {n: str(getattr(row, n) or "") for n in FIELDS})


class DecisionRefused(ValueError):
    """Nothing was recorded: the reason says why."""


def _decide(
    person: Person, candidate: Candidate, *, decision: str, reason: str, actor: User
) -> EligibilityEvidence:
    reason = reason.strip()
    if not reason:
        raise DecisionRefused(_("A reason is required."))
    row = candidate.record
    with transaction.atomic():
        evidence = EligibilityEvidence.objects.create(
            person=person,
            registry=candidate.registry,
            registry_name=candidate.registry.name,
            record_id=row.record_id,
            record={name: str(getattr(row, name) or "") for name in FIELDS},
            probability=round(candidate.scored.match_probability, 6),
            comparison=candidate.scored.comparison(),
            decision=decision,
            reason=reason,
            decided_by=actor,
            decided_at=timezone.now(),
        )
        record(
            "registries.confirm_match"
            if decision == Decision.CONFIRMED
            else "registries.reject_match",
            actor=actor,
            obj=person,
            data={
                "evidence": evidence.pk,
                "registry": evidence.registry_name,
                "record_id": evidence.record_id,
                "probability": evidence.probability,
                "reason": reason,
            },
        )
    return evidence


def confirm_match(
    person: Person, candidate: Candidate, *, reason: str, actor: User
) -> EligibilityEvidence:
    """This record is this person: eligibility evidence for their case."""
    return _decide(person, candidate, decision=Decision.CONFIRMED, reason=reason, actor=actor)


def reject_match(
    person: Person, candidate: Candidate, *, reason: str, actor: User
) -> EligibilityEvidence:
    """This record is not this person, whatever the score says."""
    return _decide(person, candidate, decision=Decision.REJECTED, reason=reason, actor=actor)


def revoke_evidence(evidence: EligibilityEvidence, *, reason: str, actor: User) -> None:
    """This confirmation no longer stands: whatever relied on it is told in the same transaction.

    Receivers of `evidence_revoked` (support holds payments) run inside the
    transaction, so a revocation and its consequences are written together or not at all.
    """
    reason = reason.strip()
    if not reason:
        raise DecisionRefused(_("A reason is required."))
    with transaction.atomic():
        locked = EligibilityEvidence.objects.select_for_update().get(pk=evidence.pk)
        if locked.revoked_at is not None:
            raise DecisionRefused(_("This evidence was already revoked."))
        if locked.decision != Decision.CONFIRMED:
            raise DecisionRefused(_("Only a confirmation can be revoked."))
        locked.revoked_at = timezone.now()
        locked.revoked_by = actor
        locked.revoke_reason = reason
        locked.save(update_fields=["revoked_at", "revoked_by", "revoke_reason"])
        record(
            "registries.revoke_match",
            actor=actor,
            obj=locked.person,
            data={"evidence": locked.pk, "reason": reason},
        )
        evidence_revoked.send(sender=EligibilityEvidence, evidence=locked, actor=actor)
    evidence.revoked_at, evidence.revoked_by = locked.revoked_at, actor
    evidence.revoke_reason = reason


CANDIDATE_COLUMNS = ("claim_id", "rank", "record_id", "match_probability")


@dataclass(frozen=True)
class SearchOutcome:
    claims: int
    rows: int
    rejections: list[Rejection]


def search_registry(
    registry: Registry,
    claims: ReadResult,
    out: Path,
    *,
    top: int,
    actor: User | None,
    progress: Progress | None = None,
) -> SearchOutcome:
    """Each claim looked up in the registry as the verify-identity page looks a person
    up (the same keys, model and order: selectors.candidates_in), its best `top`
    candidates written as the candidates file (shared/contracts/person-records.md v1.1),
    through a temporary file renamed into place. Audited once, with the counts only."""
    rows: list[tuple[str, int, str, float]] = []
    total = len(claims.records)
    for done, claim in enumerate(claims.records, start=1):
        found = selectors.candidates_in(registry, claim, keep=top)
        rows.extend(
            (claim.id, rank, c.record.record_id, c.scored.match_probability)
            for rank, c in enumerate(found, start=1)
        )
        if progress is not None:
            progress(done, total)
    frame = pd.DataFrame(rows, columns=list(CANDIDATE_COLUMNS))
    frame["match_probability"] = frame["match_probability"].astype(float).round(6)
    engine.write_links(frame, out)
    record(
        "registries.search",
        actor=actor,
        obj=registry,
        data={"claims": total, "rows": len(rows), "rejected": len(claims.rejections)},
    )
    return SearchOutcome(claims=total, rows=len(rows), rejections=list(claims.rejections))
