from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command

from hogo.audit.models import AuditEntry
from hogo.registries.models import Registry, RegistryRecord
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
