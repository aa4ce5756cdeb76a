"""A small audit log to read, and the means to tamper with it as an intruder would.

The append-only triggers are lifted only inside the test's own transaction:
on SQLite by dropping them (DDL is transactional there), on PostgreSQL with
`SET LOCAL session_replication_role = replica`, which skips user triggers
until the transaction ends. Either way the rollback at the end of the test
puts them back.
"""

from __future__ import annotations

import importlib
import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from pytest_django.plugin import blocking_manager_key

from hogo.accounts.models import User
from hogo.audit import chain, log
from hogo.audit.models import AuditEntry

ENTRIES = 8


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def run_audit() -> Callable[..., Run]:
    """`hogo audit ...` as the shell would run it: exit status and both streams."""

    def run(*args: str) -> Run:
        out, err = io.StringIO(), io.StringIO()
        try:
            call_command("audit", *args, stdout=out, stderr=err)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        else:
            code = 0
        return Run(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def logged(caseworker: User) -> list[AuditEntry]:
    """ENTRIES entries, #1 to #ENTRIES, of the kinds the log holds."""
    assert not AuditEntry.objects.exists()
    for number in range(1, ENTRIES + 1):
        log.record(
            "audit.view",
            actor=caseworker if number % 2 else None,
            data={"page": number, "filter": {"action": "cases.view", "名前": "金 正一"}},
        )
    return list(AuditEntry.objects.order_by("seq"))


@pytest.fixture
def unguarded(db: None) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER audit_entry_no_update")
            cursor.execute("DROP TRIGGER audit_entry_no_delete")
        elif connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = replica")
        else:
            pytest.skip(f"no way to lift the audit triggers on {connection.vendor}")


def renumber(seq: int, to: int) -> None:
    AuditEntry.objects.filter(seq=seq).update(seq=to)


def forge(after: AuditEntry, *, seq: int, **fields: Any) -> AuditEntry:
    """An entry with a correct hash and seal that claims to follow `after`.

    A careful forger, who even holds the audit key: what is left to catch them
    is the shape of the chain.
    """
    link = chain.Link(
        seq=seq,
        created_at=after.created_at,
        actor_id=None,
        actor_label="system",
        action="audit.view",
        object_type="",
        object_id="",
        changes={},
        data={"forged": True},
        request_id=after.request_id,
        prev_hash=after.hash,
        version=chain.SEALED,
        key_id=after.key_id,
    )
    return log.store(replace(link, **fields))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Any:
    """Let a transactional test's database be emptied after it.

    Django empties the tables after a `transaction=True` test (TRUNCATE on
    PostgreSQL, DELETE on SQLite), which the append-only triggers refuse, as
    they must in production. For that clean-up only, PostgreSQL's session runs
    as a replica (its ordinary triggers do not fire) and SQLite's triggers are
    dropped; both are put back once the tables are empty.
    """
    marker = item.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction", False):
        yield
        return
    blocker = item.config.stash[blocking_manager_key]
    with blocker.unblock(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")
        else:
            cursor.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
            cursor.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    yield
    if connection.connection is None:
        return  # closed (the test database is gone): the setting went with the session
    with blocker.unblock(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = DEFAULT")
        else:
            sequencer = importlib.import_module("hogo.audit.migrations.0005_sequencer")
            for statement in sequencer.SQLITE_UP:
                cursor.execute(statement)
