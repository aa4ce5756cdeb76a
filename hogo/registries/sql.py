"""Plain SQL for the registries' bulk paths, with names taken from the models.

An import writes about two dozen name keys per record and a lookup reads tens of
thousands of index entries: building a model instance per row, or a lookup object per
IN parameter, took longer than the database's own work. Table and column names always
come from the models' metadata, never from input; values are always parameters.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from django.db import connection
from django.db.models import Field, Model


def table(model: type[Model]) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def column(model: type[Model], name: str) -> str:
    field = model._meta.get_field(name)
    assert isinstance(field, Field)
    assert field.column
    return connection.ops.quote_name(field.column)


def marks(values: Sequence[object]) -> str:
    """One placeholder per value, for an IN list."""
    return ", ".join(["%s"] * len(values))


def select(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows: list[tuple[Any, ...]] = cursor.fetchall()
    return rows


def execute_many(sql: str, rows: Sequence[Sequence[Any]]) -> None:
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(sql, rows)


def insert(model: type[Model], columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Write the rows; on PostgreSQL with COPY, which takes them as one stream where an
    INSERT per row costs a statement each (in the same transaction either way)."""
    names = ", ".join(column(model, name) for name in columns)
    if connection.vendor == "postgresql":
        if rows:
            with connection.cursor() as cursor:
                copy_sql = f"COPY {table(model)} ({names}) FROM STDIN"
                with cursor.cursor.copy(copy_sql) as copy:
                    for row in rows:
                        copy.write_row(row)
        return
    sql = f"INSERT INTO {table(model)} ({names}) VALUES ({marks(columns)})"  # noqa: S608
    execute_many(sql, rows)


def next_ids(model: type[Model], count: int) -> list[int]:
    """On PostgreSQL, `count` primary keys taken from the table's own sequence, for rows
    written with their keys (the sequence never gives one twice, even to a transaction
    that rolls back); other databases: [] (they number the rows as they write them)."""
    if connection.vendor != "postgresql" or count <= 0:
        return []
    pk = model._meta.pk
    assert pk is not None
    rows = select(
        "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
        [table(model), pk.column, count],
    )
    return [pk for (pk,) in rows]


def delete_where(model: type[Model], name: str, value: Any) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table(model)} WHERE {column(model, name)} = %s",  # noqa: S608
            [value],
        )


@contextmanager
def page_cache(mebibytes: int) -> Iterator[None]:
    """On SQLite, a page cache of this size while the block runs (other databases: nothing).

    An import adds tens of millions of entries to the name-key index in the order of the
    records, not of the keys: with SQLite's default cache (2 MB) nearly every entry met
    a page that had been written out, and each such page was written to the WAL again.
    The cache is memory SQLite only takes as pages are read, and it is given back after.
    """
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        (before,) = cursor.fetchone()
        cursor.execute(f"PRAGMA cache_size = {-1024 * int(mebibytes)}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = {int(before)}")


@contextmanager
def indexes_built_after(model: type[Model]) -> Iterator[None]:
    """On SQLite, every index of the model's table dropped while the block writes, and
    each built again after it by the statement that made it, in the same transaction.

    Tens of millions of entries added to a B-tree one by one, in an order not its own,
    cost several times what sorting them once and building the tree from the sorted
    entries does. Only inside a transaction: an exception rolls the dropped indexes
    back with everything else, and readers (WAL) go on reading the table as it was.
    """
    assert connection.vendor == "sqlite", "only SQLite's readers never wait for an index"
    assert connection.in_atomic_block, "indexes are only dropped inside a transaction"
    indexes = select(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s "
        "AND sql IS NOT NULL ORDER BY name",
        [model._meta.db_table],
    )
    with connection.cursor() as cursor:
        for name, _sql in indexes:
            cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
    yield
    with connection.cursor() as cursor:
        for _name, sql in indexes:
            cursor.execute(sql)
