from __future__ import annotations

from datetime import date

import pytest

from hogo.support.calendar import is_business_day, parse_month, payment_day


def test_a_tenth_on_a_weekday_is_paid_that_day() -> None:
    assert payment_day(2026, 3, 10) == date(2026, 3, 10)  # a Tuesday


def test_a_tenth_on_a_saturday_is_paid_the_friday_before() -> None:
    assert payment_day(2026, 1, 10) == date(2026, 1, 9)


def test_a_tenth_on_a_sunday_is_paid_the_friday_before() -> None:
    assert payment_day(2026, 5, 10) == date(2026, 5, 8)


def test_a_tenth_on_a_public_holiday_is_paid_the_business_day_before() -> None:
    # Coming of Age Day, Monday 10 January 2022: paid on Friday the 7th.
    assert not is_business_day(date(2022, 1, 10))
    assert payment_day(2022, 1, 10) == date(2022, 1, 7)


def test_a_month_must_be_written_yyyy_mm() -> None:
    assert parse_month("2026-04") == date(2026, 4, 1)
    for bad in [
        "2026-13",
        "2026-4",
        "2026-3x",
        "\uff12\uff10\uff12\uff16-04",
        "April",
        "2026-04-01",
        "",
    ]:
        with pytest.raises(ValueError, match="not a month"):
            parse_month(bad)
