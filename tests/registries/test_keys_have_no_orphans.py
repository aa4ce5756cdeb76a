"""The name-key table has no foreign-key constraints in the database (models.RecordKey):
every way a registry's rows are replaced or deleted must still take their keys with them.
Runs on SQLite and on PostgreSQL (the PostgreSQL half of `make test`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import Exists, OuterRef

from hogo.registries import actions
from hogo.registries.actions import import_registry, refresh_registry, remove_registry
from hogo.registries.models import KeyCount, RecordKey, Registry, RegistryRecord
from tests.registries.conftest import GOOD, VERIFY_ROWS


def _orphans() -> list[tuple[int, int, str]]:
    """Keys whose record is gone, or is another registry's; key counts with no registry."""
    own_record = RegistryRecord.objects.filter(
        pk=OuterRef("record_id"), registry_id=OuterRef("registry_id")
    )
    keys = RecordKey.objects.filter(~Exists(own_record))
    counts = KeyCount.objects.filter(~Exists(Registry.objects.filter(pk=OuterRef("registry_id"))))
    return [
        *keys.values_list("registry_id", "record_id", "key"),
        *counts.values_list("registry_id", "records", "key"),
    ]


@pytest.mark.django_db
def test_replacing_and_removing_registries_leaves_no_orphan_keys(
    write_csv: Callable[..., Path],
) -> None:
    first = import_registry(name="first", path=write_csv(*VERIFY_ROWS), actor=None).registry
    second = import_registry(
        name="second", path=write_csv(*GOOD, name="second.csv"), actor=None
    ).registry
    old_records = set(RegistryRecord.objects.filter(registry=first).values_list("pk", flat=True))
    assert RecordKey.objects.filter(registry=first).exists()

    import_registry(name="first", path=write_csv(GOOD[0], name="v2.csv"), actor=None)
    assert not RecordKey.objects.filter(record_id__in=old_records).exists()
    assert set(RecordKey.objects.filter(registry=first).values_list("record__record_id", flat=True))
    assert _orphans() == []

    refresh_registry(first, actor=None)
    assert _orphans() == []

    remove_registry(first, actor=None)
    assert not RecordKey.objects.filter(registry_id=first.pk).exists()
    assert not KeyCount.objects.filter(registry_id=first.pk).exists()
    assert RecordKey.objects.filter(registry=second).exists()
    assert _orphans() == []


@pytest.mark.django_db
def test_deleting_through_the_orm_deletes_the_keys(write_csv: Callable[..., Path]) -> None:
    registry = import_registry(name="m", path=write_csv(*GOOD), actor=None).registry
    RegistryRecord.objects.filter(registry=registry, record_id="R1").delete()
    assert not RecordKey.objects.filter(registry=registry, record__record_id="R1").exists()
    assert RecordKey.objects.filter(registry=registry).exists()
    assert _orphans() == []
    Registry.objects.filter(pk=registry.pk).delete()
    assert not RecordKey.objects.exists()
    assert not KeyCount.objects.exists()


@pytest.mark.django_db
def test_a_failed_import_leaves_nothing_behind(
    write_csv: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = import_registry(name="m", path=write_csv(*GOOD), actor=None).registry
    before = sorted(RecordKey.objects.values_list("registry_id", "record_id", "key"))

    def fail(*_args: object) -> None:
        raise RuntimeError("disk full")

    # After every record and key of both imports is written, before the commit.
    monkeypatch.setattr(actions, "_write_key_counts", fail)
    with pytest.raises(RuntimeError):
        import_registry(name="m", path=write_csv(*VERIFY_ROWS, name="v2.csv"), actor=None)
    with pytest.raises(RuntimeError):
        import_registry(name="new", path=write_csv(*VERIFY_ROWS, name="v3.csv"), actor=None)
    assert sorted(RecordKey.objects.values_list("registry_id", "record_id", "key")) == before
    assert list(Registry.objects.values_list("pk", flat=True)) == [kept.pk]
    assert _orphans() == []


@pytest.mark.django_db
def test_the_key_table_has_no_constraint_nor_index_of_the_registry_alone() -> None:
    table = RecordKey._meta.db_table
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    assert not [name for name, c in constraints.items() if c["foreign_key"]]
    assert sorted(
        tuple(c["columns"]) for c in constraints.values() if c["index"] and not c["primary_key"]
    ) == [
        ("record_id", "key"),
        ("registry_id", "key", "birth_year", "record_id"),
    ]
