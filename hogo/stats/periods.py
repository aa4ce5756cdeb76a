"""Release periods: whole calendar quarters. No database here.

Releases are built from whole quarters so that every release of a table is a
sum of the same atoms, and overlapping releases can be checked together.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.utils.translation import gettext as _


class PeriodError(ValueError):
    pass


def quarter_of(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def quarter_start(label: str) -> date:
    year, quarter = label.split("-Q")
    return date(int(year), (int(quarter) - 1) * 3 + 1, 1)


def quarter_end(label: str) -> date:
    start = quarter_start(label)
    following = date(start.year + (start.month + 3 > 12), (start.month + 2) % 12 + 1, 1)
    return following - timedelta(days=1)


def quarters(start: date, end: date, *, today: date) -> list[str]:
    """The quarters from `start` (a quarter's first day) to `end` (a quarter's last day)."""
    if end < start:
        raise PeriodError(
            _("The period ends (%(end)s) before it starts (%(start)s).")
            % {"end": end, "start": start}
        )
    if start != quarter_start(quarter_of(start)):
        suggestion = quarter_start(quarter_of(start))
        raise PeriodError(
            _("A period starts on a quarter's first day: use %(day)s.") % {"day": suggestion}
        )
    if end != quarter_end(quarter_of(end)):
        raise PeriodError(
            _("A period ends on a quarter's last day: use %(day)s.")
            % {"day": quarter_end(quarter_of(end))}
        )
    if end >= today:
        raise PeriodError(
            _("A quarter is released once it has ended: %(quarter)s has not.")
            % {"quarter": quarter_of(end)}
        )
    labels: list[str] = []
    current = start
    while current <= end:
        labels.append(quarter_of(current))
        current = quarter_end(quarter_of(current)) + timedelta(days=1)
    return labels


def sort_key(label: str) -> tuple[int, int]:
    year, quarter = label.split("-Q")
    return int(year), int(quarter)
