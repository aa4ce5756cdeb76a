"""What an entry hashes is what the database gives back, whatever the values."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from hogo.audit import log

VALUES: list[Any] = [
    "金 正一 / 김정일 / キン セイイチ",
    'quote " backslash \\ newline \n tab \t',
    Decimal("12500.00"),
    date(1935, 3, 5),
    datetime(2024, 1, 2, 3, 4, 5, 678901),
    uuid.UUID("12345678-1234-5678-1234-567812345678"),
    2**62,
    0.1,
    [None, True, False, [], {}],
    {"b": 1, "a": {"z": [1, 2], "y": None}},
    # PostgreSQL's jsonb keeps numbers as numeric: these would come back changed
    # if the log stored them as numbers rather than as their text.
    pytest.param(1e16, id="large-float"),
    pytest.param(-0.0, id="negative-zero"),
]


@pytest.mark.parametrize("value", VALUES)
def test_an_entry_verifies_whatever_values_it_holds(db: None, value: Any) -> None:
    log.record("audit.view", actor=None, changes={"field": [None, value]}, data={"v": value})

    verdict = log.verify()

    assert verdict.ok, verdict.problem
