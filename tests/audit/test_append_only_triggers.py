"""The database itself refuses to change or remove audit rows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import DatabaseError, connection, transaction

from hogo.audit import log
from hogo.audit.models import AuditEntry

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="TRUNCATE triggers exist on PostgreSQL only"
)

TABLE = AuditEntry._meta.db_table


def _orm_update(entry: AuditEntry) -> None:
    AuditEntry.objects.filter(pk=entry.pk).update(actor_label="someone else")


def _orm_save(entry: AuditEntry) -> None:
    entry.actor_label = "someone else"
    entry.save()


def _orm_delete(entry: AuditEntry) -> None:
    entry.delete()


def _orm_bulk_delete(entry: AuditEntry) -> None:
    AuditEntry.objects.all().delete()


def _raw_update(entry: AuditEntry) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {TABLE} SET actor_label = %s WHERE id = %s", ["x", entry.pk])


def _raw_delete(entry: AuditEntry) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE} WHERE id = %s", [entry.pk])


def _raw_delete_all(entry: AuditEntry) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")


ATTEMPTS: dict[str, Callable[[AuditEntry], None]] = {
    "orm update": _orm_update,
    "orm save": _orm_save,
    "orm delete": _orm_delete,
    "orm bulk delete": _orm_bulk_delete,
    "raw update": _raw_update,
    "raw delete": _raw_delete,
    "raw delete all": _raw_delete_all,
}


@pytest.mark.parametrize("attempt", sorted(ATTEMPTS))
def test_the_database_refuses_to_change_or_remove_an_audit_entry(
    logged: list[AuditEntry], attempt: str
) -> None:
    entry = logged[3]
    label = entry.actor_label

    # A savepoint of its own, so PostgreSQL can go on after the refusal.
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        ATTEMPTS[attempt](entry)

    stored = AuditEntry.objects.get(pk=entry.pk)
    assert stored.actor_label == label
    assert AuditEntry.objects.count() == len(logged)


@on_postgresql
@pytest.mark.postgres
def test_postgresql_refuses_to_truncate_the_audit_table(logged: list[AuditEntry]) -> None:
    # Fire the deferred foreign-key checks of the entries just written: with them
    # pending PostgreSQL refuses TRUNCATE on its own, before our trigger is asked.
    connection.check_constraints()

    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(f"TRUNCATE {TABLE}")

    assert AuditEntry.objects.count() == len(logged)


def test_new_entries_can_still_be_appended(logged: list[AuditEntry]) -> None:
    log.record("audit.view", actor=None)

    assert AuditEntry.objects.count() == len(logged) + 1
