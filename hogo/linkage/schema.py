"""The table Splink compares: one Arrow schema, read by the DuckDB and the Spark backends.

The columns are those of :class:`hogo.linkage.features.Features`; list columns
hold a record's name keys.
"""

from __future__ import annotations

import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

_LIST = pa.list_(pa.string())
SCHEMA = pa.schema(
    [
        ("unique_id", pa.string()),
        ("family_keys", _LIST),
        ("given_keys", _LIST),
        ("name_keys", _LIST),
        ("family_latin", pa.string()),
        ("given_latin", pa.string()),
        ("spouse_keys", _LIST),
        ("given_sounds", _LIST),
        ("sex", pa.string()),
        ("birth_year", pa.int32()),
        ("birth_month", pa.int32()),
        ("birth_day", pa.int32()),
        ("birth_iso", pa.string()),
        ("birth_lunar_iso", pa.string()),
        ("place_text", pa.string()),
        ("place_country", pa.string()),
        ("place_region", pa.string()),
        ("place_province", pa.string()),
        ("place_city", pa.string()),
        ("departure_year", pa.int32()),
    ]
)
