"""Releases of overlapping periods cannot be subtracted to isolate a small cell."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django.utils import timezone

from hogo.accounts.models import User
from hogo.cases.models import Case
from hogo.stats.actions import publish_table
from hogo.stats.models import Release
from hogo.stats.protection import WITHHELD

Y = date.today().year - 1


def _table(release: Release) -> dict[tuple[str, str], str]:
    return {
        (str(row[0]), str(column)): str(cell)
        for row in release.rows
        for column, cell in zip(release.header[1:], row[1:], strict=True)
    }


def test_half_year_minus_first_quarter_does_not_reveal_the_second(
    statistician: User, add_cases: Callable[..., list[Case]]
) -> None:
    add_cases(30, "japanese_spouse", date(Y, 2, 1))
    add_cases(20, "descendant", date(Y, 2, 1))
    add_cases(2, "japanese_spouse", date(Y, 5, 1))  # the small cell: two arrivals in Q2
    add_cases(25, "descendant", date(Y, 5, 1))
    today = timezone.localdate()
    first = publish_table(
        "arrivals_by_quarter",
        start=date(Y, 1, 1),
        end=date(Y, 3, 31),
        actor=statistician,
        today=today,
    )
    half = publish_table(
        "arrivals_by_quarter",
        start=date(Y, 1, 1),
        end=date(Y, 6, 30),
        actor=statistician,
        today=today,
    )
    q1, h1 = _table(first), _table(half)
    assert q1["total", "japanese_spouse"] == "30"
    # Had the half year's spouse total (32) been published, 32 - 30 would give the 2.
    assert h1[f"{Y}-Q2", "japanese_spouse"] == WITHHELD
    assert h1["total", "japanese_spouse"] == WITHHELD


def test_figures_are_frozen_once_released(
    statistician: User, add_cases: Callable[..., list[Case]]
) -> None:
    add_cases(30, "japanese_spouse", date(Y, 2, 1))
    today = timezone.localdate()
    start, end = date(Y, 1, 1), date(Y, 3, 31)
    first = publish_table(
        "arrivals_by_quarter", start=start, end=end, actor=statistician, today=today
    )
    add_cases(1, "japanese_spouse", date(Y, 2, 15))  # recorded late
    again = publish_table(
        "arrivals_by_quarter", start=start, end=end, actor=statistician, today=today
    )
    # A late record would show as a difference of one: the released quarter keeps its figure.
    assert _table(again) == _table(first)
