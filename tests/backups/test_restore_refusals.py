"""A damaged backup, a wrong key or a used instance: refused clearly, nothing written."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from hogo.accounts.models import Compartment
from hogo.backups import archive
from hogo.backups.container import BackupError
from tests.backups.conftest import Made, new_key, row_counts

pytestmark = pytest.mark.django_db


def restore(path: Path) -> None:
    call_command("restore", str(path), stdout=io.StringIO())


def assert_nothing_restored() -> None:
    assert not any(row_counts().values())
    root = Path(settings.DOCUMENT_ROOT)
    assert not root.exists()
    assert [p.name for p in root.parent.iterdir() if ".restore-" in p.name] == []


def damaged(made: Made, tmp_path: Path, change: int) -> Path:
    data = bytearray(made.path.read_bytes())
    data[change] ^= 0x40
    path = tmp_path / "damaged.hogo"
    path.write_bytes(bytes(data))
    return path


def test_it_refuses_a_backup_with_one_flipped_byte(
    made: Made, backup_key: str, tmp_path: Path
) -> None:
    for position in (40, os.path.getsize(made.path) // 2, os.path.getsize(made.path) - 1):
        with pytest.raises(CommandError, match="restore refused: the backup is damaged"):
            restore(damaged(made, tmp_path, position))
    assert_nothing_restored()


def test_it_refuses_a_truncated_backup(made: Made, backup_key: str, tmp_path: Path) -> None:
    cut = tmp_path / "cut.hogo"
    cut.write_bytes(made.path.read_bytes()[:-100])
    with pytest.raises(CommandError, match="restore refused: the backup is truncated"):
        restore(cut)
    assert_nothing_restored()


def test_it_refuses_a_backup_with_the_wrong_key(
    made: Made, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOGO_BACKUP_KEY", new_key())
    with pytest.raises(CommandError, match="restore refused: wrong key"):
        restore(made.path)
    assert_nothing_restored()


def test_it_refuses_without_a_key(made: Made, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOGO_BACKUP_KEY", raising=False)
    monkeypatch.delenv("HOGO_BACKUP_KEY_FILE", raising=False)
    with pytest.raises(CommandError, match="no backup key"):
        restore(made.path)
    assert_nothing_restored()


def test_it_refuses_an_instance_that_already_holds_data(made: Made, backup_key: str) -> None:
    Compartment.objects.create(code="north", name="North desk")
    with pytest.raises(CommandError, match=r"already holds hogo data \(accounts\.compartment"):
        restore(made.path)
    assert list(Compartment.objects.values_list("code", flat=True)) == ["north"]


def test_it_refuses_a_document_directory_that_is_not_empty(made: Made, backup_key: str) -> None:
    root = Path(settings.DOCUMENT_ROOT)
    root.mkdir(parents=True)
    (root / "stray").write_bytes(b"x")
    with pytest.raises(CommandError, match="empty document directory"):
        restore(made.path)
    assert not any(row_counts().values())
    assert [p.name for p in root.iterdir()] == ["stray"]


def test_a_failure_after_loading_leaves_nothing_half_restored(
    made: Made, backup_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(manifest: archive.Manifest) -> None:
        raise BackupError("simulated failure after every row was loaded")

    monkeypatch.setattr(archive, "_check_loaded", fail)
    with pytest.raises(CommandError, match="simulated failure"):
        restore(made.path)
    assert_nothing_restored()


def test_backup_never_overwrites_a_file(made: Made, backup_key: str) -> None:
    with pytest.raises(CommandError, match="already exists"):
        call_command("backup", str(made.path), stdout=io.StringIO())


def test_it_refuses_a_backup_whose_master_key_this_instance_does_not_hold(
    made: Made, backup_key: str, settings: object
) -> None:
    import secrets

    from hogo.keys.provider import reset

    settings.MASTER_KEYS = [secrets.token_bytes(32)]  # type: ignore[attr-defined]
    reset()
    try:
        with pytest.raises(CommandError, match="restore needs the master keys"):
            restore(made.path)
    finally:
        reset()
    assert_nothing_restored()
