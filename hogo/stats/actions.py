"""The one path by which a table leaves the unit: `publish_table`.

The page and `hogo stats publish` both call it. It protects the table (small
cells withheld, or noise from a privacy budget), keeps the released table
for reissue, and writes the audit entry in the same transaction.
"""

from __future__ import annotations

import zlib
from datetime import date

from django.conf import settings
from django.db import connection, transaction
from django.utils.translation import gettext as _

from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.stats import magnitude, privacy, protection
from hogo.stats.models import BudgetSpend, Method, Release
from hogo.stats.periods import PeriodError, quarters, sort_key
from hogo.stats.protection import TOTAL, Atom, Cell
from hogo.stats.tables import (
    AMOUNT,
    Table,
    UnknownTable,
    amount_atoms,
    count_atoms,
    dominance_p,
    get_table,
    protection_level,
)

DEFAULT_BUDGET = 1.0


class ReleaseError(ValueError):
    """A release that cannot be made, with the reason in words."""


def budget() -> float:
    return float(getattr(settings, "STATS_DP_BUDGET", DEFAULT_BUDGET))


def _lock(table: Table) -> None:
    # Releases of one table are checked against each other, so they are made one at a time.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            key = zlib.crc32(f"hogo.stats:{table.name}".encode())
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])


def _atom_key(atom: Atom) -> str:
    return f"{atom[0]}|{atom[1]}"


def _release_cells(release: Release) -> tuple[list[str], list[Cell], dict[tuple[str, str], str]]:
    columns = [str(name) for name in release.header[1:-1]]
    labels = [str(row[0]) for row in release.rows if row[0] != TOTAL]
    shown = {
        (str(row[0]), column): str(value)
        for row in release.rows
        for column, value in zip([*columns, TOTAL], row[1:], strict=True)
    }
    return labels, protection.layout(labels, columns), shown


def _earlier(
    table: Table,
) -> tuple[list[protection.Published], list[frozenset[Atom]], dict[Atom, int], set[str]]:
    """What earlier suppressed releases published and withheld, and the counts they froze."""
    published: list[protection.Published] = []
    withheld: list[frozenset[Atom]] = []
    frozen: dict[Atom, int] = {}
    covered: set[str] = set()
    for release in Release.objects.filter(table=table.name, method=Method.SUPPRESS).order_by("pk"):
        labels, cells, shown = _release_cells(release)
        covered.update(labels)
        for cell in cells:
            if protection.is_withheld(shown[cell.row, cell.column]):
                withheld.append(cell.atoms)
            else:
                published.append(protection.Published(cell.atoms, release.rounding))
        for key, value in release.atoms.items():
            quarter, _sep, column = key.partition("|")
            frozen[quarter, column] = int(value)
    return published, withheld, frozen, covered


def _suppressed(
    table: Table, labels: list[str]
) -> tuple[dict[tuple[str, str], str], dict[Atom, int]]:
    published, withheld_before, frozen, covered = _earlier(table)
    values = count_atoms(table, [q for q in labels if q not in covered])
    values.update({atom: n for atom, n in frozen.items() if atom[0] in labels})
    every_value = {**frozen, **values}
    cells = protection.layout(labels, table.columns)
    level = protection_level()
    try:
        withheld = protection.suppress(
            cells,
            every_value,
            earlier=published,
            earlier_withheld=withheld_before,
            quarters=sorted(covered | set(labels), key=sort_key),
            columns=table.columns,
            rounding=table.rounding,
            level=level,
        )
    except protection.Unprotectable as error:
        raise ReleaseError(
            _(
                "%(table)s cannot be released for %(first)s to %(last)s: earlier releases of it "
                "already narrow a count from 1 to %(small)s (%(count)s) so far that no choice "
                "of withheld cells can hide it. Release a period that leaves those quarters "
                "out, or ask for a table with coarser categories."
            )
            % {
                "table": table.name,
                "first": labels[0],
                "last": labels[-1],
                "small": level - 1,
                "count": str(error),
            }
        ) from None
    shown = protection.render(cells, every_value, withheld, rounding=table.rounding, level=level)
    return shown, values


def _earlier_amounts(
    table: Table,
) -> tuple[list[frozenset[Atom]], list[frozenset[Atom]], dict[Atom, dict[int, int]], set[str]]:
    """What earlier releases of an amount table published and withheld, and the yen they froze."""
    published: list[frozenset[Atom]] = []
    withheld: list[frozenset[Atom]] = []
    frozen: dict[Atom, dict[int, int]] = {}
    covered: set[str] = set()
    for release in Release.objects.filter(table=table.name, method=Method.SUPPRESS).order_by("pk"):
        labels, cells, shown = _release_cells(release)
        covered.update(labels)
        for cell in cells:
            if protection.is_withheld(shown[cell.row, cell.column]):
                withheld.append(cell.atoms)
            else:
                published.append(cell.atoms)
        for label in labels:
            for column in table.columns:
                frozen.setdefault((label, column), {})
        for key, value in release.atoms.items():
            quarter, column, person = key.split("|")
            frozen.setdefault((quarter, column), {})[int(person)] = int(value)
    return published, withheld, frozen, covered


