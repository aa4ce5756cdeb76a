"""Deriving features from caches (per name, per date, a table of lunar months) gives what
deriving each record on its own gave.

data/features_golden.jsonl holds 416 records (from bench/synthetic.py and
bench/testimony.py, and hand-written ones: names run together or swapped, aliases,
impossible and partial dates, years at the ends of the lunar calendar) with the sha256 of
the features the derivation gave before any cache. When a change to the features is
meant, write the file again with `write_golden` below and say so in the commit.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from hogo.linkage import features as features_module
from hogo.linkage.engine import feature_frame, frame
from hogo.linkage.features import features, lunar_as_solar, name_keys
from hogo.linkage.records import PersonRecord

GOLDEN = Path(__file__).parent / "data" / "features_golden.jsonl"


def _golden() -> list[tuple[PersonRecord, str]]:
    rows = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    return [(PersonRecord(row["id"], 1, row["values"]), row["features_sha256"]) for row in rows]


def _digest(record: PersonRecord) -> str:
    derived = json.dumps(features(record), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(derived.encode()).hexdigest()


def write_golden() -> None:
    """Rewrite the digests from the current derivation (only when a change is meant)."""
    lines = [
        json.dumps(
            {"features_sha256": _digest(record), "id": record.id, "values": record.values},
            ensure_ascii=False,
            sort_keys=True,
        )
        for record, _digest_before in _golden()
    ]
    GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_every_record_has_the_features_it_had_before_the_caches() -> None:
    golden = _golden()
    assert len(golden) == 416
    changed = [record.id for record, digest in golden if _digest(record) != digest]
    assert changed == []


def test_the_same_record_gives_the_same_features_whatever_came_before() -> None:
    golden = [record for record, _digest_before in _golden()]
    first = [features(record) for record in golden]
    for cached in (
        features_module._names_keys,
        features_module._reading_keys,
        features_module._alias_keys,
        features_module._birth,
        features_module._sorted_keys,
        features_module._latin,
        lunar_as_solar,
    ):
        cached.cache_clear()
    # In the other order, from empty caches: nothing depends on what was derived first.
    again = [features(record) for record in reversed(golden)]
    assert first == list(reversed(again))


def test_changing_a_records_key_lists_leaves_the_next_record_alone() -> None:
    record = PersonRecord("R1", 2, {"family_name": "金", "given_name": "正一"})
    derived = features(record)
    expected = list(derived["name_keys"])
    derived["name_keys"].append("changed")
    derived["family_keys"].clear()
    family, _given, _everything = name_keys(record)
    family.add("changed too")
    again = features(PersonRecord("R2", 3, {"family_name": "金", "given_name": "正一"}))
    assert again["name_keys"] == expected
    assert again["family_keys"]
    assert "changed too" not in name_keys(record)[0]


@pytest.mark.parametrize("year", [1583, 1584, 1700, 1869, 1900, 1912, 1925, 1944, 1987, 2049])
def test_lunar_dates_from_the_table_are_what_the_calendar_says(year: int) -> None:
    # Every day of a year's months, and the days and months no calendar has.
    for month in range(0, 14):
        for day in range(0, 32):
            expected = features_module._library_lunar_as_solar(year, month, day)
            assert lunar_as_solar.__wrapped__(year, month, day) == expected, (year, month, day)


def test_lunar_dates_outside_the_table_are_the_calendars() -> None:
    for year, month, day in ((1000, 1, 1), (1582, 9, 1), (2050, 11, 18), (2050, 11, 19)):
        expected = features_module._library_lunar_as_solar(year, month, day)
        assert lunar_as_solar.__wrapped__(year, month, day) == expected
    assert lunar_as_solar(1925, 1, 1) == "1925-01-24"


def test_the_frame_keeps_every_value_and_makes_empty_key_lists_null() -> None:
    records = [record for record, _digest_before in _golden()[:50]]
    records.append(PersonRecord("empty", 2, {"other_names": "?"}))
    table = feature_frame(records)
    assert list(table["unique_id"]) == [record.id for record in records]
    derived = [features(record) for record in records]
    for column in ("family_keys", "name_keys", "spouse_keys"):
        expected = [row[column] or None for row in derived]  # type: ignore[literal-required]
        got = [None if value is None else list(value) for value in table[column]]
        assert got == expected
    years = [None if pd.isna(year) else int(year) for year in table["birth_year"]]
    assert years == [row["birth_year"] for row in derived]
    assert list(table["place_city"]) == [row["place_city"] for row in derived]
    assert frame([]).empty
