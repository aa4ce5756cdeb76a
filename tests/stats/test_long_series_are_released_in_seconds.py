"""The issue's two scenarios at a test's size: a long series from 1950, then the programme's years.

A sparse table (about one case a quarter, as on the demo) released from 1950,
then again from a later year overlapping it: both go through quickly, with
no traceback, and an independent attacker (`tests/stats/brute.py`) finds no
sensitive count it can narrow across both releases. The same for the
programme's years of `new_cases_by_quarter`, the table whose release once
failed inside the old linear algebra. Releases are reproducible, and a
release of a period already released is the same table again.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date

import pytest
from django.utils import timezone

from hogo.accounts.models import User
from hogo.cases.models import Case, Category
from hogo.cases.workflow import Status
from hogo.stats import protection
from hogo.stats.actions import publish_table
from hogo.stats.models import Release
from hogo.stats.periods import quarters, sort_key
from tests.stats.brute import Figure, narrowest

COLUMNS = [str(c) for c in Category]


def _sparse_history(
    add_cases: Callable[..., list[Case]], first_year: int, years: int, status: str
) -> None:
    rng = random.Random(first_year)
    for year in range(first_year, first_year + years):
        for month in (2, 5, 8, 11):
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
                add_cases(1, rng.choice(COLUMNS), date(year, month, 10), status=status)


def _figures(releases: list[Release]) -> tuple[list[str], list[Figure], dict[protection.Atom, int]]:
    figures: list[Figure] = []
    labels: set[str] = set()
    values: dict[protection.Atom, int] = {}
    for release in releases:
        columns = [str(c) for c in release.header[1:-1]]
        rows = [str(row[0]) for row in release.rows if row[0] != "total"]
        labels.update(rows)
        shown = {
            (str(row[0]), column): str(cell)
            for row in release.rows
            for column, cell in zip([*columns, "total"], row[1:], strict=True)
        }
        for cell in protection.layout(rows, columns):
            text = shown[cell.row, cell.column]
            if not protection.is_withheld(text):
                figures.append((cell.atoms, int(text), int(text)))
        for key, count in release.atoms.items():
            quarter, _sep, column = key.partition("|")
            values[quarter, column] = int(count)
    return sorted(labels, key=sort_key), figures, values


def _release(table: str, start: date, end: date, user: User) -> tuple[Release, float]:
    began = time.perf_counter()
    release = publish_table(table, start=start, end=end, actor=user, today=timezone.localdate())
    return release, time.perf_counter() - began


@pytest.mark.django_db
def test_a_long_series_and_an_overlapping_later_release(
    statistician: User, add_cases: Callable[..., list[Case]]
) -> None:
    _sparse_history(add_cases, 1950, 6, Status.ARRIVED)
    long, first = _release(
        "arrivals_by_quarter", date(1950, 1, 1), date(1955, 12, 31), statistician
    )
    later, second = _release(
        "arrivals_by_quarter", date(1953, 1, 1), date(1956, 12, 31), statistician
    )
    assert first < 5
    assert second < 5
    labels, figures, values = _figures([long, later])
    assert len(labels) == 28
    assert narrowest(labels, COLUMNS, values, figures) == []
    # Nothing the long release published is hidden or changed by the later one.
    for row in later.rows[:-1]:
        match = next((r for r in long.rows if r[0] == row[0]), None)
        if match is None:
            continue
        for old, new in zip(match[1:], row[1:], strict=True):
            assert old == new or (
                protection.is_withheld(str(old)) and protection.is_withheld(str(new))
            )


@pytest.mark.django_db
def test_the_programmes_years_of_new_cases_release_without_a_traceback(
    statistician: User, add_cases: Callable[..., list[Case]]
) -> None:
    _sparse_history(add_cases, 2002, 5, Status.REPORTED)
    release, took = _release(
        "new_cases_by_quarter", date(2002, 1, 1), date(2006, 12, 31), statistician
    )
    assert took < 5
    labels, figures, values = _figures([release])
    assert labels == quarters(date(2002, 1, 1), date(2006, 12, 31), today=date(2007, 1, 1))
    assert narrowest(labels, COLUMNS, values, figures) == []
    again, _took = _release(
        "new_cases_by_quarter", date(2002, 1, 1), date(2006, 12, 31), statistician
    )
    assert again.rows == release.rows


def test_the_same_history_gives_the_same_release() -> None:
    rng = random.Random(7)
    labels = [f"{2000 + i // 4}-Q{i % 4 + 1}" for i in range(40)]
    values = {(q, c): rng.choice([0, 0, 1, 3, 8, 12, 40]) for q in labels for c in COLUMNS}
    cells = protection.layout(labels, COLUMNS)
    first = protection.suppress(cells, values, quarters=labels, columns=COLUMNS)
    shuffled = dict(sorted(values.items(), key=lambda item: rng.random()))
    second = protection.suppress(cells, shuffled, quarters=labels, columns=COLUMNS)
    assert first == second
    assert {cell for cell in cells if 0 < protection.value_of(cell.atoms, values) < 10} <= first