def _suppressed_amounts(
    table: Table, labels: list[str]
) -> tuple[dict[tuple[str, str], str], dict[str, int]]:
    published, withheld_before, frozen, covered = _earlier_amounts(table)
    paid = amount_atoms(table, [q for q in labels if q not in covered])
    every = {**frozen, **paid}
    cells = protection.layout(labels, table.columns)
    level = protection_level()
    try:
        withheld = magnitude.suppress_amounts(
            cells,
            every,
            earlier=published,
            earlier_withheld=withheld_before,
            quarters=sorted(covered | set(labels), key=sort_key),
            columns=table.columns,
            level=level,
            p=dominance_p(),
        )
    except protection.Unprotectable as error:
        raise ReleaseError(
            _(
                "%(table)s cannot be released for %(first)s to %(last)s: earlier releases of it "
                "already let a reader estimate an amount that must stay withheld (%(amount)s) "
                "too closely. Release a period that leaves those quarters out."
            )
            % {
                "table": table.name,
                "first": labels[0],
                "last": labels[-1],
                "amount": str(error),
            }
        ) from None
    shown = {
        (cell.row, cell.column): (
            protection.WITHHELD if cell in withheld else str(magnitude.amount(cell.atoms, every))
        )
        for cell in cells
    }
    frozen_now = {
        f"{quarter}|{column}|{person}": yen
        for (quarter, column), shares in paid.items()
        for person, yen in sorted(shares.items())
    }
    return shown, frozen_now


def _noisy(table: Table, labels: list[str], epsilon: float) -> dict[tuple[str, str], str]:
    limit = budget()
    lines = []
    for quarter in labels:
        line, _created = BudgetSpend.objects.get_or_create(table=table.name, quarter=quarter)
        line = BudgetSpend.objects.select_for_update().get(pk=line.pk)
        if line.spent + epsilon > limit + 1e-12:
            left = max(0.0, limit - line.spent)
            raise ReleaseError(
                _(
                    "This release would exceed the privacy budget of “%(table)s” for "
                    "%(quarter)s: ε %(spent)s of %(limit)s spent, %(left)s left, %(asked)s asked."
                )
                % {
                    "table": table.title,
                    "quarter": quarter,
                    "spent": f"{line.spent:g}",
                    "limit": f"{limit:g}",
                    "left": f"{left:g}",
                    "asked": f"{epsilon:g}",
                }
            )
        lines.append(line)
    atoms = [(q, c) for q in labels for c in table.columns]
    true = count_atoms(table, labels)
    noisy = dict(zip(atoms, privacy.noisy_counts([true[a] for a in atoms], epsilon), strict=True))
    for line in lines:
        line.spent += epsilon
        line.save(update_fields=["spent"])
    cells = protection.layout(labels, table.columns)
    return {(c.row, c.column): str(protection.value_of(c.atoms, noisy)) for c in cells}


def publish_table(
    name: str,
    *,
    start: date,
    end: date,
    method: str = Method.SUPPRESS,
    epsilon: float | None = None,
    actor: User | None,
    actor_label: str = "",
    today: date,
) -> Release:
    try:
        table = get_table(name)
        labels = quarters(start, end, today=today)
    except UnknownTable:
        raise ReleaseError(f"no table named {name!r}: see `hogo stats tables`") from None
    except PeriodError as error:
        raise ReleaseError(str(error)) from None
    if method == Method.DP and (epsilon is None or not 0 < epsilon <= budget()):
        raise ReleaseError(
            _("A differentially private release needs ε greater than 0 and at most %(most)s.")
            % {"most": f"{budget():g}"}
        )
    if method not in Method.values:
        raise ReleaseError(f"unknown method {method!r}: use suppress or dp")
    with transaction.atomic():
        _lock(table)
        atoms: dict[str, int] = {}
        if method == Method.DP:
            if table.kind == AMOUNT:
                raise ReleaseError(
                    _("Amounts are released with suppression only: choose small-cell suppression.")
                )
            assert epsilon is not None
            shown = _noisy(table, labels, epsilon)
        elif table.kind == AMOUNT:
            shown, atoms = _suppressed_amounts(table, labels)
        else:
            shown, counts = _suppressed(table, labels)
            atoms = {_atom_key(atom): n for atom, n in counts.items()}
        header = ["quarter", *table.columns, TOTAL]
        rows = [[label, *(shown[label, c] for c in header[1:])] for label in [*labels, TOTAL]]
        release = Release.objects.create(
            table=table.name,
            period_from=start,
            period_to=end,
            method=method,
            epsilon=epsilon if method == Method.DP else None,
            rounding=table.rounding,
            header=header,
            rows=rows,
            atoms=atoms,
            level=protection_level() if method == Method.SUPPRESS else None,
            dominance_p=dominance_p() if table.kind == AMOUNT else None,
            released_by=actor,
            released_by_label=actor.get_username() if actor else actor_label or "system",
        )
        withheld = sum(protection.is_withheld(str(cell)) for row in rows for cell in row[1:])
        record(
            "stats.publish",
            actor=actor,
            obj=release,
            data={
                "table": table.name,
                "from": start.isoformat(),
                "to": end.isoformat(),
                "method": method,
                "epsilon": epsilon,
                "rounding": table.rounding,
                "level": release.level,
                "withheld": withheld,
                "by": release.released_by_label,
            },
        )
    return release
