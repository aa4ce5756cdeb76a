"""The sequencer reads the unchained entries through their index, in its order.

On PostgreSQL, giving an entry its place is an update of the column the partial
index of unchained entries is defined on: the index keeps the entry's old version
until a vacuum. Read as a bitmap, every request's pass visited each of those old
versions again (tens of thousands between two vacuums on a busy day); read in the
index's order, each is marked dead once and skipped after. These tests hold the
plan and the order, and that the planner setting this needs does not outlive the
pass.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from django.db import connection, transaction

from hogo.audit import log
from hogo.audit.models import AuditEntry

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's planner and its dead versions"
)


def _statements() -> Any:
    return log._statements(connection.alias, connection.vendor, log.SEQUENCE_BATCH)


def _plan(sql: str, params: tuple[Any, ...]) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def _bitmap_setting() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_bitmapscan")
        (value,) = cursor.fetchone()
    return str(value)


@on_postgresql
@pytest.mark.django_db
def test_the_unchained_entries_are_read_in_the_order_of_their_index() -> None:
    statements = _statements()
    with transaction.atomic(), log._in_index_order():
        plan = _plan(statements.pending, statements.pending_params)
    assert "Bitmap" not in plan
    assert "audit_entry_unchained" in plan


@on_postgresql
@pytest.mark.django_db
def test_the_planner_setting_is_put_back_after_the_read() -> None:
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_bitmapscan = on")
        with log._in_index_order():
            assert _bitmap_setting() == "off"
        assert _bitmap_setting() == "on"


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_a_request_chaining_in_its_own_transaction_keeps_its_planner(settings: Any) -> None:
    settings.AUDIT_SEQUENCING = "in-transaction"
    with transaction.atomic():
        log.record("audit.view", actor=None, data={"page": 1})
        assert _bitmap_setting() == "on"


@pytest.mark.django_db(transaction=True)
def test_entries_written_apart_are_chained_in_the_order_they_were_written(settings: Any) -> None:
    settings.AUDIT_SEQUENCING = "after-commit"
    for number in range(30):
        with transaction.atomic():
            log.record("audit.view", actor=None, data={"page": number})
            if number % 3 == 0:
                log.record("audit.view", actor=None, data={"page": number, "again": True})
    entries = list(AuditEntry.objects.order_by("pk"))
    assert all(entry.seq is not None for entry in entries)
    assert [entry.seq for entry in entries] == sorted(entry.seq for entry in entries)
    for before, after in pairwise(entries):
        assert after.prev_hash == before.hash
