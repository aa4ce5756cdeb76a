"""docs/security.md maps every ASVS 5.0 requirement to tests that exist.

The page names tests as `tests/path/test_file.py::test_name`; a renamed or
deleted test would leave the page claiming a proof that is gone. Every
requirement of ASVS 5.0.0 must have exactly one row, so a section cannot be
forgotten, and no row may still wait for work that is not merged.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "security.md"

# ASVS 5.0.0: each section and how many requirements it holds, as published by
# OWASP (the final numbering, not the drafts).
SECTIONS = {
    "1.1": 2, "1.2": 10, "1.3": 12, "1.4": 3, "1.5": 3,
    "2.1": 3, "2.2": 3, "2.3": 5, "2.4": 2,
    "3.1": 1, "3.2": 3, "3.3": 5, "3.4": 8, "3.5": 8, "3.6": 1, "3.7": 5,
    "4.1": 5, "4.2": 5, "4.3": 2, "4.4": 4,
    "5.1": 1, "5.2": 6, "5.3": 3, "5.4": 3,
    "6.1": 3, "6.2": 12, "6.3": 8, "6.4": 6, "6.5": 8, "6.6": 4, "6.7": 2, "6.8": 4,
    "7.1": 3, "7.2": 4, "7.3": 2, "7.4": 5, "7.5": 3, "7.6": 2,
    "8.1": 4, "8.2": 4, "8.3": 3, "8.4": 2,
    "9.1": 3, "9.2": 4,
    "10.1": 2, "10.2": 3, "10.3": 5, "10.4": 16, "10.5": 5, "10.6": 2, "10.7": 3,
    "11.1": 4, "11.2": 5, "11.3": 5, "11.4": 4, "11.5": 2, "11.6": 2, "11.7": 2,
    "12.1": 5, "12.2": 2, "12.3": 5,
    "13.1": 4, "13.2": 6, "13.3": 4, "13.4": 7,
    "14.1": 2, "14.2": 8, "14.3": 3,
    "15.1": 5, "15.2": 5, "15.3": 7, "15.4": 4,
    "16.1": 1, "16.2": 5, "16.3": 4, "16.4": 3, "16.5": 4,
    "17.1": 2, "17.2": 8, "17.3": 2,
}  # fmt: skip


def _ids(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The requirements ASVS 5.0.0 asks for from level 1, and those it asks for only at level 3;
# every other requirement starts at level 2.
LEVEL_1 = _ids(
    """
    1.2.1 1.2.2 1.2.3 1.2.4 1.2.5 1.3.1 1.3.2 1.5.1 2.1.1 2.2.1 2.2.2 2.3.1 3.2.1 3.2.2
    3.3.1 3.4.1 3.4.2 3.5.1 3.5.2 3.5.3 4.1.1 4.4.1 5.2.1 5.2.2 5.3.1 5.3.2 6.1.1 6.2.1
    6.2.2 6.2.3 6.2.4 6.2.5 6.2.6 6.2.7 6.2.8 6.3.1 6.3.2 6.4.1 6.4.2 7.2.1 7.2.2 7.2.3
    7.2.4 7.4.1 7.4.2 8.1.1 8.2.1 8.2.2 8.3.1 9.1.1 9.1.2 9.1.3 9.2.1 10.4.1 10.4.2 10.4.3
    10.4.4 10.4.5 11.3.1 11.3.2 11.4.1 12.1.1 12.2.1 12.2.2 13.4.1 14.2.1 14.3.1 15.1.1
    15.2.1 15.3.1
    """
)
LEVEL_3_ONLY = _ids(
    """
    1.2.10 1.3.12 1.5.3 2.3.5 2.4.2 3.1.1 3.2.3 3.3.5 3.4.7 3.4.8 3.5.6 3.5.7 3.5.8 3.6.1
    3.7.3 3.7.4 3.7.5 4.1.4 4.1.5 4.2.2 4.2.3 4.2.4 4.2.5 5.2.4 5.2.5 5.2.6 5.3.3 6.3.5
    6.3.6 6.3.7 6.3.8 6.4.5 6.4.6 6.5.6 6.5.7 6.5.8 6.6.4 6.7.1 6.7.2 7.5.3 8.1.3 8.1.4
    8.2.4 8.3.2 8.3.3 8.4.2 10.2.3 10.3.5 10.4.12 10.4.13 10.4.14 10.4.15 10.4.16 11.1.3
    11.1.4 11.2.4 11.2.5 11.3.4 11.3.5 11.5.2 11.6.2 11.7.1 11.7.2 12.1.4 12.1.5 12.3.5
    13.1.2 13.1.3 13.1.4 13.2.6 13.3.3 13.3.4 13.4.6 13.4.7 14.2.5 14.2.6 14.2.7 14.2.8
    15.1.4 15.1.5 15.2.4 15.2.5 15.4.1 15.4.2 15.4.3 15.4.4 16.5.4 17.1.2 17.2.5 17.2.6
    17.2.7 17.2.8
    """
)

# A range of requirements or of levels is written with an en dash (4.4.1 to 4.4.4, L1 to L2).
DASH = "\N{EN DASH}"
ROW = re.compile(rf"^\| (?P<id>\d+\.\d+\.\d+(?:{DASH}\d+\.\d+\.\d+)?) \| (?P<level>[^|]+) \|")
LEVEL = re.compile(rf"^L[123](?:{DASH}L[123])?$")
TEST_REFERENCE = re.compile(r"(tests/[\w/]+\.py)::(\w+)(?:\[[^\]]*\])?")


def _rows() -> list[tuple[str, str, str]]:
    """(id, level, whole line) of every requirement row of the page."""
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            rows.append((match["id"], match["level"].strip(), line))
    return rows


def _expand(row_id: str) -> list[str]:
    """A range such as 4.4.1 to 4.4.4 → the four ids it stands for; an id stands for itself."""
    if DASH not in row_id:
        return [row_id]
    first, last = row_id.split(DASH)
    section, start = first.rsplit(".", 1)
    last_section, end = last.rsplit(".", 1)
    assert section == last_section, f"{row_id} spans two sections"
    assert int(start) < int(end), f"{row_id} is not an ascending range"
    return [f"{section}.{n}" for n in range(int(start), int(end) + 1)]


def _names_defined(path: Path) -> set[str]:
    """The functions and classes defined at the top level of a test file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
    return names


