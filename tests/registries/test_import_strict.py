from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from hogo.registries.models import Registry
from tests.registries.conftest import GOOD


@pytest.mark.django_db
def test_strict_imports_nothing_when_one_row_is_bad(write_csv: Callable[..., Path]) -> None:
    path = write_csv(*GOOD, "R9,金,,,,,X,,,,,")
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 rows are bad; --strict imports nothing"):
        call_command("registry", "import", "manifests", str(path), "--strict", stderr=err)
    assert not Registry.objects.exists()


@pytest.mark.django_db
def test_strict_leaves_an_existing_registry_as_it_was(write_csv: Callable[..., Path]) -> None:
    call_command("registry", "import", "manifests", str(write_csv(*GOOD)), stdout=io.StringIO())
    bad = write_csv(GOOD[0], "R9,金,,,,,X,,,,,", name="bad.csv")
    with pytest.raises(CommandError):
        call_command("registry", "import", "manifests", str(bad), "--strict", stderr=io.StringIO())
    registry = Registry.objects.get(name="manifests")
    assert registry.row_count == 3
    assert registry.records.count() == 3
