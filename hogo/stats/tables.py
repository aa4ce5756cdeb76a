"""The tables that can be released, and the counts behind them.

Every table counts cases, each at most once: a case counts in the quarter of
its first move to the table's status. That keeps each atom's contributors
disjoint, which both the suppression and the privacy guarantee rely on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from hogo.access import system_reader
from hogo.cases.models import Category, EventKind
from hogo.cases.workflow import Status
from hogo.stats.magnitude import DEFAULT_P
from hogo.stats.periods import quarter_of
from hogo.stats.protection import SMALL, TOTAL, Atom, is_withheld

COUNT = "count"
AMOUNT = "amount"

# The columns of the amount tables: the kinds of benefit (hogo.support's BenefitKind,
# named here because support builds on stats, not the other way round).
BENEFIT_KINDS: dict[str, Promise] = {
    "monthly": _("monthly benefit"),
    "one_off": _("one-off grant"),
}


@dataclass(frozen=True)
class Table:
    name: str
    title: Promise
    status: Status | None = None  # a count table: cases by their first move to it
    rounding: int = 0  # release counts rounded to this multiple (0: exact)
    kind: str = COUNT  # COUNT of cases, or AMOUNT of yen paid

    @property
    def columns(self) -> list[str]:
        if self.kind == AMOUNT:
            return list(BENEFIT_KINDS)
        return [str(category) for category in Category]


TABLES: dict[str, Table] = {
    table.name: table
    for table in (
        Table("arrivals_by_quarter", _("Arrivals by quarter and category"), Status.ARRIVED),
        Table("closures_by_quarter", _("Closures by quarter and category"), Status.CLOSED),
        Table("new_cases_by_quarter", _("New cases by quarter and category"), Status.REPORTED),
        Table(
            "support_paid_by_quarter",
            _("Support paid by quarter and kind of benefit (yen)"),
            kind=AMOUNT,
        ),
    )
}


def protection_level() -> int:
    """Counts from 1 to this minus one are withheld, and so are amounts fewer people are behind."""
    return int(getattr(settings, "STATS_PROTECTION_LEVEL", SMALL))


def dominance_p() -> int:
    """The p of the p % rule for amounts."""
    return int(getattr(settings, "STATS_DOMINANCE_P", DEFAULT_P))


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
    if code in BENEFIT_KINDS:
        return str(BENEFIT_KINDS[code])
    return code


def cell_text(text: str) -> str:
    """A stored released cell as a reader sees it: the figure, or "withheld" in their words.

    Every withheld cell reads the same, a small count or a cell withheld to
    protect one, so that the mark says nothing about the value behind it.
    """
    return gettext("withheld") if is_withheld(text) else text


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
    assert table.status is not None
    wanted = set(quarters)
    counts: dict[Atom, int] = {(q, c): 0 for q in quarters for c in table.columns}
    for occurred_on, category in first_moves(table.status).values():
        quarter = quarter_of(occurred_on)
        if quarter in wanted:
            counts[quarter, category] += 1
    return counts


def amount_atoms(table: Table, quarters: list[str]) -> dict[Atom, dict[int, int]]:
    """The yen paid in every (quarter, kind of benefit) of these quarters, by person.

    A payment counts in the quarter of its batch's month (when the money left),
    and only once it is paid: a failed or returned payment spent nothing.
    """
    wanted = set(quarters)
    paid: dict[Atom, dict[int, int]] = {(q, c): {} for q in quarters for c in table.columns}
    payments = (
        system_reader("stats.amounts")
        .paid()
        .order_by("pk")
        .values_list("batch__month", "benefit__kind", "person_id", "amount")
    )
    for month, kind, person, yen in payments.iterator(chunk_size=2000):
        quarter = quarter_of(month)
        if quarter in wanted and kind in BENEFIT_KINDS:
            shares = paid[quarter, kind]
            shares[person] = shares.get(person, 0) + int(yen)
    return paid


def withheld_legend(release: object) -> str:
    """What the withheld mark means, with the protection level the release was made at."""
    level = getattr(release, "level", None) or protection_level()
    p = getattr(release, "dominance_p", None) or dominance_p()
    table = TABLES.get(str(getattr(release, "table", "")))
    if table is not None and table.kind == AMOUNT:
        return ngettext(
            "“withheld” marks a withheld cell. An amount is withheld when fewer than "
            "%(level)d person was paid it, or when one or two people received nearly all of "
            "it (the others less than %(p)d %% of the largest); some other cells are withheld "
            "too, so that no such amount can be estimated closely from this table and the "
            "earlier releases of it. A withheld cell may hold any amount.",
            "“withheld” marks a withheld cell. An amount is withheld when fewer than "
            "%(level)d people were paid it, or when one or two people received nearly all of "
            "it (the others less than %(p)d %% of the largest); some other cells are withheld "
            "too, so that no such amount can be estimated closely from this table and the "
            "earlier releases of it. A withheld cell may hold any amount.",
            level,
        ) % {"level": level, "p": p}
    return ngettext(
        "“withheld” marks a withheld cell. Every count below %(level)d other than 0 is "
        "withheld (fewer than %(level)d person), and some other cells too, so that no such "
        "count can be narrowed down from this table and the earlier releases of it. A "
        "withheld cell may hold any count.",
        "“withheld” marks a withheld cell. Every count below %(level)d other than 0 is "
        "withheld (fewer than %(level)d people), and some other cells too, so that no such "
        "count can be narrowed down from this table and the earlier releases of it. A "
        "withheld cell may hold any count.",
        level,
    ) % {"level": level}
