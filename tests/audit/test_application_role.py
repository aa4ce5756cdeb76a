"""On PostgreSQL the application runs as a role that cannot reshape the audit table.

The tables belong to the role that migrates them. `hogo db grant-app-role`
gives the application's role SELECT and INSERT on the audit table and nothing
more, so it can neither alter the table, truncate it, nor disable or drop the
triggers that keep it append-only; the owner, who migrates, still can.

Each attempt switches to the new role inside a savepoint (`SET ROLE`); the
role itself is created in the test's transaction and rolled back with it.
"""

from __future__ import annotations

import io
import os
import secrets
import sys
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from hogo.audit import log
from hogo.audit.models import AuditEntry

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="roles and grants exist on PostgreSQL only"
)
TABLE = AuditEntry._meta.db_table

RESHAPING = {
    "disable its triggers": f"ALTER TABLE {TABLE} DISABLE TRIGGER USER",
    "drop a trigger": f"DROP TRIGGER audit_entry_no_update_delete ON {TABLE}",
    "drop the truncate trigger": f"DROP TRIGGER audit_entry_no_truncate ON {TABLE}",
    "truncate it": f"TRUNCATE {TABLE}",
    "add a column": f"ALTER TABLE {TABLE} ADD COLUMN note text",
    "rename it": f"ALTER TABLE {TABLE} RENAME TO audit_old",
    "drop it": f"DROP TABLE {TABLE}",
    "replace the trigger function": (
        "CREATE OR REPLACE FUNCTION hogo_audit_append_only() RETURNS trigger "
        "AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql"
    ),
    "update an entry": f"UPDATE {TABLE} SET actor_label = 'x'",
    "delete an entry": f"DELETE FROM {TABLE}",
}


@pytest.fixture
def app_role(logged: list[AuditEntry]) -> str:
    # Deferred foreign-key checks pending from the fixture would make PostgreSQL
    # refuse ALTER and TRUNCATE on its own, before any privilege is asked.
    connection.check_constraints()
    role = f"hogo_app_{secrets.token_hex(4)}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE ROLE "{role}" NOLOGIN')
    call_command("db", "grant-app-role", role, stdout=io.StringIO())
    return role


def _as(role: str, statement: str) -> None:
    # A refusal rolls back to the savepoint, which undoes SET ROLE as well.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f'SET ROLE "{role}"')
        cursor.execute(statement)
        cursor.execute("RESET ROLE")


@on_postgresql
@pytest.mark.postgres
@pytest.mark.parametrize("attempt", sorted(RESHAPING))
def test_the_application_role_cannot_alter_truncate_or_drop_triggers_on_the_audit_table(
    app_role: str, attempt: str
) -> None:
    with pytest.raises(DatabaseError, match=r"must be owner|permission denied|append-only"):
        _as(app_role, RESHAPING[attempt])

    assert AuditEntry.objects.count() == 8
    assert log.verify().ok


@on_postgresql
@pytest.mark.postgres
def test_the_application_role_still_appends_and_reads_the_log(app_role: str) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f'SET ROLE "{app_role}"')
        log.record("audit.view", actor=None)
        verdict = log.verify()
        cursor.execute("RESET ROLE")

    assert (verdict.ok, verdict.entries) == (True, 9)


@on_postgresql
@pytest.mark.postgres
def test_the_application_role_chains_a_waiting_entry_but_cannot_change_or_delete_it(
    app_role: str, settings: Any
) -> None:
    settings.AUDIT_SEQUENCING = "after-commit"
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f'SET ROLE "{app_role}"')
        waiting = log.record("audit.view", actor=None, data={"page": 9})
        cursor.execute("RESET ROLE")
    refused = r"permission denied|append-only"

    with pytest.raises(DatabaseError, match=refused):
        _as(app_role, f"UPDATE {TABLE} SET data = '{{}}' WHERE id = {waiting.pk}")
    with pytest.raises(DatabaseError, match=refused):
        _as(app_role, f"DELETE FROM {TABLE} WHERE id = {waiting.pk}")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f'SET ROLE "{app_role}"')
        chained = log.sequence()
        cursor.execute("RESET ROLE")

    assert chained == 1
    verdict = log.verify(chain_first=False)
    assert (verdict.ok, verdict.entries) == (True, 9)


@on_postgresql
@pytest.mark.postgres
def test_the_owner_who_migrates_can_still_change_the_table(app_role: str) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER USER")
        cursor.execute(f"ALTER TABLE {TABLE} ENABLE TRIGGER USER")
        cursor.execute(
            "SELECT count(*) FROM pg_trigger WHERE tgrelid = %s::regclass AND tgenabled = 'O' "
            "AND NOT tgisinternal",
            [TABLE],
        )
        (enabled,) = cursor.fetchone()

    assert enabled == 2


@on_postgresql
@pytest.mark.postgres
def test_a_superuser_or_the_owner_is_refused_as_the_application_role(db: None) -> None:
    owner = connection.settings_dict["USER"]

    with pytest.raises(CommandError, match=r"superuser|owns the tables"):
        call_command("db", "grant-app-role", owner, stdout=io.StringIO())


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
def test_sqlite_has_no_role_to_grant(db: None) -> None:
    with pytest.raises(CommandError, match="PostgreSQL only"):
        call_command("db", "grant-app-role", "anyone", stdout=io.StringIO())


@pytest.mark.parametrize(("command", "owner"), [("migrate", True), ("db", True), ("serve", False)])
def test_hogo_migrate_connects_as_the_owner_and_serving_does_not(
    monkeypatch: pytest.MonkeyPatch, command: str, owner: bool
) -> None:
    import django.core.management

    from hogo import __main__ as cli

    seen: dict[str, Any] = {}
    monkeypatch.setenv("HOGO_DATABASE_URL", "postgres://hogo_app@db:5432/hogo")
    monkeypatch.setenv("HOGO_MIGRATE_DATABASE_URL", "postgres://hogo_owner@db:5432/hogo")
    monkeypatch.setattr(sys, "argv", ["hogo", command])
    monkeypatch.setattr(
        django.core.management,
        "execute_from_command_line",
        lambda argv: seen.update(url=os.environ["HOGO_DATABASE_URL"]),
    )
    monkeypatch.setattr(cli, "_grant_after_migrating", lambda role: seen.update(granted=role))

    cli.main()

    expected = "hogo_owner" if owner else "hogo_app"
    assert seen["url"] == f"postgres://{expected}@db:5432/hogo"
    # After migrating as the owner, the application's role is granted again.
    assert seen.get("granted") == ("hogo_app" if command == "migrate" else None)
