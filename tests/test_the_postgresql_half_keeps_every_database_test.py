"""The PostgreSQL half of `make test` leaves out only tests that cannot reach a database.

Leaving out a test that does reach one would lose the PostgreSQL run of it without a
sound: each way of reaching the database is checked to be kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from django.test import SimpleTestCase, TestCase

from tests.conftest import _reaches_the_database


@dataclass
class Item:
    path: Path
    markers: tuple[str, ...] = ()
    fixturenames: tuple[str, ...] = ()
    cls: type | None = None
    seen: list[str] = field(default_factory=list)

    def get_closest_marker(self, name: str) -> Any:
        return name if name in self.markers else None


@pytest.fixture
def plain_module(tmp_path: Path) -> Path:
    path = tmp_path / "test_plain.py"
    path.write_text("def test_reading():\n    assert 'キム' != '金'\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "item",
    [
        {"markers": ("django_db",)},
        {"markers": ("postgres",)},
        {"markers": ("browser",)},
        {"fixturenames": ("caseworker", "db")},
        {"fixturenames": ("transactional_db",)},
        {"cls": TestCase},
    ],
    ids=["marker", "postgres", "browser", "db fixture", "transactional", "django test case"],
)
def test_a_test_that_reaches_the_database_is_kept(plain_module: Path, item: dict[str, Any]) -> None:
    assert _reaches_the_database(Item(plain_module, **item), {})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "source",
    [
        "url = os.environ['HOGO_DATABASE_URL']\n",
        "from django.db import connection\n",
        "import psycopg\n",
    ],
)
def test_a_module_that_names_the_configured_database_is_kept_whole(
    tmp_path: Path, source: str
) -> None:
    path = tmp_path / "test_names_it.py"
    path.write_text(source + "def test_x():\n    pass\n", encoding="utf-8")
    assert _reaches_the_database(Item(path), {})  # type: ignore[arg-type]


def test_a_test_of_plain_code_is_left_to_the_sqlite_half(plain_module: Path) -> None:
    assert not _reaches_the_database(Item(plain_module), {})  # type: ignore[arg-type]
    assert not _reaches_the_database(Item(plain_module, cls=SimpleTestCase), {})  # type: ignore[arg-type]
