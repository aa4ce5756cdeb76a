from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from hogo.audit.models import AuditEntry
from hogo.registries.models import Registry, RegistryRecord
from tests.registries.conftest import GOOD


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("registry", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_list_describe_and_remove(write_csv: Callable[..., Path]) -> None:
    assert "no registries" in _run("list")
    _run("import", "manifests", str(write_csv(*GOOD)))
    assert "manifests\t3 rows\tregistry.csv" in _run("list")
    described = _run("describe", "manifests")
    assert "rows: 3" in described
    assert "spouse_name           66.7%" in described
    assert "family_name          100.0%" in described
    assert "removed registry manifests" in _run("remove", "manifests")
    assert not Registry.objects.exists()
    assert not RegistryRecord.objects.exists()
    assert AuditEntry.objects.filter(action="registries.remove").count() == 1


@pytest.mark.django_db
def test_an_unknown_registry_is_a_clear_error() -> None:
    with pytest.raises(CommandError, match="no registry named 'nope'"):
        _run("describe", "nope")
    with pytest.raises(CommandError, match="no registry named 'nope'"):
        _run("remove", "nope")


@pytest.mark.django_db
def test_a_registry_name_must_be_a_slug(write_csv: Callable[..., Path]) -> None:
    with pytest.raises(CommandError, match="is not a registry name"):
        _run("import", "../etc", str(write_csv(*GOOD)))


@pytest.mark.django_db
def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="No such file"):
        _run("import", "manifests", str(tmp_path / "missing.csv"))
