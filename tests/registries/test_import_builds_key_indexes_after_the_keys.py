"""A large import writes its name keys first and builds the key table's indexes after.

On SQLite, a registry with more rows than all the others together is written with the
indexes of the name-key table dropped and each built again, by the statement that made
it, once the keys are in: the same rows and the same indexes, for a fraction of the time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hogo.registries import actions
from hogo.registries.actions import import_registry
from hogo.registries.models import RecordKey, Registry
from tests.registries.conftest import GOOD, VERIFY_ROWS

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="only SQLite's indexes are built after the keys"
)


def _indexes() -> list[tuple[str, str]]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s "
            "ORDER BY name",
            [RecordKey._meta.db_table],
        )
        return list(cursor.fetchall())


def _import(name: str, path: Path) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        import_registry(name=name, path=path, actor=None)
    return [query["sql"] for query in queries.captured_queries]


def _keys(name: str) -> set[tuple[str, str, int | None]]:
    return set(
        RecordKey.objects.filter(registry__name=name).values_list(
            "record__record_id", "key", "birth_year"
        )
    )


@pytest.mark.django_db
def test_the_first_registry_is_written_with_its_key_indexes_built_after(
    write_csv: Callable[..., Path],
) -> None:
    before = _indexes()
    statements = _import("manifests", write_csv(*VERIFY_ROWS))
    dropped = [s for s in statements if s.startswith("DROP INDEX")]
    assert len(dropped) == len(before) == 2  # (registry, key, year, record), (record, key)
    assert [s for s in statements if s.startswith("CREATE INDEX")] == [sql for _n, sql in before]
    assert _indexes() == before


@pytest.mark.django_db
def test_a_registry_smaller_than_the_others_is_written_into_the_indexes_as_they_are(
    write_csv: Callable[..., Path],
) -> None:
    _import("manifests", write_csv(*VERIFY_ROWS))
    statements = _import("small", write_csv(*GOOD, name="small.csv"))
    assert not [s for s in statements if s.startswith(("DROP INDEX", "CREATE INDEX"))]


@pytest.mark.django_db
def test_the_keys_written_are_the_same_either_way(write_csv: Callable[..., Path]) -> None:
    small = write_csv(*GOOD, name="small.csv")
    first = _import("first", small)  # alone: indexes built after
    _import("manifests", write_csv(*VERIFY_ROWS))
    second = _import("second", small)  # beside larger ones: indexes as they are
    assert any(s.startswith("DROP INDEX") for s in first)
    assert not any(s.startswith("DROP INDEX") for s in second)
    assert _keys("first") == _keys("second")
    assert len(_keys("first")) > 20


@pytest.mark.django_db
def test_an_import_that_fails_after_dropping_the_indexes_leaves_them_in_place(
    write_csv: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _indexes()

    def fail(*_args: object) -> None:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(actions, "_write_key_counts", fail)
    with pytest.raises(RuntimeError, match="the disk is full"):
        import_registry(name="manifests", path=write_csv(*VERIFY_ROWS), actor=None)
    assert _indexes() == before
    assert not Registry.objects.exists()
    assert not RecordKey.objects.exists()
