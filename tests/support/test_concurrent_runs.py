"""Two runs of the same month at the same moment create one batch (PostgreSQL).

Each run is a thread with its own database connection, as two `hogo support run`
processes would be. SQLite serialises every writing transaction (BEGIN IMMEDIATE),
so the race exists only on PostgreSQL.
"""

from __future__ import annotations

import threading
from datetime import date

import pytest
from django.db import connection

from hogo.support.models import Batch, Entitlement, Payment
from hogo.support.runs import RunResult, run_month

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the race needs separate PostgreSQL connections"
)


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_the_same_moment_create_one_batch(entitled: Entitlement) -> None:
    start = threading.Barrier(4)
    results: list[RunResult] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            start.wait()
            results.append(run_month(date(2026, 3, 1), actor=None))
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert Batch.objects.count() == 1
    assert Payment.objects.count() == 1
    assert sorted(len(r.rows) for r in results) == [0, 0, 0, 1]
