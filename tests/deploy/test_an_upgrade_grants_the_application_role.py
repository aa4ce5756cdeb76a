"""After an upgrade's migrations, the application's role can use the new tables.

The upgrade in docs/deploy.md is `hogo-admin migrate`: migrations run as the
owner of the tables (HOGO_MIGRATE_DATABASE_URL), and a table a migration
creates belongs to the owner. `hogo migrate` then grants the application's role
(the user of HOGO_DATABASE_URL) again, as `hogo db grant-app-role` does: the
new table is usable by the site at once, and the audit log and the migration
history stay closed to it. The test plays an install whose database was made
before the default privileges existed, so only that grant can open the table.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from hogo.__main__ import _application_role
from tests.deploy.database import scratch_database

ROOT = Path(__file__).resolve().parents[2]
HOGO = [sys.executable, "-m", "hogo"]
# registries 0004 creates this table; 0003 is the release before it.
LATER_TABLE, BEFORE = "registries_keycount", ("registries", "0003")
AUDIT_TABLE, MIGRATIONS_TABLE = "audit_auditentry", "django_migrations"

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    url = os.environ.get("HOGO_DATABASE_URL", "")
    if not url.startswith("postgres"):
        pytest.skip("database roles exist on PostgreSQL only; SQLite has none to grant")
    import psycopg

    tmp = tmp_path_factory.mktemp("upgrade")
    server = url.rsplit("/", 1)[0]
    host = server.split("@", 1)[1]
    with ExitStack() as stack:
        owner, app, name = scratch_database(stack, f"{server}/postgres", tmp)
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("HOGO_")},
            "HOGO_DEBUG": "1",
            "HOGO_VAR_DIR": str(tmp),
            "HOGO_DATABASE_URL": f"postgres://{app}@{host}/{name}",
            "HOGO_MIGRATE_DATABASE_URL": f"postgres://{owner}@{host}/{name}",
        }

        def hogo(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [*HOGO, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=600
            )

        # The release before: migrated up to registries 0003 only.
        first = hogo("migrate", "--no-input")
        assert first.returncode == 0, first.stderr
        back = hogo("migrate", "--no-input", *BEFORE)
        assert back.returncode == 0, back.stderr
        as_owner = f"postgres://{owner}@{host}/{name}"
        with psycopg.connect(as_owner, autocommit=True) as conn:
            assert conn.execute("SELECT to_regclass(%s)", [LATER_TABLE]).fetchone() == (None,)
            # An install from before the default privileges: nothing opens a new table.
            for kind in ("TABLES", "SEQUENCES"):
                conn.execute(
                    f'ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON {kind} FROM "{app}"'
                )
            assert conn.execute("SELECT count(*) FROM pg_default_acl").fetchone() == (0,)

        upgrade = hogo("migrate", "--no-input")
        yield {
            "upgrade": upgrade,
            "app": app,
            "as_app": f"postgres://{app}@{host}/{name}",
            "as_owner": as_owner,
        }


def test_the_upgrade_says_it_granted_the_application_role(upgraded: dict[str, Any]) -> None:
    upgrade = upgraded["upgrade"]
    assert upgrade.returncode == 0, upgrade.stderr
    assert "Applying registries.0004_key_counts... OK" in upgrade.stdout
    assert f"{upgraded['app']} may now serve hogo" in upgrade.stdout


def test_the_application_role_can_use_a_table_a_later_migration_created(
    upgraded: dict[str, Any],
) -> None:
    import psycopg

    with psycopg.connect(upgraded["as_owner"]) as conn:
        owner_of = conn.execute(
            "SELECT tableowner FROM pg_tables WHERE tablename = %s", [LATER_TABLE]
        )
        assert owner_of.fetchone() != (upgraded["app"],)
    with psycopg.connect(upgraded["as_app"]) as conn:
        registry = conn.execute(
            "INSERT INTO registries_registry (name, source_filename, source_sha256, row_count, "
            "rejected_count, fill_rates, model_json, imported_at) "
            "VALUES ('r', 'r.csv', '', 0, 0, '{}', '', now()) RETURNING id"
        ).fetchone()
        assert registry is not None
        conn.execute(
            f"INSERT INTO {LATER_TABLE} (registry_id, key, records) VALUES (%s, 'k', 1)",
            [registry[0]],
        )
        conn.execute(f"UPDATE {LATER_TABLE} SET records = 2")
        assert conn.execute(f"SELECT records FROM {LATER_TABLE}").fetchone() == (2,)
        conn.execute(f"DELETE FROM {LATER_TABLE}")
        conn.rollback()


@pytest.mark.parametrize(
    ("table", "privilege", "held"),
    [
        (AUDIT_TABLE, "SELECT", True),
        (AUDIT_TABLE, "INSERT", True),
        (AUDIT_TABLE, "UPDATE", False),
        (AUDIT_TABLE, "DELETE", False),
        (AUDIT_TABLE, "TRUNCATE", False),
        (MIGRATIONS_TABLE, "SELECT", True),
        (MIGRATIONS_TABLE, "INSERT", False),
        (MIGRATIONS_TABLE, "DELETE", False),
    ],
)
def test_the_audit_log_and_the_migration_history_stay_closed_after_the_upgrade(
    upgraded: dict[str, Any], table: str, privilege: str, held: bool
) -> None:
    import psycopg

    with psycopg.connect(upgraded["as_owner"]) as conn:
        answer = conn.execute(
            "SELECT has_table_privilege(%s, %s, %s)", [upgraded["app"], table, privilege]
        ).fetchone()
    assert answer == (held,)


@pytest.mark.parametrize(
    ("app_url", "owner_url", "role"),
    [
        (
            "postgres://hogo_app@%2Frun%2Fpostgresql/hogo",
            "postgres://hogo_owner@%2Frun%2Fpostgresql/hogo",
            "hogo_app",
        ),
        ("postgres://same@host/hogo", "postgres://same@host/hogo", None),
        ("sqlite:///var/hogo.sqlite3", "sqlite:///var/hogo.sqlite3", None),
        ("postgres://@host/hogo", "postgres://owner@host/hogo", None),
        ("", "postgres://owner@host/hogo", None),
    ],
)
def test_migrate_grants_only_a_separate_postgresql_role(
    app_url: str, owner_url: str, role: str | None
) -> None:
    assert _application_role(app_url, owner_url) == role