def test_every_requirement_has_exactly_one_row() -> None:
    seen: dict[str, int] = {}
    for row_id, _level, _line in _rows():
        for requirement in _expand(row_id):
            seen[requirement] = seen.get(requirement, 0) + 1
    twice = sorted(r for r, count in seen.items() if count > 1)
    assert not twice, f"listed more than once: {twice}"
    expected = {
        f"{section}.{n}" for section, count in SECTIONS.items() for n in range(1, count + 1)
    }
    missing = sorted(expected - set(seen), key=lambda r: [int(p) for p in r.split(".")])
    unknown = sorted(set(seen) - expected)
    assert not missing, f"no row for: {missing}"
    assert not unknown, f"not an ASVS 5.0.0 requirement: {unknown}"
    assert len(seen) == 345


def test_every_row_gives_a_level_and_evidence() -> None:
    for row_id, level, line in _rows():
        assert LEVEL.match(level), f"{row_id}: level {level!r} is not L1, L2, L3 or a range"
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        assert len(cells) == 4, f"{row_id}: a row has four cells: id, level, requirement, evidence"
        evidence = cells[3]
        kinds = ("tests/", "N/A", "Operator", "Doc", "Gap", "PENDING(")
        assert any(kind in evidence for kind in kinds), f"{row_id}: no evidence given"


def _level(requirement: str) -> int:
    return 1 if requirement in LEVEL_1 else 3 if requirement in LEVEL_3_ONLY else 2


def test_every_row_names_the_level_asvs_gives() -> None:
    assert (len(LEVEL_1), len(LEVEL_3_ONLY)) == (70, 92)
    for row_id, level, _line in _rows():
        levels = sorted({_level(requirement) for requirement in _expand(row_id)})
        expected = f"L{levels[0]}" if len(levels) == 1 else f"L{levels[0]}{DASH}L{levels[-1]}"
        assert level == expected, f"{row_id}: level {level}, but ASVS 5.0.0 says {expected}"


def test_every_named_test_exists() -> None:
    text = DOC.read_text(encoding="utf-8")
    references = TEST_REFERENCE.findall(text)
    assert references, "the page names no test at all"
    missing = []
    for file, name in sorted(set(references)):
        path = ROOT / file
        if not path.is_file():
            missing.append(f"{file} (no such file)")
        elif name not in _names_defined(path):
            missing.append(f"{file}::{name}")
    assert not missing, "docs/security.md names tests that do not exist: " + ", ".join(missing)


def test_no_row_waits_for_unmerged_work() -> None:
    """PENDING(mfa|crypto|approval) marks a row whose proof is still being built."""
    pending = [row_id for row_id, _level, line in _rows() if "PENDING(" in line]
    assert not pending, f"rows still PENDING: {pending}"
