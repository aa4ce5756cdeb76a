"""The backup key is read from the environment or a file, and refused when unusable."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from hogo.backups.container import BackupError, key_id, load_key

KEY = bytes(range(32))
ENCODED = base64.b64encode(KEY).decode()


def test_it_reads_the_key_from_the_environment() -> None:
    assert load_key({"HOGO_BACKUP_KEY": ENCODED}) == KEY


def test_it_reads_the_key_from_a_file(tmp_path: Path) -> None:
    (tmp_path / "key").write_text(ENCODED + "\n")
    assert load_key({"HOGO_BACKUP_KEY_FILE": str(tmp_path / "key")}) == KEY


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({}, "no backup key"),
        ({"HOGO_BACKUP_KEY": "  "}, "no backup key"),
        ({"HOGO_BACKUP_KEY": "not base64!"}, "not valid base64"),
        ({"HOGO_BACKUP_KEY": base64.b64encode(b"short").decode()}, "32 bytes, not 5"),
        ({"HOGO_BACKUP_KEY": ENCODED, "HOGO_BACKUP_KEY_FILE": "/k"}, "not both"),
        ({"HOGO_BACKUP_KEY_FILE": "/nonexistent/key"}, "cannot read"),
    ],
)
def test_it_refuses_a_missing_or_malformed_key(environ: dict[str, str], message: str) -> None:
    with pytest.raises(BackupError, match=message):
        load_key(environ)


def test_the_key_id_names_the_key_without_revealing_it() -> None:
    assert key_id(KEY) == key_id(bytes(KEY))
    assert key_id(KEY) != key_id(bytes(32))
    assert KEY[:8] not in key_id(KEY)
