from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command

from hogo.audit.models import AuditEntry
from hogo.registries.models import KeyCount, RecordKey, Registry, RegistryRecord
from tests.registries.conftest import GOOD


def _import(path: Path) -> str:
    out = io.StringIO()
    call_command("registry", "import", "manifests", str(path), stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_importing_the_same_file_again_changes_nothing(write_csv: Callable[..., Path]) -> None:
    path = write_csv(*GOOD)
    _import(path)
    before = list(RegistryRecord.objects.values_list("pk", "record_id", "family_name"))
    imported_at = Registry.objects.get().imported_at
    entries = AuditEntry.objects.count()
    assert "nothing changed" in _import(path)
    assert list(RegistryRecord.objects.values_list("pk", "record_id", "family_name")) == before
    assert Registry.objects.get().imported_at == imported_at
    assert AuditEntry.objects.count() == entries


@pytest.mark.django_db
def test_a_new_file_under_the_same_name_replaces_the_rows(write_csv: Callable[..., Path]) -> None:
    _import(write_csv(*GOOD))
    _import(write_csv(GOOD[0], name="v2.csv"))
    assert list(RegistryRecord.objects.values_list("record_id", flat=True)) == ["R1"]
    entry = AuditEntry.objects.filter(action="registries.import").order_by("-seq").first()
    assert entry is not None
    assert entry.data["replaced"] is True
    assert entry.data["rows"] == 1


@pytest.mark.django_db
def test_replacing_a_registry_replaces_its_name_keys_and_their_counts(
    write_csv: Callable[..., Path],
) -> None:
    _import(write_csv(*GOOD))
    registry = Registry.objects.get()
    # 金 正一 (R1) and 佐藤 花子 (R2, alias 金 花子) both hold the Korean reading of 金.
    assert KeyCount.objects.get(registry=registry, key="kim").records == 2
    assert RecordKey.objects.filter(registry=registry, key="kim").count() == 2
    assert set(
        RecordKey.objects.filter(registry=registry, record__record_id="R1").values_list(
            "birth_year", flat=True
        )
    ) == {1935}

    _import(write_csv(GOOD[2], name="v2.csv"))  # only 李 順子 is left
    assert not KeyCount.objects.filter(registry=registry, key="kim").exists()
    assert not RecordKey.objects.filter(registry=registry, key="kim").exists()
    kept = RegistryRecord.objects.get(registry=registry)
    keys = set(RecordKey.objects.filter(registry=registry).values_list("key", flat=True))
    assert keys == set(RecordKey.objects.filter(record=kept).values_list("key", flat=True))
    counted = dict(KeyCount.objects.filter(registry=registry).values_list("key", "records"))
    assert counted == dict.fromkeys(keys, 1)


@pytest.mark.django_db
def test_removing_a_registry_leaves_none_of_its_rows_behind(
    write_csv: Callable[..., Path],
) -> None:
    _import(write_csv(*GOOD))
    call_command("registry", "remove", "manifests", stdout=io.StringIO())
    assert not Registry.objects.exists()
    for model in (RegistryRecord, RecordKey, KeyCount):
        assert not model.objects.exists()
