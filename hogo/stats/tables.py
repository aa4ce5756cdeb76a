"""The tables that can be released, and the counts behind them.

Every table counts cases, each at most once: a case counts in the quarter of
its first move to the table's status. That keeps each atom's contributors
disjoint, which both the suppression and the privacy guarantee rely on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from hogo.access import system_reader
from hogo.cases.models import Category, EventKind
from hogo.cases.workflow import Status
from hogo.stats.periods import quarter_of
from hogo.stats.protection import TOTAL, Atom


@dataclass(frozen=True)
class Table:
    name: str
    title: Promise
    status: Status
    rounding: int = 0  # release counts rounded to this multiple (0: exact)

    @property
    def columns(self) -> list[str]:
        return [str(category) for category in Category]


TABLES: dict[str, Table] = {
    table.name: table
    for table in (
        Table("arrivals_by_quarter", _("Arrivals by quarter and category"), Status.ARRIVED),
        Table("closures_by_quarter", _("Closures by quarter and category"), Status.CLOSED),
        Table("new_cases_by_quarter", _("New cases by quarter and category"), Status.REPORTED),
    )
}


class UnknownTable(KeyError):
    pass


def get_table(name: str) -> Table:
    try:
        return TABLES[name]
    except KeyError:
        raise UnknownTable(name) from None


def table_title(name: str) -> str:
    """A released table's name in words; a table no longer offered keeps its stored name."""
    table = TABLES.get(name)
    return str(table.title) if table else name


def column_label(code: str) -> str:
    """A stored header cell or row label in the reader's words (categories, quarter, total)."""
    if code == "quarter":
        return gettext("quarter")
    if code == TOTAL:
        return gettext("total")
    if code in Category.values:
        return str(Category(code).label)
    return code


def first_moves(status: str) -> dict[int, tuple[date, str]]:
    """Each case's first move to `status`: its date and the case's category."""
    moves: dict[int, tuple[date, str]] = {}
    events = (
        system_reader("stats.tables")
        .events()
        .filter(kind=EventKind.TRANSITION, to_status=status)
        .order_by("occurred_on", "pk")
        .values_list("case_id", "occurred_on", "case__category")
    )
    for case_id, occurred_on, category in events.iterator(chunk_size=2000):
        moves.setdefault(case_id, (occurred_on, category))
    return moves


def count_atoms(table: Table, quarters: list[str]) -> dict[Atom, int]:
    """The count of every (quarter, category) of these quarters, zeros included."""
    wanted = set(quarters)
    counts: dict[Atom, int] = {(q, c): 0 for q in quarters for c in table.columns}
    for occurred_on, category in first_moves(table.status).values():
        quarter = quarter_of(occurred_on)
        if quarter in wanted:
            counts[quarter, category] += 1
    return counts
