"""Cells written to CSV or XLSX files that a spreadsheet must never run as a formula.

A name typed into hogo as ``=HYPERLINK("http://…")`` or ``@SUM(…)`` would otherwise run
when an export is opened in a spreadsheet (CSV or formula injection, OWASP). A cell that
starts with one of the characters that begin a formula is prefixed with an apostrophe,
which spreadsheets display as plain text; a plain number such as ``-3`` or ``+1.5`` is
left alone, because it is not a formula and its meaning must not change.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def safe_cell(value: object) -> object:
    """The value as a spreadsheet may show it: text that would start a formula is quoted."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _NUMBER.match(value):
        return value
    return "'" + value


def safe_row(row: object) -> list[object]:
    """Every cell of a row made safe with `safe_cell`."""
    assert isinstance(row, (list, tuple))
    return [safe_cell(cell) for cell in row]
