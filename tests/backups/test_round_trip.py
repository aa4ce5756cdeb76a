"""`hogo backup` then `hogo restore` into a fresh instance of the suite's database kind.

The target is a new SQLite file, or a throwaway PostgreSQL database when the
suite runs on PostgreSQL, migrated and empty, driven through `python -m hogo`
exactly as an operator would.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.backups.conftest import Made

ROOT = Path(__file__).resolve().parents[2]
HOGO = [sys.executable, "-m", "hogo"]

INSPECT = """
import hashlib, io, json
from django.conf import settings
from django.core.management import call_command
from hogo.backups.archive import models_to_back_up
from hogo.cases.documents import open_document
from hogo.cases.models import Case, Document
out = io.StringIO()
call_command("audit", "verify", "--no-record", stdout=out)
case = Case.objects.get(pk={case_pk})
print(json.dumps({{
    "counts": {{m._meta.label_lower: m._base_manager.count() for m in models_to_back_up()}},
    "summary": case.summary,
    "names": sorted(case.person.names.values_list("family", "given")),
    "document": hashlib.sha256(b"".join(
        open_document(Document.objects.get(storage_name="{document}")))).hexdigest(),
    "verify": out.getvalue().strip(),
}}, ensure_ascii=False))
"""


def _database_url(tmp: Path) -> Iterator[str]:
    url = os.environ.get("HOGO_DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{tmp / 'target.sqlite3'}"
        return
    import psycopg

    name = f"hogo_restore_{secrets.token_hex(4)}"
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def target(tmp_path: Path, made: Made) -> Iterator[dict[str, str]]:
    for url in _database_url(tmp_path):
        env = {
            **os.environ,
            "HOGO_DATABASE_URL": url,
            "HOGO_DEBUG": "0",
            "HOGO_SECRET_KEY": secrets.token_urlsafe(64),
            "HOGO_VAR_DIR": str(tmp_path),
            "HOGO_DOCUMENT_ROOT": str(tmp_path / "restored-documents"),
            "HOGO_BACKUP_KEY": made.key,
        }
        env.pop("HOGO_BACKUP_KEY_FILE", None)
        hogo(env, "migrate", "--no-input")
        yield env


def hogo(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*HOGO, *args], env=env, cwd=ROOT, check=check, capture_output=True, text=True, timeout=300
    )


@pytest.mark.django_db
def test_a_backup_restores_into_an_empty_instance_of_another_process(
    made: Made, target: dict[str, str], tmp_path: Path
) -> None:
    cut = tmp_path / "cut.hogo"
    cut.write_bytes(made.path.read_bytes()[:-1000])
    refused = hogo(target, "restore", str(cut), check=False)
    assert refused.returncode != 0
    assert "restore refused: the backup is truncated" in refused.stderr
    assert not (tmp_path / "restored-documents").exists()

    restored = hogo(target, "restore", str(made.path))
    assert f"audit log verified, head {made.head}" in restored.stdout

    script = INSPECT.format(case_pk=made.case_pk, document=made.document_name)
    found = json.loads(hogo(target, "shell", "-c", script).stdout.strip().splitlines()[-1])
    expected = {**made.counts, "audit.auditentry": made.counts["audit.auditentry"] + 1}
    assert found["counts"] == expected
    assert found["summary"] == made.summary
    assert [tuple(name) for name in found["names"]] == made.names
    assert found["document"] == made.document_sha256
    assert found["verify"].startswith(f"audit log intact: {expected['audit.auditentry']} entries")
