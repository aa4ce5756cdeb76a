"""A released table as CSV or XLSX, exactly as it was released, in the reader's words.

The figures are the stored ones; the header, the row labels and the withheld
mark are shown in the language active when the file is written (the page's,
or `hogo stats publish --language`). No contract asks for the internal codes
of the columns, so the files carry labels only.
"""

from __future__ import annotations

import csv
import io
import re

from django.utils.translation import gettext as _

from hogo.lib.spreadsheets import safe_cell, safe_row
from hogo.stats.models import Release
from hogo.stats.tables import cell_text, column_label, table_title, withheld_legend


def labelled(release: Release) -> tuple[list[str], list[list[str]]]:
    """The header and rows of a release as a reader sees them."""
    header = [column_label(str(code)) for code in release.header]
    rows = [
        [column_label(str(row[0])), *(cell_text(str(cell)) for cell in row[1:])]
        for row in release.rows
    ]
    return header, rows


def as_csv(release: Release) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header, rows = labelled(release)
    writer.writerow(safe_row(header))
    writer.writerows(safe_row(row) for row in rows)
    return out.getvalue()


def _number_or_text(cell: str) -> int | str:
    return int(cell) if cell.isdigit() else cell


def _sheet_title(text: str) -> str:
    # Excel refuses these characters in a sheet's name, and more than 31 of any.
    return re.sub(r"[][:*?/\\]", " ", text)[:31] or "table"


def as_xlsx(release: Release) -> bytes:
    from openpyxl import Workbook  # loaded for XLSX only: it takes a second to import

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = _sheet_title(table_title(release.table))
    header, rows = labelled(release)
    sheet.append(safe_row(header))
    for row in rows:
        cells = (safe_cell(_number_or_text(cell)) for cell in row[1:])
        sheet.append([safe_cell(row[0]), *cells])
    notes = book.create_sheet(_sheet_title(_("release")))
    method = release.get_method_display()
    for label, value in (
        (_("table"), table_title(release.table)),
        (_("from"), release.period_from.isoformat()),
        (_("to"), release.period_to.isoformat()),
        (_("protection"), str(method)),
        (_("privacy-loss parameter ε"), "" if release.epsilon is None else str(release.epsilon)),
        (_("released"), release.released_at.isoformat()),
        (_("release id"), str(release.pk)),
    ):
        notes.append([safe_cell(label), safe_cell(value)])
    if release.method == "suppress":
        notes.append([safe_cell(_("withheld")), safe_cell(withheld_legend(release))])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
