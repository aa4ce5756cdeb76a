"""`hogo registry refresh NAME`: name keys and features derived again from the stored rows."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command

from hogo.audit.models import AuditEntry
from hogo.registries import actions, selectors
from hogo.registries.models import KeyCount, RecordKey, Registry, RegistryRecord
from tests.registries.conftest import GOOD, seed_record


def _state(registry: Registry) -> tuple[object, ...]:
    keys = sorted(
        RecordKey.objects.filter(registry=registry).values_list(
            "record__record_id", "key", "birth_year"
        )
    )
    counts = sorted(KeyCount.objects.filter(registry=registry).values_list("key", "records"))
    features = sorted(
        RegistryRecord.objects.filter(registry=registry).values_list("record_id", "features")
    )
    return keys, counts, features


def _refresh(name: str) -> str:
    out = io.StringIO()
    call_command("registry", "refresh", name, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_refresh_gives_what_an_import_of_the_same_rows_gives(
    write_csv: Callable[..., Path],
) -> None:
    registry = actions.import_registry(name="m", path=write_csv(*GOOD), actor=None).registry
    imported = _state(registry)
    actions.store_model(registry, model_json='{"trained": true}', actor=None)
    # As if an older hogo had read the names differently.
    RecordKey.objects.filter(registry=registry, key="kim").delete()
    KeyCount.objects.filter(registry=registry).update(records=99)
    RegistryRecord.objects.filter(registry=registry).update(features={})

    assert "3 rows derived again" in _refresh("m")
    assert _state(registry) == imported
    registry.refresh_from_db()
    assert registry.model_json == ""  # trained on the old features
    entry = AuditEntry.objects.get(action="registries.refresh")
    assert entry.data == {"rows": 3}


@pytest.mark.django_db
def test_a_registry_imported_before_features_were_kept_becomes_searchable() -> None:
    old = Registry.objects.create(
        name="old", source_sha256="x", row_count=1, imported_at="2026-01-01T00:00:00Z"
    )
    seed_record(old, "OLD1", family_name="金", given_name="正一", birth_date="1935")
    assert not selectors.searchable(old)
    _refresh("old")
    assert selectors.searchable(old)
    row = RegistryRecord.objects.get(registry=old)
    assert row.features["birth_year"] == 1935
    assert "kim" in row.features["family_keys"]


@pytest.mark.django_db
def test_a_refresh_that_fails_half_way_changes_nothing(
    write_csv: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = actions.import_registry(name="m", path=write_csv(*GOOD), actor=None).registry
    RegistryRecord.objects.filter(registry=registry).update(features={})
    before = _state(registry)

    def fail(*args: object) -> None:
        raise RuntimeError("killed")

    monkeypatch.setattr(actions, "_write_key_counts", fail)
    with pytest.raises(RuntimeError):
        actions.refresh_registry(registry, actor=None)
    assert _state(registry) == before
    assert not AuditEntry.objects.filter(action="registries.refresh").exists()


@pytest.mark.django_db
def test_refreshing_an_unknown_registry_is_a_clear_error() -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no registry named 'nope'"):
        _refresh("nope")
