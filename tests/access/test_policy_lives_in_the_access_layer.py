"""Grants, screening and whole-table case reads are consulted in hogo/access only.

A second place that reads grants or screening, or reads every case, is a second
policy that the access matrices do not see. The few writers are named here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

HOGO = Path(__file__).resolve().parents[2] / "hogo"

# Where each manager may be used outside hogo/access, and why.
ALLOWED = {
    # Grants are created, limited to one emergency and ended there; a supervisor lists
    # open emergencies to end them. Deciding what a grant opens stays in hogo/access.
    "Grant.objects": {"approvals/actions.py", "approvals/selectors.py"},
    "SecurityScreening.objects": {"cases/actions.py"},  # update_screening writes it
    "Case.objects": {
        "cases/actions.py",  # the versioned update of a case
        "cases/merging.py",  # a person merge moves cases to the kept person
        "demo/management/commands/demo.py",  # refusing to load the demo twice
        "demo/loader.py",  # the same question: is the demo loaded already?
    },
}


def _sources() -> list[Path]:
    return [
        path
        for path in HOGO.rglob("*.py")
        if "migrations" not in path.parts and path.parent.name != "access"
    ]


@pytest.mark.parametrize("manager", sorted(ALLOWED))
def test_only_the_access_layer_reads_it(manager: str) -> None:
    pattern = re.compile(rf"\b{re.escape(manager)}\b")
    users = {
        str(path.relative_to(HOGO))
        for path in _sources()
        if pattern.search(path.read_text(encoding="utf-8"))
    }
    assert users - ALLOWED[manager] == set(), f"{manager} outside hogo/access"


def test_the_access_layer_takes_users_not_anything() -> None:
    for path in (HOGO / "access").glob("*.py"):
        assert not re.search(r"\bAny\b", path.read_text(encoding="utf-8")), path.name
