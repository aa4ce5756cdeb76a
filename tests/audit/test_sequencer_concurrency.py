"""Concurrent writers do not wait for each other, and the chain still has no gap (PostgreSQL).

Each writer is a thread with its own database connection, as the processes of
a multi-process server are. SQLite serialises every writing transaction
(BEGIN IMMEDIATE), so the race exists only on PostgreSQL.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from django.db import connection, transaction

from hogo.audit import log
from hogo.audit.models import AuditEntry

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the race needs separate PostgreSQL connections"
)

WRITERS = 8
EACH = 15


@pytest.fixture
def after_commit(settings: Any) -> None:
    settings.AUDIT_SEQUENCING = "after-commit"


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_leave_a_gap_free_chain_that_verifies(after_commit: None) -> None:
    start = threading.Barrier(WRITERS)
    errors: list[BaseException] = []

    def write(writer: int) -> None:
        try:
            start.wait()
            for number in range(EACH):
                with transaction.atomic():
                    log.record("audit.view", actor=None, data={"w": writer, "n": number})
                    time.sleep(0.001 * (number % 3))  # transactions of uneven length
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    # Nothing was left behind by the writers themselves: no seal, no verify yet.
    assert log.unchained() == 0
    numbers = list(AuditEntry.objects.order_by("seq").values_list("seq", flat=True))
    assert numbers == list(range(1, WRITERS * EACH + 1))
    verdict = log.verify(chain_first=False)
    assert (verdict.ok, verdict.entries) == (True, WRITERS * EACH), verdict.problem
    # Each writer's own entries keep their order in the chain.
    for writer in range(WRITERS):
        mine = [
            data["n"]
            for data in AuditEntry.objects.order_by("seq").values_list("data", flat=True)
            if data["w"] == writer
        ]
        assert mine == list(range(EACH))


@pytest.mark.django_db(transaction=True)
def test_a_long_transaction_does_not_hold_up_another_writer(after_commit: None) -> None:
    """The old design held the chain's lock from the entry to the commit."""
    written, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def long_read() -> None:
        try:
            with transaction.atomic():
                log.record("audit.view", actor=None, data={"who": "slow"})
                written.set()
                release.wait(timeout=30)  # a slow page, its entry written, not yet committed
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    slow = threading.Thread(target=long_read)
    slow.start()
    assert written.wait(timeout=30)
    began = time.monotonic()
    with transaction.atomic():
        log.record("audit.view", actor=None, data={"who": "quick"})
    took = time.monotonic() - began
    release.set()
    slow.join(timeout=30)

    assert errors == []
    assert took < 5
    log.sequence()
    order = list(AuditEntry.objects.order_by("seq").values_list("data", flat=True))
    # Chained in the order they committed: the quick one first.
    assert order == [{"who": "quick"}, {"who": "slow"}]
    assert log.verify(chain_first=False).ok
