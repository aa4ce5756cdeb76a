"""Reading person-record files (contract: shared/contracts/person-records.md, v1).

Every row is either accepted, normalised a little (trimmed cells), or rejected
with its line number and a reason: nothing is dropped silently.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from hogo.lib.dates import DateParseError, parse_date

ID_COLUMNS = ("record_id", "claim_id")
FIELDS = (
    "family_name",
    "given_name",
    "family_name_reading",
    "given_name_reading",
    "other_names",
    "sex",
    "birth_date",
    "birth_place",
    "nationality",
    "spouse_name",
    "departure_year",
)
NAME_FIELDS = ("family_name", "given_name", "family_name_reading", "given_name_reading")
MAX_CELL = 500
MAX_ID = 100


class RecordFileError(ValueError):
    """The file as a whole cannot be read: no row of it is usable."""


@dataclass(frozen=True)
class Rejection:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class PersonRecord:
    id: str
    line: int
    values: dict[str, str]
    extra: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> str:
        return self.values.get(name, "")


@dataclass
class ReadResult:
    id_column: str
    records: list[PersonRecord]
    rejections: list[Rejection]
    columns: list[str]


@lru_cache(maxsize=2**16)
def _date_problem(text: str) -> str | None:
    """Why the date cannot be read, or None; once per distinct date (a file repeats them)."""
    try:
        parse_date(text, lenient=True)
    except DateParseError as error:
        return str(error)
    return None


def _check(values: dict[str, str]) -> str | None:
    """Why this row cannot be used, or None."""
    for name, value in values.items():
        if len(value) > MAX_CELL:
            return f"{name} is longer than {MAX_CELL} characters"
    if not any(values.get(name) for name in (*NAME_FIELDS, "other_names")):
        return "no name: family_name, given_name, a reading or other_names is required"
    if values.get("sex", "") not in ("", "M", "F"):
        return f"sex {values['sex']!r} is not M, F or empty"
    if values.get("birth_date"):
        problem = _date_problem(values["birth_date"])
        if problem is not None:
            return f"birth_date {values['birth_date']!r}: {problem}"
    year = values.get("departure_year", "")
    if year and not (year.isdigit() and 1900 <= int(year) <= 2100):
        return f"departure_year {year!r} is not a year"
    return None


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    try:
        for row in reader:
            yield start, row
            start = reader.line_num + 1
    except csv.Error as error:
        raise RecordFileError(f"line {reader.line_num}: not valid CSV ({error})") from None


def parse_records(text: str) -> ReadResult:
    """Check every row of a person-record file given as text."""
    rows = _rows(text.removeprefix("\ufeff"))
    first = next(rows, None)
    if first is None:
        raise RecordFileError("the file is empty: a header row is required")
    header = [name.strip() for name in first[1]]
    ids = [name for name in ID_COLUMNS if name in header]
    if len(ids) != 1:
        raise RecordFileError("the header needs exactly one of record_id or claim_id")
    if len(set(header)) != len(header):
        raise RecordFileError("the header names a column twice")
    id_column = ids[0]
    result = ReadResult(id_column, [], [], header)
    seen: dict[str, int] = {}
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            cells_reason = f"{len(row)} cells where the header has {len(header)}"
            result.rejections.append(Rejection(line, cells_reason))
            continue
        cells = {name: cell.strip() for name, cell in zip(header, row, strict=True)}
        record_id = cells.pop(id_column)
        values = {name: cells.get(name, "") for name in FIELDS}
        extra = {name: value for name, value in cells.items() if name not in FIELDS}
        reason: str | None = _check(values)
        if not record_id:
            reason = f"{id_column} is empty"
        elif len(record_id) > MAX_ID:
            reason = f"{id_column} is longer than {MAX_ID} characters"
        elif record_id in seen:
            reason = f"{id_column} {record_id!r} was already used on line {seen[record_id]}"
        if reason:
            result.rejections.append(Rejection(line, reason))
            continue
        seen[record_id] = line
        result.records.append(PersonRecord(record_id, line, values, extra))
    return result


def read_records(path: Path) -> ReadResult:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RecordFileError(f"{path}: {error.strerror or error}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise RecordFileError(f"line {line}: the file is not UTF-8") from None
    return parse_records(text)
