"""Paying days by the Japanese calendar: no database, tested on its own.

A benefit is paid on a fixed day of the month (the 10th); when that day is a
Saturday, a Sunday or a Japanese public holiday, it is paid EARLIER, on the
last business day before it, as the Abductee Support Act's ordinance
provides. Holidays come from `jpholiday`, which follows the Cabinet Office's
list (substitute holidays and citizens' holidays included).
"""

from __future__ import annotations

from datetime import date, timedelta

import jpholiday  # type: ignore[import-untyped, unused-ignore]


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and not jpholiday.is_holiday(day)


def payment_day(year: int, month: int, day: int = 10) -> date:
    """The day a benefit nominally due on `day` of that month is paid."""
    paid = date(year, month, day)
    while not is_business_day(paid):
        paid -= timedelta(days=1)
    return paid


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def parse_month(text: str) -> date:
    """`YYYY-MM` as the first day of that month; ValueError for anything else."""
    parts = text.strip().split("-")
    if len(parts) != 2 or len(parts[0]) != 4 or len(parts[1]) != 2:
        raise ValueError(f"{text!r} is not a month written YYYY-MM")
    if not (
        parts[0].isascii() and parts[0].isdigit() and parts[1].isascii() and parts[1].isdigit()
    ):
        raise ValueError(f"{text!r} is not a month written YYYY-MM")
    year, month = int(parts[0]), int(parts[1])
    if not 1 <= month <= 12 or year < 1900:
        raise ValueError(f"{text!r} is not a month written YYYY-MM")
    return date(year, month, 1)
