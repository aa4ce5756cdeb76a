"""Upgrading seals the entries written before the audit key, and they still verify.

A real `hogo` process migrates a database to the unkeyed chain, writes entries
as that version did (hashed only), then migrates on: each old entry keeps its
hash and gains a seal, new entries follow sealed, and `hogo audit verify`
says how many were written before the key. On PostgreSQL the test works in a
database of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from django.db import connection

HOGO = [sys.executable, "-m", "hogo"]

OLD_ENTRIES = """
from datetime import UTC, datetime
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from hogo.audit import chain
apps = MigrationExecutor(connection).loader.project_state(("audit", "0002_append_only")).apps
Entry = apps.get_model("audit", "AuditEntry")
prev = chain.GENESIS
for seq in (1, 2, 3):
    link = chain.Link(seq=seq, created_at=datetime(2026, 1, seq, tzinfo=UTC), actor_id=None,
                      actor_label="system", action="audit.view", object_type="", object_id="",
                      changes={}, data={"old": seq}, request_id="", prev_hash=prev)
    prev = chain.compute_hash(link)
    Entry.objects.create(seq=seq, created_at=link.created_at, actor_label="system",
                         action="audit.view", changes={}, data={"old": seq}, request_id="",
                         prev_hash=link.prev_hash, hash=prev)
print(prev)
"""


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    settings = connection.settings_dict
    name = f"hogo_upgrade_{secrets.token_hex(4)}"
    host, port, user = settings["HOST"], settings["PORT"], settings["USER"]
    admin = f"host={host} port={port} user={user} dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as server:
        server.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgres://{user}@{host}:{port}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as server:
            server.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def test_entries_written_before_the_audit_key_are_sealed_at_upgrade_and_still_verify(
    database_url: str,
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(HOGO_DATABASE_URL=database_url, HOGO_AUDIT_HEAD_SINK="")

    def hogo(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*HOGO, *args], env=env, capture_output=True, text=True, timeout=300, check=check
        )

    hogo("migrate", "-v0", "audit", "0002_append_only")
    old_head = hogo("shell", "-c", OLD_ENTRIES).stdout.strip().splitlines()[-1]
    hogo("migrate", "-v0")

    first = hogo("audit", "verify", "--head", old_head, check=False)
    again = hogo("audit", "verify", check=False)

    assert first.returncode == 0, first.stderr
    assert "audit log intact: 3 entries" in first.stdout
    assert "written before the audit key: 3" in first.stdout
    # The verification appended a sealed entry after the three old ones.
    assert again.returncode == 0, again.stderr
    assert "audit log intact: 4 entries" in again.stdout
    assert "sealed with an audit key held: 4;" in again.stdout
