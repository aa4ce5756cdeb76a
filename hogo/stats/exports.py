"""A released table as CSV or XLSX, exactly as it was released."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook

from hogo.lib.spreadsheets import safe_cell, safe_row
from hogo.stats.models import Release


def as_csv(release: Release) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(safe_row(release.header))
    writer.writerows(safe_row(row) for row in release.rows)
    return out.getvalue()


def _number_or_text(cell: str) -> int | str:
    return int(cell) if cell.isdigit() else cell


def as_xlsx(release: Release) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = release.table[:31]
    sheet.append(safe_row(release.header))
    for row in release.rows:
        cells = (safe_cell(_number_or_text(str(cell))) for cell in row[1:])
        sheet.append([safe_cell(row[0]), *cells])
    notes = book.create_sheet("release")
    method = release.get_method_display()
    for label, value in (
        ("table", release.table),
        ("from", release.period_from.isoformat()),
        ("to", release.period_to.isoformat()),
        ("protection", str(method)),
        ("epsilon", "" if release.epsilon is None else str(release.epsilon)),
        ("released", release.released_at.isoformat()),
        ("release id", str(release.pk)),
    ):
        notes.append([label, value])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
